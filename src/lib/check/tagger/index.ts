/**
 * A small tagger: one folded line as a list of tokens — figures, masks, units, classifiers,
 * verbs, punctuation, spaces, Latin words and single Chinese characters — read with the lexicon
 * in one linear pass (longest unit or verb first). Frames match patterns over these tags
 * (see pattern.ts); word boundaries inside Chinese come from Intl.Segmenter, on short windows
 * only (text/segment.ts), where a frame needs them.
 */
import { ALL_UNITS, CLASSIFIERS, CLAUSE_END, MASK_CHARS, VERBS } from '../lexicon';

export type Tag = 'figure' | 'mask' | 'unit' | 'classifier' | 'verb' | 'punct' | 'space' | 'latin' | 'han' | 'other';

/** One token: its tag and [from, to) in the line. */
export interface Token {
	tag: Tag;
	from: number;
	to: number;
}

/**
 * The characters that stand for hidden digits or names in a template text (20xx, **集团, __,
 * ××镇, ○○, □□, 2?年): the one list the tagger reads masks by. tag() reads all of them but ? as
 * masks; in its token stream ? is the question mark far more often (是否完成?).
 */
export const PLACEHOLDER_CHARS = MASK_CHARS;
/** Words by the code of their first character, longest first. */
const byFirst = (words: readonly string[]) => {
	const m = new Map<number, string[]>();
	for (const w of [...words].sort((a, b) => b.length - a.length)) {
		const list = m.get(w.charCodeAt(0)) ?? [];
		list.push(w);
		m.set(w.charCodeAt(0), list);
	}
	return m;
};
// Units that are single letters or signs (%) are tagged as units too; 元 inside 元旦 is still
// tagged a unit: the tagger is lexical, frames decide what a token means in its place.
const UNITS_BY_FIRST = byFirst(ALL_UNITS);
const VERBS_BY_FIRST = byFirst([...new Set(VERBS.map((v) => v.text))]);
const CLASS = new Uint8Array(65536);
const DIGIT = 1;
const MASK = 2;
const SPACE = 3;
const PUNCT = 4;
const LATIN = 5;
for (let c = 48; c <= 57; c++) CLASS[c] = DIGIT;
for (const c of PLACEHOLDER_CHARS) if (c !== '?') CLASS[c.charCodeAt(0)] = MASK;
CLASS[32] = SPACE;
CLASS[9] = SPACE;
const PUNCT_CHARS = CLAUSE_END + '（(【】《》—·';
for (const c of PUNCT_CHARS) CLASS[c.charCodeAt(0)] = PUNCT;
for (let c = 65; c <= 122; c++) if (c <= 90 || c >= 97) CLASS[c] = LATIN;
CLASS['x'.charCodeAt(0)] = MASK;
CLASS['X'.charCodeAt(0)] = MASK;
/**
 * Per character code, what a token may start with there: a unit, a classifier, a verb. Most Han
 * characters start none, and are tagged without a lookup (nor a string made of the character).
 */
const STARTS = new Uint8Array(65536);
const STARTS_UNIT = 1;
const STARTS_CLASSIFIER = 2;
const STARTS_VERB = 4;
for (const c of UNITS_BY_FIRST.keys()) STARTS[c]! |= STARTS_UNIT;
for (const c of new Set(CLASSIFIERS)) if (c.length === 1) STARTS[c.charCodeAt(0)]! |= STARTS_CLASSIFIER;
for (const c of VERBS_BY_FIRST.keys()) STARTS[c]! |= STARTS_VERB;

function startsWithAny(s: string, i: number, list: string[] | undefined): string | undefined {
	if (!list) return undefined;
	for (const w of list) if (s.startsWith(w, i)) return w;
	return undefined;
}

/**
 * The characters a token of `t` starts with, for the tags whose tokens say it simply: a figure
 * starts with a digit, a mask with a digit or a mask character, spaces with a space or a tab,
 * punctuation with itself. null for the others (a unit, a verb, a Han character…).
 */
export function tagStarts(t: Tag): string | null {
	switch (t) {
		case 'figure':
			return '0123456789';
		case 'mask':
			return '0123456789' + PLACEHOLDER_CHARS.replace('?', '');
		case 'space':
			return ' \t';
		case 'punct':
			return PUNCT_CHARS;
		default:
			return null;
	}
}

/** Tags one folded line. Linear in its length. */
export function tag(s: string): Token[] {
	const out: Token[] = [];
	let i = 0;
	const n = s.length;
	while (i < n) {
		const c = s.charCodeAt(i);
		const k = CLASS[c]!;
		const start = i;
		if (k === DIGIT || k === MASK) {
			// A figure, or a mask when any character of it is a mask: 12.5, 1,234, 4X.7, xx, 20**.
			let masked = k === MASK;
			i++;
			while (i < n) {
				const d = CLASS[s.charCodeAt(i)]!;
				if (d === DIGIT || d === MASK) masked ||= d === MASK;
				else if ((s[i] === '.' || s[i] === ',') && i + 1 < n && (CLASS[s.charCodeAt(i + 1)] === DIGIT || CLASS[s.charCodeAt(i + 1)] === MASK)) i++;
				else break;
				i++;
			}
			// A lone x or X between letters is part of a word (Excel, box).
			if (masked && i - start === 1 && (CLASS[s.charCodeAt(start - 1)] === LATIN || CLASS[s.charCodeAt(i)] === LATIN) && (s[start] === 'x' || s[start] === 'X')) {
				out.push({ tag: 'latin', from: start, to: i });
				continue;
			}
			out.push({ tag: masked ? 'mask' : 'figure', from: start, to: i });
			continue;
		}
		if (k === SPACE) {
			while (i < n && CLASS[s.charCodeAt(i)] === SPACE) i++;
			out.push({ tag: 'space', from: start, to: i });
			continue;
		}
		if (k === PUNCT) {
			out.push({ tag: 'punct', from: i, to: ++i });
			continue;
		}
		if (k === LATIN) {
			while (i < n && (CLASS[s.charCodeAt(i)] === LATIN || CLASS[s.charCodeAt(i)] === MASK)) i++;
			out.push({ tag: 'latin', from: start, to: i });
			continue;
		}
		const starts = STARTS[c]!;
		if (starts !== 0) {
			const unit = starts & STARTS_UNIT ? startsWithAny(s, i, UNITS_BY_FIRST.get(c)) : undefined;
			if (unit) {
				i += unit.length;
				out.push({ tag: 'unit', from: start, to: i });
				continue;
			}
			if (starts & STARTS_CLASSIFIER) {
				out.push({ tag: 'classifier', from: i, to: ++i });
				continue;
			}
			const verb = starts & STARTS_VERB ? startsWithAny(s, i, VERBS_BY_FIRST.get(c)) : undefined;
			if (verb) {
				i += verb.length;
				out.push({ tag: 'verb', from: start, to: i });
				continue;
			}
		}
		out.push({ tag: c >= 0x3400 && c <= 0x9fff ? 'han' : 'other', from: i, to: ++i });
	}
	return out;
}

// Placeholder tokens: what in a line is a mask as the placeholder rules read it.
const PH = 1;
const PH_DIGIT = 2;
const PH_DOT = 4;
const PH_CLASS = new Uint8Array(65536);
for (const c of PLACEHOLDER_CHARS) PH_CLASS[c.charCodeAt(0)] = PH;
for (let c = 48; c <= 57; c++) PH_CLASS[c] = PH_DIGIT;
PH_CLASS[46] = PH_DOT;

/**
 * Reads a line's placeholder tokens left to right: a run of digits and placeholder characters
 * holding at least one of them (20xx, xx, 41**, 4X.7, xx.36, ___), with the digits and dots
 * right before its first mask (12.x5), dots inside it (x.xx) but not at its end, and thousands
 * groups of exactly three (1X,X35, x,x00), with up to three digits before the first group (1,xxx). One reader, reused: `next` fills `from` and `to`.
 */
/** Whether three digits or masks start at i, no fourth after them: a thousands group. */
function isGroup(s: string, i: number): boolean {
	for (let k = i; k < i + 3; k++) if ((PH_CLASS[s.charCodeAt(k)]! & (PH | PH_DIGIT)) === 0) return false;
	return (PH_CLASS[s.charCodeAt(i + 3)]! & (PH | PH_DIGIT)) === 0;
}

export class PlaceholderReader {
	from = 0;
	to = 0;

	/** The first placeholder token that starts at or after `at`; false when there is none. */
	next(s: string, at: number): boolean {
		const n = s.length;
		let q = at;
		while (q < n && PH_CLASS[s.charCodeAt(q)] !== PH) q++;
		if (q >= n) return false;
		let from = q;
		while (from > at && (PH_CLASS[s.charCodeAt(from - 1)]! & (PH_DIGIT | PH_DOT)) !== 0) from--;
		// 1,xxx, 12,3x5: the digits and groups before a thousands group the token opens.
		while (from - 2 >= at && s.charCodeAt(from - 1) === 44 && PH_CLASS[s.charCodeAt(from - 2)] === PH_DIGIT && isGroup(s, from)) {
			let d = from - 1;
			while (d > at && from - 1 - d < 3 && PH_CLASS[s.charCodeAt(d - 1)] === PH_DIGIT) d--;
			from = d;
		}
		let to = q + 1;
		for (let k = q + 1; k < n; k++) {
			const c = PH_CLASS[s.charCodeAt(k)]!;
			if (c === 0) break;
			if (c !== PH_DOT) to = k + 1;
		}
		// ,ddd groups, each not followed by a fourth digit or mask.
		while (s.charCodeAt(to) === 44 && to + 3 < n && (PH_CLASS[s.charCodeAt(to + 1)]! & (PH | PH_DIGIT)) !== 0 && (PH_CLASS[s.charCodeAt(to + 2)]! & (PH | PH_DIGIT)) !== 0 && (PH_CLASS[s.charCodeAt(to + 3)]! & (PH | PH_DIGIT)) !== 0 && (PH_CLASS[s.charCodeAt(to + 4)]! & (PH | PH_DIGIT)) === 0) to += 4;
		this.from = from;
		this.to = to;
		return true;
	}
}
