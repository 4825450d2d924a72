/**
 * Tenths (成) whose figure is gone after a bound or an estimate: 占比不低于成；, 满意率超过成，,
 * 回款达到成以上. 成 is too common a character for the unit table (完成, 成为, 成本): it is read
 * as tenths only between a bound (lexicon TENTHS_BOUNDS) and the clause's end or a bound's tail.
 * (偏多成, a departure in tenths, is change.ts's.)
 */
import { TENTHS_AFTER, TENTHS_BOUNDS } from '../lexicon';
import type { PatternFrame } from './types';

export const tenthsAfterBound: PatternFrame = {
	id: 'tenths-after-bound',
	description: '“不低于”“超过”之后缺成数：占比不低于成',
	pattern: {
		steps: [{ words: TENTHS_BOUNDS }, { tag: 'space', optional: true }, { chars: '成' }],
		after: { any: [{ clauseEnd: true }, { words: TENTHS_AFTER }] }
	},
	report: [{ gap: { step: 1, edge: 'span' }, label: { measureBefore: 0 }, unit: '成', valueKind: 'number' }],
	examples: {
		valid: ['制造业项目占比不低于六成，满意率超过九成，销售价格不低于成本价，工作达到成效。', '约三成的农户参加了培训。'],
		invalid: ['制造业项目占比不低于⟦⟧成；满意率超过⟦⟧成，回款达到⟦⟧成以上。', '制造业项目占比不低于⟦  ⟧成；']
	}
};
