/**
 * A change with its figure gone: 同比增长，, 比上年下降；, 增长倍, and after a figure (产值12亿元，
 * 增长，) or a statistical indicator (工业增加值增长，). Prose growth stays quiet (实现了经济
 * 增长，规模扩大; 增长较快).
 */
import { ALL_UNITS, AMOUNT_COMPARATIVES, BENCHMARK_COMPARISONS, DEPARTURE_WORDS, CHANGE_COUNT_CLASSIFIERS, COMPARED_BASE_STOPS, DIFFERENCE_WORDS, CHANGE_INDICATORS, CHANGE_PREFIXES, CHANGE_VERBS, CLASSIFIERS, CORE_CHANGE_VERBS, COUNTED_SUBJECT_OPENERS, DIGIT_MASKS, PROSE_BEFORE_CHANGE, QUANTITY_TAILS, RATE_CHANGE_SUBJECTS } from '../lexicon';
import { escapeClass } from '../text/regex';
import { measureBefore } from '../text/measure';
import type { CodeFrame, Frame, PatternFrame } from './types';
import { alt, END } from './shared';

const CHANGE_COUNTS = CHANGE_COUNT_CLASSIFIERS.chars;
const VERB_RE = new RegExp(`(${alt(CHANGE_VERBS)})(了|约)?( *)(?=${END}|倍|成(?:${END})|[${CHANGE_COUNTS}](?:${END}))`, 'g');
const PREFIX_BEFORE = new RegExp(`(?:${alt(CHANGE_PREFIXES)})$`);
/** 实现同比增长、环比回升: a change named as an achievement, not a figure left out. */
const PROSE_BEFORE_CHANGE_RE = new RegExp(`(?:${alt(PROSE_BEFORE_CHANGE.words)})$`);
/** Names of statistical indicators that are only ever followed by their figure of change. */
const INDICATOR_BEFORE = new RegExp(`(?:${alt(CHANGE_INDICATORS.words)})$`);
const QUANTITY_TAIL = new RegExp(`(?:[0-9]|${alt(QUANTITY_TAILS.words)})$`);
/** 增速不低于各项贷款平均增速: a benchmark change after a comparison in the clause (quiet5, session 14). */
const BENCHMARK_BEFORE = new RegExp(`(?:${alt(BENCHMARK_COMPARISONS.words)})[^，。；：,;:0-9%]{0,12}$`);
/** 占比较上年下降，: a rate or share (a comma may part it from its comparison) said to change, bare. */
const RATE_SUBJECT = new RegExp(`(?:${alt(RATE_CHANGE_SUBJECTS.words)})[，,]?$`);
/** 有3家企业产值同比下降；: a count opening the clause, of the things the change is said of. */
const COUNTED_SUBJECT = new RegExp(`(?:^|[，。；：,;:])[^，。；：,;:]*?(?:${alt(COUNTED_SUBJECT_OPENERS.words)})[0-9${escapeClass(DIGIT_MASKS)}]*[${CLASSIFIERS}][^，。；：,;:]*$`);
/**
 * Whether a change said bare (nothing after the verb but the clause's end) is prose: said of a
 * rate or share, or of things counted at the clause's start.
 */
function bareChangeProse(s: string, subjectEnd: number): boolean {
	const before = s.slice(Math.max(0, subjectEnd - 24), subjectEnd);
	return RATE_SUBJECT.test(before.slice(-4)) || COUNTED_SUBJECT.test(before);
}

export const changeWithoutFigure: Frame = {
	id: 'change-without-figure',
	description: '增减动词后面缺幅度：同比增长，比上年下降；增长倍',
	find({ s }, out) {
		VERB_RE.lastIndex = 0;
		for (let m = VERB_RE.exec(s); m; m = VERB_RE.exec(s)) {
			const verb = m[1]!;
			const v = m.index;
			const prefix = PREFIX_BEFORE.exec(s.slice(Math.max(0, v - 6), v))?.[0] ?? '';
			if (prefix && PROSE_BEFORE_CHANGE_RE.test(s.slice(Math.max(0, v - prefix.length - 4), v - prefix.length))) continue;
			const e = v + verb.length + (m[2] ? 1 : 0);
			const spaces = m[3]!.length;
			const after = m.index + m[0].length;
			// 同比增长：5.2% — a colon that introduces the figure.
			if ((s[after] === '：' || s[after] === ':') && /^[：:] *[0-9-]/.test(s.slice(after, after + 4))) continue;
			// 退保率同比下降成。: a change in tenths (下降两成) with its numeral gone.
			if (s[after] === '成') {
				if (prefix || CORE_CHANGE_VERBS.includes(verb)) out.gap(e, e + spaces, prefix + verb, '成', 'number');
				continue;
			}
			// 死亡人数同比下降人。: a compared change counted in a classifier, its figure gone.
			if (CHANGE_COUNTS.includes(s[after] ?? '\n')) {
				if (prefix) out.gap(e, e + spaces, prefix + verb, s[after]!, 'number');
				continue;
			}
			if (s[after] === '倍') {
				const n2 = s[after + 1];
				if (n2 !== undefined && '增数率'.includes(n2)) continue;
				out.gap(e, e + spaces, prefix + verb, '倍', 'number');
				continue;
			}
			let measured = prefix !== '';
			if (!measured && CORE_CHANGE_VERBS.includes(verb)) {
				let w = v;
				while (w > 0 && (s[w - 1] === ' ' || s[w - 1] === '\t')) w--;
				if (w === 0) measured = true; // the line starts with it (同比⏎增长，)
				else if ('，、,;；'.includes(s[v - 1]!) && QUANTITY_TAIL.test(s.slice(Math.max(0, v - 12), v - 1))) measured = true;
				// 工业增加值增长，: a statistical indicator (not prose like 收入增长) whose change lost its figure.
				else if (w === v && INDICATOR_BEFORE.test(s.slice(Math.max(0, v - 5), v))) measured = true;
			}
			if (!measured) continue;
			if (bareChangeProse(s, v - prefix.length)) continue;
			if (BENCHMARK_BEFORE.test(s.slice(Math.max(0, v - prefix.length - 16), v - prefix.length))) continue;
			out.gap(e, e + spaces, prefix + verb, '%', 'percent');
		}
	},
	examples: {
		valid: [
			'全县工业经济保持增长，规模扩大，效益提升。',
			'今年以来，服务业增长较快，消费市场持续回暖。',
			'深入实施规上企业倍增计划。',
			'城乡居民收入增长，消费信心逐步恢复。',
			'死亡人数同比下降3人，用电量增长较快。',
			// A rate or share said to rise or fall, its points not stated; a change of things counted.
			'高成本存款的比例较上年下降。活期存款占比较年初提高；退货率同比回落，',
			'三季度共有4家门店营业额同比下滑；',
			// A benchmark change, named after a comparison.
			'涉农贷款增速不低于各项贷款平均增速。'
		],
		invalid: [
			'前三季度，全镇规上工业增加值增长⟦⟧，社会消费品零售额增长⟦⟧。',
			'入统工业企业利润总额⟦⟧亿元，同比增长⟦⟧倍。',
			'道路交通事故死亡人数同比下降⟦⟧人，图书借阅量增长⟦⟧。',
			'直接拉动消费比上届增长约⟦⟧倍，近视率同比下降约⟦⟧成，满意度比上学期提高⟦⟧分。',
			// A rate's multiple or a count's change is still a figure; an amount after the count is measured.
			'门店营业额同比下滑⟦⟧；有4家门店营业额达9000万元，同比增长⟦⟧。'
		]
	}
};

/** 比上年多万元, 较同期低个百分点: a compared amount whose figure is gone before its unit. */
export const amountCompared: PatternFrame = {
	id: 'amount-compared',
	description: '比较的差额缺失：比上年多万元，比同期低个百分点',
	pattern: {
		steps: [{ words: CHANGE_PREFIXES.filter((p) => p.startsWith('比') || p.startsWith('较')) }, { chars: AMOUNT_COMPARATIVES }, { tag: 'space', optional: true }],
		after: { words: [...ALL_UNITS, ...CHANGE_COUNT_CLASSIFIERS.chars] }
	},
	report: [{ gap: { step: 2, edge: 'span' }, label: { measureBefore: 0 }, unit: '', valueKind: 'number' }],
	examples: {
		valid: ['制造业税收比上年多860万元，接触式办税率比上年多2个百分点。', '今年雨水比上年多，气温比同期低。'],
		invalid: ['制造业税收比上年多⟦⟧万元，再就业人数比上年多⟦⟧人，办税率比上年多⟦⟧个百分点。', '中标金额比上年多⟦  ⟧亿元，采购价比同期低⟦⟧元/吨。']
	}
};

/**
 * 平均分比市均分高分和分: a comparison with any base (比 + a few words) and 高/低 right before a
 * unit or classifier, the difference gone. 多/少 only after a fixed comparison (amount-compared):
 * 比赛多场 is vague.
 */
export const differenceCompared: PatternFrame = {
	id: 'difference-compared',
	description: '与某个基数比较的高低差额缺失：平均分比市均分高分',
	pattern: {
		steps: [
			{ words: ['比'] },
			{ tag: ['han', 'classifier'], notChars: COMPARED_BASE_STOPS, repeat: [1, 6] },
			{ chars: DIFFERENCE_WORDS },
			{ tag: 'space', optional: true }
		],
		after: { words: [...ALL_UNITS, ...CHANGE_COUNT_CLASSIFIERS.chars] }
	},
	report: [{ gap: { step: 3, edge: 'span' }, label: { measureBefore: 0 }, unit: '', valueKind: 'number' }],
	examples: {
		valid: ['平均分比市均分高3.2分，比较高的分数段人数增加。', '今年比赛多场次在外地举行，比重高达40%。'],
		invalid: ['期末统考平均分比市均分高⟦⟧分，采购均价比同期市场价低⟦⟧元/吨。']
	}
};

/** 较常年偏多成，: a departure from the norm in tenths (成), its figure gone before 成. */
const DEPARTURE_RE = new RegExp(`(?:${alt(DEPARTURE_WORDS.words)})(?:约|近)?( *)成(?=${END})`, 'g');

export const departureInTenths: CodeFrame = {
	id: 'departure-in-tenths',
	description: '偏多、偏少之后缺成数：较常年偏多成',
	starts: '偏',
	find({ s }, out) {
		DEPARTURE_RE.lastIndex = 0;
		for (let m = DEPARTURE_RE.exec(s); m; m = DEPARTURE_RE.exec(s)) {
			const end = m.index + m[0].length - 1;
			out.gap(end - m[1]!.length, end, measureBefore(s, m.index), '成', 'number');
		}
	},
	examples: {
		valid: ['全年降水量较常年偏多2成，汛期来水偏少三成，工作中存在偏听偏信、偏重形式的问题。'],
		invalid: ['全年降水量较多年平均偏多⟦⟧成，汛期来水偏少约⟦⟧成。', '主汛期降水较常年偏少⟦ ⟧成；']
	}
};
