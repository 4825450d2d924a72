/**
 * The figures of one person's working life (lexicon/career.ts): the year of a step of a career
 * (本人年参加工作), years of service (有着年党龄), years in a post (任职年来, 从事审计工作年，).
 */
import { CAREER_SPAN_VERBS, LIFE_EVENTS, LIFE_YEAR_OPENERS, NUMERAL_BEFORE, SERVICE_AGES, STUDY_ACTS, TERMS, VAGUE_BEFORE_UNIT } from '../lexicon';
import type { PatternFrame } from './types';

/** 本人年参加工作，年入党: the year of a step of a career gone, after the person or at a clause start. */
export const lifeEventYear: PatternFrame = {
	id: 'life-event-year',
	description: '履历年份缺失：本人年参加工作，年加入中国共产党',
	pattern: {
		steps: [{ words: ['年'] }, { words: LIFE_EVENTS }],
		before: { any: [{ edge: true }, { chars: '，。；：、,;:' }, { words: LIFE_YEAR_OPENERS }] }
	},
	report: [{ date: { step: 0 }, part: 'year' }],
	examples: {
		valid: ['本人2003年参加工作，2008年加入中国共产党。', '今年参加工作的新同志有6人，青年入党积极分子按期结业。', '近年参加工作的年轻人增多，每年入党的人数稳定。'],
		invalid: ['本人⟦⟧年参加工作，⟦⟧年加入中国共产党。', '我于⟦⟧年毕业于农业大学，⟦⟧年起任现职。']
	}
};

/** 有着年党龄, 我有年教龄: years of service with their figure gone before 年. */
export const serviceYears: PatternFrame = {
	id: 'service-years',
	description: '党龄、工龄、教龄的年数缺失：有着年党龄',
	pattern: {
		steps: [{ words: ['年'] }, { words: SERVICE_AGES }],
		unless: [
			{ at: 'before', context: { chars: NUMERAL_BEFORE } },
			{ at: 'before', context: { han: false, notChars: '，。；：、' }, why: 'a figure or a mask stands before 年' },
			{ at: 'before', context: { chars: `${VAGUE_BEFORE_UNIT}多几数余` }, why: 'a vague number of years (多年工龄)' }
		]
	},
	report: [{ gap: { step: 0 }, label: { textOf: 1 }, unit: '年', valueKind: 'number' }],
	examples: {
		valid: ['作为一名有着26年党龄的老党员，我有十二年教龄。', '他是有多年工龄的老职工。'],
		invalid: ['作为一名有着⟦⟧年党龄的党员，我有⟦⟧年教龄。']
	}
};

/** 任职年来, 从教年以来: the years in a post gone before 年来. */
export const yearsInPostSince: PatternFrame = {
	id: 'years-in-post-since',
	description: '任职、从教以来的年数缺失：任职年来',
	pattern: { steps: [{ words: CAREER_SPAN_VERBS }, { words: ['年以来', '年来'] }] },
	report: [{ gap: { step: 1 }, label: { textOf: 0 }, unit: '年', valueKind: 'number' }],
	examples: {
		valid: ['任职三年来，我始终把学习放在首位；从教20年以来，带出了一批骨干。', '近年来，多年来，一年来的工作表明。'],
		invalid: ['任职⟦⟧年来，我始终把学习放在首位；从教⟦⟧年以来，带出了一批骨干。']
	}
};

/** 从事审计工作年，, 回顾参加工作的年，: the years in a post gone before 年 closing its clause. */
export const yearsInPost: PatternFrame = {
	id: 'years-in-post',
	description: '从事某项工作的年数缺失：从事审计工作年，',
	pattern: { steps: [{ words: CAREER_SPAN_VERBS }, { words: ['的'], optional: true }, { words: ['年'] }], after: { clauseEnd: true } },
	report: [{ gap: { step: 2 }, label: { textOf: 0 }, unit: '年', valueKind: 'number' }],
	examples: {
		valid: ['从事审计工作15年，熟悉各项业务。', '从事工作年限较长的同志带头，今年工作年终考核优秀，参加工作的年轻人。'],
		invalid: ['从事审计工作⟦⟧年，熟悉各项业务。', '回顾参加工作的⟦⟧年，我在基层成长。']
	}
};

/** 网络学习学时，: hours of study with their figure gone, closing the clause after what was studied. */
export const studyHours: PatternFrame = {
	id: 'study-hours',
	description: '学习、继续教育的学时缺失：完成网络学习学时，',
	pattern: { steps: [{ words: STUDY_ACTS }, { words: ['学时', '课时'] }], after: { any: [{ clauseEnd: true }, { chars: '的' }] } },
	report: [{ gap: { step: 1 }, label: { textOf: 0 }, unit: { textOf: 1 }, valueKind: 'number' }],
	examples: {
		valid: ['全年完成网络学习56学时，参加继续教育90学时。', '学习学时数达到要求。'],
		invalid: ['全年完成网络学习⟦⟧学时，参加继续教育⟦⟧学时。']
	}
};

/** 有效期年。, 试用期个月，: the length of a term gone right after its noun. */
export const termLength: PatternFrame = {
	id: 'term-length',
	description: '有效期、试用期、任期的时长缺失：有效期年',
	pattern: { steps: [{ words: TERMS }, { words: ['为'], optional: true }, { words: ['个月', '年', '天', '日', '周'] }], after: { any: [{ clauseEnd: true }, { chars: '的内' }] } },
	report: [{ gap: { step: 2 }, label: { textOf: 0 }, unit: { textOf: 2 }, valueKind: 'number' }],
	examples: {
		valid: ['本承诺书有效期3年，试用期6个月。', '有效期年限届满前续签，任期年度考核合格。'],
		invalid: ['本承诺书有效期⟦⟧年。', '新录用人员试用期⟦⟧个月，服务期⟦⟧年的约定不变。']
	}
};
