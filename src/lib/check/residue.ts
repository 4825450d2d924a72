/**
 * 范文 residue: how much of a draft is still the sample it was imported from. Pure and linear.
 *
 *   const index = indexSource(source)            // once per source text
 *   sectionResidue(sectionText, index)           // { sentences, identical, share } for one section
 *   namesInText(text, index)                     // the source's own names still in the text
 *   compareWithSource(draft, source)             // the same for a whole text split at its headings
 *
 * A sentence counts as identical when it equals a source sentence once punctuation, spaces,
 * width and traditional characters are ignored; `share` weighs sentences by length. Names are
 * read from the source: place and organisation names ending in a lexicon suffix (青石镇,
 * 华远机械股份有限公司) and people before a title (王建国同志).
 */
import { fold } from './text/normalize';
import { LineCache } from './line-cache';
import { wordAt } from './text/segment';
import { MASK, SURNAMES } from './lexicon';
import { BEFORE_NAME, GENERIC_NAME_PREFIXES, PERSON_TITLES, PROPER_SUFFIXES } from './rules/data/names';

/** A source text prepared for comparison. */
export interface SourceIndex {
	/** Normalised sentences of the source. */
	sentences: ReadonlySet<string>;
	/** The source's own proper names, longest first. */
	names: readonly string[];
}

/** How much of one section is identical to the source. */
export interface SectionResidue {
	/** Sentences long enough to compare. */
	sentences: number;
	/** Of those, how many are identical to a source sentence. */
	identical: number;
	/** Identical characters / compared characters, 0..1. */
	share: number;
}

/** A source name found in a text, with its UTF-16 range. */
export interface NameHit {
	name: string;
	from: number;
	to: number;
}

/** One section of a whole text (split at its headings) with its residue. */
export interface SectionReport extends SectionResidue {
	title: string;
	from: number;
	to: number;
}

const SENTENCE_END = '。！？；!?;\n';
const MIN_SENTENCE = 8;

/** A sentence reduced to what a writer changes when rewriting: Han characters, letters, digits. */
function normalise(sentence: string): string {
	return fold(sentence).replace(/[^\p{Script=Han}A-Za-z0-9]/gu, '');
}

/** The sentences of `text` as [from, to) ranges (split at sentence marks and line ends). */
function sentenceRanges(text: string): Array<[number, number]> {
	const out: Array<[number, number]> = [];
	let start = 0;
	for (let i = 0; i <= text.length; i++) {
		// A Latin full stop ends a sentence too, unless it is a decimal point (1.8亿元).
		const c = text[i];
		if (i === text.length || SENTENCE_END.includes(c!) || ((c === '.' || c === '．') && !/[0-9０-９]/.test(text[i + 1] ?? ''))) {
			if (i > start) out.push([start, i]);
			start = i + 1;
		}
	}
	return out;
}

const isHanChar = (c: string | undefined) => c !== undefined && c >= '\u3400' && c <= '\u9fff';
const SUFFIXES = PROPER_SUFFIXES.flatMap((k) => k.suffixes.map((suffix) => ({ suffix, min: k.min, max: k.max }))).sort((a, b) => b.suffix.length - a.suffix.length);
const ANY_SUFFIX = new Set(SUFFIXES.map((x) => x.suffix));
/** SUFFIXES by first character, longest first as in SUFFIXES: only those are tried at a character. */
const SUFFIXES_AT = new Map<string, typeof SUFFIXES>();
for (const x of SUFFIXES) {
	const list = SUFFIXES_AT.get(x.suffix[0]!);
	if (list) list.push(x);
	else SUFFIXES_AT.set(x.suffix[0]!, [x]);
}
/** Whether `s` holds `word` at `at`. */
const holds = (s: string, at: number, word: string) => s.startsWith(word, at);
const PERSON = new RegExp(`([${SURNAMES}][\\u3400-\\u9fff]{1,2}?)(?:${PERSON_TITLES.join('|')})`, 'g');

/** Where the name whose suffix starts at `end` begins: after the nearest word that stands before names. */
function nameStart(s: string, end: number, max: number): number {
	let start = end;
	while (start > 0 && end - start < max && isHanChar(s[start - 1])) start--;
	for (let i = end - 1; i >= start; i--) {
		let len = 0;
		for (const w of BEFORE_NAME) if (w.length > len && i + w.length <= end && s.startsWith(w, i)) len = w.length;
		if (len) return i + len;
	}
	return start;
}

/** Whether a name's prefix is no one's own (县人民医院, 镇中心小学, 全镇). */
function generic(prefix: string): boolean {
	const p = prefix.replace(/^[省市县区镇乡村]+/, '');
	return p.length < 2 || p.includes('个') || GENERIC_NAME_PREFIXES.some((g) => p.startsWith(g)) || [...prefix].some((c) => MASK.includes(c));
}

/** The proper names of a source text (places, organisations, people), longest first. */
export function sourceNames(source: string): string[] {
	const s = fold(source);
	const names = new Set<string>();
	for (let i = 0; i < s.length; i++) {
		const candidates = SUFFIXES_AT.get(s[i]!);
		if (!candidates || !isHanChar(s[i])) continue;
		for (const { suffix, min, max } of candidates) {
			if (!holds(s, i, suffix)) continue;
			const end = i + suffix.length;
			// Only the longest suffix ending here counts (股份有限公司, not 公司 inside it).
			if (isHanChar(s[end]) && SUFFIXES_AT.get(s[end]!)?.some((x) => holds(s, end, x.suffix))) break;
			// The suffix must stand as a word of its own: not 区 in 社区 read as a district, not 路 in 思路.
			const [, lastEnd] = wordAt(s, end - 1);
			const [firstStart] = wordAt(s, i);
			if (lastEnd !== end || (firstStart !== i && !(i - firstStart >= 2 && ANY_SUFFIX.has(s.slice(firstStart, i))))) break;
			const from = nameStart(s, i, max);
			const prefix = s.slice(from, i);
			// A name starts at a word boundary (not 志带队 out of 同志带队).
			if (prefix.length >= min && !generic(prefix) && wordAt(s, from)[0] === from) names.add(s.slice(from, end));
			break;
		}
	}
	PERSON.lastIndex = 0;
	for (let m = PERSON.exec(s); m; m = PERSON.exec(s)) {
		// A surname is often a preposition too (向, 于): the name must follow a boundary.
		const before = s[m.index - 1];
		if (!isHanChar(before) || BEFORE_NAME.some((w) => s.startsWith(w, m!.index - w.length))) names.add(m[1]!);
	}
	return [...names].sort((a, b) => b.length - a.length);
}

/** Prepares `source` for comparison; reuse the result for every section of the draft. */
export function indexSource(source: string): SourceIndex {
	const sentences = new Set<string>();
	for (const [a, b] of sentenceRanges(source)) {
		const n = normalise(source.slice(a, b));
		if (n.length >= MIN_SENTENCE) sentences.add(n);
	}
	return { sentences, names: sourceNames(source) };
}

/** One line's share of a section's residue (sentences end at line breaks, so lines add up). */
interface LineResidue {
	sentences: number;
	identical: number;
	chars: number;
	same: number;
	/** The source's names in the line: [from, to) in the line, in order. */
	names?: Array<[number, number]>;
}

/**
 * What each line holds, per source index and line text: the editor re-reads a section at every
 * keystroke, and only the edited line is new. Bounded; a new 范文 gets a new index, hence a new map.
 */
const lineCaches = new WeakMap<SourceIndex, LineCache<string, LineResidue>>();

function lineResidue(line: string, index: SourceIndex): LineResidue {
	let cache = lineCaches.get(index);
	if (!cache) lineCaches.set(index, (cache = new LineCache()));
	let r = cache.get(line);
	if (r) return r;
	r = { sentences: 0, identical: 0, chars: 0, same: 0 };
	for (const [a, b] of sentenceRanges(line)) {
		const n = normalise(line.slice(a, b));
		if (n.length < MIN_SENTENCE) continue;
		r.sentences++;
		r.chars += n.length;
		if (index.sentences.has(n)) {
			r.identical++;
			r.same += n.length;
		}
	}
	cache.set(line, r);
	return r;
}

/** The source's names in one line (longest match first, no overlaps), cached with the line. */
function lineNames(line: string, index: SourceIndex): Array<[number, number]> {
	const r = lineResidue(line, index);
	if (r.names) return r.names;
	const s = fold(line);
	const hits: Array<[number, number]> = [];
	const taken = new Uint8Array(s.length);
	for (const name of index.names) {
		for (let i = s.indexOf(name); i !== -1; i = s.indexOf(name, i + name.length)) {
			if (taken[i] || taken[i + name.length - 1]) continue;
			taken.fill(1, i, i + name.length);
			hits.push([i, i + name.length]);
		}
	}
	return (r.names = hits.sort((a, b) => a[0] - b[0]));
}

/** The residue of lines taken together. */
function sumOf(lines: readonly string[], from: number, to: number, index: SourceIndex): SectionResidue {
	let sentences = 0;
	let identical = 0;
	let chars = 0;
	let same = 0;
	for (let i = from; i < to; i++) {
		const r = lineResidue(lines[i]!, index);
		sentences += r.sentences;
		identical += r.identical;
		chars += r.chars;
		same += r.same;
	}
	return { sentences, identical, share: chars ? same / chars : 0 };
}

/** How much of `text` (one section) is identical to the source. */
export function sectionResidue(text: string, index: SourceIndex): SectionResidue {
	const lines = text.split('\n');
	return sumOf(lines, 0, lines.length, index);
}

/** Every occurrence in `text` of one of the source's names (longest match first, no overlaps). */
export function namesInText(text: string, index: SourceIndex): NameHit[] {
	return namesInLines(text.split('\n'), startsOf(text), index);
}

function namesInLines(lines: readonly string[], starts: readonly number[], index: SourceIndex): NameHit[] {
	if (!index.names.length) return [];
	const hits: NameHit[] = [];
	// Names hold no line break: each line is searched on its own.
	for (let l = 0; l < lines.length; l++) {
		const line = lines[l]!;
		for (const [a, b] of lineNames(line, index)) hits.push({ name: line.slice(a, b), from: starts[l]! + a, to: starts[l]! + b });
	}
	return hits;
}

function startsOf(text: string): number[] {
	const starts = [0];
	for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
	return starts;
}

const HEADING = /^[ \t]*(?:#{1,6}[ \t]|[一二三四五六七八九十]{1,3}[、.．]|第[一二三四五六七八九十]+(?:部分|章))/;

/**
 * A whole text split at its top headings, each part with its residue, plus the names found.
 * `lines` (the text split at \n, with their start offsets) may be handed in by a caller that has them.
 */
export function compareWithSource(
	draft: string,
	source: string | SourceIndex,
	lines: { text: readonly string[]; starts: readonly number[] } = { text: draft.split('\n'), starts: startsOf(draft) }
): { sections: SectionReport[]; names: NameHit[] } {
	const index = typeof source === 'string' ? indexSource(source) : source;
	const sections: SectionReport[] = [];
	const { text, starts } = lines;
	let first = 0;
	let title = '';
	const close = (end: number) => {
		const from = starts[first]!;
		const to = end < text.length ? starts[end]! : draft.length;
		if (to > from) sections.push({ title, from, to, ...sumOf(text, first, end, index) });
	};
	for (let l = 0; l < text.length; l++) {
		const line = text[l]!;
		if (HEADING.test(line)) {
			close(l);
			first = l;
			title = line.trim();
		}
	}
	close(text.length);
	return { sections, names: namesInLines(text, starts, index) };
}
