/**
 * Ratios, shares and rates with their figure gone: 占全市比重。, 完成计划数的；, 参合率达，,
 * 结构调整为：：, a decimal without its integer (.5%).
 */
import {
	DIGIT_MASKS,
	ALL_UNITS,
	BENCHMARK_COMPARISONS,
	BOUND_WORDS,
	CHANGE_VERBS,
	CN_NUMERAL,
	COUNT_ESTIMATES,
	ESTIMATE_VERB_TAILS,
	FRACTION_WORDS,
	QUANTITY_VERBS,
	CLASSIFIERS,
	CLAUSE_END,
	DECIMAL_UNITS,
	FROM_TO_VERBS,
	INDEX_ABBREVIATION,
	MASK,
	PAIR_JOINERS,
	PAIR_OPENERS,
	PLAN_WHOLES,
	RATE_GOAL_OPENERS,
	RATE_MEASURE_ENDINGS,
	RATE_NAME_ENDINGS,
	RATE_NOT_FIGURE,
	RATE_VERBS,
	RATIO_WORDS,
	SHARE_GOAL_VERBS,
	SHARE_DEFINITION_WORDS,
	SHARE_VERB_WORDS,
	SCORE_NAMES,
	SHARE_WHOLES,
	SCORE_WITH_OUTCOMES
} from '../lexicon';
import { isHan } from '../text/chars';
import { LC_TO } from '../tagger/line-chars';
import { escapeClass } from '../text/regex';
import { measureBefore } from '../text/measure';
import type { CodeFrame, FrameOutput, PatternFrame } from './types';
import { alt, END, END_NO_COLON } from './shared';

/** An index's abbreviation in brackets between its name and its verb: 指数（EQI）为. */
const ABBREVIATION = `(?:[（(][${escapeClass(INDEX_ABBREVIATION.chars)}]{1,8}[）)])?`;
const RATE_VERB_WORDS = RATE_VERBS.words;
/** Rate verbs that are the first part of a longer one (达 of 达到): at a line's end, maybe split. */
const SPLIT_VERB: ReadonlySet<string> = new Set(RATE_VERB_WORDS.filter((v) => RATE_VERB_WORDS.some((w) => w.length > v.length && w.startsWith(v))));
/** lines8 (session 16): a rate held within a bound, its figure gone between (伤害率控制在以内, 保持在以下): after a verb ending in 在 only (工作量为以下三个方面 lists). */
const HELD_WITHIN = `(?<=在 *)(?:${alt(BOUND_WORDS.words)})`;
const RATE_RE = new RegExp(
	`(${alt(RATE_MEASURE_ENDINGS.words)})(${ABBREVIATION})(${alt(RATE_VERB_WORDS)})( *)(?=${END_NO_COLON}|/[0-9]|${HELD_WITHIN})`,
	'g'
);
const PLAN_RE = new RegExp(
	`(?:完成|占|控制在)[^${escapeClass(CLAUSE_END)}]{0,14}?(?:${alt(PLAN_WHOLES.words)})(?:数|任务|目标)?的( *)(?=${END}|以内|以下)`,
	'g'
);
const SHARE_RE = new RegExp(`占[^${escapeClass(CLAUSE_END)}]{0,12}?(?:比重|比例|份额)(?:为|达|达到)?( *)(?=${END_NO_COLON})`, 'g');
/** 大学生占左右；: 占 right before an estimate or a bound, the share between them gone. */
const SHARE_BOUND_RE = new RegExp(`占(?=(?:左右|以上|以下|多)(?:${END}))`, 'g');
/** 新兴产业占比，: a share named and its figure gone before the clause ends. */
const SHARE_NAMED_RE = new RegExp(`占比(?:为|达|达到)?( *)(?=${END_NO_COLON})`, 'g');
/** 提高研发投入占营收的比重，: a goal about a share, not a share with its figure gone. */
const SHARE_GOAL = new RegExp(`(?:${alt(SHARE_GOAL_VERBS.words)})[^，。；]{0,10}$`);
/** 一列为完成数占全年目标的比重: a share defining a measure (a column's, an indicator's), not a share stated. */
const SHARE_DEFINED = new RegExp(`(?:${alt(SHARE_DEFINITION_WORDS.words)})[^，。；]{0,16}$`);
/**
 * A ratio with its terms gone (结构调整为：：。, 之比达到：1, 收入比缩小到：1): only after a
 * word for a ratio or structure earlier in the clause, so 主要做法为： opening a list is quiet.
 */
/**
 * The terms after their verb; spaced text (达 1 : 。) keeps spaces around the figures and colons.
 * lines8 (session 16): also right after 比 (床护比1:。) and inside a bracket (生师比为（:）).
 */
const RATIO_TERMS_RE = new RegExp(`[为到至达的比]( ?[（(]?)((?:[0-9.]* ?[：:∶] ?)+(?:[0-9]+(?:\\.[0-9]+)?)?)(?=[，。；,;）).]|$|${alt(FROM_TO_VERBS.words)})`, 'g');
const RATIO_WORD_BEFORE = new RegExp(`(?:${alt(RATIO_WORDS.words)})[^，。；]{0,14}$`);
/** 由上年同期的6.2:41.5:52.3调整为: a filled ratio just before, changed into the one whose terms are gone. */
const FILLED_RATIO_BEFORE = /[0-9.]+[：:∶][0-9.]+[^，。；：:∶]{1,8}$/;
/** 占营业收入的，: a share whose figure is gone before a comma (the plan/total forms are above). */
const SHARE_OF_RE = new RegExp(
	`占(?!${alt(SHARE_VERB_WORDS.words.map((w) => w.slice(1)))})[^${escapeClass(CLAUSE_END)}]{0,10}?(?:${alt(SHARE_WHOLES.words)})的( *)(?=${END}|以上|以下|以内)`,
	'g'
);


export const ratioTerms: CodeFrame = {
	id: 'ratio-terms',
	description: '比例的各项缺失：三次产业结构调整为：：',
	// A colon stands in the line (the engine's test), and 比 or 结构.
	starts: '：:∶',
	applies: ({ s }) => s.includes('比') || s.includes('结构'),
	find({ s }, out) {
		RATIO_TERMS_RE.lastIndex = 0;
		for (let m = RATIO_TERMS_RE.exec(s); m; m = RATIO_TERMS_RE.exec(s)) {
			const terms = m[2]!.split(/[：:∶]/).map((t) => t.trim());
			const raw = m[2]!.split(/[：:∶]/);
			const start = m.index + 1 + m[1]!.length;
			const next = m.index + m[0].length;
			// Needs a ratio word before, and at least two colons or one filled term, or a clause
			// mark or a change right after (为： ending a line opens a list; 约为：。 lost both terms).
			if (!RATIO_WORD_BEFORE.test(s.slice(Math.max(0, start - 18), start)) && !FILLED_RATIO_BEFORE.test(s.slice(Math.max(0, start - 30), start))) continue;
			if (terms.length < 3 && terms.every((t) => t === '') && next === s.length) continue;
			// 由上年的：优化为: 的 before the terms only in a change of the ratio.
			if (s[m.index] === '的' && !FROM_TO_VERBS.words.some((w) => s.startsWith(w, next))) continue;
			if (terms.every((t) => t !== '')) continue;
			// 之比由上年的：: the ratio is named before 由, not by the year.
			const from = s[m.index] === '的' ? s.lastIndexOf('由', start) : -1;
			const label = measureBefore(s, s[m.index] === '比' ? m.index + 1 : from > start - 14 ? from : start - 1) || '比例';
			let at = start;
			for (let t = 0; t < terms.length; t++) {
				if (terms[t] === '') out.gap(at, at, label, '', 'number');
				at += raw[t]!.length + 1;
			}
		}
	},
	examples: {
		valid: ['三次产业结构调整为8.2:41.5:50.3。', '主要做法为：', '资产与负债之比的：', '师生比由上年的18:1优化为16:1。'],
		invalid: [
			'全区三次产业结构调整为⟦⟧：⟦⟧：⟦⟧。',
			'本地就业与外地就业之比约为⟦⟧:⟦⟧。展会投入产出比约为⟦⟧：⟦⟧，',
			'带息负债与净资产之比由上年的⟦⟧:⟦⟧优化为1.3:1。',
			'管理人员与一线员工之比由上年的1:3.2调整为1:⟦⟧.社工与居民户数之比约为1∶⟦⟧，',
			'上半年全区三次产业结构由上年同期的6.2:41.5:52.3调整为5.9:⟦⟧:⟦⟧。',
			'发放消费券 300 万元, 撬动比例达 1:⟦⟧。',
			'全院医护比1:⟦⟧，学院生师比为（⟦⟧:⟦⟧）。'
		]
	}
};

export const shareOfTotal: CodeFrame = {
	id: 'share-of-total',
	description: '占总量的份额缺失：占营业收入的，',
	starts: '占',
	find({ s }, out) {
		SHARE_OF_RE.lastIndex = 0;
		for (let m = SHARE_OF_RE.exec(s); m; m = SHARE_OF_RE.exec(s)) {
			if (SHARE_GOAL.test(s.slice(Math.max(0, m.index - 12), m.index))) continue;
			const end = m.index + m[0].length;
			const spaces = m[1]!.length;
			out.gap(end - spaces, end, m[0].trim().slice(-10), '%', 'percent');
		}
	},
	examples: {
		valid: ['研发投入占营业收入的4.6%。', '努力提高研发投入占营收的比重，', '对违法占用耕地的，一律依法查处。', '光伏发电量占全社会用电量的12.4%。'],
		invalid: ['研发经费投入⟦⟧万元，占营业收入的⟦⟧，创历史新高。', '光伏发电量⟦⟧万千瓦时，占全社会用电量的⟦⟧；宴会收入占餐饮收入的⟦⟧以上；']
	}
};

function rateLike(re: RegExp, s: string, out: FrameOutput): void {
	re.lastIndex = 0;
	for (let m = re.exec(s); m; m = re.exec(s)) {
		const end = m.index + m[0].length;
		if (re === SHARE_NAMED_RE && !isHan(s[m.index - 1])) continue;
		if ((re === SHARE_RE || re === SHARE_NAMED_RE) && SHARE_GOAL.test(s.slice(Math.max(0, m.index - 12), m.index))) continue;
		if (re === SHARE_RE && SHARE_DEFINED.test(s.slice(Math.max(0, m.index - 22), m.index))) continue;
		// 收入占比⏎提高到34.6%, 比重⏎为%: a share named at the line's end, no verb after it, runs on
		// into the next line (a PDF break), where its verb and figure (or the unit frame's gap) stand.
		// 比重达⏎% keeps its gap at the break: the verb that wants the figure ends the line.
		if ((re === SHARE_RE || re === SHARE_NAMED_RE) && end === s.length && !/[为达到] *$/.test(m[0])) continue;
		const spaces = /( *)$/.exec(m[0])![1]!.length;
		// 办理率达⏎到85%, 接待量达⏎万人次: a verb ending the line that may be the first half of a
		// longer one (达 of 达到) runs on into the next line, whose frames read the figure's place.
		if (re === RATE_RE && end === s.length && SPLIT_VERB.has(m[3]!)) continue;
		let label = m[0].trim();
		if (re === RATE_RE) label = measureBefore(s, m.index + m[1]!.length) || label;
		if (label.length > 10) label = label.slice(-10);
		const unit = re === RATE_RE && !/率|比/.test(m[1]!) ? '' : '%';
		out.gap(end - spaces, end, label, unit, unit ? 'percent' : 'number');
	}
}

export const rateValue: CodeFrame = {
	id: 'rate-value',
	description: '比率或数量的取值缺失：参合率达，覆盖面积为。',
	find: ({ s }, out) => rateLike(RATE_RE, s, out),
	examples: {
		valid: ['全县新农合参合率达98.6%。', '工作量为：一是……', '生态质量指数（EQI）为63.8。', '全年政务服务“一网通办”办理率达\n到85%。'],
		invalid: ['全县新农合参合率达⟦⟧，群众满意。', '工时伤害率控制在⟦⟧以内，事故发生率保持在⟦⟧以下。', '报告发病率为⟦⟧/10万，较上年有所下降，发病率控制在⟦⟧/10万以内。', '开展县域生态质量评价，生态质量指数（EQI）为⟦⟧。路面技术状况指数(PQI)达到⟦⟧，']
	}
};

/** The end of a rate's name right before a clause mark (流转率。, 占比，, 所占比重；). */
const RATE_NAME_RE = new RegExp(`(?:${alt(RATE_NAME_ENDINGS.words)})(?=[，,；;。！？!?）)])`, 'g');
/** What the clause before ends in when it states a quantity (860亩，, 12.5%；, xx户，). */
const QUANTITY_BEFORE = new RegExp(`(?:[0-9${escapeClass(MASK)}○]|${alt(ALL_UNITS)}|[${CLASSIFIERS}])$`);
const RATE_GOAL = new RegExp(alt(RATE_GOAL_OPENERS.words));
const RATE_NOT = new RegExp(`(?:${alt(RATE_NOT_FIGURE.words)})$`);

/**
 * A rate or share named on its own right after a quantity, its figure gone before the clause
 * ends: 流转面积860亩，流转率。, 余额x.xx亿元，占比，. Code, because it reads backwards over the
 * clause before (the pattern language matches forward from an anchor).
 */
export const rateNamed: CodeFrame = {
	id: 'rate-named',
	description: '紧跟在数量之后的比率或占比没有数值：流转面积亩，流转率。',
	starts: '率比',
	find({ s }, out) {
		RATE_NAME_RE.lastIndex = 0;
		for (let m = RATE_NAME_RE.exec(s); m; m = RATE_NAME_RE.exec(s)) {
			const end = m.index + m[0].length;
			let c = m.index;
			while (c > 0 && end - c <= 14 && isHan(s[c - 1])) c--;
			const name = s.slice(c, end);
			// The name fills its clause, right after a clause mark and a quantity.
			if (c === 0 || !'，,；;'.includes(s[c - 1]!) || name.length < 2 || end - c > 14) continue;
			if (!QUANTITY_BEFORE.test(s.slice(Math.max(0, c - 13), c - 1))) continue;
			if (RATE_GOAL.test(name) || RATE_NOT.test(name)) continue;
			out.gap(end, end, name.slice(-10), '%', 'percent');
		}
	},
	examples: {
		valid: [
			'土地流转面积累计860亩，流转率65%。',
			'新建示范田3个，提高良种覆盖率，',
			'人均办件120件，工作效率明显提升。',
			'办结案件96件，结案率、满意率均居前列。',
			'全年开展生态安葬412例，生态安葬率\n达到13.2%。'
		],
		invalid: ['土地流转面积累计⟦⟧亩，流转率⟦⟧。', '储蓄存款余额12.6亿元，占比⟦⟧，签约居民⟦⟧万人，签约率⟦⟧；']
	}
};

export const planShare: CodeFrame = {
	id: 'plan-share',
	description: '完成计划、占总量的比例缺失：完成预算数的；占全年任务的。',
	starts: '的',
	find: ({ s }, out) => rateLike(PLAN_RE, s, out),
	examples: {
		valid: ['完成全年目标任务的103%。', '经费控制在预算的95%以内。'],
		invalid: ['完成区级财政收入⟦⟧万元，完成预算数的⟦⟧；完成考核任务的⟦⟧。', '“三公”经费控制在预算的⟦⟧以内。']
	}
};

export const shareRatio: CodeFrame = {
	id: 'share-ratio',
	description: '占比缺失：占全市比重。',
	starts: '占',
	find({ s }, out) {
		rateLike(SHARE_RE, s, out);
		if (s.includes('占比')) rateLike(SHARE_NAMED_RE, s, out);
		SHARE_BOUND_RE.lastIndex = 0;
		for (let m = SHARE_BOUND_RE.exec(s); m; m = SHARE_BOUND_RE.exec(s)) out.gap(m.index + 1, m.index + 1, measureBefore(s, m.index) || '占比', '%', 'percent');
	},
	examples: {
		valid: ['占全市比重达到12.5%。', '在校大学生占30%左右，占地多，占用以上耕地的项目。', '着力提高服务业占地区生产总值比重，', '新兴产业占比38%，着力提高服务业占比，', '其中医疗服务收入占比\n提高到34.6%，工业投资占全部投资的比重\n为41.2%。', '注：“完成进度”一栏为1—10月累计数占年度计划的比重。'],
		invalid: ['高新技术产业产值⟦⟧亿元，占全市比重⟦⟧。', '学员中在校大学生占⟦⟧左右；退役军人占⟦⟧以上。', '产业结构偏重，新兴产业占比⟦⟧，过夜游客占比⟦⟧;']
	}
};

/** A digit and a space: what stands before a decimal point whose integer a space split off (98 .6%). */
const DIGIT_THEN_SPACE: readonly string[] = [...'0123456789'].map((d) => `${d} `);
/** A decimal with its integer gone: 增长.5%. */
export const decimalWithoutInteger: PatternFrame = {
	id: 'decimal-without-integer',
	description: '小数缺整数部分：同比增长.5%',
	pattern: {
		// The figure step's test keeps to digits: a decimal's tail has no thousands comma.
		steps: [{ chars: '.' }, { tag: 'figure', optional: true, test: (t) => /^[0-9]+$/.test(t) }],
		before: { notChars: '0123456789' },
		after: { words: DECIMAL_UNITS },
		unless: [
			{ at: 'before', context: { edge: false, han: false, notChars: ' ' }, why: 'a decimal point after a code or a Latin letter' },
			// 完成率：98 .6%: a figure split by a space (OCR, PDF), its integer right before (quiet5, session 14).
			{ at: 'before', context: { words: DIGIT_THEN_SPACE }, why: 'the integer stands before a space' }
		]
	},
	report: [{ gap: { step: 0 }, label: { measureBefore: 0 }, unit: '%', valueKind: 'percent' }],
	examples: {
		valid: ['同比增长0.5%，增幅居全市前列。', '版本v.5万次下载。', '合格率：96 .4%，'],
		invalid: ['同比增长⟦⟧.5%，增幅居全市前列。']
	}
};

/** 平均分为分，满意度分；: a score's points gone before 分. */
export const scoreWithoutFigure: PatternFrame = {
	id: 'score-without-figure',
	description: '得分缺失：平均分为分，满意度分',
	pattern: {
		steps: [{ words: SCORE_NAMES }, { words: RATE_VERBS, optional: true }, { chars: '分' }],
		// 满意度分（满分100分）: a bracket noting the scale closes the score as well as the clause's end.
		after: { any: [{ clauseEnd: true }, { chars: '（(' }] }
	},
	report: [{ gap: { step: 2 }, label: { textOf: 0 }, unit: '分', valueKind: 'number' }],
	examples: {
		valid: ['九年级体育模拟测试平均分为86.5分，第三方测评满意度92.4分。', '满意度分析显示，得分分布均匀。', '群众满意度96.5分（满分100分），评分（按百分制）居前。'],
		invalid: ['体育模拟测试平均分为⟦⟧分，比上学期提高1.9分；第三方测评满意度⟦⟧分。', '年度群众满意度⟦⟧分（满分100分），绩效考核得分⟦⟧分（百分制）。']
	}
};

/** counts4 (session 13): 以分的成绩位居第一, 以分排名第一: a score stated with 以, then what it achieved. */
export const scoreWithOutcome: PatternFrame = {
	id: 'score-with-outcome',
	description: '“以……分”之后是成绩或排名，分数缺失：以分的成绩位居全市第一',
	pattern: {
		steps: [{ words: ['以'], wholeWord: true }, { words: ['分'], wholeWord: true }],
		after: { words: SCORE_WITH_OUTCOMES }
	},
	report: [{ gap: { step: 1 }, label: '分数', unit: '分', valueKind: 'number' }],
	examples: {
		valid: ['该同学以652分的成绩位居全市第一，项目以96分排名第一。', '可以分为三类，予以分类处置，以分钟计。'],
		invalid: ['该同学以⟦⟧分的成绩位居全市第一，项目以⟦⟧分排名第一。']
	}
};

/**
 * 最高分分别为652分和分, 分别为分和681分: a score of a pair or list gone, the other written in
 * points (a pair of figures in 分 is a pair of scores, or of minutes: either way each has its figure).
 */
const JOIN = `[${PAIR_JOINERS.chars}]`;
const SCORE_PAIR_SECOND_RE = new RegExp(`(?<=[0-9]分${JOIN})分(?=${END})`, 'g');
// people5 (session 14): the second score may be masked itself (分别为分和8x.5分): its digits or masks (lexicon DIGIT_MASKS).
const SCORE_DIGIT = `[0-9${escapeClass(DIGIT_MASKS)}]`;
const SCORE_PAIR_FIRST_RE = new RegExp(`(?<=${alt(PAIR_OPENERS.words)})分(?=${JOIN}${SCORE_DIGIT}+(?:\\.${SCORE_DIGIT}+)?分)`, 'g');

export const scorePair: CodeFrame = {
	id: 'score-pair',
	description: '成对的分数缺一个：最高分分别为652分和分',
	starts: '分',
	find({ s }, out) {
		for (const re of [SCORE_PAIR_SECOND_RE, SCORE_PAIR_FIRST_RE]) {
			re.lastIndex = 0;
			for (let m = re.exec(s); m; m = re.exec(s)) out.gap(m.index, m.index, measureBefore(s, m.index), '分', 'number');
		}
	},
	examples: {
		valid: ['历史类、物理类最高分分别为652分和681分，平均分和及格率同步提高，分别为5分和3分。'],
		invalid: ['历史类、物理类最高分分别为652分和⟦⟧分；两校平均分分别为⟦⟧分和81.5分。', '两个班平均分分别为⟦⟧分和⟦8x.5⟧分。']
	}
};

/*
 * lines8 (session 16): rates per a base, fractions in words and estimates, each with its figure
 * gone. Code frames: each reads back from its anchor (the slash, 之, the estimate) over what stands
 * before it, which the pattern language's forward match cannot say.
 */

/**
 * The three frames below name no `starts`: the engine's 32 sets of first characters are all taken
 * (see /work/wt/seams/lines8.md); each tests its anchor with one indexOf in `applies` and walks its
 * occurrences with indexOf, which costs a line without the anchor one scan.
 */
/** The base of a rate after its slash (/10万, /万人, /千人口, /100): a figure stands before the slash. */
const PER_BASE = /^\/(?:10*)?[万千百](?:[\u4e00-\u9fff]{0,3})|^\/10{2,}(?![0-9.])/;
/** Verbs and bounds a rate's figure follows (控制在, 不低于, 为, 低于): the quantity verbs, the rate verbs and the comparisons with a benchmark. */
const PER_BASE_OPENERS = [...new Set([...QUANTITY_VERBS, ...RATE_VERBS.words, ...BENCHMARK_COMPARISONS.words])].sort((a, b) => b.length - a.length);

/**
 * A rate per a base with its figure gone: 发病率控制在/10万以内, 拥有量为/万人, 不低于⏎/10万剂次
 * (a PDF break before the slash: the frames read the sentence whole). Only right after a verb or a
 * bound the figure follows: after a unit the slash is a compound unit's (立方米/小时, 件/万人, and the
 * unit's frame reads that), and a bracket before it is a table header's (死亡率（/10万）).
 */
export const perBaseWithoutFigure: CodeFrame = {
	id: 'per-base-without-figure',
	description: '“每十万”一类比率的数值缺失：发病率控制在/10万以内',
	applies: ({ s }) => s.includes('/'),
	find({ s }, out) {
		for (let i0 = s.indexOf('/'); i0 >= 0; i0 = s.indexOf('/', i0 + 1)) {
			const i = i0;
			const base = PER_BASE.exec(s.slice(i, i + 8));
			if (!base) continue;
			let j = i;
			while (j > 0 && s[j - 1] === ' ') j--;
			const opener = PER_BASE_OPENERS.find((v) => s.endsWith(v, j));
			if (opener === undefined) continue;
			out.gap(j, i, measureBefore(s, j - opener.length) || '比率', base[0], 'number');
		}
	},
	examples: {
		valid: ['报告发病率为215.4/10万，孕产妇死亡率（/10万）逐年下降。', '处理规模为3万立方米/小时，发明专利拥有量为12.6件/万人。'],
		invalid: ['传染病报告发病率控制在⟦⟧/10万以内，孕产妇死亡率不高于⟦⟧/10万；拥有量为⟦⟧/万人。']
	}
};

/** What may follow a fraction in words as its figure: a digit, a Chinese numeral, a mask. */
const FRACTION_FIGURE = CN_NUMERAL + '0123456789' + MASK + DIGIT_MASKS;
const FRACTION_LONGEST = [...FRACTION_WORDS.words].sort((a, b) => b.length - a.length);

/** A fraction in words with its figure gone: 不良率控制在千分之以内, 低于千分之。 */
export const fractionWithoutFigure: CodeFrame = {
	id: 'fraction-without-figure',
	description: '“千分之”“百分之”后面的数缺失：废品率控制在千分之以内',
	applies: ({ s }) => s.includes('之'),
	find({ s }, out) {
		for (let i0 = s.indexOf('之'); i0 >= 0; i0 = s.indexOf('之', i0 + 1)) {
			// Every fraction word ends in 分之: most 之 of a line (之一, 之间) are passed on one test.
			if (s[i0 - 1] !== '分') continue;
			const end = i0 + 1;
			const word = FRACTION_LONGEST.find((w) => s.endsWith(w, end));
			if (word === undefined || FRACTION_FIGURE.includes(s[end] ?? '') || s[end] === ' ') continue;
			out.gap(end, end, measureBefore(s, end - word.length) || word, word, 'number');
		}
	},
	examples: {
		valid: ['不良率控制在千分之三以内，合格率达到百分之百，百分之九十以上的群众满意，万分之2.31的佣金率。'],
		invalid: ['出厂产品不良率控制在千分之⟦⟧以内，新生儿死亡率低于千分之⟦⟧。']
	}
};

/** An estimate's verb (约为, 大约为, 约占): 约 or 大约 and the verb a figure follows. */
const ESTIMATE_VERBS = COUNT_ESTIMATES.words.flatMap((e) => ESTIMATE_VERB_TAILS.words.map((v) => e + v)).sort((a, b) => b.length - a.length);
/** The characters an estimate's verb may follow 约 with (为, 占…): a quick test before the words. */
const ESTIMATE_TAIL_CHARS = ESTIMATE_VERB_TAILS.words.join('');
/** The clause ends right after: a mark (a half-width full stop only where no decimal follows), or the line. */
const ESTIMATE_END = /^ *(?:[，。；！？,;!?）)]|\.(?![0-9])|$)/;

/** An estimate's verb with the clause ending right after it: 比例大体相当，约为。, 约占。 */
export const estimateWithoutFigure: CodeFrame = {
	id: 'estimate-without-figure',
	description: '“约为”“约占”之后的数缺失：两者大体相当，约为。',
	applies: ({ s }) => s.includes('约'),
	find({ s }, out) {
		for (let i0 = s.indexOf('约'); i0 >= 0; i0 = s.indexOf('约', i0 + 1)) {
			const i = i0;
			if (!ESTIMATE_TAIL_CHARS.includes(s[i + 1] ?? '')) continue;
			const from = s[i - 1] === '大' ? i - 1 : i;
			const verb = ESTIMATE_VERBS.find((v) => s.startsWith(v, from));
			if (verb === undefined) continue;
			const end = from + verb.length;
			const m = ESTIMATE_END.exec(s.slice(end));
			if (!m) continue;
			const spaces = m[0].length - m[0].trimStart().length;
			out.gap(end, end + spaces, measureBefore(s, from) || verb, '', 'number');
		}
	},
	examples: {
		valid: ['两类学校招生规模大体相当，比例约为1:1，约占全年的四成。', '总投资约合1.2亿元，当地居民约占三成。'],
		invalid: ['两类学校招生规模大体相当，比例约为⟦⟧。普职招生大体相当, 约为⟦⟧.']
	}
};

/**
 * The verbs a change to a value is written with, before 到 or 至 (缩小到, 降低到, 压缩至): the change
 * verbs, and the quantity verbs that take 到 or 至 themselves (压缩, 缩短 of 压缩到, 缩短至).
 */
const CHANGE_TO_HEADS = [...new Set([...CHANGE_VERBS, ...QUANTITY_VERBS.filter((v) => /[到至]$/.test(v)).map((v) => v.slice(0, -1))])].filter((v) => v.length >= 2);
const CHANGE_TO_RE = new RegExp(`(?:${alt(CHANGE_TO_HEADS)})[到至]( *)(?=${END_NO_COLON})`, 'g');

/**
 * lines8 (session 16): a change to a value with the value gone before the clause ends: 收入差距缩小到，
 * 空置率降低到。, 开办时间压缩至； (提高到新水平, 落实到人: words after 到, no gap). Code, as it shares
 * the rate frame's reading of the clause end (END_NO_COLON: 缩小到：… opens a list).
 */
export const changeToValue: CodeFrame = {
	id: 'change-to-value',
	description: '变化到的数值缺失：城乡收入差距缩小到，空置率降低到。',
	applies: ({ chars }) => (chars & LC_TO) !== 0,
	find({ s }, out) {
		CHANGE_TO_RE.lastIndex = 0;
		for (let m = CHANGE_TO_RE.exec(s); m; m = CHANGE_TO_RE.exec(s)) {
			const end = m.index + m[0].length;
			// 提高到⏎85%: a change ending the line runs on into the next, whose frames read the figure's place.
			if (end === s.length && m[1] === '') continue;
			const spaces = m[1]!.length;
			out.gap(end - spaces, end, measureBefore(s, m.index) || m[0].trim(), '', 'number');
		}
	},
	examples: {
		valid: ['城乡居民收入比缩小到2.31:1，空置率降低到8%以下。', '把服务标准提高到新水平，将责任落实到人。'],
		invalid: ['城乡居民收入差距缩小到⟦⟧，商品房空置率降低到⟦⟧。企业开办时间压缩至⟦⟧；']
	}
};

/** A run of joiners (、、, 和) after a list's opener, then a unit: every figure of the list gone (分别为、、毫克/立方米). */
const JOINER_CLASS = `[${escapeClass(PAIR_JOINERS.chars)}]`;
const UNITS_LONGEST = [...ALL_UNITS].sort((a, b) => b.length - a.length);
const LIST_GONE_RE = new RegExp(`(?:${alt(PAIR_OPENERS.words)})((?: *${JOINER_CLASS} *)+)`, 'g');

/**
 * lines8 (session 16): a list of figures opened by 分别为 with every figure gone, only the joiners
 * and the unit left: 排放浓度分别为、、毫克/立方米, 分别为和人. Code: the gaps are as many as the list's
 * items, one before each joiner and one before the unit.
 */
export const listOfFiguresGone: CodeFrame = {
	id: 'list-of-figures-gone',
	description: '“分别为”之后的几个数都缺失：排放浓度分别为、、毫克/立方米',
	applies: ({ s }) => s.includes('分别'),
	find({ s }, out) {
		LIST_GONE_RE.lastIndex = 0;
		for (let m = LIST_GONE_RE.exec(s); m; m = LIST_GONE_RE.exec(s)) {
			const end = m.index + m[0].length;
			const unit = UNITS_LONGEST.find((u) => s.startsWith(u, end)) ?? (CLASSIFIERS.includes(s[end] ?? '') ? s[end]! : undefined);
			if (unit === undefined) continue;
			const label = measureBefore(s, m.index);
			const start = end - m[1]!.length;
			out.gap(start, start, label, unit, unit === '%' ? 'percent' : 'number');
			for (let i = start; i < end; i++) if (PAIR_JOINERS.chars.includes(s[i]!)) out.gap(i + 1, i + 1, label, unit, unit === '%' ? 'percent' : 'number');
		}
	},
	examples: {
		valid: ['二氧化硫、氮氧化物排放浓度分别为12、35毫克/立方米，两项分别为城区、乡镇。'],
		invalid: ['二氧化硫、氮氧化物、烟尘排放浓度分别为⟦⟧、⟦⟧、⟦⟧毫克/立方米，两校招生分别为⟦⟧和⟦⟧人。']
	}
};
