/**
 * A document number cited in a report with its serial number gone (县卫健发〔2024〕号, 〔20××〕号):
 * nothing stands between the bracket closing the year and 号 (lexicon/documents.ts). A code frame:
 * the year inside the brackets must have a year's shape (four digits or masks, 〔2024〕, 〔20××〕),
 * which the pattern language cannot say (〔3〕号 is a bracketed number, not a document's year).
 */
import { DIGIT_MASKS, MASK_CHARS } from '../lexicon/words';
import { DOC_YEAR_CLOSES, DOC_YEAR_OPENS } from '../lexicon/documents';
import { escapeRe } from '../text/chars';
import type { CodeFrame } from './types';

const YEAR_CHAR = `[0-9${escapeRe(MASK_CHARS)}]`;
/** 〔2024〕号, 〔20××〕 号: a year's brackets right before 号 (spaces allowed where the number was). */
const SERIAL_GONE = new RegExp(`[${escapeRe(DOC_YEAR_OPENS.chars)}] *${YEAR_CHAR}{2}${YEAR_CHAR}{2} *[${escapeRe(DOC_YEAR_CLOSES.chars)}]( *)(?=号)`, 'g');
const HAS_CLOSE = new RegExp(`[${escapeRe(DOC_YEAR_CLOSES.chars)}]`);
/** A year's shape: it holds a digit or a mask of a digit (not ____ alone, a field to fill). */
const YEARISH = new RegExp(`[0-9${escapeRe(DIGIT_MASKS)}]`);

/** 〔2024〕号, 〔20××〕号: the serial number of a document number gone before 号. */
export const docSerialGone: CodeFrame = {
	id: 'doc-serial-gone',
	description: '发文字号的序号缺失：县卫健发〔2024〕号',
	// No `starts` of its own (the engine has at most 32 sets): a cheap test of the line instead.
	applies: ({ s }) => s.includes('号') && HAS_CLOSE.test(s),
	find({ s }, out) {
		SERIAL_GONE.lastIndex = 0;
		for (let m = SERIAL_GONE.exec(s); m; m = SERIAL_GONE.exec(s)) {
			if (!YEARISH.test(m[0])) continue;
			const to = m.index + m[0].length;
			out.gap(to - m[1]!.length, to, '文号', '号', 'number');
		}
	},
	examples: {
		valid: ['根据《通知》（县卫健发〔2024〕15号）要求，按照市政办〔2025〕3号文件精神。', '根据国办发[2023]27号文件，按照第〔3〕号令，参考文献[3]中的第5号案例。'],
		invalid: ['根据《通知》（县卫健发〔2024〕⟦⟧号）要求，开展专项整治。', '按照国办发[2023]⟦⟧号文件精神，县政府办〔20⟦××⟧〕⟦⟧号。']
	}
};
