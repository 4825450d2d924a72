/**
 * Durations with a figure gone: a part of a compound duration (用时分40秒, 历时7小时分，2分秒),
 * a span of duty in hours (实行小时专人值守, 打造分钟生活圈), an anniversary (纪念五四运动周年).
 * Each part of a duration written as 小时 + 分 + 秒 has its own figure, so a part with none
 * next to a part with one is a figure gone, whatever the words around it.
 */
import {
	ANNIVERSARY_NOT_AFTER,
	CN_NUMERAL,
	DURATION_HOURS,
	DURATION_MINUTES,
	DURATION_SECONDS,
	DAYS_SPENT_ON,
	DURATION_WHOLE_OPENERS,
	SPAN_MEASURES,
	SPAN_STATISTICS,
	SPAN_AFTER_UNITS,
	SPAN_AFTER_NOT_AFTER,
	SPAN_FROM_EVENT_ESTIMATES,
	SPAN_FROM_EVENT_UNITS,
	TIME_CHANGE_UNITS,
	TIME_CHANGE_VERBS,
	MONTH_SPAN_OPENERS,
	DUTY_AFTER_HOURS,
	HOURS_NOT_AFTER,
	MASK_CHARS,
	SECOND_WORD_TAILS,
	SPAN_WITHIN_UNITS,
	SPAN_WITHIN_NOT_AFTER,
	VAGUE_BEFORE_UNIT,
	YEARS_AHEAD,
	TIME_SPAN_UNITS,
	UNBROKEN_ACT_OPENERS,
	UNBROKEN_VAGUE_AFTER,
	UNBROKEN_SPAN_AFTER,
	PARTICLES_AFTER_CLASSIFIER,
	COUNT_CLOSE_MARKS,
	UNITS
} from '../lexicon';
import { isClauseEnd, isDigit, isHan } from '../text/chars';
import { escapeClass } from '../text/regex';
import { wordAt } from '../text/segment';
import { measureBefore } from '../text/measure';
import type { CodeFrame, FrameOutput, PatternFrame } from './types';
import { alt, END } from './shared';

const HOUR = alt(DURATION_HOURS.words);
const MIN = alt(DURATION_MINUTES.words);
const SEC = alt(DURATION_SECONDS.words);
const PART_FIGURE = '[0-9]{1,2}(?:\\.[0-9]+)?';
/** Nothing that writes a figure before the part (a digit, a numeral, a mask, 每, 个), over the spaces too. */
const NO_FIGURE_BEFORE = `(?<![0-9.A-Za-z${escapeClass(CN_NUMERAL + MASK_CHARS + HOURS_NOT_AFTER.chars)}] *)(?<! )`;
/** A larger part with no figure, then the next part with its own (分40秒, 小时 40 分). */
const FIRST_GONE_RE = new RegExp(`${NO_FIGURE_BEFORE}( *)(?:(${HOUR})(?= *${PART_FIGURE} *(?:${MIN}))|(${MIN})(?= *${PART_FIGURE} *(?:${SEC})))`, 'g');
/**
 * A part with its figure, then the next part with none (7小时分，2分秒): the minutes only where the
 * clause ends after them (3小时分批 is "in batches"), the seconds unless 秒 opens a word (秒表).
 */
const SECOND_GONE_RE = new RegExp(`[0-9] *(?:(?:${HOUR}) *(?=(${MIN})(?:${END}))|(?:${MIN}) *(?=(${SEC})(?![${escapeClass(SECOND_WORD_TAILS.chars)}])))`, 'g');

/** 用时分秒, 历时小时分: a whole duration after its opener with the figures of both parts gone. */
const BOTH_GONE_RE = new RegExp(`(?:${alt(DURATION_WHOLE_OPENERS.words)})(?:约|仅|了)?( *)(?:(${HOUR})( *)(${MIN})|(${MIN})( *)(${SEC}))(?=${END})`, 'g');

export const durationPart: CodeFrame = {
	id: 'duration-part',
	description: '复合时长缺一段数字：用时分40秒，历时7小时分',
	starts: '分秒',
	find({ s }, out) {
		FIRST_GONE_RE.lastIndex = 0;
		for (let m = FIRST_GONE_RE.exec(s); m; m = FIRST_GONE_RE.exec(s)) {
			const at = m.index + m[1]!.length;
			out.gap(m.index, at, measureBefore(s, m.index), (m[2] ?? m[3])!, 'number');
		}
		SECOND_GONE_RE.lastIndex = 0;
		for (let m = SECOND_GONE_RE.exec(s); m; m = SECOND_GONE_RE.exec(s)) {
			const end = m.index + m[0].length;
			let from = end;
			while (s[from - 1] === ' ') from--;
			out.gap(from, end, measureBefore(s, m.index), (m[1] ?? m[2])!, 'number');
		}
		BOTH_GONE_RE.lastIndex = 0;
		for (let m = BOTH_GONE_RE.exec(s); m; m = BOTH_GONE_RE.exec(s)) {
			const [unitA, between, unitB] = m[2] ? [m[2], m[3]!, m[4]!] : [m[5]!, m[6]!, m[7]!];
			const end = m.index + m[0].length;
			const bAt = end - unitB.length;
			const aAt = bAt - between.length - unitA.length;
			const label = measureBefore(s, m.index);
			out.gap(aAt - m[1]!.length, aAt, label, unitA, 'number');
			out.gap(bAt - between.length, bAt, label, unitB, 'number');
		}
	},
	examples: {
		valid: ['平均用时6分40秒，全程3小时15分，全校 3 分 20 秒完成疏散，历时 7 小时 30 分。', '分秒必争，争分夺秒，每分每秒都不放松；满分100分，用秒表计时。', '用3个小时20分钟完成转移，用3小时分批撤离群众。', '全程用时5分08秒，历时分秒不差的接力。'],
		invalid: [
			'城区接警至到场平均用时⟦⟧分40秒，处置火灾历时7小时⟦⟧分，疏散演练用时2分⟦⟧秒。',
			'平均用时 ⟦**⟧ 分 40 秒，历时 ⟦__⟧ 小时 30 分，历时 7 小时⟦  ⟧分。', '最小行车间隔由⟦⟧分30秒压缩至2分⟦⟧秒。', '全员疏散用时⟦⟧分⟦⟧秒，管网抢修历时⟦⟧小时⟦⟧分。']
	}
};

/** 实行小时专人值守: a span of duty named by its hours, the figure before 小时 gone. */
const DUTY_RE = new RegExp(`(?<=[\\u4e00-\\u9fff，；、：,;])(?<![${escapeClass(CN_NUMERAL + HOURS_NOT_AFTER.chars)}])(小时|分钟)(?=${alt(DUTY_AFTER_HOURS.words)})`, 'g');

export const hoursOfDuty: CodeFrame = {
	id: 'hours-of-duty',
	description: '值守、服务的时长缺数字：实行小时专人值守',
	// 小 or 分 stands in the line (the engine's test), then the words.
	starts: '小分',
	applies: ({ s }) => s.includes('小时') || s.includes('分钟'),
	find({ s }, out) {
		DUTY_RE.lastIndex = 0;
		for (let m = DUTY_RE.exec(s); m; m = DUTY_RE.exec(s)) out.gap(m.index, m.index, measureBefore(s, m.index) || '时长', m[1]!, 'number');
	},
	examples: {
		valid: ['热线实行24小时专人值守，汛期坚持二十四小时值班。', '每小时巡查一次，按小时计费，打造半小时经济圈，推广小时工服务。'],
		invalid: ['服务热线实行⟦⟧小时专人值守，打造⟦⟧分钟便民生活圈。']
	}
};

/** 纪念五四运动周年: an anniversary with its number of years gone. */
const ANNIVERSARY_RE = new RegExp(`(?<=[\\u4e00-\\u9fff])(?<![${escapeClass(CN_NUMERAL + ANNIVERSARY_NOT_AFTER.chars)}])周年`, 'g');

export const anniversary: CodeFrame = {
	id: 'anniversary',
	description: '周年缺数字：纪念五四运动周年',
	starts: '周',
	applies: ({ s }) => s.includes('周年'),
	find({ s }, out) {
		ANNIVERSARY_RE.lastIndex = 0;
		for (let m = ANNIVERSARY_RE.exec(s); m; m = ANNIVERSARY_RE.exec(s)) out.gap(m.index, m.index, measureBefore(s, m.index) || '周年', '周年', 'number');
	},
	examples: {
		valid: ['纪念五四运动105周年，庆祝建校六十周年，每逢周年都举办校友会。', '周年庆典筹备有序，上周年终考核结束。'],
		invalid: ['纪念五四运动⟦⟧周年，隆重庆祝建院⟦⟧周年。']
	}
};

/** 原则上不超过个月, 建设周期约个月, 为期个月的: a span of months bounded or measured, its figure gone. */
export const monthSpan: PatternFrame = {
	id: 'month-span',
	description: '“不超过”“为期”之后缺月数：原则上不超过个月',
	pattern: { steps: [{ words: MONTH_SPAN_OPENERS }, { words: ['个月'] }], after: { any: [{ clauseEnd: true }, { chars: '的' }] } },
	report: [{ gap: { step: 1 }, label: { measureBefore: 0 }, unit: '个月', valueKind: 'number' }],
	examples: {
		valid: ['项目落地时间原则上不超过6个月，建设周期约18个月，开展为期3个月的集中整治。'],
		invalid: ['项目落地时间原则上不超过⟦⟧个月，建设周期约⟦⟧个月。', '开展为期⟦⟧个月的集中整治。']
	}
};

/** 全年下村天，下基层调研天: work counted in the days spent on it, the count gone before 天. */
export const daysSpent: PatternFrame = {
	id: 'days-spent',
	description: '下村、调研的天数缺失：全年下村天',
	pattern: { steps: [{ words: DAYS_SPENT_ON }, { words: ['天'], wholeWord: true }], after: { any: [{ clauseEnd: true }, { words: ['以外'] }] } },
	report: [{ gap: { step: 1 }, label: { textOf: 0 }, unit: '天', valueKind: 'number' }],
	examples: {
		valid: ['全年下村200天，下基层调研63天，驻村帮扶天天在岗。', '除外出学习3天以外全勤，除请假2天以外按时到岗。'],
		invalid: ['全年下村⟦⟧天，走访群众100户；下基层调研⟦⟧天，参加信访接待日12次。', '除请病假⟦⟧天以外全勤。']
	}
};

/**
 * 除外出天外: the days closing an exception (除…外). The segmenter reads 天外 as one word ("beyond
 * the sky"), so 天 is not a whole word here; 外 after it keeps 天天 and the like out.
 */
export const daysExcepted: PatternFrame = {
	id: 'days-excepted',
	description: '“除……外”里的天数缺失：除外出天外',
	pattern: { steps: [{ words: DAYS_SPENT_ON }, { words: ['天'] }], after: { words: ['外'] } },
	report: [{ gap: { step: 1 }, label: { textOf: 0 }, unit: '天', valueKind: 'number' }],
	examples: {
		valid: ['除外出学习3天外全勤，除阴雨天外坚持锻炼，驻村帮扶天天在岗。'],
		invalid: ['除因公外出⟦⟧天外，本学年未请过假；除请事假⟦⟧天外，按时到岗。']
	}
};

/** Where span-within (内) and span-after (后) look: one set of first characters for both. */
const SPAN_STARTS = '内后';
/** The units of a span a deadline is set within, longest first (个工作日 before 工作日 before 日). */
const WITHIN_UNITS = [...SPAN_WITHIN_UNITS.words].sort((a, b) => b.length - a.length);
/** Marks a span may open its clause after (，小时内报告). */
const CLAUSE_OPENERS = '，；：,;:';
const WITHIN_NO_FIGURE = CN_NUMERAL + MASK_CHARS + VAGUE_BEFORE_UNIT + SPAN_WITHIN_NOT_AFTER.chars;

/**
 * A deadline within a span, its length gone: 到任后个月内, 不能当场办的日内答复, 并在小时内报告.
 * A unit of time and 内 right after a word want the figure between (年内 is "within this year",
 * not read; 日内瓦 is a name).
 */
export const spanWithin: CodeFrame = {
	id: 'span-within',
	description: '期限的时长缺失：到任后个月内，不能当场办的日内答复',
	// Where 内 stands; the unit and what stands before it are read back from there (后 is span-after's).
	starts: SPAN_STARTS,
	find({ s, at, atCount }, out) {
		for (let a = 0; a < atCount; a++) {
			const n = at[a]!;
			if (s[n] !== '内' || s[n + 1] === '瓦') continue;
			// 今后年内, 未来年内: the years ahead (年内 alone is "within this year").
			if (s[n - 1] === '年') {
				if (YEARS_AHEAD.words.some((w) => s.endsWith(w, n - 1))) out.gap(n - 1, n - 1, measureBefore(s, n - 1) || '年限', '年', 'number');
				continue;
			}
			const unit = WITHIN_UNITS.find((u) => s.endsWith(u, n));
			if (unit === undefined) continue;
			const k = n - unit.length;
			const p = s[k - 1];
			// ，小时内书面报告: a span opening its clause is counted too (not 日 or 周: ，日内瓦, ，周内 of this week).
			// (、 too: 24小时内响应、天内答复 — counts6, session 15.)
			const opensClause = p !== undefined && (CLAUSE_OPENERS.includes(p) || p === '、') && unit !== '日' && unit !== '周';
			if (!opensClause && (!isHan(p) || WITHIN_NO_FIGURE.includes(p!))) continue;
			out.gap(k, k, measureBefore(s, k) || '时限', unit, 'number');
		}
	},
	examples: {
		valid: ['到任后3个月内走遍全镇，不能当场办的5日内答复，年内完成，半个月内，这个月内，本周内。', '，年内完成，周内办结；今后三年内，在年内。', '在日内瓦召开会议，24小时内响应，15个工作日内办结。'],
		invalid: ['到任后⟦⟧个月内走遍全镇行政村，不能当场办的⟦⟧日内答复，24小时内响应、⟦⟧天内办结。', '发现隐患的，一般问题在⟦⟧小时内整改到位。', '接到通知后，⟦⟧小时内到岗；今后⟦⟧年内不得参加评优。']
	}
};

const AFTER_UNITS = [...SPAN_AFTER_UNITS.words].sort((a, b) => b.length - a.length);
const AFTER_NO_FIGURE = WITHIN_NO_FIGURE + SPAN_AFTER_NOT_AFTER.chars;

/**
 * counts6 (session 15): a span after which something happened, its length gone — 患者天后康复出院,
 * 企业入驻个月后投产, 、天后复查. The unit starts a word of its own (not 今天|后, 青年|后备), a Han
 * character after 后 (not 天后宫: a name, read as a word by the segmenter).
 */
export const spanAfter: CodeFrame = {
	id: 'span-after',
	description: '“……后”的时长缺失：患者天后康复出院',
	// span-within's set of first characters (the engine keeps at most 32 sets): 后 read here, 内 there.
	starts: SPAN_STARTS,
	find({ s, at, atCount }, out) {
		for (let a = 0; a < atCount; a++) {
			const n = at[a]!;
			if (s[n] !== '后' || !isHan(s[n + 1]) || s[n + 1] === '宫') continue;
			const unit = AFTER_UNITS.find((u) => s.endsWith(u, n));
			if (unit === undefined) continue;
			const k = n - unit.length;
			const p = s[k - 1];
			const opensClause = p !== undefined && (CLAUSE_OPENERS.includes(p) || p === '、');
			if (!opensClause && (!isHan(p) || AFTER_NO_FIGURE.includes(p!))) continue;
			if (wordAt(s, k)[0] !== k) continue; // 今天|后, 青年|后备
			out.gap(k, k, measureBefore(s, k) || '时长', unit, 'number');
		}
	},
	examples: {
		valid: ['患者术后12天后康复出院，企业入驻3个月后投产；几天后复查，今天后续工作，青年后备干部，多年后回访，参观天后宫。'],
		invalid: ['开通了血管，患者⟦⟧天后康复出院；企业入驻⟦⟧个月后即投产。']
	}
};

const FROM_EVENT_UNITS = [...SPAN_FROM_EVENT_UNITS.words].sort((a, b) => b.length - a.length);
/** After a word of estimate every unit of a span is read (拿地后平均天即可开工). */
const FROM_EVENT_ESTIMATED_UNITS = [...new Set([...SPAN_FROM_EVENT_UNITS.words, ...SPAN_WITHIN_UNITS.words])].sort((a, b) => b.length - a.length);
const FROM_EVENT_ESTIMATES = [...SPAN_FROM_EVENT_ESTIMATES.words].sort((a, b) => b.length - a.length);

/**
 * counts8 (session 16): a span right after an event, its length gone — 接警后分钟到场, 保质期满后个月,
 * 拿地后平均天即可开工: 后 after a word, then a unit of a span (or a word of estimate and any
 * unit). The unit is a word of its own to the segmenter (not 最后|秒杀), and a span within
 * (接警后秒内) is span-within's.
 */
export const spanFromEvent: CodeFrame = {
	id: 'span-from-event',
	description: '“事件＋后”之后的时长缺失：接警后分钟到场，保质期满后个月',
	// span-within's set of first characters (the engine keeps at most 32 sets).
	starts: SPAN_STARTS,
	find({ s, at, atCount }, out) {
		for (let a = 0; a < atCount; a++) {
			const n = at[a]!;
			if (s[n] !== '后' || !isHan(s[n - 1]) || WITHIN_NO_FIGURE.includes(s[n - 1]!)) continue;
			let k = n + 1;
			const estimate = FROM_EVENT_ESTIMATES.find((w) => s.startsWith(w, k));
			if (estimate !== undefined) k += estimate.length;
			const unit = (estimate === undefined ? FROM_EVENT_UNITS : FROM_EVENT_ESTIMATED_UNITS).find((u) => s.startsWith(u, k));
			if (unit === undefined) continue;
			const e = k + unit.length;
			if (s[e] === '内' || (s[e] !== undefined && !isHan(s[e]) && !isClauseEnd(s[e]))) continue;
			// 最后秒杀, 秒表: 秒 opening a word.
			if (unit === '秒' && SECOND_WORD_TAILS.chars.includes(s[e] ?? '')) continue;
			const [ws, we] = wordAt(s, k);
			if (ws !== k || we > e) continue;
			out.gap(k, k, measureBefore(s, n + 1) || '时长', unit, 'number');
		}
	},
	examples: {
		valid: ['城区火灾接警后8分钟到场，产品保质期满后6个月，企业拿地后平均15天即可开工。', '最后秒杀环节，然后天气转晴，午后天气炎热，此后几个月。'],
		invalid: ['城区火灾接警后⟦⟧分钟到场，产品保质期满后⟦⟧个月，企业拿地后平均⟦⟧天即可开工。', '确保接警后⟦⟧秒内出动。']
	}
};

/**
 * 缩短秒, 减少分钟: a span of time changed by so much, the figure before its unit gone; 平均时长天,
 * 工期天: a span measured, likewise.
 */
const TIME_CHANGE_RE = new RegExp(
	`(?:${alt(TIME_CHANGE_VERBS.words)}|(?:${alt(SPAN_MEASURES.words)})(?:${alt(SPAN_STATISTICS.words)})?(?:平均|为|约|仅|仅为|只有)?)(?:了|约|近|至|到)?( *)(${alt([...TIME_CHANGE_UNITS.words].sort((a, b) => b.length - a.length))})(?=${END})`,
	'g'
);

export const timeChange: CodeFrame = {
	id: 'time-change',
	description: '时长变化缺数字：比上学期缩短秒，平均通话时长减少秒',
	// Where a unit of time closes the change (秒, 分钟, 小时, 工作日, 天, 个月).
	starts: '秒钟时日天月',
	find({ s }, out) {
		TIME_CHANGE_RE.lastIndex = 0;
		for (let m = TIME_CHANGE_RE.exec(s); m; m = TIME_CHANGE_RE.exec(s)) {
			// The unit the pattern matched (its group, longest first), not searched for again.
			const unit = m[2]!;
			const at = m.index + m[0].length - unit.length;
			out.gap(at - m[1]!.length, at, measureBefore(s, m.index), unit, 'number');
		}
	},
	examples: {
		valid: ['平均等待时间缩短了30秒，排队时长减少5分钟，审批提前3天完成。', '办事时间明显缩短，流程减少，提前天亮出发，会期延长到月底。', '开办平均时长2天，工期天数按合同执行，缩短办理时长。'],
		invalid: ['平均等待时间比上月缩短⟦⟧秒，每单办理时长减少⟦⟧分钟，项目工期提前⟦⟧天。', '平均接通时长由45秒缩短至⟦⟧秒，审批用时压缩到⟦⟧天。', '企业开办平均时长⟦⟧天，改造工程工期⟦⟧个月。', '窗口平均叫号等待时间⟦⟧分钟，首次响应时间⟦⟧秒。', '卒中患者入院至溶栓时间中位数⟦⟧分钟，住院时长均值⟦⟧天。']
	}
};

/** Units of time of two characters or more (学时, 课时, 个工作日): doubled, the first is a measure's name. */
const NAMED_TIME_UNITS = UNITS.filter((u) => u.kind === 'time' && u.text.length >= 2).map((u) => u.text);

/**
 * counts8 (session 16): a measure named by its own unit, the figure gone between them — 累计培训学时学时,
 * 其中实验学时学时: the unit written twice after a noun, closing the clause, no figure in it.
 */
export const spanNamedByUnit: CodeFrame = {
	id: 'span-named-by-unit',
	description: '以单位命名的时长指标缺数字：累计培训学时学时，其中实验学时学时',
	// time-change's set of first characters (the engine keeps at most 32 sets): where the unit ends.
	starts: '秒钟时日天月',
	find({ s, after, at, atCount }, out) {
		for (let a = 0; a < atCount; a++) {
			const e = at[a]! + 1;
			if (e === s.length ? after !== '' : !COUNT_CLOSE_MARKS.chars.includes(s[e]!)) continue;
			for (const u of NAMED_TIME_UNITS) {
				const b = e - u.length;
				if (!s.endsWith(u, e) || !s.endsWith(u, b) || !isHan(s[b - u.length - 1])) continue;
				let k = b - u.length;
				// No figure earlier in the clause (培训86学时学时 is another slip).
				while (k > 0 && !isClauseEnd(s[k - 1]) && !isDigit(s[k - 1])) k--;
				if (isDigit(s[k - 1])) break;
				out.gap(b, b, measureBefore(s, b), u, 'number');
				break;
			}
		}
	},
	examples: {
		valid: ['全年累计培训学时86学时，其中实践学时32学时。'],
		invalid: ['全年累计培训学时⟦⟧学时，其中实践学时⟦⟧学时。']
	}
};

/*
 * counts4 (session 13): 主装置连续运行天, 连续作战天, 坚持跟班早读天: an act done without a break is
 * measured by its span; a span's unit standing as a word of its own right after the act has lost
 * its figure. Code: the act is any short run of Han characters, read back from the unit.
 */
/** The longest act read between the opener and the span (无事故运行). */
const UNBROKEN_ACT_MAX = 5;
const UNBROKEN_UNITS = [...TIME_SPAN_UNITS.words].sort((a, b) => b.length - a.length);

function unbrokenSpanAt(s: string, o: number, opener: string, out: FrameOutput): void {
	const a = o + opener.length;
	if (UNBROKEN_VAGUE_AFTER.chars.includes(s[a] ?? '') || !isHan(s[a])) return;
	for (let e = a + 1; e < s.length && e - a <= UNBROKEN_ACT_MAX; e++) {
		const c = s[e - 1]!;
		if (!isHan(c) || (PARTICLES_AFTER_CLASSIFIER.chars.includes(c) && c !== '了') || UNBROKEN_VAGUE_AFTER.chars.includes(c)) return;
		const u = UNBROKEN_UNITS.find((w) => s.startsWith(w, e));
		if (u === undefined) continue;
		const [ws, we] = wordAt(s, e);
		// The unit is a word of its own (not 雨|天气, 高温|天气), the act a word or more before it, and the clause ends or says what was done in the span (就, 后).
		if (ws !== e || we > e + u.length || wordAt(s, e - 1)[1] !== e) continue;
		const next = s[e + u.length];
		if (next !== undefined && !isClauseEnd(next) && !UNBROKEN_SPAN_AFTER.chars.includes(next)) continue;
		out.gap(e, e, s.slice(o, e), u, 'number');
		return;
	}
}

export const unbrokenSpan: CodeFrame = {
	id: 'unbroken-span',
	description: '“连续、持续、坚持＋行为”之后的时长缺数字：主装置连续运行天，坚持跟班早读天',
	starts: UNBROKEN_ACT_OPENERS.words.map((w) => w[0]).join(''),
	applies: ({ s }) => UNBROKEN_ACT_OPENERS.words.some((w) => s.includes(w)),
	find({ s }, out) {
		for (const w of UNBROKEN_ACT_OPENERS.words) for (let o = s.indexOf(w); o >= 0; o = s.indexOf(w, o + w.length)) unbrokenSpanAt(s, o, w, out);
	},
	examples: {
		valid: ['主装置连续运行126天，坚持跟班早读180天。', '连续三年获评先进，连续多天降雨，持续高温天气。', '连续阴雨天气影响施工，坚持每天巡查。', '公司连续第五年获评先进，连续安全生产天数达到2000天。'],
		invalid: ['主装置连续安全运行⟦⟧天，创历史最好水平。', '全体干部连续奋战⟦⟧天，坚持跟班早读⟦⟧天。']
	}
};
