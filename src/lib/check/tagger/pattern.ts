/**
 * The pattern language of frames: patterns over the tagger's tokens, matched by one generic
 * matcher. A pattern is data:
 *
 *   {
 *     steps: [{ words: ['提前', '历时'] }, { words: ['天', '小时'], capture: true }],
 *     before: { han: true, notChars: CN_NUMERAL },     // lookbehind at the match's start
 *     after: { words: ['以上', '以下'] },               // lookahead at the match's end
 *     unless: [{ at: 'after', group: PRIZE_NOT_AFTER }] // exceptions: a match they hit is dropped
 *   }
 *
 * - A **step** matches one token by its tag (`tag: 'unit'`), or a run of whole tokens by its
 *   text (`words`: a literal list or a lexicon word class, tried in order; `chars`: one character
 *   of a set). Further tests narrow it: `wholeWord` (the segmenter reads it as one word), `unitKind` (a unit of kind money…), `verbRole` (a verb
 *   with role quantity…), `minLength`/`maxLength`, `notWords`/`notChars`. A step may be
 *   `optional` or repeat (`repeat: [min, max]`), and `capture` marks the span a frame reports.
 * - **Contexts** (`before`, `after`, also per step) look at the characters around a match
 *   without taking them: the character before is Han and not a numeral, the clause ends after,
 *   one of these words follows, or stands a few characters on or back (`within`, not past
 *   `stopAt`); `pastSpaces` reads past the spaces next to the match (a table cell's edge). A
 *   context is part of the match, like a regex lookaround.
 * - **Exceptions** (`unless`) are checked on a complete match and drop it, and the match still
 *   takes its text (as a regex match that the code after it rejects): "满周岁以上" is no age gap,
 *   and its 岁 is not tried again on its own. Each exception names a lexicon word or character
 *   group (with its `why` and `example`).
 *
 * Matching is left to right and never overlaps; a step's alternatives are tried in the order
 * written (the first that fits wins, as in a regex alternation) with no backtracking into an
 * earlier step. Leading word steps are the pattern's anchor: candidates are found with `indexOf`
 * on their joined words, so a pattern costs nothing (not even tagging) on a line without them.
 */
import type { CharGroup, UnitKind, VerbRole, WordGroup } from '../lexicon/types';
import { UNIT_BY_TEXT } from '../lexicon/units';
import { VERBS } from '../lexicon/verbs';
import { CLAUSE_END } from '../lexicon/words';
import { wordAt } from '../text/segment';
import { tagStarts, type Tag, type Token } from './index';
import { escapeClass, escapeRe } from '../text/regex';

/** A set of words: a literal list, or a lexicon word group. */
export type Words = readonly string[] | WordGroup;
/** A set of characters: a literal string, or a lexicon character group. */
export type Chars = string | CharGroup;

/** One step of a pattern. */
export interface Step {
	/** The token's tag (or one of these). */
	tag?: Tag | readonly Tag[];
	/** The text of a run of whole tokens is one of these words (tried in order). */
	words?: Words;
	/** The step is one token of one character from this set. */
	chars?: Chars;
	/** The token's text is none of these. */
	notWords?: Words;
	/** The token's text (one character) is none of these. */
	notChars?: Chars;
	/** A unit token of one of these kinds (a unit of kind money). */
	unitKind?: readonly UnitKind[];
	/** A verb token having this role (a verb with role quantity). */
	verbRole?: VerbRole;
	/** At least / at most this many characters (a run of two spaces). */
	minLength?: number;
	maxLength?: number;
	/** The segmenter reads the step's span as one word of its own (提前|天, not 由|天津). */
	wholeWord?: boolean;
	/** A context the characters right before this step must meet. */
	before?: Context;
	/** Whether the frame reports this step's span. */
	capture?: boolean;
	/** The step may be absent. */
	optional?: boolean;
	/** The step matches between min and max tokens in a row (greedy). */
	repeat?: readonly [number, number];
	/**
	 * A test on the token's text, for what the tags and the lexicon cannot say. Prefer the
	 * fields above; a frame that uses this says why in a comment.
	 */
	test?: (text: string) => boolean;
}

/**
 * What the characters right before a position (or right after it) must be. Every field given
 * must hold; `any` holds when one of its contexts does.
 */
export interface Context {
	/** The line starts (before) or ends (after) here. */
	edge?: boolean;
	/** The clause ends here: a clause-ending mark, a line break, or the end of the line (after only). */
	clauseEnd?: boolean;
	/** The neighbouring character is a Han character. */
	han?: boolean;
	/** The neighbouring character is one of these. */
	chars?: Chars;
	/** The neighbouring character is not one of these (the edge of the line passes). */
	notChars?: Chars;
	/** One of these words stands right there. */
	words?: Words;
	/** `words` may stand up to this many characters further on (after) or further back (before)… */
	within?: number;
	/** …but not past one of these characters. */
	stopAt?: Chars;
	/** The context is read past the spaces and tabs next to the position (| 月 |: a cell's edge). */
	pastSpaces?: boolean;
	/** One of these contexts holds. */
	any?: readonly Context[];
}

/** An exception: a match whose surroundings meet `context` is dropped (it still takes its text). */
export interface Exception {
	/** Where the context is read: before the match, after it, or around one step's start/end. */
	at: 'before' | 'after';
	/** The step whose start (before) or end (after) the context is read at; the whole match by default. */
	step?: number;
	context: Context;
	/** Why (when the context is not a named lexicon group that says it). */
	why?: string;
}

/** A whole pattern. */
export interface Pattern {
	steps: readonly Step[];
	before?: Context;
	after?: Context;
	unless?: readonly Exception[];
}

/** Where a pattern matched: the tokens it used, each step's span, and the span of its captured steps. */
export interface Match {
	start: number;
	tokens: Token[];
	/** [from, to) of each step (from === to for an absent optional step). */
	spans: Array<readonly [number, number]>;
	/** The match's start and end in the line. */
	at: number;
	end: number;
	/** The captured span (-1 when no step captures). */
	from: number;
	to: number;
}

const wordsOf = (w: Words): readonly string[] => ('words' in w ? (w as WordGroup).words : (w as readonly string[]));
const charsOf = (c: Chars): string => (typeof c === 'string' ? c : c.chars);
const isHan = (c: number): boolean => c >= 0x3400 && c <= 0x9fff;

const VERB_ROLES = new Map<string, Set<VerbRole>>();
for (const v of VERBS) {
	const roles = VERB_ROLES.get(v.text) ?? new Set<VerbRole>();
	for (const r of v.roles) roles.add(r);
	VERB_ROLES.set(v.text, roles);
}

const isBlank = (c: string | undefined): boolean => c === ' ' || c === '\t';
const isBlankCode = (c: number): boolean => c === 32 || c === 9;

/**
 * A set of characters read by code (s.charCodeAt, no one-character string per test): a 1,024-bit
 * filter, then the characters themselves. One per distinct string, made on first use.
 */
class CharSet {
	private readonly filter = new Uint8Array(1024);
	constructor(readonly chars: string) {
		for (let i = 0; i < chars.length; i++) this.filter[chars.charCodeAt(i) & 1023] = 1;
	}
	/** Whether the character of code `c` is one of them (false for NaN: no character). */
	has(c: number): boolean {
		if (this.filter[c & 1023] !== 1) return false;
		const { chars } = this;
		for (let i = 0; i < chars.length; i++) if (chars.charCodeAt(i) === c) return true;
		return false;
	}
}
const CHAR_SETS = new Map<string, CharSet>();
function charSet(chars: string): CharSet {
	let set = CHAR_SETS.get(chars);
	if (set === undefined) CHAR_SETS.set(chars, (set = new CharSet(chars)));
	return set;
}
const setOf = (c: Chars): CharSet => charSet(charsOf(c));
const CLAUSE_END_SET = charSet(CLAUSE_END + '\n\r');

/**
 * A word list by each word's last (or first) character, for contexts that look for their words
 * at every position of a stretch: only the words ending (starting) with the character there are
 * tried. null when a word is empty (it fits anywhere).
 */
const BY_LAST = new WeakMap<readonly string[], Map<string, string[]> | null>();
const BY_FIRST = new WeakMap<readonly string[], Map<string, string[]> | null>();
function wordsByEdge(ws: readonly string[], last: boolean): Map<string, string[]> | null {
	const cache = last ? BY_LAST : BY_FIRST;
	let m = cache.get(ws);
	if (m === undefined) {
		m = ws.some((w) => w === '') ? null : new Map();
		for (const w of m ? ws : []) {
			const c = last ? w[w.length - 1]! : w[0]!;
			const list = m!.get(c);
			if (list) list.push(w);
			else m!.set(c, [w]);
		}
		cache.set(ws, m);
	}
	return m;
}
/** wordsByEdge keyed by the character's code (looked up with charCodeAt, no string made). */
const BY_LAST_CODE = new WeakMap<readonly string[], Map<number, string[]> | null>();
const BY_FIRST_CODE = new WeakMap<readonly string[], Map<number, string[]> | null>();
function wordsByEdgeCode(ws: readonly string[], last: boolean): Map<number, string[]> | null {
	const cache = last ? BY_LAST_CODE : BY_FIRST_CODE;
	let m = cache.get(ws);
	if (m === undefined) {
		const byChar = wordsByEdge(ws, last);
		m = byChar === null ? null : new Map([...byChar].map(([c, list]) => [c.charCodeAt(0), list]));
		cache.set(ws, m);
	}
	return m;
}
function endsWithAny(s: string, k: number, ws: readonly string[] | undefined): boolean {
	if (ws) for (const w of ws) if (s.endsWith(w, k)) return true;
	return false;
}
function startsWithAny(s: string, k: number, ws: readonly string[] | undefined): boolean {
	if (ws) for (const w of ws) if (s.startsWith(w, k)) return true;
	return false;
}

/** Whether `ctx` holds before position `i` (looking at s[i-1] and the words ending at i). */
export function holdsBefore(ctx: Context, s: string, i: number): boolean {
	if (ctx.pastSpaces) while (i > 0 && isBlankCode(s.charCodeAt(i - 1))) i--;
	if (ctx.any && !anyBefore(ctx.any, s, i)) return false;
	if (ctx.edge !== undefined && (i === 0) !== ctx.edge) return false;
	// The code of the character before (NaN at the line's start: none).
	const c = i > 0 ? s.charCodeAt(i - 1) : NaN;
	if (ctx.clauseEnd !== undefined && (c !== c || CLAUSE_END_SET.has(c)) !== ctx.clauseEnd) return false;
	if (ctx.han !== undefined && (c === c && isHan(c)) !== ctx.han) return false;
	if (ctx.chars !== undefined && !setOf(ctx.chars).has(c)) return false;
	if (ctx.notChars !== undefined && setOf(ctx.notChars).has(c)) return false;
	if (ctx.words !== undefined) {
		const ws = wordsOf(ctx.words);
		const ending = wordsByEdgeCode(ws, true);
		if (ctx.within === undefined) {
			if (ending ? i === 0 || !endsWithAny(s, i, ending.get(c)) : !ws.some((w) => s.endsWith(w, i))) return false;
		} else {
			let found = false;
			const stop = ctx.stopAt !== undefined ? setOf(ctx.stopAt) : undefined;
			for (let k = i; k >= 0 && k >= i - ctx.within && !found; k--) {
				found = ending ? k > 0 && endsWithAny(s, k, ending.get(s.charCodeAt(k - 1))) : ws.some((w) => s.endsWith(w, k));
				if (k > 0 && stop !== undefined && stop.has(s.charCodeAt(k - 1))) break;
			}
			if (!found) return false;
		}
	}
	return true;
}
function anyBefore(cs: readonly Context[], s: string, i: number): boolean {
	for (let k = 0; k < cs.length; k++) if (holdsBefore(cs[k]!, s, i)) return true;
	return false;
}

/** Whether `ctx` holds after position `i` (looking at s[i] and the words starting at i). */
export function holdsAfter(ctx: Context, s: string, i: number): boolean {
	if (ctx.pastSpaces) while (i < s.length && isBlankCode(s.charCodeAt(i))) i++;
	if (ctx.any && !anyAfter(ctx.any, s, i)) return false;
	if (ctx.edge !== undefined && (i >= s.length) !== ctx.edge) return false;
	// The code of the character there (NaN past the line's end: none).
	const c = s.charCodeAt(i);
	if (ctx.clauseEnd !== undefined && (c !== c || CLAUSE_END_SET.has(c)) !== ctx.clauseEnd) return false;
	if (ctx.han !== undefined && (c === c && isHan(c)) !== ctx.han) return false;
	if (ctx.chars !== undefined && !setOf(ctx.chars).has(c)) return false;
	if (ctx.notChars !== undefined && setOf(ctx.notChars).has(c)) return false;
	if (ctx.words !== undefined) {
		const ws = wordsOf(ctx.words);
		const starting = wordsByEdgeCode(ws, false);
		if (ctx.within === undefined) {
			if (starting ? !startsWithAny(s, i, starting.get(c)) : !ws.some((w) => s.startsWith(w, i))) return false;
		} else {
			let found = false;
			const stop = ctx.stopAt !== undefined ? setOf(ctx.stopAt) : undefined;
			for (let k = i; k <= i + ctx.within && k < s.length && !found; k++) {
				if (stop !== undefined && stop.has(s.charCodeAt(k))) break;
				found = starting ? startsWithAny(s, k, starting.get(s.charCodeAt(k))) : ws.some((w) => s.startsWith(w, k));
			}
			if (!found) return false;
		}
	}
	return true;
}
function anyAfter(cs: readonly Context[], s: string, i: number): boolean {
	for (let k = 0; k < cs.length; k++) if (holdsAfter(cs[k]!, s, i)) return true;
	return false;
}

/** Token indices by start position, built once per line. */
export class TokenIndex {
	readonly startAt: Int32Array;
	constructor(
		readonly s: string,
		readonly tokens: readonly Token[]
	) {
		this.startAt = new Int32Array(s.length + 1).fill(-1);
		tokens.forEach((t, k) => (this.startAt[t.from] = k));
		this.startAt[s.length] = tokens.length;
	}
}

/** Whether a token of tag `tag` at [from, to) of `s` fits the step (no token object needed: a word step tries parts of one). */
function tokenFits(step: Step, tag: Tag, from: number, to: number, s: string): boolean {
	if (step.tag !== undefined && (typeof step.tag === 'string' ? tag !== step.tag : !step.tag.includes(tag))) return false;
	const len = to - from;
	if (step.minLength !== undefined && len < step.minLength) return false;
	if (step.maxLength !== undefined && len > step.maxLength) return false;
	if (step.notChars !== undefined && len === 1 && setOf(step.notChars).has(s.charCodeAt(from))) return false;
	if (step.notWords === undefined && step.unitKind === undefined && step.verbRole === undefined && step.test === undefined) return true;
	const text = s.slice(from, to);
	if (step.notWords !== undefined && wordsOf(step.notWords).includes(text)) return false;
	if (step.unitKind !== undefined && (tag !== 'unit' || !step.unitKind.includes(UNIT_BY_TEXT.get(text)?.kind as UnitKind))) return false;
	if (step.verbRole !== undefined && (tag !== 'verb' || !VERB_ROLES.get(text)?.has(step.verbRole))) return false;
	return !step.test || step.test(text);
}

/** How many tokens one step takes at token k (-1: it does not fit). */
function stepAt(step: Step, idx: TokenIndex, k: number): number {
	const { s, tokens } = idx;
	const t = tokens[k];
	if (!t) return -1;
	if (step.before && !holdsBefore(step.before, s, t.from)) return -1;
	if (step.words !== undefined) {
		// Only the words starting with the token's character can start there (in their order).
		const ws = wordsOf(step.words);
		const starting = wordsByEdgeCode(ws, false);
		const list = starting === null ? ws : starting.get(s.charCodeAt(t.from));
		if (list === undefined) return -1;
		for (const w of list) {
			if (!s.startsWith(w, t.from)) continue;
			const end = idx.startAt[t.from + w.length]!;
			if (end < 0) continue; // the word ends inside a token
			if (!tokenFits(step, t.tag, t.from, t.from + w.length, s)) continue;
			return end - k;
		}
		return -1;
	}
	if (step.chars !== undefined) {
		if (t.to - t.from !== 1 || !setOf(step.chars).has(s.charCodeAt(t.from))) return -1;
	}
	return tokenFits(step, t.tag, t.from, t.to, s) ? 1 : -1;
}

/** Matches the pattern's steps from token k; undefined when they do not fit. */
function matchFrom(p: Pattern, idx: TokenIndex, k: number): Match | undefined {
	const { s, tokens } = idx;
	const first = tokens[k];
	if (!first) return undefined;
	if (p.before && !holdsBefore(p.before, s, first.from)) return undefined;
	let j = k;
	const spans: Array<readonly [number, number]> = [];
	let from = -1;
	let to = -1;
	for (const step of p.steps) {
		const { repeat } = step;
		const min = repeat !== undefined ? repeat[0] : step.optional ? 0 : 1;
		const max = repeat !== undefined ? repeat[1] : 1;
		const startTok = j;
		let count = 0;
		while (count < max) {
			const n = stepAt(step, idx, j);
			if (n < 0) break;
			j += n;
			count++;
		}
		if (count < min) return undefined;
		const a = startTok < tokens.length ? tokens[startTok]!.from : s.length;
		const b = j > startTok ? tokens[j - 1]!.to : a;
		if (step.wholeWord && b > a) {
			const [ws, we] = wordAt(s, a);
			if (ws !== a || we !== b) return undefined;
		}
		spans.push([a, b]);
		if (step.capture && b > a) {
			if (from < 0) from = a;
			to = b;
		} else if (step.capture && from < 0) {
			from = a;
			to = a;
		}
	}
	const end = j > k ? tokens[j - 1]!.to : first.from;
	if (p.after && !holdsAfter(p.after, s, end)) return undefined;
	return { start: k, tokens: tokens.slice(k, j), spans, at: first.from, end, from, to };
}

/** Whether an exception drops the match. */
function excepted(p: Pattern, m: Match, s: string): boolean {
	if (!p.unless) return false;
	for (const e of p.unless) {
		const span = e.step === undefined ? ([m.at, m.end] as const) : m.spans[e.step]!;
		if (e.at === 'before' ? holdsBefore(e.context, s, span[0]) : holdsAfter(e.context, s, span[1])) return true;
	}
	return false;
}

const plain = (st: Step): boolean =>
	!st.optional && !st.repeat && !st.before && (st.words !== undefined || (st.chars !== undefined && charsOf(st.chars).length <= 16));
const stepWords = (st: Step): readonly string[] => (st.words !== undefined ? wordsOf(st.words) : [...charsOf(st.chars!)]);

/** The characters a token a step can take starts with; null when the step does not say (a unit, a test…). */
function stepStarts(st: Step): string | null {
	if (st.words !== undefined) {
		const ws = wordsOf(st.words);
		return ws.length > 0 && ws.every((w) => w !== '') ? ws.map((w) => w[0]!).join('') : null;
	}
	if (st.chars !== undefined) return charsOf(st.chars) || null;
	if (st.tag === undefined) return null;
	let out = '';
	for (const t of typeof st.tag === 'string' ? [st.tag] : st.tag) {
		const starts = tagStarts(t);
		if (starts === null) return null;
		out += starts;
	}
	return out || null;
}

/**
 * The characters the match can go on with from step `k`: the first characters of step k, and of
 * the steps after it while the ones before may be absent; null when it is not known or the match
 * may end there.
 */
function firstChars(steps: readonly Step[], k: number): string | null {
	let out = '';
	for (let j = k; j < steps.length; j++) {
		const st = steps[j]!;
		const own = stepStarts(st);
		if (own === null) return null;
		out += own;
		if (!st.optional && !(st.repeat !== undefined && st.repeat[0] === 0)) return out;
	}
	return null;
}

/**
 * The texts a match must start with, when the pattern says: the words of its leading word steps
 * joined (户人, 户人次, 批人…), and the words after it when every step is a word step. Computed
 * once per pattern; a line without any of them is never tagged for it.
 */
const ANCHORS = new WeakMap<Pattern, RegExp | null>();
/** The anchor's texts themselves (null when the pattern has no anchor). */
const ANCHOR_TEXTS = new WeakMap<Pattern, readonly string[] | null>();
/**
 * The length of every match, when the anchor is the whole pattern and all its texts are as long
 * (于月): the pattern's after context can then be read on the raw line before tagging it.
 */
const FIXED = new WeakMap<Pattern, number>();
/** The pattern's anchor texts as one regex of literals (one native scan finds the next candidate). */
function anchor(p: Pattern): RegExp | undefined {
	let re = ANCHORS.get(p);
	if (re === undefined) {
		let a: string[] | null = null;
		let k = 0;
		while (k < p.steps.length && plain(p.steps[k]!)) {
			const ws = stepWords(p.steps[k]!);
			const next: string[] = a === null ? [...ws] : a.flatMap((x) => ws.map((w) => x + w));
			if (next.length > 64) break;
			a = next;
			k++;
		}
		let afterFolded = false;
		if (a !== null && k === p.steps.length && p.after?.words !== undefined && p.after.within === undefined && !p.after.any) {
			const ws = wordsOf(p.after.words);
			if (a.length * ws.length <= 64) {
				a = a.flatMap((x) => ws.map((w) => x + w));
				afterFolded = true;
			}
		}
		// What the first step after the anchor can start with: a candidate followed by anything
		// else cannot match, so the scan passes it without tagging the line (月17日 vs 于月日).
		const goesOn = a === null ? null : firstChars(p.steps, k);
		const ahead = goesOn === null ? '' : `(?=[${escapeClass(goesOn)}])`;
		re = a === null ? null : new RegExp(`(?:${a.map(escapeRe).join('|')})${ahead}`, 'g');
		ANCHORS.set(p, re);
		ANCHOR_TEXTS.set(p, a);
		FIXED.set(p, a !== null && k === p.steps.length && !afterFolded && a.every((x) => x.length === a![0]!.length) ? a[0]!.length : -1);
	}
	return re ?? undefined;
}

/** Whether the line can hold a match at all (a cheap test before tagging: an anchor text occurs). */
export function mayMatch(p: Pattern, s: string): boolean {
	const re = anchor(p);
	if (re === undefined) return true;
	re.lastIndex = 0;
	return re.test(s);
}

/** Where a line's tokens come from: asked for only when a candidate needs them (see matchPattern). */
export interface LazyTokens {
	index(): TokenIndex;
}

const NO_MATCHES: Match[] = [];

/** Tags whose tokens are always one character (tag() in tagger/index.ts). */
const ONE_CHAR_TAGS: ReadonlySet<string> = new Set(['han', 'classifier', 'punct', 'other']);
/** The most characters one step can take: Infinity when a token of it may be of any length. */
function maxLength(st: Step): number {
	const times = (st.repeat ?? [0, 1])[1];
	if (st.words !== undefined) return Math.max(0, ...wordsOf(st.words).map((w) => w.length)) * times;
	if (st.chars !== undefined) return times;
	// A token of a bounded length (a run of at most eight spaces) reaches no further than that.
	if (st.maxLength !== undefined) return st.maxLength * times;
	if (st.tag === undefined) return Infinity;
	const tags = typeof st.tag === 'string' ? [st.tag] : st.tag;
	return tags.every((t) => ONE_CHAR_TAGS.has(t)) ? times : Infinity;
}

/**
 * A pattern with its anchor made once (a caller that runs the same patterns over many lines
 * keeps these instead of looking the anchor up per line).
 */
export class CompiledPattern {
	readonly re: RegExp | undefined;
	/** Every match's length when it is known from the anchor alone, else -1. */
	readonly fixed: number;
	/**
	 * The length of every anchor text when they are all as long, else -1: a hit of `re` then starts
	 * that far before where `test` leaves lastIndex, found without a match array.
	 */
	readonly anchorLength: number;
	/**
	 * Later steps that must match, with the characters their token starts with and how far after the
	 * candidate's start it can stand at most (Infinity when an earlier step's length is unbounded):
	 * 比 + up to six characters + 高/低 needs a 高 or 低 within seven characters of the 比. A
	 * candidate without them on the raw line cannot match and is never tagged.
	 */
	readonly needs: ReadonlyArray<{ chars: string; reach: number }>;
	/**
	 * What every candidate starts with on the raw line: the first two characters of each anchor
	 * text (one when the text is one character long); null when the pattern has no anchor. A line
	 * holding none of them has no candidate, so a caller may skip the pattern without scanning.
	 */
	readonly leads: readonly string[] | null;
	constructor(readonly p: Pattern) {
		this.re = anchor(p);
		const texts = ANCHOR_TEXTS.get(p) ?? null;
		this.leads = texts === null || texts.some((x) => x === '') ? null : [...new Set(texts.map((x) => x.slice(0, 2)))];
		this.fixed = FIXED.get(p) ?? -1;
		this.anchorLength = texts !== null && texts.length > 0 && texts.every((x) => x.length === texts[0]!.length) ? texts[0]!.length : -1;
		const needs: Array<{ chars: string; reach: number }> = [];
		let reach = 0;
		for (let j = 0; j < p.steps.length; j++) {
			const st = p.steps[j]!;
			const required = !st.optional && !(st.repeat !== undefined && st.repeat[0] === 0);
			if (j > 0 && required && (st.words !== undefined || st.chars !== undefined)) {
				const starts = stepStarts(st);
				if (starts !== null) needs.push({ chars: starts, reach });
			}
			reach += maxLength(st);
		}
		this.needs = needs;
	}

	/** Where the next hit of the anchor regex `re` starts (from its lastIndex on), or -1. */
	#candidate(re: RegExp, s: string): number {
		const n = this.anchorLength;
		if (n > 0) return re.test(s) ? re.lastIndex - n : -1;
		const hit = re.exec(s);
		return hit === null ? -1 : hit.index;
	}

	/** Whether every needed step's first character stands within its reach of `at`. */
	#hasNeeds(s: string, at: number): boolean {
		for (const { chars, reach } of this.needs) {
			const end = Math.min(s.length, reach === Infinity ? s.length : at + reach + 1);
			const set = charSet(chars);
			let k = at;
			while (k < end && !set.has(s.charCodeAt(k))) k++;
			if (k === end) return false;
		}
		return true;
	}


	/** matchPattern's matches; the empty result of a line without candidates is a shared array. */
	match(s: string, lazy: LazyTokens): Match[] {
		const { p, re } = this;
		if (re === undefined) {
			const out: Match[] = [];
			const idx = lazy.index();
			const { tokens } = idx;
			for (let k = 0; k < tokens.length; k++) {
				const m = matchFrom(p, idx, k);
				if (!m) continue;
				if (!excepted(p, m, s)) out.push(m);
				k = Math.max(k, m.start + m.tokens.length - 1);
			}
			return out;
		}
		// Anchored: the candidates are where an anchor text starts a token, in order.
		re.lastIndex = 0;
		let out = NO_MATCHES;
		for (let next = this.#candidate(re, s); next >= 0; next = this.#candidate(re, s)) {
			if (this.needs.length > 0 && !this.#hasNeeds(s, next)) {
				re.lastIndex = next + 1;
				continue;
			}
			if ((p.before && !holdsBefore(p.before, s, next)) || (this.fixed >= 0 && p.after && !holdsAfter(p.after, s, next + this.fixed))) {
				re.lastIndex = next + 1;
				continue;
			}
			const idx = lazy.index();
			const k = idx.startAt[next]!;
			const m = k >= 0 ? matchFrom(p, idx, k) : undefined;
			if (!m) {
				re.lastIndex = next + 1;
				continue;
			}
			if (!excepted(p, m, s)) {
				if (out === NO_MATCHES) out = [];
				out.push(m);
			}
			re.lastIndex = Math.max(m.end, next + 1);
		}
		return out;
	}
}

/**
 * Every match of `p` in the line `s`, left to right, not overlapping; exceptions drop theirs.
 * The line's tokens are asked for (`index`) only for a candidate that passes the pattern's
 * `before` context on the raw text: a line of figures (12.5亿元) is never tagged for 增长.5%.
 */
export function matchPattern(p: Pattern, s: string, index: () => TokenIndex): Match[] {
	return new CompiledPattern(p).match(s, { index }).slice();
}

/** Every match of `steps` in the tagged line (a pattern with steps only). */
export function matchAll(steps: readonly Step[], tokens: readonly Token[], s: string): Match[] {
	const idx = new TokenIndex(s, tokens);
	return matchPattern({ steps }, s, () => idx);
}
