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
 * Segmentations of short windows by window text: the segmenter is by far the dearest step of a
 * candidate, and report prose repeats its windows (企业家，, 岗位个，) across lines and keystrokes.
 */
const windows = new Map<string, readonly { index: number; length: number }[]>();
const WINDOWS_MAX = 4096;

function parts(seg: Intl.Segmenter, window: string): readonly { index: number; length: number }[] {
	let hit = windows.get(window);
	if (hit) return hit;
	hit = Array.from(seg.segment(window), (p) => ({ index: p.index, length: p.segment.length }));
	if (windows.size >= WINDOWS_MAX) windows.clear();
	windows.set(window, hit);
	return hit;
}

/** The [start, end) of the word holding `text[index]`, judged on a window of a few characters. */
export function wordAt(text: string, index: number, before = 6, after = 4): [number, number] {
	const seg = get();
	if (!seg) return [index, index + 1];
	const from = Math.max(0, index - before);
	const window = text.slice(from, Math.min(text.length, index + after + 1));
	const at = index - from;
	for (const p of parts(seg, window)) if (p.index + p.length > at) return [from + p.index, from + p.index + p.length];
	return [index, index + 1];
}

/**
 * The word holding `text[index]` and the start of the word before it, from one segmentation of
 * a short window: [previousWordStart, wordStart, wordEnd].
 */
export function wordsAround(text: string, index: number, before = 6, after = 4): [number, number, number] {
	const seg = get();
	if (!seg) return [index - 1, index, index + 1];
	const from = Math.max(0, index - before);
	const window = text.slice(from, Math.min(text.length, index + after + 1));
	let prevStart = from;
	for (const part of parts(seg, window)) {
		const start = from + part.index;
		const end = start + part.length;
		if (end > index) return [prevStart, start, end];
		prevStart = start;
	}
	return [index - 1, index, index + 1];
}
