/**
 * 清理范文: template-site furniture removed, broken lines joined, punctuation and spaces
 * normalised — each change listed with its kind and source offsets, each kind switchable,
 * deterministic, and offset-mapped (applyEdits) so a finding on the source lands on the same
 * words after cleaning. Every rule looks at one line and its neighbours: linear in the input.
 */
import { classifyLine, numberingOf } from '$lib/export/numbering';
import { applyEdits, type Applied, type Edit } from './edits';
import { ARTICLE_TITLE, INTRO, MARKER, NOTICE, RELATED_HEADER, TITLE_SUFFIX, URL_RE, WATERMARK } from './furniture';
import { isAsciiAlnum, isChinese, isDigit, splitLines, type TextLine } from './lines';
import type { Change, ChangeKind } from './types';

/** Every change kind, in priority order (an edit overlapping a stronger one is dropped). */
export const CHANGE_KINDS: readonly ChangeKind[] = [
	'marker',
	'intro',
	'related-links',
	'notice',
	'watermark',
	'url',
	'title-suffix',
	'heading-break',
	'join',
	'space',
	'punct'
];

/** Kinds that remove text (listed as "removed" by the CLI). */
export const REMOVAL_KINDS: ReadonlySet<ChangeKind> = new Set(['marker', 'intro', 'related-links', 'notice', 'watermark', 'url', 'title-suffix']);

/** The longest paragraph still read as a site intro. */
const MAX_INTRO = 300;
/** The longest line read as a notice, watermark or related-article entry. */
const MAX_FURNITURE_LINE = 80;
const MAX_ARTICLE_TITLE = 32;
const MAX_MARKER_LINE = 50;

/** What a line is, before any change. */
export type LineRole = 'blank' | 'content' | 'marker' | 'intro' | 'related-links' | 'notice' | 'watermark' | 'url';

/** The lines of a source with their roles: shared by cleaning and splitting. */
export interface Analysis {
	source: string;
	lines: TextLine[];
	roles: LineRole[];
	/** Index of the page title line (first content line), or -1. */
	titleLine: number;
}

/** A sample-boundary line: "……篇一", "【篇二】", "第三篇", "范文四". */
export function isMarkerLine(text: string): boolean {
	if (!text || text.length > MAX_MARKER_LINE || /[，。；！？,;!?]/.test(text)) return false;
	return /篇[一二三四五六七八九十\d]{1,3}[】\]]?[:：]?$|^[【\[]?篇[一二三四五六七八九十\d]{1,3}[】\]]?(?:[:：\s]|$)|^[【\[]?范文[一二三四五六七八九十\d]{1,3}[】\]]?(?:[:：\s]|$)|^第[一二三四五六七八九十\d]{1,3}篇/.test(text) && MARKER.re.test(text);
}

const TERMINAL = /[。！？!?；;…”’」』]$/;

function isArticleTitle(t: string): boolean {
	return t.length > 0 && t.length <= MAX_ARTICLE_TITLE && !/[，。；！？,;!?：:]/.test(t) && !numberingOf(t) && ARTICLE_TITLE.re.test(t);
}

/** A notice or watermark line may hold this many other characters (not punctuation). */
const MAX_REMAINDER = 5;

/** How many characters of a line are neither furniture, URL, punctuation nor space. */
function remainder(t: string, re: RegExp): number {
	const all = new RegExp(re.source, re.flags.includes('g') ? re.flags : re.flags + 'g');
	return t.replace(all, '').replace(URL_RE, '').replace(/[\s\p{P}\p{S}\d]/gu, '').length;
}

/** A line without its Markdown heading mark or list bullet (from .docx/.html structure). */
const bare = (t: string) => t.replace(/^(?:#{1,6}\s+|[-*+]\s+)/, '');

/** Classifies every line of a source. */
export function analyze(source: string): Analysis {
	const lines = splitLines(source);
	const roles: LineRole[] = lines.map((l) => (l.text ? 'content' : 'blank'));
	const content = lines.filter((l) => l.text).map((l) => l.index);
	for (const i of content) {
		const t = bare((lines[i] as TextLine).text);
		if (isMarkerLine(t)) roles[i] = 'marker';
		else if (t.length <= MAX_INTRO && INTRO.re.test(t)) roles[i] = 'intro';
		else if (t.length <= MAX_FURNITURE_LINE && NOTICE.re.test(t) && remainder(t, NOTICE.re) <= MAX_REMAINDER) roles[i] = 'notice';
		else if (t.length <= MAX_FURNITURE_LINE && WATERMARK.re.test(t.replace(URL_RE, '')) && remainder(t.replace(URL_RE, ''), WATERMARK.re) <= MAX_REMAINDER) roles[i] = 'watermark';
		else if (t.replace(URL_RE, '').trim() === '') roles[i] = 'url';
	}
	// Related-article blocks: after a 相关推荐 header, or three or more article titles in a row
	// (two are enough right before a sample marker or the end of the text).
	for (let k = 0; k < content.length; k++) {
		const i = content[k] as number;
		if (roles[i] !== 'content') continue;
		const t = bare((lines[i] as TextLine).text);
		if (RELATED_HEADER.re.test(t)) {
			roles[i] = 'related-links';
			for (let j = k + 1; j < content.length; j++) {
				const li = content[j] as number;
				const lt = bare((lines[li] as TextLine).text);
				if (roles[li] !== 'content' || lt.length > MAX_ARTICLE_TITLE || /[。！？]$/.test(lt)) break;
				roles[li] = 'related-links';
			}
			continue;
		}
		if (!isArticleTitle(t)) continue;
		let j = k;
		while (j < content.length && roles[content[j] as number] === 'content' && isArticleTitle(bare((lines[content[j] as number] as TextLine).text))) j++;
		const run = j - k;
		const next = content[j];
		const atEdge = next === undefined || roles[next] === 'marker' || roles[next] === 'related-links';
		if (run >= 3 || (run >= 2 && atEdge)) for (let x = k; x < j; x++) roles[content[x] as number] = 'related-links';
		k = j - 1;
	}
	const titleLine = content.find((i) => roles[i] === 'content') ?? -1;
	return { source, lines, roles, titleLine };
}

/** A line that starts a heading, list item, table row or enumeration (never joined onto). */
function startsBlock(t: string): boolean {
	return (
		!!numberingOf(t) ||
		/^(?:#{1,6}\s|[-*+]\s|>|\||第[一二三四五六七八九十百\d]+[部章节条]|[一二三四五六七八九十]+是|第[一二三四五六七八九十]+[，,、]|[①-⑳])/.test(t)
	);
}

function isHeadingLine(t: string): boolean {
	return /^#{1,6}\s/.test(t) || /^\|/.test(t) || classifyLine(t).kind === 'heading' || isMarkerLine(t);
}

/** Lines within a run of lines with no blank line between them. */
interface Run {
	from: number;
	to: number;
	maxLength: number;
	tokens: boolean;
}

function runsOf(a: Analysis): Map<number, Run> {
	const byLine = new Map<number, Run>();
	let i = 0;
	const { lines, roles } = a;
	while (i < lines.length) {
		if (roles[i] !== 'content') {
			i++;
			continue;
		}
		let j = i;
		while (j < lines.length && roles[j] === 'content') j++;
		const lengths = lines.slice(i, j).map((l) => l.text.length).sort((x, y) => x - y);
		const median = lengths[Math.floor(lengths.length / 2)] as number;
		const run: Run = { from: i, to: j, maxLength: lengths[lengths.length - 1] as number, tokens: j - i >= 4 && median <= 4 };
		for (let k = i; k < j; k++) byLine.set(k, run);
		i = j;
	}
	return byLine;
}

const MID_SENTENCE_END = /[，、,（(《“‘—\-－]$/;
const MID_SENTENCE_START = /^[，。、；：！？,.;:!?）)》”’%％‰]/;

/** Whether the line break(s) between content lines A and B sit inside a sentence. */
function shouldJoin(a: TextLine, b: TextLine, blankBetween: boolean, run: Run | undefined, isTitle: boolean): boolean {
	const at = a.text;
	const bt = b.text;
	// One token per line (PDF): the whole run is one paragraph, sentence stops included.
	if (!blankBetween && run?.tokens && !startsBlock(bt) && !isHeadingLine(at)) return true;
	if (TERMINAL.test(at) || /[：:]$/.test(at) || startsBlock(bt) || isHeadingLine(at)) return false;
	if (MID_SENTENCE_START.test(bt)) return true;
	const last = at.charCodeAt(at.length - 1);
	const first = bt.charCodeAt(0);
	// An English word cut at the line end ("Linux" / "server").
	if (!blankBetween && /[A-Za-z]$/.test(at) && /^[a-z]/.test(bt)) return true;
	if (!blankBetween) {
		if (MID_SENTENCE_END.test(at)) return true;
		if (isDigit(last) && (isDigit(first) || /^[.．万亿千百元%个家人项]/.test(bt))) return true;
		if (isTitle) return false;
		// Wrapped at a fixed width (PDF, e-mail): the line is about as long as the longest.
		return !!run && run.to - run.from >= 2 && at.length >= 15 && at.length >= run.maxLength * 0.85;
	}
	// Across a blank line (web extraction): only a long paragraph cut inside a sentence.
	if (isTitle) return false;
	const continues = isChinese(first) || isDigit(first) || first === 0x201c;
	if (MID_SENTENCE_END.test(at) && at.length >= 10 && continues) return true;
	// A paragraph (long, or already holding a sentence) cut off without its stop.
	const paragraph = at.length >= 40 || (at.length >= 10 && /[，。；！？,;]/.test(at.slice(0, -1)));
	return paragraph && (isChinese(last) || isDigit(last)) && continues;
}

/** Punctuation and space edits inside one line's content (protected spans left alone). */
function inlineEdits(source: string, from: number, to: number, out: Edit<ChangeKind>[]): void {
	const protectedSpans: Array<[number, number]> = [];
	const text = source.slice(from, to);
	for (const m of text.matchAll(URL_RE)) protectedSpans.push([from + (m.index ?? 0), from + (m.index ?? 0) + m[0].length]);
	for (const m of text.matchAll(/`[^`\n]*`/g)) protectedSpans.push([from + (m.index ?? 0), from + (m.index ?? 0) + m[0].length]);
	// "第一部分 工作回顾": the space after a part marker stays.
	const part = /^第[一二三四五六七八九十百\d]+(?:部分|章|节|篇)[ \u3000]/.exec(text);
	if (part) protectedSpans.push([from + part[0].length - 1, from + part[0].length]);
	protectedSpans.sort((x, y) => x[0] - y[0]);
	let p = 0;
	const isProtected = (i: number) => {
		while (p < protectedSpans.length && (protectedSpans[p] as [number, number])[1] <= i) p++;
		const s = protectedSpans[p];
		return !!s && s[0] <= i && i < s[1];
	};
	// Neighbours, looking past spaces.
	const prevChar = (i: number) => {
		let k = i - 1;
		while (k >= from && (source[k] === ' ' || source[k] === '\t')) k--;
		return k >= from ? source.charCodeAt(k) : -1;
	};
	const nextChar = (i: number) => {
		let k = i + 1;
		while (k < to && (source[k] === ' ' || source[k] === '\t')) k++;
		return k < to ? source.charCodeAt(k) : -1;
	};
	// Parentheses: pair them on the line so both halves change together.
	const pairOf = new Map<number, number>();
	const stack: number[] = [];
	for (let i = from; i < to; i++) {
		const c = source[i];
		if (c === '(') stack.push(i);
		else if (c === ')' && stack.length) {
			const o = stack.pop() as number;
			pairOf.set(o, i);
			pairOf.set(i, o);
		}
	}
	const chineseAround = (i: number) => isChinese(prevChar(i)) || isChinese(nextChar(i));
	const parenChinese = (o: number, c: number) => {
		if (isChinese(prevChar(o)) || isChinese(nextChar(c))) return true;
		// A bounded look inside (nested pairs on one long line stay linear).
		for (let k = o + 1; k < Math.min(c, o + 60); k++) if (isChinese(source.charCodeAt(k))) return true;
		return false;
	};
	const FULL: Record<string, string> = { ',': '，', ':': '：', ';': '；', '(': '（', ')': '）', '!': '！', '?': '？' };
	const converted = new Set<number>();
	for (let i = from; i < to; i++) {
		const c = source[i] as string;
		const full = FULL[c];
		if (!full || isProtected(i)) continue;
		const prev = i > from ? source.charCodeAt(i - 1) : -1;
		const next = i + 1 < to ? source.charCodeAt(i + 1) : -1;
		let change = false;
		if (c === ',' || c === ':') change = !(isDigit(prev) && isDigit(next)) && chineseAround(i);
		else if (c === '(' || c === ')') {
			const other = pairOf.get(i);
			change = other === undefined ? chineseAround(i) : c === '(' ? parenChinese(i, other) : parenChinese(other, i);
		} else change = chineseAround(i);
		if (change) {
			out.push({ kind: 'punct', from: i, to: i + 1, insert: full });
			converted.add(i);
		}
	}
	// Spaces: a single space between Chinese text and Chinese or figures goes; two or more stay
	// (a run of spaces often stands for a blank to fill, "20  年").
	for (let i = from; i < to; i++) {
		const c = source[i];
		if (c !== ' ' && c !== '\t' && c !== '\u3000') continue;
		if (isProtected(i)) continue;
		const prev = source.charCodeAt(i - 1);
		const next = source.charCodeAt(i + 1);
		if (source[i + 1] === ' ' || source[i + 1] === '\t' || source[i + 1] === '\u3000') {
			while (i + 1 < to && /[ \t\u3000]/.test(source[i + 1] as string)) i++;
			continue;
		}
		const chinesePrev = isChinese(prev) || converted.has(i - 1);
		const chineseNext = isChinese(next) || converted.has(i + 1);
		const figurePrev = isDigit(prev) || prev === 0x25 || prev === 0x2030;
		const figureNext = isDigit(next) || next === 0x25 || next === 0x2030;
		if (!((chinesePrev && (chineseNext || figureNext)) || (figurePrev && chineseNext) || (isDigit(prev) && next === 0x25))) continue;
		// "20 年": a two-digit year with its last digits masked by a space.
		if (isDigit(prev) && /[年月日]/.test(source[i + 1] as string)) {
			let k = i - 1;
			while (k >= from && isDigit(source.charCodeAt(k))) k--;
			if (i - 1 - k <= 2) continue;
		}
		out.push({ kind: 'space', from: i, to: i + 1, insert: '' });
	}
}

/** The cleaned text, the changes made and the offset maps. */
export interface Cleaned {
	text: string;
	changes: Change[];
	applied: Applied<ChangeKind>;
	analysis: Analysis;
}

/** Every change cleaning proposes for a source, strongest first (see CHANGE_KINDS). */
export function proposeEdits(a: Analysis): Edit<ChangeKind>[] {
	const { source, lines, roles } = a;
	const removals: Edit<ChangeKind>[] = [];
	const others: Edit<ChangeKind>[] = [];
	const nextContent: number[] = new Array(lines.length).fill(-1);
	for (let i = lines.length - 2, next = -1; i >= -1; i--) {
		const l = lines[i + 1] as TextLine;
		if (l.text) next = i + 1;
		if (i >= 0) nextContent[i] = next;
	}
	const runs = runsOf(a);
	let lastKept = -1;
	for (let i = 0; i < lines.length; i++) if (roles[i] === 'content') lastKept = i;
	// Blank lines before the first and after the last line of text.
	const firstText = lines.find((l) => l.text);
	const lastText = [...lines].reverse().find((l) => l.text);
	if (firstText && firstText.start > 0) others.push({ kind: 'space', from: 0, to: firstText.start, insert: '' });
	if (lastText && lastText.end < source.length) others.push({ kind: 'space', from: lastText.end, to: source.length, insert: '' });
	for (let i = 0; i < lines.length; i++) {
		const l = lines[i] as TextLine;
		const role = roles[i] as LineRole;
		if (role === 'blank') continue;
		const nc = nextContent[i] as number;
		if (role !== 'content') {
			// The line and the blank lines after it; the last line takes the break before it.
			let from = l.start;
			const to = nc >= 0 ? (lines[nc] as TextLine).start : source.length;
			if (i > lastKept) {
				// Nothing kept after it: take the line breaks before it too (once, after the
				// last kept line), so the text does not end in blank lines.
				let k = i - 1;
				while (k >= 0 && !(lines[k] as TextLine).text) k--;
				if (k >= 0 && roles[k] === 'content') from = (lines[k] as TextLine).contentEnd;
				else if (k < 0) from = 0;
			}
			removals.push({ kind: role, from, to, insert: '' });
			continue;
		}
		// Leading and trailing whitespace of a kept line.
		if (l.contentStart > l.start) others.push({ kind: 'space', from: l.start, to: l.contentStart, insert: '' });
		if (l.end > l.contentEnd) others.push({ kind: 'space', from: l.contentEnd, to: l.end, insert: '' });
		// A site title's "（模板7篇）".
		if (i === a.titleLine) {
			const m = TITLE_SUFFIX.re.exec(l.text);
			if (m && m.index > 0) others.push({ kind: 'title-suffix', from: l.contentStart + m.index, to: l.contentEnd, insert: '' });
		}
		// URLs and notices inside a longer line.
		for (const m of l.text.matchAll(URL_RE)) {
			// The spaces around the URL go with it.
			let from = l.contentStart + (m.index ?? 0);
			let to = from + m[0].length;
			while (from > l.contentStart && /[ \t]/.test(source[from - 1] as string)) from--;
			while (to < l.contentEnd && /[ \t]/.test(source[to] as string)) to++;
			const glue = from > l.contentStart && to < l.contentEnd && isAsciiAlnum(source.charCodeAt(from - 1)) && isAsciiAlnum(source.charCodeAt(to)) ? ' ' : '';
			others.push({ kind: 'url', from, to, insert: glue });
		}
		const notice = NOTICE.re.exec(l.text);
		if (notice && notice[0].length) others.push({ kind: 'notice', from: l.contentStart + notice.index, to: l.contentStart + notice.index + notice[0].length, insert: '' });
		// A heading glued to its paragraph with a space: "一、夯实基础 一是……。"
		const marker = numberingOf(l.text);
		if (marker) {
			const gap = /[ \u3000]+/.exec(l.text.slice(marker.length));
			if (gap) {
				const head = l.text.slice(marker.length, marker.length + gap.index);
				const rest = l.text.slice(marker.length + gap.index + gap[0].length);
				if (head && head.length <= 30 && !/[。！？；]/.test(head) && /[。！？]/.test(rest)) {
					const at = l.contentStart + marker.length + gap.index;
					others.push({ kind: 'heading-break', from: at, to: at + gap[0].length, insert: '\n\n' });
				}
			}
		}
		// Line breaks inside a sentence.
		if (nc >= 0 && roles[nc] === 'content') {
			const b = lines[nc] as TextLine;
			const isTitle = i === a.titleLine && l.text.length <= 50 && !/[，。；！？,;!?]/.test(l.text);
			if (shouldJoin(l, b, nc !== i + 1, runs.get(i), isTitle)) {
				const glue = isAsciiAlnum(l.text.charCodeAt(l.text.length - 1)) && isAsciiAlnum(b.text.charCodeAt(0)) ? ' ' : '';
				others.push({ kind: 'join', from: l.contentEnd, to: b.contentStart, insert: glue });
			}
		}
		inlineEdits(source, l.contentStart, l.contentEnd, others);
	}
	const rank = new Map(CHANGE_KINDS.map((k, i) => [k, i]));
	// Removals first, then by kind priority; the sort is stable so positions stay in order.
	others.sort((x, y) => (rank.get(x.kind) as number) - (rank.get(y.kind) as number));
	return [...removals, ...others];
}

/** Cleans a source with the given kinds switched on (all by default). */
export function clean(source: string, enabled: ReadonlySet<ChangeKind> = new Set(CHANGE_KINDS), analysis = analyze(source)): Cleaned {
	const edits = proposeEdits(analysis).filter((e) => enabled.has(e.kind));
	const applied = applyEdits(source, edits);
	const changes: Change[] = applied.edits.map((e) => ({ kind: e.kind, from: e.from, to: e.to, text: source.slice(e.from, e.to), insert: e.insert }));
	return { text: applied.text, changes, applied, analysis };
}
