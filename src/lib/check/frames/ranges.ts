/**
 * Ranges and pairs of figures with a figure gone: both ends of a range (安排专项资金—亿元, 每户
 * 补助—元不等), its second end after a unit (增长%～%, 稳定在5%—%区间), the old value of a change
 * (由元提高到元), the first figure of a pair (分别为小时和1.2小时, 分别达到元和元).
 */
import { CLASSIFIERS, FROM_TO_VERBS, LOOSE_SINGLE, PAIR_JOINERS, PAIR_OPENERS, RANGE_DASHES, STRONG_UNITS } from '../lexicon';
import { escapeRe } from '../text/chars';
import { measureBefore } from '../text/measure';
import type { CodeFrame, PatternFrame } from './types';
import { alt, END } from './shared';

const DASHES = escapeRe(RANGE_DASHES.chars);
const RANGE_RE = new RegExp(
	`(?<=[\\u4e00-\\u9fff])[${DASHES}]{1,2}(${alt(STRONG_UNITS)}|(?:${alt([...LOOSE_SINGLE])}|[${CLASSIFIERS}])(?=${END}|不等|左右|以[上下内]|奖|补))`,
	'g'
);
const hasDash = (s: string): boolean => {
	for (const c of RANGE_DASHES.chars) if (s.includes(c)) return true;
	return false;
};

export const rangeWithoutFigures: CodeFrame = {
	id: 'range-without-figures',
	description: '范围的两端数字都缺失：安排资金—亿元，每户补助—元不等',
	applies: ({ s }) => hasDash(s),
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
		invalid: ['全年安排专项资金⟦⟧—⟦⟧亿元，每户补助⟦⟧—⟦⟧元不等，计划完成电网投资⟦⟧–⟦⟧亿元。']
	}
};

/** A unit, a dash and the same unit again: the range's second figure is gone (增长%～%). */
const SECOND_END_RE = new RegExp(`(${alt(STRONG_UNITS)})[${DASHES}至](?=${alt(STRONG_UNITS)})`, 'g');

export const rangeSecondEnd: CodeFrame = {
	id: 'range-second-end',
	description: '范围的后一端数字缺失：增长%～%，稳定在5%—%区间',
	applies: ({ s }) => hasDash(s) || s.includes('至'),
	find({ s }, out) {
		SECOND_END_RE.lastIndex = 0;
		for (let m = SECOND_END_RE.exec(s); m; m = SECOND_END_RE.exec(s)) {
			const unit = m[1]!;
			const end = m.index + m[0].length;
			if (!s.startsWith(unit, end)) continue; // the same unit closes the range
			// The range's first end: its figure, or where the unit frame reports it gone.
			let a = m.index;
			while (a > 0 && /[0-9.]/.test(s[a - 1]!)) a--;
			out.gap(end, end, measureBefore(s, a), unit, unit === '%' ? 'percent' : 'number');
		}
	},
	examples: {
		valid: ['力争利润总额增长5%～8%，优良天数比率稳定在85%—90%区间。', '时间安排：3月至5月。'],
		invalid: ['利润总额增长⟦⟧%～⟦⟧%，“三公”经费压减5%—⟦⟧%，营业收入增长⟦⟧%至⟦⟧%。']
	}
};

/** 由元提高到元: the old value of a change gone right after 由. */
export const changeFrom: PatternFrame = {
	id: 'change-from',
	description: '由……提高到……的原值缺失：每亩租金由元提高到800元',
	pattern: {
		steps: [{ words: ['由'] }, { tag: 'unit', wholeWord: true }],
		after: { words: FROM_TO_VERBS, within: 8, stopAt: '，。；,;' }
	},
	report: [{ gap: { step: 1 }, label: { measureBefore: 0 }, unit: { textOf: 1 }, valueKind: 'number' }],
	examples: {
		valid: ['每亩年租金由600元提高到800元。', '由元旦起调整公交票价。', '由万达集团投资建设。'],
		invalid: ['每亩年租金由⟦⟧元提高到⟦⟧元，人均补助由⟦⟧万元增至⟦⟧万元。']
	}
};

/** 分别为小时和1.2小时: the first figure of a pair gone right after 分别为. */
export const pairFirst: PatternFrame = {
	id: 'pair-first',
	description: '“分别为……和……”的第一个数字缺失：通关时间分别为小时和1.2小时',
	pattern: {
		steps: [{ words: PAIR_OPENERS }, { tag: 'unit' }],
		after: { chars: PAIR_JOINERS }
	},
	report: [{ gap: { step: 1 }, label: { measureBefore: 0 }, unit: { textOf: 1 }, valueKind: 'number' }],
	examples: {
		valid: ['进出口整体通关时间分别为12.5小时和1.2小时。', '城乡居民人均可支配收入分别达到46800元和21300元。'],
		invalid: ['进口、出口整体通关时间分别为⟦⟧小时和1.2小时，城乡居民收入分别达到⟦⟧元和⟦⟧元。']
	}
};
