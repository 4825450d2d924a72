/**
 * A range whose two figures are both gone: 安排专项资金—亿元, 每户补助—元不等, 给予—万元奖补.
 * The dash stands between Han text and a unit; each end of the range is a gap.
 */
import { CLASSIFIERS, LOOSE_SINGLE, STRONG_UNITS } from '../lexicon';
import { measureBefore } from '../text/measure';
import type { Frame } from './types';
import { alt, END } from './shared';

const DASHES = '—～~－';
const RANGE_RE = new RegExp(
	`(?<=[\\u4e00-\\u9fff])[${DASHES}]{1,2}(${alt(STRONG_UNITS)}|(?:${alt([...LOOSE_SINGLE])}|[${CLASSIFIERS}])(?=${END}|不等|左右|以[上下内]|奖|补))`,
	'g'
);

export const rangeWithoutFigures: Frame = {
	id: 'range-without-figures',
	description: '范围的两端数字都缺失：安排资金—亿元，每户补助—元不等',
	applies: ({ s }) => s.includes('—') || s.includes('～') || s.includes('~') || s.includes('－'),
	find({ s }, out) {
		RANGE_RE.lastIndex = 0;
		for (let m = RANGE_RE.exec(s); m; m = RANGE_RE.exec(s)) {
			const unit = m[1]!;
			const dashEnd = m.index + m[0].length - unit.length;
			const label = measureBefore(s, m.index);
			const kind = unit === '%' ? 'percent' : 'number';
			out.gap(m.index, m.index, label, unit, kind);
			out.gap(dashEnd, dashEnd, label, unit, kind);
		}
	},
	examples: {
		valid: ['每户补助800—1200元不等，安排资金2—3亿元。', '详见附件—表格。'],
		invalid: ['全年安排专项资金⟦⟧—⟦⟧亿元，每户补助⟦⟧—⟦⟧元不等。']
	}
};
