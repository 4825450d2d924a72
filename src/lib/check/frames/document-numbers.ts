/**
 * A document number (发文字号) whose serial is gone: 青水字〔2026〕号, 〔20××〕号 — the year in its
 * bracket, then 号 with nothing between them. A masked year is the mask rules'; the serial's place
 * is this frame's. (A masked serial, 〔20××〕×号, is rules/mask-scan.ts's.)
 */
import { DOC_YEAR_CLOSES, DOC_YEAR_OPENS, MASK_CHARS } from '../lexicon';
import { escapeClass } from '../text/regex';
import type { CodeFrame } from './types';

/** A year, filled or masked (the lexicon's mask characters), in a document number's bracket closed right before 号. */
const YEAR_IN_BRACKET = new RegExp(
	`[${escapeClass(DOC_YEAR_OPENS.chars)}](?:19|20)[0-9${escapeClass(MASK_CHARS)}]{2}[${escapeClass(DOC_YEAR_CLOSES.chars)}]$`
);

export const documentNumberGone: CodeFrame = {
	id: 'document-number-gone',
	description: '发文字号缺序号：青水字〔2026〕号',
	starts: DOC_YEAR_CLOSES.chars,
	find({ s, at, atCount }, out) {
		for (let n = 0; n < atCount; n++) {
			const i = at[n]!;
			if (s[i + 1] !== '号' || !YEAR_IN_BRACKET.test(s.slice(Math.max(0, i - 7), i + 1))) continue;
			out.gap(i + 1, i + 1, '发文字号', '号', 'number');
		}
	},
	examples: {
		valid: ['按照《关于做好防汛工作的通知》（青水字〔2026〕18号）要求，全面排查隐患。', '落实县政府办〔2025〕7号文件精神。'],
		invalid: ['青水字〔2026〕⟦⟧号', '执行区农发［2025］⟦⟧号文件。', '根据⟦××⟧发〔20⟦××⟧〕⟦⟧号文件要求，开展专项整治。']
	}
};
