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

/** The [start, end) of the word holding `text[index]`, judged on a window of a few characters. */
export function wordAt(text: string, index: number, before = 6, after = 4): [number, number] {
	const seg = get();
	if (!seg) return [index, index + 1];
	const from = Math.max(0, index - before);
	const window = text.slice(from, Math.min(text.length, index + after + 1));
	const hit = seg.segment(window).containing(index - from);
	if (!hit) return [index, index + 1];
	return [from + hit.index, from + hit.index + hit.segment.length];
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
	for (const part of seg.segment(window)) {
		const start = from + part.index;
		const end = start + part.segment.length;
		if (end > index) return [prevStart, start, end];
		prevStart = start;
	}
	return [index - 1, index, index + 1];
}
