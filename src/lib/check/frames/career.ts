/**
 * The figures of one person's working life (lexicon/career.ts): the year of a step of a career
 * (本人年参加工作), years of service (有着年党龄), years in a post (任职年来, 从事审计工作年，).
 */
import { CAREER_SPAN_VERBS, EXPERIENCE_NOUNS, STINTS, LIFE_EVENTS, NOTES_WRITTEN, SPAN_ADVERBS, LIFE_YEAR_OPENERS, NUMERAL_BEFORE, SERVICE_AGES, STUDY_ACTS, TERMS, VAGUE_BEFORE_UNIT } from '../lexicon';
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

/** 本人年月参加工作, 于年月任副县长: the year and the month of a step of a career gone. */
export const lifeEventYearMonth: PatternFrame = {
	id: 'life-event-year-month',
	description: '履历的年份和月份缺失：本人年月参加工作，于年月任现职',
	pattern: {
		steps: [{ words: ['年'] }, { words: ['月'] }, { words: LIFE_EVENTS }],
		before: lifeEventYear.pattern.before
	},
	report: [
		{ date: { step: 0 }, part: 'year' },
		{ date: { step: 1 }, part: 'month' }
	],
	examples: {
		valid: ['本人1996年8月参加工作，2021年3月任县人民政府副县长。', '今年8月参加工作的新同志。'],
		invalid: ['本人⟦⟧年⟦⟧月参加工作，⟦⟧年⟦⟧月入党。', '本人于⟦⟧年⟦⟧月任县人民政府副县长。']
	}
};

/** The openers a spaced year follows (本人于  年, ，  年当选为): the person, 于, or a clause mark. */
const SPACED_YEAR_OPENERS = [...LIFE_YEAR_OPENERS.words, '，', '。', '；', '：', '、'];

/** 本人于  年参加工作, ，  年当选为: the year of a step of a career typed with spaces, then deleted. */
export const lifeEventYearSpaced: PatternFrame = {
	id: 'life-event-year-spaced',
	description: '履历年份删掉后留下空格：本人于  年参加工作',
	pattern: { steps: [{ words: SPACED_YEAR_OPENERS }, { tag: 'space', maxLength: 8 }, { words: ['年'] }, { words: LIFE_EVENTS }] },
	report: [{ date: { step: 1, edge: 'span' }, part: 'year' }],
	examples: {
		valid: ['本人于 2003 年参加工作，2021 年当选为村委会主任。'],
		invalid: ['本人于⟦  ⟧年参加工作，⟦    ⟧年当选为村委会主任。']
	}
};

/** 本人于  年  月参加工作: the year and month of a step of a career typed with spaces, then deleted. */
export const lifeEventYearMonthSpaced: PatternFrame = {
	id: 'life-event-year-month-spaced',
	description: '履历年月删掉后留下空格：本人于  年  月参加工作',
	pattern: {
		steps: [{ words: SPACED_YEAR_OPENERS }, { tag: 'space', maxLength: 8 }, { words: ['年'] }, { tag: 'space', maxLength: 8, optional: true }, { words: ['月'] }, { words: LIFE_EVENTS }]
	},
	report: [
		{ date: { step: 1, edge: 'span' }, part: 'year' },
		{ date: { step: 3, edge: 'span' }, part: 'month' }
	],
	examples: {
		valid: ['本人于 1996 年 8 月参加工作，2021 年 3 月任现职。'],
		invalid: ['本人于⟦　　⟧年⟦　　⟧月参加工作，⟦  ⟧年⟦⟧月任现职。']
	}
};

/** 本人年月至年月在党校学习, 年月—年月，任副书记: a span of a career, both ends' year and month gone. */
export const careerSpanGone: PatternFrame = {
	id: 'career-span-gone',
	description: '履历起止年月都缺失：本人年月至年月在县委党校学习',
	pattern: {
		steps: [{ words: ['年'] }, { words: ['月'] }, { words: ['至', '到', '—', '－', '-', '～', '~'], repeat: [1, 2] }, { words: ['年'] }, { words: ['月'] }],
		before: { any: [{ edge: true }, { chars: '，。；：、,;:自从' }, { words: LIFE_YEAR_OPENERS }] }
	},
	report: [
		{ date: { step: 0 }, part: 'year' },
		{ date: { step: 1 }, part: 'month' },
		{ date: { step: 3 }, part: 'year' },
		{ date: { step: 4 }, part: 'month' }
	],
	examples: {
		valid: ['本人2019年9月至2020年1月在县委党校学习。', '2015年3月——2018年6月，任镇党委副书记。'],
		invalid: ['本人⟦⟧年⟦⟧月至⟦⟧年⟦⟧月在县委党校学习。', '⟦⟧年⟦⟧月——⟦⟧年⟦⟧月，任镇党委副书记。']
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
	pattern: { steps: [{ words: CAREER_SPAN_VERBS }, { tag: 'space', maxLength: 8, optional: true }, { words: ['余年以来', '余年来', '年以来', '年来'] }] },
	report: [{ gap: { step: 1, edge: 'span' }, label: { textOf: 0 }, unit: '年', valueKind: 'number' }],
	examples: {
		valid: ['任职三年来，我始终把学习放在首位；从教20年以来，带出了一批骨干。', '近年来，多年来，一年来的工作表明。'],
		invalid: ['任职⟦⟧年来，我始终把学习放在首位；从教⟦⟧年以来，带出了一批骨干。']
	}
};

/** 从事审计工作年，, 回顾参加工作的年，: the years in a post gone before 年 closing its clause. */
export const yearsInPost: PatternFrame = {
	id: 'years-in-post',
	description: '从事某项工作的年数缺失：从事审计工作年，',
	pattern: {
		steps: [
			{ words: CAREER_SPAN_VERBS },
			{ words: ['的'], optional: true },
			{ words: SPAN_ADVERBS, optional: true },
			// The spaces a figure typed with spacing leaves (任现职  年).
			{ tag: 'space', maxLength: 8, optional: true },
			{ words: ['个年头', '余年', '年'] }
		],
		// 年 closes the clause, or 了 does, or 的 follows (入党年的老党员: 年的 only follows a figure).
		after: { any: [{ clauseEnd: true }, { words: ['了，', '了。', '了；'] }, { chars: '的' }] }
	},
	report: [{ gap: { step: 3, edge: 'span' }, label: { textOf: 0 }, unit: '年', valueKind: 'number' }],
	examples: {
		valid: [
			'从事审计工作15年，熟悉各项业务。',
			'从事工作年限较长的同志带头，今年工作年终考核优秀，参加工作的年轻人。',
			'任现职已6年，参加工作已经二十年了，工作已年终结算。',
			'作为一名入党30年的老党员，在岗位上工作了十个年头，工作年度计划已完成。'
		],
		invalid: [
			'从事审计工作⟦⟧年，熟悉各项业务。',
			'回顾参加工作的⟦⟧年，我在基层成长。',
			'任现职已⟦⟧年，从事会计工作已有⟦⟧年，参加工作已经⟦⟧年了。',
			'作为一名入党⟦⟧年的老党员，我在这个岗位上工作了⟦⟧个年头。'
		]
	}
};

/** counts6 (session 15): 任部长，至今已年。: the years since a step of a career gone before 年 closing the clause. */
export const yearsUntilNow: PatternFrame = {
	id: 'years-until-now',
	description: '至今的年数缺失：至今已年。',
	pattern: {
		steps: [{ words: ['至今已经', '至今已有', '至今已'] }, { tag: 'space', maxLength: 8, optional: true }, { words: ['个年头', '余年', '年'] }],
		after: { any: [{ clauseEnd: true }, { words: ['了，', '了。', '了；'] }] }
	},
	report: [{ gap: { step: 1, edge: 'span' }, label: '至今', unit: '年', valueKind: 'number' }],
	examples: {
		valid: ['2019年起任安全管理部部长，至今已6年。', '至今已年久失修，截至今年，至今已有很大改善。'],
		invalid: ['2019年起任安全管理部部长，至今已⟦⟧年。', '参加工作后一直在基层，至今已有⟦⟧个年头了。']
	}
};

/** 有年的教学经验, 拥有年的基层工作经历: the years of a person's experience gone before 年的. */
export const experienceYears: PatternFrame = {
	id: 'experience-years',
	description: '工作、教学经验的年数缺失：有年的教学经验',
	pattern: {
		steps: [{ words: ['有着', '拥有', '具有', '具备', '有'] }, { words: ['余年', '年'] }, { words: ['的'] }],
		after: { words: EXPERIENCE_NOUNS, within: 8, stopAt: '，。；、,;了着过' }
	},
	report: [{ gap: { step: 1 }, label: '经验', unit: '年', valueKind: 'number' }],
	examples: {
		valid: ['本人有15年的一线教学经验，具有多年的管理经验，有年轻教师的活力。', '历史有年的老店积累了经验。'],
		invalid: ['本人有⟦⟧年的一线教学经验，拥有⟦⟧年的基层工作经历。']
	}
};

/** 学习笔记约万字，, 心得体会字: notes written in study, counted in characters, with the figure gone. */
export const notesWritten: PatternFrame = {
	id: 'notes-written',
	description: '学习笔记、心得体会的字数缺失：撰写学习笔记约万字',
	pattern: {
		steps: [{ words: NOTES_WRITTEN }, { words: ['约', '近', '共', '达', '计', '累计', '逾', '超'], optional: true }, { words: ['万余字', '余万字', '万字', '千余字', '千字', '余字', '字'] }],
		after: { clauseEnd: true }
	},
	report: [{ gap: { step: 2 }, label: { textOf: 0 }, unit: { textOf: 2 }, valueKind: 'number' }],
	examples: {
		valid: ['撰写学习笔记约3万字，读书心得1.2万字，心得体会5000余字。', '笔记字迹工整，心得字数不限，体会字里行间的深意。'],
		invalid: ['撰写学习笔记约⟦⟧万字，写读书心得⟦⟧万余字。', '全年记学习笔记⟦⟧万字，形成心得体会⟦⟧字。']
	}
};

/** 网络学习学时，: hours of study with their figure gone, closing the clause after what was studied. */
export const studyHours: PatternFrame = {
	id: 'study-hours',
	description: '学习、继续教育的学时缺失：完成网络学习学时，',
	pattern: { steps: [{ words: STUDY_ACTS }, { words: ['学时', '课时'] }], after: { any: [{ clauseEnd: true }, { chars: '的' }] } },
	report: [{ gap: { step: 1 }, label: { textOf: 0 }, unit: { textOf: 1 }, valueKind: 'number' }],
	examples: {
		valid: ['全年完成网络学习56学时，参加继续教育90学时。', '学习学时数达到要求，举办科技教育节。'],
		invalid: ['全年完成网络学习⟦⟧学时，参加继续教育⟦⟧学时。', '全年备写教案⟦⟧课时。']
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

/** 周课时节，: a teacher's lessons a week with their figure gone before 节. */
export const lessonsAWeek: PatternFrame = {
	id: 'lessons-a-week',
	description: '每周课时的节数缺失：周课时节',
	pattern: { steps: [{ words: ['每周课时', '周课时'] }, { words: ['节'] }], after: { clauseEnd: true } },
	report: [{ gap: { step: 1 }, label: '周课时', unit: '节', valueKind: 'number' }],
	examples: {
		valid: ['担任两个班的数学教学，周课时14节。', '周课时节奏紧凑。'],
		invalid: ['担任两个班的数学教学，周课时⟦⟧节。']
	}
};

/** 在省医院进修个月，, 到乡镇挂职年: the length of a stint away from one's post gone right after it. */
export const stintLength: PatternFrame = {
	id: 'stint-length',
	description: '进修、挂职、支教的时长缺失：在省医院进修个月',
	pattern: { steps: [{ words: STINTS }, { words: ['个月', '年', '天', '周'] }], after: { any: [{ clauseEnd: true }, { chars: '的' }] } },
	report: [{ gap: { step: 1 }, label: { textOf: 0 }, unit: { textOf: 1 }, valueKind: 'number' }],
	examples: {
		valid: ['在省人民医院进修6个月，到乡镇挂职一年，支教两年。', '进修年限届满，挂职年度考核优秀。'],
		invalid: ['在省人民医院进修⟦⟧个月，到乡镇挂职⟦⟧年。', '参加为期⟦⟧天的跟岗学习，到乡村学校支教⟦⟧年的经历让我难忘。']
	}
};

/** 已驻村年零个月: the years and months of a stint, both figures gone. */
export const stintYearsAndMonths: PatternFrame = {
	id: 'stint-years-and-months',
	description: '驻村、挂职的年数和月数都缺失：到今年底已驻村年零个月',
	pattern: { steps: [{ words: STINTS }, { words: ['年'] }, { words: ['零', '又'], optional: true }, { words: ['个月'] }], after: { any: [{ clauseEnd: true }, { chars: '的' }] } },
	report: [
		{ gap: { step: 1 }, label: { textOf: 0 }, unit: '年', valueKind: 'number' },
		{ gap: { step: 3 }, label: { textOf: 0 }, unit: '个月', valueKind: 'number' }
	],
	examples: {
		valid: ['到今年底已驻村2年零3个月，挂职一年又六个月。'],
		invalid: ['到今年底已驻村⟦⟧年零⟦⟧个月，挂职⟦⟧年⟦⟧个月的经历让我成长。']
	}
};
