/**
 * Ordinals and rank bounds whose figure is gone: 排名第，, 荣获全县第名, 排名前位.
 */
import { CLAUSE_END, ORDINAL_FOLLOW, ORDINAL_NOT_AFTER, RANK_SCOPES, RANK_VERBS } from '../lexicon';
import type { PatternFrame } from './types';

/** 第 with its number gone: 荣获全县第名, 排名第，. */
export const ordinal: PatternFrame = {
	id: 'ordinal',
	description: '“第”后面缺序数：综合考核排名第，',
	pattern: {
		steps: [{ words: ['第'] }],
		after: { any: [{ chars: ORDINAL_FOLLOW }, { chars: CLAUSE_END }, { edge: true }] },
		unless: [{ at: 'before', context: { chars: ORDINAL_NOT_AFTER } }]
	},
	report: [{ gap: { step: 0, edge: 'end' }, label: '名次', unit: '', valueKind: 'number' }],
	examples: {
		valid: ['综合考核位列全市第三名。', '次第展开各项工作。'],
		invalid: ['年度目标考核排名全县第⟦⟧。']
	}
};

/** 排名前位: a rank bound (前3名) with its figure gone. */
export const rankBound: PatternFrame = {
	id: 'rank-bound',
	description: '“排名前”后面缺名次：排名前位',
	pattern: {
		steps: [{ words: ['前'] }, { chars: '名位' }],
		before: { words: [...RANK_VERBS.words, ...RANK_VERBS.words.flatMap((v) => RANK_SCOPES.words.map((x) => v + x))] }
	},
	report: [{ gap: { step: 1 }, label: '名次', unit: { textOf: 1 }, valueKind: 'number' }],
	examples: {
		valid: ['在全市年度评估中排名前三位，进入全省前10位。'],
		invalid: ['在全市年度评估中排名前⟦⟧位，主要指标进入全省前⟦⟧位。']
	}
};
