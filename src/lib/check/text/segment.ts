/**
 * Word boundaries from the platform's ICU segmenter (国家, 专家, 单元 are words; 产值|亿|元 is
 * not one). Segmenting is superlinear on long strings, so only a short window around one
 * candidate is ever segmented.
 */

let segmenter: Intl.Segmenter | null | undefined;

function get(): Intl.Segmenter | null {
	if (segmenter === undefined) {
		segmenter = typeof Intl !== 'undefined' && 'Segmenter' in Intl ? new Intl.Segmenter('zh', { granularity: 'word' }) : null;
	}
	return segmenter;
}

/**
 * The words of a short window found so far, by window text: the segmenter is by far the dearest
 * step of a candidate, and report prose repeats its windows (企业家，, 岗位个，) across lines and
 * keystrokes. A caller asks for the word holding one character (`containing`), not for every
 * word of the window: ICU finds that one word from the boundaries next to it, and listing the
 * window's words made an object and a string per word (most of a call's cost) for the one or
 * two read. Each word is kept as its start and length in `known`, packed in pairs.
 */
interface Window {
	known: number[];
	segments: Intl.Segments | undefined;
}
const windows = new Map<string, Window>();
const WINDOWS_MAX = 4096;

/**
 * The start and length of the word of `window` holding its character `at`, packed start * 65536 + length (-1 past the window's end).
 * A Han character's word is read on its run of Han characters alone where the characters
 * bounding the run are ones the rules always part from Han (breaksBetween): ICU hands the
 * dictionary the run and nothing around it, so the word is the same, and the shorter key is
 * shared by every window holding that run (企业家， after any six characters).
 * tests/check/segment-gate.test.ts holds this against the segmenter on whole windows.
 */
function wordIn(seg: Intl.Segmenter, window: string, at: number): number {
	if (at >= 0 && at < window.length && WB[window.charCodeAt(at)] === WB_HAN) {
		let lo = at;
		let hi = at + 1;
		while (lo > 0 && WB[window.charCodeAt(lo - 1)] === WB_HAN) lo--;
		while (hi < window.length && WB[window.charCodeAt(hi)] === WB_HAN) hi++;
		// A neighbour the gate does not know (a space, ，, a mark of another script): keep that side whole.
		if (lo > 0 && WB[window.charCodeAt(lo - 1)] === 0) lo = 0;
		if (hi < window.length && WB[window.charCodeAt(hi)] === 0) hi = window.length;
		if (lo > 0 || hi < window.length) {
			const w = wordInWindow(seg, window.slice(lo, hi), at - lo);
			return w < 0 ? w : lo * 65536 + w;
		}
	}
	return wordInWindow(seg, window, at);
}

function wordInWindow(seg: Intl.Segmenter, window: string, at: number): number {
	let w = windows.get(window);
	if (w === undefined) {
		if (windows.size >= WINDOWS_MAX) windows.clear();
		windows.set(window, (w = { known: [], segments: undefined }));
	}
	const { known } = w;
	for (let k = 0; k < known.length; k += 2) if (known[k]! <= at && at < known[k]! + known[k + 1]!) return known[k]! * 65536 + known[k + 1]!;
	if (at >= window.length) return -1;
	// Before the window (a caller's index - 1 at a line's start): its first word, as a list of the words read first would give.
	// A second word of the same window is asked of the same Segments (ICU keeps what it read: about half the cost of a new one).
	const p = (w.segments ??= seg.segment(window)).containing(Math.max(0, at));
	if (p === undefined) return -1;
	known.push(p.index, p.segment.length);
	return p.index * 65536 + p.segment.length;
}

/**
 * Classes of characters between which the segmenter's word rules (UAX #29, ICU's dictionary for
 * Han) always put a boundary, whatever stands around them: Han characters (read by the
 * dictionary, only within a run of them), ASCII digits (Numeric), ASCII letters (ALetter), and
 * punctuation of word-break class Other that no rule joins to anything (not MidNum like ，；, not
 * MidLetter like ：·, not MidNumLet like . , not ExtendNumLet like _). A digit and a letter join
 * (a1, 1a), two Han characters are the dictionary's call; every other pair of these breaks.
 * tests/check/segment-gate.test.ts holds every pair against the segmenter.
 */
const WB_HAN = 1;
const WB_DIGIT = 2;
const WB_LETTER = 3;
const WB_OTHER = 4;
/** The punctuation of class Other the gate knows (each tested against the segmenter). */
export const WORD_BREAK_OTHER = '、。（）《》〈〉【】“”！？—…×%*（）〔〕';
const WB = new Uint8Array(65536);
for (let c = 0x4e00; c <= 0x9fff; c++) WB[c] = WB_HAN;
for (let c = 48; c <= 57; c++) WB[c] = WB_DIGIT;
for (let c = 65; c <= 90; c++) WB[c] = WB_LETTER;
for (let c = 97; c <= 122; c++) WB[c] = WB_LETTER;
for (let i = 0; i < WORD_BREAK_OTHER.length; i++) WB[WORD_BREAK_OTHER.charCodeAt(i)] = WB_OTHER;

/** Whether the segmenter always reads a word boundary between characters of codes `a` and `b` (false: ask it). */
export function breaksBetween(a: number, b: number): boolean {
	const x = WB[a]!;
	const y = WB[b]!;
	if (x === 0 || y === 0) return false;
	if (x === WB_OTHER || y === WB_OTHER) return true;
	if (x === WB_HAN || y === WB_HAN) return x !== y;
	return false; // digits and letters join
}

/** The [start, end) of the word holding `text[index]`, judged on a window of a few characters. */
export function wordAt(text: string, index: number, before = 6, after = 4): [number, number] {
	const seg = get();
	if (!seg) return [index, index + 1];
	const from = Math.max(0, index - before);
	const to = Math.min(text.length, index + after + 1);
	// A character the rules part from both neighbours in the window is a word of its own (no segmenter call).
	if (index >= from && index < to && (index === from || breaksBetween(text.charCodeAt(index - 1), text.charCodeAt(index))) && (index + 1 === to || breaksBetween(text.charCodeAt(index), text.charCodeAt(index + 1)))) {
		return [index, index + 1];
	}
	const window = text.slice(from, to);
	const w = wordIn(seg, window, index - from);
	if (w < 0) return [index, index + 1];
	const start = from + Math.floor(w / 65536);
	return [start, start + (w % 65536)];
}

/**
 * The word holding `text[index]` and the start of the word before it, judged on one short
 * window: [previousWordStart, wordStart, wordEnd].
 */
export function wordsAround(text: string, index: number, before = 6, after = 4): [number, number, number] {
	const seg = get();
	if (!seg) return [index - 1, index, index + 1];
	const from = Math.max(0, index - before);
	const window = text.slice(from, Math.min(text.length, index + after + 1));
	const w = wordIn(seg, window, index - from);
	if (w < 0) return [index - 1, index, index + 1];
	const at = Math.floor(w / 65536);
	const start = from + at;
	const end = start + (w % 65536);
	// The window's first word has no word before it inside the window: its start stands for it.
	if (at === 0) return [from, start, end];
	return [from + Math.floor(wordIn(seg, window, at - 1) / 65536), start, end];
}
