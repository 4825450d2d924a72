/**
 * Official style: half-width punctuation inside Chinese text (全年新建道路12公里,改造…) should
 * be full-width. Decimals, thousands, times and ratios (3.5, 1,250, 9:30, 1:2), URLs, e-mail
 * addresses, inline code, Markdown links and English phrases are left alone: a mark counts as
 * Chinese only when a Han character or a Chinese mark stands right beside it.
 */
import { foldedOf } from '../text/normalize';
import { charsOf, LC_HALF_DOT, LC_HALF_MARK, LC_VERBATIM_CUE } from '../tagger/line-chars';
import { charTable, isDigit, isHan, isLatin } from '../text/chars';
import { MASK } from '../lexicon';
import { defineRule } from './define';
import { checkMessages as M } from '../messages';
import { CJK_PUNCT, ELLIPSIS, FULL_OF, HEADING_DOT } from './data/punctuation';

const CANDIDATE = /[,;:?!.()"]/;
const MARKS = ',;:?!.()"';
// Spans where half-width marks belong: URLs, e-mail, inline code, a Markdown link's target.
const VERBATIM = /(?:https?|ftp):\/\/[^\s，。；、）」”]+|www\.[A-Za-z0-9-]+\.[^\s，。；、）」”]+|[\w.+-]+@[\w-]+\.[\w.]+|`[^`]*`|\]\([^)\s]*\)/g;
const CN_HEADING_NUMERAL = /^[ \t#]*[一二三四五六七八九十]{1,3}$/;
/** How far a `(` looks for its `)`: a bound keeps the scan linear on long lines. */
const PAREN_REACH = 80;

/** The Chinese full-width marks among the full-width ASCII block: these are right as they are. */
const CHINESE_FULL = '！（），：；？';

/**
 * The marks as typed, full-width ASCII read as half-width (．＂ are as wrong as . and "). The
 * folded text cannot be used for this: it already reads half-width marks next to Chinese as
 * full-width (so the other rules see one spelling); it serves here to read the neighbours.
 */
function marksOf(t: string): string {
	if (!OTHER_FULL.test(t)) return t;
	return t.replace(OTHER_FULL_ALL, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}
/** Full-width ASCII other than CHINESE_FULL (the block minus ！（），：；？). */
const OTHER_FULL_ALL = new RegExp(`(?![${CHINESE_FULL}])[\\uff01-\\uff5e]`, 'g');
const OTHER_FULL = new RegExp(OTHER_FULL_ALL.source);
/** The marks the loop looks at: the half-width ones it judges and the quotes it tracks. */
const LOOKED_AT = charTable(',;:?!.()"“”');

const zh = (c: string | undefined) => c !== undefined && (isHan(c) || CJK_PUNCT.includes(c));

function verbatimMask(s: string): Uint8Array | null {
	if (!/[/@`\]]|www\./.test(s)) return null;
	const mask = new Uint8Array(s.length);
	VERBATIM.lastIndex = 0;
	for (let m = VERBATIM.exec(s); m; m = VERBATIM.exec(s)) mask.fill(1, m.index, m.index + m[0].length);
	return mask;
}

export const halfWidthPunct = defineRule({
	meta: {
		id: 'half-width-punct',
		category: 'style',
		defaultSeverity: 'info',
		messages: { halfWidth: M.halfWidthPunct.halfWidth, ellipsis: M.halfWidthPunct.ellipsis },
		description: M.halfWidthPunct.description
	},
	scope: 'paragraph',
	create(ctx) {
		const s = foldedOf(ctx);
		// Nothing folded (the same string): the line holds no full-width ASCII to read as
		// half-width, and its characters are the folded line's, which the engine has read.
		const asFolded = ctx.text === s;
		const chars = asFolded ? charsOf(ctx, s) : 0;
		const r = asFolded ? ctx.text : marksOf(ctx.text);
		if (asFolded ? !(chars & (LC_HALF_MARK | LC_HALF_DOT)) : !CANDIDATE.test(r)) return;
		const mask = asFolded && !(chars & LC_VERBATIM_CUE) ? null : verbatimMask(r);
		// A line whose only half-width mark is the full stop (its decimals: 12.5亿元) is read from
		// one full stop to the next; the quotes it passes matter only to a " it does not hold.
		const dotsOnly = asFolded && !(chars & LC_HALF_MARK);
		let decided: Set<number> | undefined;
		let quoteOpen = false;
		const report = (from: number, to: number, full: string) =>
			ctx.report({ from, to, messageId: 'halfWidth', data: { half: ctx.text.slice(from, to).trim(), full }, fix: { from, to, insert: full } });
		/** The end of the mark at `i` plus the half-width spaces after it when Chinese follows them. */
		const withSpaces = (i: number) => {
			let j = i + 1;
			while (s[j] === ' ') j++;
			return j > i + 1 && zh(s[j]) ? j : i + 1;
		};
		for (let i = dotsOnly ? r.indexOf('.') : 0; i >= 0 && i < r.length; i = dotsOnly ? r.indexOf('.', i + 1) : i + 1) {
			if (LOOKED_AT[r.charCodeAt(i)] !== 1) continue;
			const c = r[i]!;
			if (c === '“') quoteOpen = true;
			else if (c === '”') quoteOpen = false;
			if (!MARKS.includes(c) || mask?.[i] || decided?.has(i)) continue;
			// A half-width closing mark between Chinese and this one (“好的".) counts as Chinese too.
			const prev = (r[i - 1] === '"' || r[i - 1] === ')') && zh(s[i - 2]) ? s[i - 2] : s[i - 1];
			let j = i + 1;
			while (s[j] === ' ') j++;
			const next = s[j];
			switch (c) {
				case ',':
				case ';':
				case ':':
				case '?':
				case '!':
					if (isDigit(prev) && isDigit(s[i + 1])) break;
					if (c === '!' && r[i + 1] === '[') break;
					if (zh(prev) || zh(next)) report(i, withSpaces(i), FULL_OF[c]!);
					break;
				case '.': {
					let k = i;
					while (r[k] === '.') k++;
					if (k - i >= 2) {
						if (zh(prev) || zh(s[k])) ctx.report({ from: i, to: k, messageId: 'ellipsis', data: { full: ELLIPSIS.full }, fix: { from: i, to: k, insert: ELLIPSIS.full } });
						i = k - 1;
						break;
					}
					// 为.%: a figure masked around its point is a blank, not a full stop.
					if (!zh(prev) || isDigit(s[i + 1]) || isLatin(s[i + 1]) || MASK.includes(s[i + 1] ?? ' ') || s[i + 1] === '%') break;
					report(i, withSpaces(i), i <= 12 && CN_HEADING_NUMERAL.test(s.slice(0, i)) ? HEADING_DOT.full : FULL_OF['.']!);
					break;
				}
				case '(': {
					if (prev === ']') break;
					let close = -1;
					let han = false;
					for (let k = i + 1; k < s.length && k <= i + PAREN_REACH; k++) {
						const d = r[k]!;
						if (d === '(' || d === '（') break;
						if (d === ')') {
							close = k;
							break;
						}
						if (isHan(s[k])) han = true;
					}
					if (close >= 0) (decided ??= new Set()).add(close);
					if (!(han || zh(prev) || (close >= 0 ? zh(s[close + 1]) : zh(s[i + 1])))) break;
					report(i, i + 1, FULL_OF['(']!);
					if (close >= 0) report(close, close + 1, FULL_OF[')']!);
					break;
				}
				case ')':
					if (zh(prev) || zh(s[i + 1])) report(i, i + 1, FULL_OF[')']!);
					break;
				case '"': {
					const full = quoteOpen ? '”' : '“';
					quoteOpen = !quoteOpen;
					if (zh(prev) || zh(s[i + 1])) report(i, i + 1, full);
					break;
				}
			}
		}
	}
});
