/**
 * A document number cited in a report with its serial number gone (县卫健发〔2024〕号, 〔20××〕号):
 * nothing stands between the bracket closing the year and 号 (lexicon/documents.ts).
 */
import { DOC_YEAR_CLOSES, DOC_YEAR_OPENS } from '../lexicon/documents';
import type { PatternFrame } from './types';

const closes = [...DOC_YEAR_CLOSES.chars];
const opens = [...DOC_YEAR_OPENS.chars];

/** 〔2024〕号, 〔20××〕号: the serial number of a document number gone before 号. */
export const docSerialGone: PatternFrame = {
	id: 'doc-serial-gone',
	description: '发文字号的序号缺失：县卫健发〔2024〕号',
	pattern: {
		steps: [{ words: closes }, { words: ['号'] }],
		// The year's bracket opens a few characters back (〔2024〕, 〔20××〕), after the issuer.
		before: { words: opens, within: 6, stopAt: '，。；：,;:' }
	},
	report: [{ gap: { step: 1 }, label: '文号', unit: '号', valueKind: 'number' }],
	examples: {
		valid: ['根据《通知》（县卫健发〔2024〕15号）要求，按照市政办〔2025〕3号文件精神。', '根据国办发[2023]27号文件，参考文献[3]中的第5号案例。'],
		invalid: ['根据《通知》（县卫健发〔2024〕⟦⟧号）要求，开展专项整治。', '按照国办发[2023]⟦⟧号文件精神。']
	}
};
