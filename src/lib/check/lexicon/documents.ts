/**
 * A document number (发文字号) as reports cite it: the issuer's abbreviation, the year in hexagonal
 * (or square) brackets, the serial number before 号 — 县卫健发〔2024〕15号, 国办发[2023]27号. Sample
 * pages scrub each part: the issuer's place (×公通〔2024〕11号), the year (〔20××〕), the serial
 * number (〔2024〕号, 〔2024〕×号). Read by rules/mask-scan.ts for the issuer's place (the serial is
 * frames/document-numbers.ts's).
 */
import type { CharGroup } from './types';

/** The brackets that hold a document number's year (〔2024〕, [2023]; ［］ folds to []). */
export const DOC_YEAR_OPENS: CharGroup = { chars: '〔[', why: 'the bracket opening the year of a document number', example: '县卫健发〔2024〕15号，国办发[2023]27号。' };
export const DOC_YEAR_CLOSES: CharGroup = { chars: '〕]', why: 'the bracket closing the year of a document number', example: '县卫健发〔2024〕15号，国办发[2023]27号。' };

/** The longest issuer abbreviation read between a lone mask and the year's bracket (×政办发〔, ×卫健发〔). */
export const DOC_ISSUER_MAX = 6;
