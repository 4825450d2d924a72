/**
 * Patterns over tags, matched by a generic matcher: a frame's pattern is data, e.g.
 *   [{ tag: 'han' }, { tag: 'space', minLength: 2, capture: true }, { tag: ['unit', 'classifier'] }]
 * A step may add a test on the token's text. Matching is linear: one attempt per token.
 */
import type { Tag, Token } from './index';

/** One step of a pattern. */
export interface Step {
	tag: Tag | readonly Tag[];
	/** At least this many characters (a run of two spaces). */
	minLength?: number;
	/** A test on the token's text. */
	test?: (text: string) => boolean;
	/** Whether the frame reports this token's span. */
	capture?: boolean;
	/** The step may be absent (the line may end here). */
	optional?: boolean;
}

/** Where a pattern matched: the tokens it used and the span of its captured steps. */
export interface Match {
	start: number;
	tokens: Token[];
	from: number;
	to: number;
}

function stepMatches(step: Step, t: Token | undefined, s: string): boolean {
	if (!t) return false;
	const ok = typeof step.tag === 'string' ? t.tag === step.tag : step.tag.includes(t.tag);
	if (!ok) return false;
	if (step.minLength !== undefined && t.to - t.from < step.minLength) return false;
	return !step.test || step.test(s.slice(t.from, t.to));
}

/** Every match of `pattern` in the tagged line, left to right, not overlapping. */
export function matchAll(pattern: readonly Step[], tokens: readonly Token[], s: string): Match[] {
	const out: Match[] = [];
	for (let i = 0; i < tokens.length; i++) {
		let j = i;
		const used: Token[] = [];
		let from = -1;
		let to = -1;
		let ok = true;
		for (const step of pattern) {
			const t = tokens[j];
			if (stepMatches(step, t, s)) {
				used.push(t!);
				if (step.capture) {
					if (from < 0) from = t!.from;
					to = t!.to;
				}
				j++;
			} else if (!step.optional) {
				ok = false;
				break;
			}
		}
		if (!ok) continue;
		out.push({ start: i, tokens: used, from, to });
		i = j - 1;
	}
	return out;
}
