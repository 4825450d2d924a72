/**
 * Figures that number rather than measure, with the figure gone: an ordinal (排名第，, 第名,
 * 连续第年, 配合市委第巡察组), a rank bound (排名前位), a streak (连续期, “连丰”, 实现连增) and a
 * grade (电子病历级评审). The words around them are lexicon groups (lexicon/ordinals.ts).
 */
import {
	CLAUSE_END,
	GRADE_ASSESSMENTS,
	GRADE_REACHED,
	GRADE_NAMES,
	GRADE_VERBS,
	GRADE_WORD_HEADS,
	MASK_CHARS,
	ORDINAL_NAME_TAILS,
	ORDINAL_NUMERALS,
	ORDINAL_WORD_HEADS,
	CLASS_WORD_TAILS,
	RANK_AFTER_ORDINAL,
	RANK_BOUND_CONTEXT,
	RANK_SHIFT_PLACES,
	RANK_SCOPES,
	RANK_SHIFT_CONTEXT,
	RANK_SHIFT_VERBS,
	RANK_VERBS,
	RANKING_AFTER,
	RANKING_FIELDS,
	STREAK_PERIODS,
	STREAK_PERIOD_WORDS,
	STREAK_RESULTS,
	STREAK_VERBS
} from '../lexicon';
import type { CodeFrame, PatternFrame } from './types';
import { isClauseEnd } from '../text/chars';

/** 第 with its rank gone: 荣获全县第名, 排名第，, 排名第 。 (spaced text). */
export const ordinal: PatternFrame = {
	id: 'ordinal',
	description: '“第”后面缺名次：综合考核排名第，',
	pattern: {
		steps: [{ words: ['第'] }],
		after: { any: [{ chars: RANK_AFTER_ORDINAL }, { clauseEnd: true, pastSpaces: true }] },
		unless: [{ at: 'before', context: { chars: ORDINAL_WORD_HEADS } }]
	},
	report: [{ gap: { step: 0, edge: 'end' }, label: '名次', unit: '', valueKind: 'number' }],
	examples: {
		valid: ['综合考核位列全市第三名。', '次第展开各项工作。', '在全省14个地市中排名第 3 位。'],
		invalid: ['年度目标考核排名全县第⟦⟧。', '普查进度在全市排名第⟦⟧ 。', '荣获全县第⟦⟧名，位列全市第⟦⟧位。']
	}
};

/**
 * 第 before anything else it numbers, its figure gone: a period (连续第年), a round (第次, 第批),
 * a body (第巡察组), a section (第标段, 第层). In report prose 第 is all but always an ordinal:
 * only a numeral (第三, 第几) may follow it, a few words end in it (次第, 门第) and a few
 * transliterated names open with it (第纳尔).
 */
export const ordinalNumbered: PatternFrame = {
	id: 'ordinal-numbered',
	description: '“第”后面缺序数：连续第年调整，配合市委第巡察组',
	pattern: {
		steps: [{ words: ['第'] }],
		after: { han: true, notChars: ORDINAL_NUMERALS.chars + RANK_AFTER_ORDINAL.chars, pastSpaces: true },
		unless: [
			{ at: 'before', context: { chars: ORDINAL_WORD_HEADS } },
			{ at: 'after', context: { words: ORDINAL_NAME_TAILS } }
		]
	},
	report: [{ gap: { step: 0, edge: 'end' }, label: '序数', unit: '', valueKind: 'number' }],
	examples: {
		valid: ['连续第八年上调退休人员基本养老金，配合市委第三巡察组完成巡察。', '第一批、第二批项目已完工，各项工作次第展开。', '以美元和第纳尔结算。'],
		invalid: ['连续第⟦⟧年上调退休人员基本养老金，配合市委第⟦⟧巡察组完成巡察。', '项目位于第⟦⟧标段，已完成第⟦⟧层浇筑，列入第⟦⟧批试点。']
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

/** 较上年前移位, 排名上升名: a rank moved by places, the number of places gone. */
export const rankShift: PatternFrame = {
	id: 'rank-shift',
	description: '名次前移、上升的位数缺失：较上年前移位',
	pattern: {
		steps: [{ words: RANK_SHIFT_VERBS }, { words: RANK_SHIFT_PLACES }],
		before: { words: RANK_SHIFT_CONTEXT, within: 16, stopAt: '。；;' },
		after: { clauseEnd: true }
	},
	report: [{ gap: { step: 1 }, label: '名次', unit: { textOf: 1 }, valueKind: 'number' }],
	examples: {
		valid: ['综合考核排名全市第5位，较上年前移3位。', '争先进位、提升位次，把服务前移位置。'],
		invalid: ['综合考核排名全市第⟦⟧位，较上年前移⟦⟧位；全省排名上升⟦⟧名，较上年前移⟦⟧个位次。']
	}
};

/** 排名保持全市前位, 进入系统前名。: a rank bound closing its clause, the rank named earlier in it. */
export const rankBoundInClause: PatternFrame = {
	id: 'rank-bound-in-clause',
	description: '句中有“排名”“进入”等，“前”后面缺名次：排名保持全市前位',
	pattern: {
		steps: [{ words: ['前'] }, { chars: '名位' }],
		before: { words: RANK_BOUND_CONTEXT, within: 12, stopAt: '，。；：、,;:' },
		after: { clauseEnd: true }
	},
	report: [{ gap: { step: 1 }, label: '名次', unit: { textOf: 1 }, valueKind: 'number' }],
	examples: {
		valid: ['督查工作排名保持全市前三位，存款规模进入全市分行系统前5名。', '做到关口前移，提前告知。'],
		invalid: ['督查工作排名保持全市前⟦⟧位，存款规模进入全市分行系统前⟦⟧名。']
	}
};

/** 被评为等次, 定为等级: a grade given with its number gone (一等次); 评为优秀等次 has its grade. */
export const gradeGiven: PatternFrame = {
	id: 'grade-given',
	description: '“评为”“定为”之后缺等次：被评为等次',
	pattern: {
		steps: [{ words: GRADE_VERBS }, { words: GRADE_NAMES }]
	},
	report: [{ gap: { step: 1 }, label: '等次', unit: '', valueKind: 'number' }],
	examples: {
		valid: ['图书馆被评为优秀等次，档案工作被定为一等级。'],
		invalid: ['图书馆被评为⟦⟧等次，档案工作被定为⟦⟧等级。']
	}
};

/** 引进世界强企业: the place of a ranking list (世界500强) gone; 世界强国, 百强县 are no such gap. */
export const rankingList: PatternFrame = {
	id: 'ranking-list',
	description: '“世界××强”缺名次数：引进世界强企业',
	pattern: {
		steps: [{ words: RANKING_FIELDS }, { chars: '强' }],
		after: { any: [{ words: RANKING_AFTER }, { clauseEnd: true }] }
	},
	report: [{ gap: { step: 1 }, label: '排名', unit: '强', valueKind: 'number' }],
	examples: {
		valid: ['引进世界500强企业2家，加快建设世界强国，跻身全国百强县。'],
		invalid: ['引进世界⟦⟧强企业2家、中国⟦⟧强和行业龙头企业5家。']
	}
};

/** 位列类目TOP；: a top-N bound written in Latin letters, its N gone. */
export const rankTop: PatternFrame = {
	id: 'rank-top',
	description: '“TOP”后面缺名次：位列类目TOP',
	pattern: {
		steps: [{ words: ['TOP', 'Top', 'top'] }],
		after: { clauseEnd: true }
	},
	report: [{ gap: { step: 0, edge: 'end' }, label: '名次', unit: '', valueKind: 'number' }],
	examples: {
		valid: ['店铺销量位列类目TOP10，进入行业TOP 5。'],
		invalid: ['店铺销量位列类目TOP⟦⟧；']
	}
};

/** 八年级班、班两个班: the number of a class within its grade gone (八年级3班). */
export const classNumber: PatternFrame = {
	id: 'class-number',
	description: '“年级”后面缺班号：担任八年级班、班两个班',
	pattern: {
		steps: [{ words: ['年级'] }, { chars: '班' }],
		unless: [{ at: 'after', context: { words: CLASS_WORD_TAILS } }]
	},
	report: [{ gap: { step: 1 }, label: '班级', unit: '班', valueKind: 'number' }],
	examples: {
		valid: ['担任八年级3班、5班两个班的数学教学，兼任八年级班主任。'],
		invalid: ['本年度担任八年级⟦⟧班、⟦⟧班两个班的数学教学。']
	}
};

/** 八年级班、班两个班: the next class of a list, its number gone as well (its own frame: matches of one frame never overlap). */
export const classNumberInList: PatternFrame = {
	id: 'class-number-in-list',
	description: '班号列举的后一项缺班号：八年级3班、班',
	pattern: {
		steps: [{ words: ['班、'] }, { chars: '班' }],
		unless: [{ at: 'after', context: { words: CLASS_WORD_TAILS } }]
	},
	report: [{ gap: { step: 1 }, label: '班级', unit: '班', valueKind: 'number' }],
	examples: {
		valid: ['担任八年级3班、5班两个班的数学教学，组织各班、班主任和班子成员参加培训。'],
		invalid: ['本年度担任八年级3班、⟦⟧班两个班的数学教学。']
	}
};

/** 连续期位居, 连续年获评: the count of periods in a streak gone after 连续. */
export const streakPeriods: PatternFrame = {
	id: 'streak-periods',
	description: '“连续”后面缺期数：连续年获评，连续期位居全市前列',
	pattern: {
		steps: [{ words: ['连续'] }, { chars: STREAK_PERIODS }],
		unless: [{ at: 'after', step: 0, context: { words: STREAK_PERIOD_WORDS } }]
	},
	report: [{ gap: { step: 1 }, label: '连续', unit: { textOf: 1 }, valueKind: 'number' }],
	examples: {
		valid: ['连续5年获评先进，连续三届当选，连续多年保持零事故，政策保持连续性。', '连续年度考核优秀。'],
		invalid: ['连续⟦⟧年获评先进，参学率连续⟦⟧期位居全市前列，已连续⟦⟧次通过复审。']
	}
};

/** “连丰”, 实现连增, 夺得联赛连冠: a streak written N连X, its N gone. */
export const streakResult: PatternFrame = {
	id: 'streak-result',
	description: '“连丰”“连增”前面缺次数：实现“连丰”',
	pattern: {
		// 连 as a word step: the pattern's anchor (连 before 丰, 增…), so other lines are never tagged for it.
		steps: [{ words: ['连'] }, { chars: STREAK_RESULTS }],
		before: { any: [{ chars: '“"「' }, { words: STREAK_VERBS, within: 8, stopAt: CLAUSE_END }] },
		after: { any: [{ chars: '”"」' }, { clauseEnd: true }] },
		unless: [{ at: 'before', context: { chars: ORDINAL_NUMERALS.chars + '0123456789' + MASK_CHARS }, why: 'the streak has its count' }]
	},
	report: [{ gap: { step: 0 }, label: '连续次数', unit: '', valueKind: 'number' }],
	examples: {
		valid: ['粮食生产实现“二十连丰”，农民收入实现十连增，校队夺得5连冠。', '连丰村党支部书记李连胜同志作表态发言。'],
		invalid: ['粮食生产实现“⟦⟧连丰”，农民收入实现⟦⟧连增，校队夺得联赛⟦⟧连冠。']
	}
};

/** 电子病历级评审, 等级保护级测评: a grade whose figure is gone before 级 and its assessment. */
/** 评价达到级。: a grade reached, its numeral gone before 级 closing the clause. */
export const gradeReached: CodeFrame = {
	id: 'grade-reached',
	description: '达到的等级缺失：应用水平评价达到级。',
	// Code on 级's positions (a pattern anchored on 达 would tag many lines).
	starts: '级',
	find({ s, at, atCount }, out) {
		for (let a = 0; a < atCount; a++) {
			const i = at[a]!;
			if (!isClauseEnd(s[i + 1])) continue;
			let k = i;
			while (k > 0 && s[k - 1] === ' ') k--;
			if (GRADE_REACHED.words.some((w) => s.endsWith(w, k))) out.gap(k, i, '等级', '级', 'number');
		}
	},
	examples: {
		valid: ['电子病历系统应用水平评价达到5级。', '信用等级评为AAA级，安全标准化达到二级。'],
		invalid: ['电子病历系统应用水平评价达到⟦⟧级。', '互联互通成熟度被评为⟦⟧级，']
	}
};

export const gradeLevel: PatternFrame = {
	id: 'grade-level',
	description: '“级”前面缺等级：通过电子病历级评审',
	pattern: {
		// 级 as a word step: with the assessment after it, the anchor (级评审, 级测评…).
		steps: [{ words: ['级'] }],
		before: { han: true, notChars: GRADE_WORD_HEADS.chars + ORDINAL_NUMERALS.chars, pastSpaces: true },
		after: { words: GRADE_ASSESSMENTS }
	},
	report: [{ gap: { step: 0 }, label: '等级', unit: '级', valueKind: 'number' }],
	examples: {
		valid: ['医院通过电子病历系统应用水平五级评审，数据中心通过等级保护三级测评。', '省级、市级联动开展星级评定，组织高级职称评审，创成4A级旅游景区。'],
		invalid: ['医院通过电子病历系统应用水平⟦⟧级评审，互联互通测评达到⟦⟧级甲等，数据中心通过等级保护⟦⟧级测评。', '通过电子病历  ⟦⟧级评审。']
	}
};
