/**
 * A multiple with its figure gone: 是上年的倍。, 撬动消费倍，, 是“十三五”末的倍以上. 倍 right
 * after a Han character (not a numeral, not the head of an idiom: 加倍, 成倍, 翻倍, 事半功倍)
 * closing its clause wants the figure before it. 倍感, 倍增 never close a clause.
 */
import { MULTIPLE_AFTER, MULTIPLE_IDIOM_HEADS, NUMERAL_BEFORE, PAIR_JOINERS } from '../lexicon';
import type { PatternFrame } from './types';

export const multipleWithoutFigure: PatternFrame = {
	id: 'multiple-without-figure',
	description: '倍数缺失：是上年的倍，撬动消费倍',
	pattern: {
		steps: [{ chars: '倍' }],
		before: { han: true },
		// 分别是上年的倍和1.3倍: the first of a pair of multiples, joined to the second.
		after: { any: [{ clauseEnd: true }, { words: MULTIPLE_AFTER }, { chars: PAIR_JOINERS }] },
		unless: [
			{ at: 'before', context: { chars: NUMERAL_BEFORE } },
			{ at: 'before', context: { chars: MULTIPLE_IDIOM_HEADS } }
		]
	},
	report: [{ gap: { step: 0 }, label: { measureBefore: 0 }, unit: '倍', valueKind: 'number' }],
	examples: {
		valid: [
			'人均销售额是上年的1.6倍，发放消费券撬动消费3.2倍。',
			'干部群众倍感振奋，深入实施倍增计划，加倍努力，收入成倍增长，事半功倍。',
			'客流量增长了一倍，收益翻倍，是上年的数倍，成倍和加倍都不是倍数。'
		],
		invalid: ['团队人均销售额⟦⟧万元，是上年的⟦⟧倍。', '进出口额分别是上年同期的⟦⟧倍和1.3倍。', '发放消费券⟦⟧万元，撬动消费⟦⟧倍；劳动生产率是“十三五”末的⟦⟧倍以上。']
	}
};

/** 是上年的 倍。: the multiple's place left as spaces after 的. */
export const multipleSpaced: PatternFrame = {
	id: 'multiple-spaced',
	description: '倍数的位置只留了空格：是上年的 倍',
	pattern: {
		steps: [{ words: ['的'] }, { words: [' ', '  ', '   ', '    '] }, { chars: '倍' }],
		after: { any: [{ clauseEnd: true }, { words: MULTIPLE_AFTER }] }
	},
	report: [{ gap: { step: 1, edge: 'span' }, label: { measureBefore: 0 }, unit: '倍', valueKind: 'number' }],
	examples: {
		valid: ['合同成交额是上年的 2.1 倍。'],
		invalid: ['技术合同成交额是上年的⟦ ⟧倍。']
	}
};
