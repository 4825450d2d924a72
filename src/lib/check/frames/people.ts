/**
 * The people side of a personal report (述职, 述职述廉, 个人总结): the households and people of a
 * village or a beat listed as counts at the head of a report (全村有8个村民小组，426户1530人，党员46名).
 */
import { MARKED_WORK, PART_COUNT_CLASSIFIERS, PART_OUTCOMES, PEOPLE_SERVED, PLEDGE_ACTS, PLEDGE_BOUNDS, PLEDGE_COUNTS } from '../lexicon';
import type { PatternFrame } from './types';

/** ，户人，: households and people, both figures gone, as a clause of their own in a list of counts. */
export const householdsAndPeopleListed: PatternFrame = {
	id: 'households-and-people-listed',
	description: '列举的户数和人数都缺失：全村有个村民小组，户人，党员名',
	pattern: {
		steps: [{ words: ['户'] }, { words: ['人'] }],
		// The pair is the whole clause: a list mark before it, one after it.
		before: { chars: '，；、,;' },
		after: { chars: '，。；、,;' }
	},
	report: [
		{ gap: { step: 0 }, label: '户数', unit: '户', valueKind: 'number' },
		{ gap: { step: 1 }, label: '人数', unit: '人', valueKind: 'number' }
	],
	examples: {
		valid: ['全村有8个村民小组，426户1530人，党员46名。', '每户人口不超过五人，户均人口3.2人。'],
		invalid: ['全村有⟦⟧个村民小组，⟦⟧户⟦⟧人，党员⟦⟧名，耕地⟦⟧亩。']
	}
};

/** 为位高龄老人送餐, 给名困难学生: people served, their count gone between the preposition and 名 or 位. */
export const peopleServed: PatternFrame = {
	id: 'people-served',
	description: '服务对象的人数缺失：每天为位高龄老人送餐',
	pattern: { steps: [{ words: ['为', '给', '向'] }, { words: ['名', '位'] }, { words: PEOPLE_SERVED }] },
	report: [{ gap: { step: 1 }, label: { textOf: 2 }, unit: { textOf: 1 }, valueKind: 'number' }],
	examples: {
		valid: ['每天为36位高龄老人送餐，给12名困难学生发放助学金，向8位烈士家属送去慰问。', '园区位于城东，为位于城西的老人提供服务。'],
		invalid: ['每天为⟦⟧位高龄老人送餐，给⟦⟧名困难学生发放助学金。', '春节前向⟦⟧位退休老干部送去慰问。']
	}
};

/** 批改作业约本次，: a teacher's marking counted in 本次 with the figure gone. */
export const workMarked: PatternFrame = {
	id: 'work-marked',
	description: '批改作业、检查教案的本次数缺失：批改作业约本次',
	pattern: {
		steps: [{ words: MARKED_WORK }, { words: ['约', '近', '共', '达', '计', '累计', '逾', '超'], optional: true }, { words: ['本次'] }],
		after: { clauseEnd: true }
	},
	report: [{ gap: { step: 2 }, label: { textOf: 0 }, unit: '本次', valueKind: 'number' }],
	examples: {
		valid: ['全年批改作业约2600本次，检查教案180本次。', '本次检查发现，作业本次数不足。'],
		invalid: ['全年累计批改作业约⟦⟧本次，检查教案⟦⟧本次。']
	}
};

/** 每年不少于次深入基层调研: a pledge's least number of times, days or hours, the figure gone right after the bound. */
export const pledgeBound: PatternFrame = {
	id: 'pledge-bound',
	description: '承诺的最少次数、天数缺失：每年不少于次深入基层调研',
	pattern: {
		// The bound, maybe the verb it bounds (每季度至少撰写篇), then what it counts.
		steps: [{ words: PLEDGE_BOUNDS }, { words: PLEDGE_ACTS, optional: true }, { words: PLEDGE_COUNTS, wholeWord: true }],
		unless: [{ at: 'after', context: { chars: '要' }, why: '次要 is a word (至少次要矛盾), the segmenter may split it' }]
	},
	report: [{ gap: { step: 2 }, label: { textOf: 0 }, unit: { textOf: 2 }, valueKind: 'number' }],
	examples: {
		valid: ['每年不少于4次深入基层调研，每月至少5天下村，每学期听课不少于十节，每季度至少撰写2篇体会。', '至少次要矛盾也要解决，至少人人都要参加。'],
		invalid: ['每年不少于⟦⟧次深入基层调研，每学期听课不少于⟦⟧节，每月下村不少于⟦⟧个工作日。', '每季度至少撰写⟦⟧篇学习体会，每年至少办好⟦⟧件实事。']
	}
};

/** 其中人在市级比赛中获奖: a part of a count that achieved something where, its figure gone after 其中. */
export const partAchievedWhere: PatternFrame = {
	id: 'part-achieved-where',
	description: '其中获奖的人数缺失，获奖的场合在前：其中人在市级比赛中获奖',
	pattern: {
		steps: [{ words: ['其中'] }, { chars: PART_COUNT_CLASSIFIERS }, { words: ['在'] }],
		after: { words: PART_OUTCOMES, within: 14, stopAt: '，。；、,;' }
	},
	report: [{ gap: { step: 1 }, label: '其中', unit: { textOf: 1 }, valueKind: 'number' }],
	examples: {
		valid: ['全年指导青年教师6人，其中3人在市级比赛中获奖。', '其中人在不在岗要核实，其中个人在比赛中获奖。'],
		invalid: ['全年指导青年教师⟦⟧人，其中⟦⟧人在市级比赛中获奖，撰写论文⟦⟧篇，其中⟦⟧篇在省级评比中获一等奖。']
	}
};
