/**
 * One cheap table scan over a line telling which classifier and date frames can apply at all:
 * bit 1 when a classifier follows the end of a counting verb, bit 2 when a framed classifier
 * follows a frame end (，个, 等家, 全县个), bit 8 for 于月/年月.
 */
import { CLASSIFIERS, CLASSIFIER_VERBS, COUNT_FRAME_END_CHARS, EXTRA_FRAME_CLASSIFIERS, FRAME_CLASSIFIERS } from '../lexicon';

export const SITE_VERB_CLASSIFIER = 1;
export const SITE_FRAME_CLASSIFIER = 2;
export const SITE_MONTH = 8;

/** Characters that end a frame before a framed classifier (，个, 全县个, 为户): derived from the lexicon. */
export const FRAME_END_CHARS = COUNT_FRAME_END_CHARS;

const SITE_FLAG = new Uint8Array(65536);
for (const c of CLASSIFIERS) SITE_FLAG[c.charCodeAt(0)]! |= SITE_VERB_CLASSIFIER;
for (const c of FRAME_CLASSIFIERS + EXTRA_FRAME_CLASSIFIERS) SITE_FLAG[c.charCodeAt(0)]! |= SITE_FRAME_CLASSIFIER;
SITE_FLAG['月'.charCodeAt(0)]! |= SITE_MONTH;
const VERB_END_FLAG = new Uint8Array(65536);
for (const v of CLASSIFIER_VERBS) VERB_END_FLAG[v.charCodeAt(v.length - 1)] = 1;
const FRAME_END_FLAG = new Uint8Array(65536);
for (const c of FRAME_END_CHARS) FRAME_END_FLAG[c.charCodeAt(0)] = 1;

/** Per character: which of the site bits it may set (the classifiers' bits 1 and 2, 月's 8). */
export const SITE_CHARS: Readonly<Uint8Array> = SITE_FLAG;

/** The site bits the character at `i` (i ≥ 1, flagged `f` in SITE_CHARS) sets, from what stands before it. */
const QUAN = '全'.charCodeAt(0);

export function siteAt(s: string, i: number, f: number): number {
	let bits = 0;
	let p = s.charCodeAt(i - 1);
	// 对全镇 个党支部: the figure's place left as spaces; the frame ends before them.
	if (p === 32 && f & 3) {
		let k = i - 1;
		while (k > 0 && s.charCodeAt(k - 1) === 32) k--;
		if (k > 0) p = s.charCodeAt(k - 1);
	}
	if (f & 1 && (VERB_END_FLAG[p] === 1 || (p === 0x4e86 && i > 1 && VERB_END_FLAG[s.charCodeAt(i - 2)] === 1))) bits |= 1;
	// 全集团个, 全系统家: a whole body of two or three characters after 全 (read by count-after-frame).
	if (f & 2 && (FRAME_END_FLAG[p] === 1 || s.charCodeAt(i - 3) === QUAN || s.charCodeAt(i - 4) === QUAN)) bits |= 2;
	if (f & 8 && (p === 0x4e8e || p === 0x5e74)) bits |= 8; // 于月, 年月
	return bits;
}

export function lineSites(s: string): number {
	let bits = 0;
	for (let i = 1; i < s.length; i++) {
		const f = SITE_FLAG[s.charCodeAt(i)]!;
		if (f !== 0) bits |= siteAt(s, i, f);
	}
	return bits;
}
