/**
 * Figures with their unit, read with the one unit table: what a plugin counts as a quantified
 * statement (年发电量3000千瓦时, 新增装机120兆瓦, 植树5000株). Works on raw or folded text
 * (half- and full-width digits); a slot mark (____) is no figure.
 */
import { ALL_UNITS, CLASSIFIERS } from './derived';
import { UNIT_BY_TEXT } from './units';
import type { UnitKind } from './types';
import { escapeRe } from '../text/regex';

/** One figure and the unit after it. */
export interface FigureMatch {
	from: number;
	to: number;
	/** The unit as written (亿元, 家); 倍 for a multiple. */
	unit: string;
	/** What the unit measures; 'count' for classifiers and 倍. */
	kind: UnitKind;
}

const FULL_TO_HALF: Record<string, string> = { '％': '%' };
let figureRe: RegExp | undefined;

function re(): RegExp {
	figureRe ??= new RegExp(
		`[0-9０-９]+(?:[,，][0-9０-９]{3})*(?:[.．][0-9０-９]+)?[ \\t]*(${[...ALL_UNITS.map(escapeRe), '％', '倍'].join('|')}|[${CLASSIFIERS}])`,
		'g'
	);
	return figureRe;
}

/** Every figure followed by a unit or classifier, in order. */
export function findFigures(text: string): FigureMatch[] {
	const out: FigureMatch[] = [];
	const r = re();
	r.lastIndex = 0;
	for (let m = r.exec(text); m; m = r.exec(text)) {
		const unit = FULL_TO_HALF[m[1]!] ?? m[1]!;
		out.push({ from: m.index, to: m.index + m[0].length, unit, kind: UNIT_BY_TEXT.get(unit)?.kind ?? 'count' });
	}
	return out;
}

/** How many figures with a unit the text states. */
export function countFigures(text: string): number {
	return findFigures(text).length;
}
