/**
 * Frames: the ways a report states a figure (产值 + figure + 亿元, 同比增长 + figure, 新建 +
 * figure + 个 + 站点…), each as data — an id, what it reads, its exceptions and its examples.
 * The frame engine (engine.ts) runs them over a line and reports where the figure is gone; it
 * knows no frame by name. Each frame's examples are its tests (tests/check/frames.test.ts).
 *
 * A frame is written in one of two forms:
 * - a **pattern frame** (`PatternFrame`): `{id, description, pattern, report, examples}` — a
 *   pattern over the tagger's tokens (the language is documented in ../tagger/pattern.ts: steps
 *   by tag, by word or character class from the lexicon, by unit kind or verb role; optional and
 *   repeated steps; lookbehind/lookahead contexts; exceptions naming lexicon groups) and what
 *   each match reports (a gap or a date part at a step, its label and unit). This is the form to
 *   write new phrasings in: one frame with its examples, no code.
 * - a **code frame** (`CodeFrame`): `{id, description, applies?, find, examples}` for what the
 *   pattern language cannot say yet; each says in its header comment why it needs code.
 */
import type { BlankInfo } from '../types';
import type { Token } from '../tagger';
import type { Pattern } from '../tagger/pattern';

/** One line as frames see it: the folded text and facts computed once for every frame. */
export interface Line {
	/** The folded line (same offsets as the writer's text). */
	readonly s: string;
	/** Cheap per-line bits from one table scan (see sites.ts): which frames can apply at all. */
	readonly sites: number;
	/**
	 * The rare characters the line holds (the LC_* bits of ../tagger/line-chars.ts: a dash, a
	 * mask, 其, 年…): the engine's bits of the line, computed once for every rule; a frame's
	 * `applies` tests a bit instead of scanning the line for its characters.
	 */
	readonly chars: number;
	/**
	 * For a code frame that names its `starts`: where in the line those characters stand,
	 * ascending, in `at[0]` … `at[atCount - 1]` (the engine's one pass over the line). Read them
	 * instead of testing every character; the frame does not run on a line holding none. For a
	 * frame without `starts`, atCount is 0. Valid only while the frame's `find` runs.
	 */
	readonly at: Int32Array;
	readonly atCount: number;
	/** The end of the previous line when this one continues its sentence (RuleContext.before). */
	readonly before: string;
	/** The start of the next line when the sentence runs on into it (RuleContext.after). */
	readonly after: string;
	/** The line's tokens (computed on first use, then shared by every frame). */
	tags(): readonly Token[];
}

/** Where a frame's findings go. The first report at a position wins. */
export interface FrameOutput {
	/** A figure gone at [from, to) (zero-width, or the spaces left for it), for a measure and unit. */
	gap(from: number, to: number, label: string, unit: string, valueKind?: BlankInfo['valueKind']): void;
	/** A part of a date gone (于月日开工). */
	date(from: number, to: number, part: 'year' | 'month' | 'day'): void;
}

/** Our own sentences: `valid` ones have no blank at all; `invalid` ones mark every blank of the
 * whole checker with ⟦⟧ (⟦⟧ for a zero-width gap), the one this frame finds among them. */
export interface FrameExamples {
	valid: readonly string[];
	invalid: readonly string[];
}

/** Where in a match a report stands: a step's start (default), end, or whole span. */
export interface At {
	step: number;
	edge?: 'start' | 'end' | 'span';
}

/** A label or unit of a report: literal text, the text of a step, or the measure named before a step. */
export type ReportText = string | { textOf: number; last?: number } | { measureBefore: number };

/** What one match of a pattern frame reports. */
export type Report =
	| { gap: At; label: ReportText; unit: ReportText; valueKind: 'number' | 'percent' }
	| { date: At; part: 'year' | 'month' | 'day' };

/** A phrasing written as a pattern over tags (see the header). */
export interface PatternFrame {
	id: string;
	description: string;
	pattern: Pattern;
	/** What each match reports, in order. */
	report: readonly Report[];
	examples: FrameExamples;
}

/** A phrasing of figures in report prose. */
export type Frame = PatternFrame | CodeFrame;

/** A phrasing read by code (see the header: only where the pattern language cannot say it). */
export interface CodeFrame {
	id: string;
	/** One sentence on what the frame reads. */
	description: string;
	/**
	 * The characters the places the frame reads start with (a unit's first character, the
	 * classifiers…), derived from the lexicon: the engine hands the frame their positions in the
	 * line (Line.at) from its one pass over it, so the frame's loop reads those and not every
	 * character, and skips the frame on a line holding none of them (a frame that only needs one
	 * of them present names them too, and ignores Line.at). At most 32 distinct sets over all
	 * frames; frames naming the same string share one.
	 */
	starts?: string;
	/** A cheap test on the line; the frame runs only when it passes (after the `starts` test). */
	applies?(line: Line): boolean;
	/** Reports every place in the line where the frame's figure is gone. */
	find(line: Line, out: FrameOutput): void;
	examples: FrameExamples;
}
