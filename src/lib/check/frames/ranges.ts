/**
 * Ranges and pairs of figures with a figure gone: both ends of a range (安排专项资金—亿元, 每户
 * 补助—元不等), its second end after a unit (增长%～%, 稳定在5%—%区间), the old value of a change
 * (由元提高到元), the first figure of a pair (分别为小时和1.2小时, 分别达到元和元).
 */
import { ALL_UNITS, BOUND_CLASS_NOUNS, BOUND_UNITS, BOUND_WORDS, THRESHOLD_NOT_AFTER, THRESHOLD_UNITS, VAGUE_BEFORE_UNIT, MASK, LIST_COUNT_CLASSIFIERS, CLASSIFIERS, CLAUSE_BOUNDS, CN_NUMERAL, FROM_TO_VERBS, FROM_WORD_HEADS, LOOSE_SINGLE, PAIR_JOINERS, PAIR_OPENERS, RANGE_DASHES, RANGE_TIME_UNITS, SERVICE_LENGTH_ENDS, SIGNED_AFTER, STRONG_UNITS } from '../lexicon';
import { isHan } from '../text/chars';
import { escapeClass } from '../text/regex';
import { wordAt } from '../text/segment';
import { measureBefore } from '../text/measure';
import type { CodeFrame, Line, PatternFrame } from './types';
import { LC_DASH } from '../tagger/line-chars';
import { alt, END } from './shared';

/** The dashes as a character class body ('-' escaped: it would make a range there). */
const DASHES = escapeClass(RANGE_DASHES.chars);
const RANGE_RE = new RegExp(
	`(?:(?<=[\\u4e00-\\u9fff，,；;、])(?<![${CN_NUMERAL}年])[${DASHES.replace('\\-', '')}]{1,2}|(?<=每[\\u4e00-\\u9fff])至)(${alt(STRONG_UNITS)}|(?:${alt([...LOOSE_SINGLE, ...RANGE_TIME_UNITS.words])}|[${CLASSIFIERS}])(?=${END}|不等|左右|以[上下内]|奖|补|内|的|时间))`,
	'g'
);
/** The line holds a range's dash (RANGE_DASHES), as the engine's line bits already tell. */
const hasDash = (line: Line): boolean => (line.chars & LC_DASH) !== 0;
/** A dash or the word the frame reads besides (每, 至): the frame runs only on a line holding one (its `applies` then tells which). */
const DASH_OR = (word: string): string => RANGE_DASHES.chars + word;

/**
 * Both ends of a range typed with spaces around them and then deleted, the spaces left (保持在  至
 * 个月, 奖励  至  元之间): each end's spaces are its gap. After a word or a comma, before a unit.
 */
const SPACED_RANGE_RE = new RegExp(`(?<=[\\u4e00-\\u9fff，,])(?<![${CN_NUMERAL}年月日号])( {1,6})[至到~～]( {1,6})(?=${alt([...STRONG_UNITS, ...LOOSE_SINGLE, ...RANGE_TIME_UNITS.words])}|[${CLASSIFIERS}])`, 'g');

export const rangeWithoutFigures: CodeFrame = {
	id: 'range-without-figures',
	description: '范围的两端数字都缺失：安排资金—亿元，每户补助—元不等',
	starts: DASH_OR('每至到'),
	applies: (line) => hasDash(line) || line.s.includes('每') || line.s.includes('  至') || line.s.includes(' 至 ') || line.s.includes(' 到 '),
	find({ s }, out) {
		SPACED_RANGE_RE.lastIndex = 0;
		for (let m = SPACED_RANGE_RE.exec(s); m; m = SPACED_RANGE_RE.exec(s)) {
			const label = measureBefore(s, m.index);
			const second = m.index + m[1]!.length + 1;
			out.gap(m.index, second - 1, label, '', 'number');
			out.gap(second, second + m[2]!.length, label, '', 'number');
		}
		RANGE_RE.lastIndex = 0;
		for (let m = RANGE_RE.exec(s); m; m = RANGE_RE.exec(s)) {
			const unit = m[1]!;
			const dashEnd = m.index + m[0].length - unit.length;
			const label = measureBefore(s, m.index);
			const kind = unit === '%' ? 'percent' : 'number';
			out.gap(m.index, m.index, label, unit, kind);
			out.gap(dashEnd, dashEnd, label, unit, kind);
		}
	},
	examples: {
		valid: ['每户补助800—1200元不等，安排资金2—3亿元，每人每年600至800元，截至元旦已完成。', '详见附件—表格。', '疫情均在3—5天内得到控制，基金可支付6—8个月。', '计划投资三—五亿元，用时两—三年的时间。', '库存周期保持在 6 至 9 个月，奖励 500 至 2000 元，时间从 3 月 至 5 月。'],
		invalid: [
			'全年安排专项资金⟦⟧—⟦⟧亿元，每户补助⟦⟧—⟦⟧元不等，计划完成电网投资⟦⟧–⟦⟧亿元。',
			'库存周期保持在⟦  ⟧至⟦  ⟧个月的合理区间，对举报人奖励⟦  ⟧至⟦  ⟧元不等。',
			'为乡村医生发放定额补助每人每年⟦⟧至⟦⟧元，力争用⟦⟧—⟦⟧年时间完成改造，土地指标紧张，⟦⟧—⟦⟧亩的中小项目落地难；疫情均在⟦⟧—⟦⟧天内得到控制，累计结余可支付⟦⟧—⟦⟧个月。'
		]
	}
};

/** A unit, a dash and the same unit again: the range's second figure is gone (增长%～%). */
const SECOND_END_RE = new RegExp(`(${alt(STRONG_UNITS)})[${DASHES}至](?=${alt(STRONG_UNITS)})`, 'g');

export const rangeSecondEnd: CodeFrame = {
	id: 'range-second-end',
	description: '范围的后一端数字缺失：增长%～%，稳定在5%—%区间',
	starts: DASH_OR('至'),
	applies: (line) => hasDash(line) || line.s.includes('至'),
	find({ s }, out) {
		SECOND_END_RE.lastIndex = 0;
		for (let m = SECOND_END_RE.exec(s); m; m = SECOND_END_RE.exec(s)) {
			const unit = m[1]!;
			const end = m.index + m[0].length;
			if (!s.startsWith(unit, end)) continue; // the same unit closes the range
			// The range's first end: its figure, or where the unit frame reports it gone.
			let a = m.index;
			while (a > 0 && /[0-9.]/.test(s[a - 1]!)) a--;
			out.gap(end, end, measureBefore(s, a), unit, unit === '%' ? 'percent' : 'number');
		}
	},
	examples: {
		valid: ['力争利润总额增长5%～8%，优良天数比率稳定在85%—90%区间。', '时间安排：3月至5月。'],
		invalid: ['利润总额增长⟦⟧%～⟦⟧%，“三公”经费压减5%—⟦⟧%，营业收入增长⟦⟧%至⟦⟧%。']
	}
};

/** What a range's end is counted in: units, spans of time, classifiers (3—5年, 2至6名, 3～6个月). */
const END_UNIT = `(?:${alt([...STRONG_UNITS, ...LOOSE_SINGLE, ...RANGE_TIME_UNITS.words])}|[${CLASSIFIERS}])`;
/**
 * A figure, a dash and the unit (over spaces): the second end is gone (用3—年时间, 用 3— 年, 进修3～个月,
 * 选派2至名, | 1—月 |, a month's number only before 月). A '.' after a word is a half-width full stop
 * (企业142家.5—月), not a decimal point. A figure after a colon is a clock's minutes (22:00—次日6:00,
 * the full-width colon too: quiet6).
 */
const FIRST_ONLY_RE = new RegExp(`(?<![0-9:：])(?<![0-9]\\.)([0-9]+(?:\\.[0-9]+)?)([${DASHES}至])(?= *(?:${END_UNIT}|(月)))`, 'g');
/** A figure, its thousands grouped by spaces or not (3 000, 3000, 0.6). */
const FIGURE = '(?:[0-9]{1,3}(?: [0-9]{3})+|[0-9]+)(?:\\.[0-9]+)?';
/** Words between 由 and the old value (由上年的天缩短到). */
const FROM_BASES = ['上年的', '去年的', '上年度的', '年初的', '上学期的', '上季度的', '上月的', '原来的', '原'];
/**
 * One dash after a word, then a figure and its unit: the first end is gone (用—5年, 保持在-7.8之间).
 * A hyphen only before 之间 (增长-5% is a minus sign), never after a change (增长—5%).
 */
const SECOND_ONLY_RE = new RegExp(
	`(?<=(?:^|[\\u4e00-\\u9fff，,；;、。|]) *)(?<![${CN_NUMERAL}年月日号—${SIGNED_AFTER.chars}] *)(?:[${DASHES.replace('\\-', '')}](?![—])(?=${FIGURE} *(?:${END_UNIT}|月|之间))|-(?=${FIGURE}之间)|(?<=[在为])至(?=${FIGURE}${END_UNIT}))`,
	'g'
);

/** 每人每月—800元: a dash right after a per-unit base (每月, 每人), the range's first end gone. */
const PER_BASE_DASH_RE = new RegExp(`(?<=每[\\u4e00-\\u9fff])[${DASHES.replace('\\-', '')}](?![—])(?=${FIGURE} *${END_UNIT})`, 'g');

/** A figure and its unit, ending right before a dash: the range's first end is filled. */
const FILLED_END = new RegExp(`[0-9]${END_UNIT}$`);

/**
 * A unit with no figure before it, a dash or 至, then a figure and the same unit: the first end is
 * gone (给予元至5000元, 控制在%—8%, 扣减考核分至10分, 每村选派名至3名). Not after a magnitude or a numeral (3万元至5元 is no range of 元).
 */
const FIRST_END_RE = new RegExp(`(?<=[\\u4e00-\\u9fff])(?<![${CN_NUMERAL}万亿千百年月日号])(${alt([...STRONG_UNITS, ...RANGE_TIME_UNITS.words])}|[${CLASSIFIERS}])[${DASHES}至](?=${FIGURE}\\1)`, 'g');

export const rangeOneEnd: CodeFrame = {
	id: 'range-one-end',
	description: '范围的一端数字缺失：用3—年时间，进修—6个月',
	starts: DASH_OR('至'),
	applies: (line) => hasDash(line) || line.s.includes('至'),
	find({ s }, out) {
		FIRST_ONLY_RE.lastIndex = 0;
		for (let m = FIRST_ONLY_RE.exec(s); m; m = FIRST_ONLY_RE.exec(s)) {
			if (m[3] !== undefined && !(+m[1]! >= 1 && +m[1]! <= 12 && !m[1]!.includes('.'))) continue;
			const end = m.index + m[0].length;
			out.gap(end, end, measureBefore(s, m.index), '', 'number');
		}
		SECOND_ONLY_RE.lastIndex = 0;
		for (let m = SECOND_ONLY_RE.exec(s); m; m = SECOND_ONLY_RE.exec(s)) {
			// 300元—500元: the first end is there, with its unit.
			if (FILLED_END.test(s.slice(Math.max(0, m.index - 8), m.index).trimEnd())) continue;
			out.gap(m.index, m.index, measureBefore(s, m.index), '', 'number');
		}
		PER_BASE_DASH_RE.lastIndex = 0;
		for (let m = PER_BASE_DASH_RE.exec(s); m; m = PER_BASE_DASH_RE.exec(s)) out.gap(m.index, m.index, measureBefore(s, m.index), '', 'number');
		FIRST_END_RE.lastIndex = 0;
		for (let m = FIRST_END_RE.exec(s); m; m = FIRST_END_RE.exec(s)) out.gap(m.index, m.index, measureBefore(s, m.index), m[1]!, m[1] === '%' ? 'percent' : 'number');
	},
	examples: {
		valid: ['力争用3—5年时间建成，选派骨干进修3～6个月，每年选派2至6名青年党员。', '主要成效——3个方面。', '2021—2025年规划，pH值保持在6.5-7.8之间。', '截至2026年底，利润增长-5%，同比下降—3.2%，每月补助300元—500元，奖励3万元至5万元。', '每期 30—50 人，每月补助 300元 —500元，2021 —2025年。', '| 征缴阶段 | 9—12月 |', '夜间值守（22：00—次日6：00）由保安轮岗。'],
		invalid: ['对年度优秀作品给予⟦⟧元至5000元不等的奖励，力争用3—⟦⟧年时间建成，选派骨干进修⟦⟧～6个月，每年选派2至⟦⟧名青年党员，pH值保持在⟦⟧-7.8之间，可支付月数保持在⟦⟧至9个月。', '上半年各项工作取得成效。⟦⟧—6月，全县完成投资12亿元；每期 ⟦⟧—50 人；出厂水浊度稳定在⟦⟧～0.3NTU。', '| 征缴阶段 | ⟦⟧—12月 |', '视情节扣减考评⟦⟧分至10分，每村选派⟦⟧名至3名。']
	}
};

/** 由元提高到元: the old value of a change gone right after 由. */
export const changeFrom: PatternFrame = {
	id: 'change-from',
	description: '由……提高到……的原值缺失：每亩租金由元提高到800元',
	pattern: {
		steps: [{ words: ['由'] }, { words: FROM_BASES, optional: true }, { tag: 'space', optional: true }, { tag: 'unit', wholeWord: true }],
		after: { words: FROM_TO_VERBS, within: 8, stopAt: '，。；,;' }
	},
	// 由  %: the spaces left for the old value are the gap (as the unit frame reports them).
	report: [{ gap: { step: 2, edge: 'span' }, label: { measureBefore: 0 }, unit: { textOf: 3 }, valueKind: 'number' }],
	examples: {
		valid: ['每亩年租金由600元提高到800元。', '由元旦起调整公交票价。', '由万达集团投资建设。'],
		invalid: ['每亩年租金由⟦⟧元提高到⟦⟧元，人均补助由⟦⟧万元增至⟦⟧万元。']
	}
};

/** 由个增至67个: the old count of a change, its verb right after the classifier. */
export const changeFromCount: PatternFrame = {
	id: 'change-from-count',
	description: '由……增至……的原数缺失：小区由个增至67个',
	pattern: {
		steps: [{ words: ['由'] }, { words: FROM_BASES, optional: true }, { tag: 'space', optional: true }, { tag: 'classifier', wholeWord: true }],
		after: { words: FROM_TO_VERBS }
	},
	// 由  %: the spaces left for the old value are the gap (as the unit frame reports them).
	report: [{ gap: { step: 2, edge: 'span' }, label: { measureBefore: 0 }, unit: { textOf: 3 }, valueKind: 'number' }],
	examples: {
		valid: ['计量小区由上年的52个增至67个，由个人申请改为单位统一办理，由人社部门牵头提高待遇。'],
		invalid: ['分区计量小区由⟦⟧个增至67个，周转天数由上年的⟦⟧天缩短到78天，本科学历教师由上学期的⟦⟧人增加到28人，网格员由⟦ ⟧名充实到 126名。']
	}
};

/**
 * 由12人增加到人: the new value of a change gone, its unit or classifier closing the clause right
 * after the verb (and 到, 至 or 为) — the old value stands after 由 in the same clause.
 */
const CHANGE_TO_RE = new RegExp(`由[^，。；,;\\n]{0,14}?(?:${alt(FROM_TO_VERBS.words)})[到至为]? *(${alt(STRONG_UNITS)}|[${CLASSIFIERS}])(?=${END})`, 'g');

/** A code frame anchored on 由 (rare), not a pattern on the many verbs of change (common). */
export const changeTo: CodeFrame = {
	id: 'change-to',
	description: '由……增加到……的新值缺失：教师由12人增加到人',
	starts: '由',
	find({ s }, out) {
		CHANGE_TO_RE.lastIndex = 0;
		for (let m = CHANGE_TO_RE.exec(s); m; m = CHANGE_TO_RE.exec(s)) {
			const unit = m[1]!;
			const at = m.index + m[0].length - unit.length;
			let from = at;
			while (s[from - 1] === ' ') from--; // 增长到  万元: the spaces left for the figure
			out.gap(from, at, measureBefore(s, m.index), unit, unit === '%' ? 'percent' : 'number');
		}
	},
	examples: {
		valid: ['本科学历教师由上学期的12人增加到28人，法人户数由86户减至64户。', '由街道牵头增加人手，由此提高人员素质。'],
		invalid: ['本科学历教师由上学期的12人增加到⟦⟧人，法人户数由86户减至⟦⟧户，网格员由 96名充实到⟦ ⟧名。', '人均补助由800元提高到⟦⟧元；']
	}
};

/**
 * A change whose figure is gone where no unit marks it: its old value right after 由 (容积率由提高到1.6)
 * or after a per-unit base (节拍由每台分钟缩短至21分钟), its new value before the clause ends
 * (由1.2提高到；). A code frame anchored on 由, like change-to.
 */
const VERB_TO = `(?:${alt(FROM_TO_VERBS.words)})[到至]`;
const BARE_FROM_RE = new RegExp(`(?<![${FROM_WORD_HEADS.chars}])由(?:每[\\u4e00-\\u9fff](?=${END_UNIT}[^，。；,;]{0,8}?(?:${alt(FROM_TO_VERBS.words)}))|( *)(?=${VERB_TO}))`, 'g');
// A clause mark, not the line's end: 缩短到⏎小时 carries its unit on the next line.
const BARE_TO_RE = new RegExp(`(?<![${FROM_WORD_HEADS.chars}])由[^，。；,;\\n]{0,14}?${VERB_TO}( *)(?=[，。；,;])`, 'g');

export const changeBare: CodeFrame = {
	id: 'change-bare',
	description: '由……提高到……缺少不带单位的数字：容积率由提高到1.6，由1.2提高到；',
	starts: '由',
	find({ s }, out) {
		BARE_FROM_RE.lastIndex = 0;
		for (let m = BARE_FROM_RE.exec(s); m; m = BARE_FROM_RE.exec(s)) {
			const end = m.index + m[0].length;
			out.gap(m[1] === undefined ? end : m.index + 1, end, measureBefore(s, m.index), '', 'number');
		}
		BARE_TO_RE.lastIndex = 0;
		for (let m = BARE_TO_RE.exec(s); m; m = BARE_TO_RE.exec(s)) {
			const end = m.index + m[0].length;
			out.gap(end - m[1]!.length, end, measureBefore(s, m.index), '', 'number');
		}
	},
	examples: {
		valid: ['平均容积率由1.2提高到1.6，装配线节拍由每台26分钟缩短至21分钟，由街道牵头提高服务水平。', '平均修复时间由上年的9小时缩短到\n5小时，夜间最小流量下降。'],
		invalid: ['平均容积率由⟦⟧提高到1.6；由1.2提高到⟦⟧；装配线节拍由每台⟦⟧分钟缩短至21分钟。']
	}
};

/** 分别为小时和1.2小时: the first figure of a pair gone right after 分别为. */
export const pairFirst: PatternFrame = {
	id: 'pair-first',
	description: '“分别为……和……”的第一个数字缺失：通关时间分别为小时和1.2小时',
	pattern: {
		steps: [{ words: PAIR_OPENERS }, { tag: 'unit' }],
		after: { chars: PAIR_JOINERS }
	},
	report: [{ gap: { step: 1 }, label: { measureBefore: 0 }, unit: { textOf: 1 }, valueKind: 'number' }],
	examples: {
		valid: ['进出口整体通关时间分别为12.5小时和1.2小时。', '城乡居民人均可支配收入分别达到46800元和21300元。'],
		invalid: ['进口、出口整体通关时间分别为⟦⟧小时和1.2小时，城乡居民收入分别达到⟦⟧元和⟦⟧元。']
	}
};

/**
 * A bound opening its clause, or after a length of service, with its figure gone: ，岁以下青年教师,
 * ；分以上学生, 账龄年以上的. Nothing but a figure can stand there (after a noun, 辖区岁以上 is the
 * age frame's); 以下三个方面, 分以下3个阶段 name a list, not a bound (600分以上57人 is one).
 */
// Anchored on the bound word (literals the engine scans for); the unit and what opens it are read back in code.
const BOUND_RE = new RegExp(`(?:${alt(BOUND_WORDS.words)})`, 'g');
/** The bound's units, longest first (周岁 before 岁, 分钟 before 分). */
const BOUND_UNITS_LONGEST = [...BOUND_UNITS.words].sort((a, b) => b.length - a.length);
const BOUND_OPENING = CLAUSE_BOUNDS.chars + SERVICE_LENGTH_ENDS.chars;
const UNIT_LAST = BOUND_UNITS.words.map((u) => u[u.length - 1]).join('');
/** After the bound: a list (以下三个方面, 分以下3个阶段), not a bound (600分以上57人 is one). */
const LIST_AFTER_BOUND = new RegExp(`^(?:[${escapeClass(CN_NUMERAL)}]|[0-9]+ *[${escapeClass(LIST_COUNT_CLASSIFIERS.chars)}])`);

/** The characters a bound's unit starts with: the engine skips lines holding none of them. */
const BOUND_UNIT_STARTS = [...new Set(BOUND_UNITS.words.map((w) => w[0]!))].join('');

export const boundWithoutFigure: CodeFrame = {
	id: 'bound-without-figure',
	description: '分句开头的界限缺数字：，岁以下青年教师，账龄年以上',
	starts: BOUND_UNIT_STARTS,
	applies: ({ s }) => s.includes('以'),
	find({ s }, out) {
		BOUND_RE.lastIndex = 0;
		for (let m = BOUND_RE.exec(s); m; m = BOUND_RE.exec(s)) {
			const bound = m.index;
			if (!UNIT_LAST.includes(s[bound - 1] ?? '')) continue; // most bounds follow a figure's unit of another kind
			const unit = BOUND_UNITS_LONGEST.find((u) => s.endsWith(u, bound));
			if (unit === undefined) continue;
			const at = bound - unit.length;
			let from = at;
			while (from > 0 && s[from - 1] === ' ') from--;
			if (from === 0 || !BOUND_OPENING.includes(s[from - 1]!)) continue;
			const end = m.index + m[0].length;
			if (LIST_AFTER_BOUND.test(s.slice(end, end + 6))) continue;
			out.gap(from, at, s.slice(at, end), unit, 'number');
		}
	},
	examples: {
		valid: ['实施青蓝工程，35岁以下青年教师结对；600分以上学生204人，账龄1年以上的近千万元。', '以上情况属实，分以下三个阶段推进，分以下3个步骤实施，岁末年初走访慰问。'],
		invalid: ['实施青蓝工程，⟦⟧岁以下青年教师结对；⟦⟧分以上学生204人；⟦⟧分以上57人。', '应收账款仍然偏高，账龄⟦⟧年以上的近千万元，⟦⟧分钟以上延误事件控制在3起以内。']
	}
};

/** The threshold's units, longest first (万元 before 元, 个工作日 before 工作日). */
const THRESHOLD_LONGEST = [...THRESHOLD_UNITS.words].sort((a, b) => b.length - a.length);
const THRESHOLD_UNIT_LAST = [...new Set(THRESHOLD_UNITS.words.map((u) => u[u.length - 1]!))].join('');
/** The magnitudes a unit of the table may open with (万吨, 亿千瓦时). */
const MAGNITUDE_HEADS = '万亿千百十';
const [SHANG, XIA, NEI, JI] = ['上', '下', '内', '及'].map((c) => c.charCodeAt(0)) as [number, number, number, number];
/** Before the unit: a numeral, a vague word, a mask or a determiner leaves no figure out (千万元以上, 超万元, 每年以下). */
const NO_FIGURE_BEFORE = CN_NUMERAL + VAGUE_BEFORE_UNIT + MASK + THRESHOLD_NOT_AFTER.chars;

/**
 * A threshold after a word, its figure gone: 单笔万元以上的经费, 价值元以上的礼品, 考核得分在分以上,
 * 逾期天以上的账款. A unit and 以上 right after a word that is no numeral want the figure between
 * (亿元以上项目 stays a tier: 亿 is the figure there). The unit starts a word of its own (部分以上,
 * 青年以下 are words), and 以下 opening a list (分以下三个阶段) is no bound.
 */
export const boundAfterWord: CodeFrame = {
	id: 'bound-after-word',
	description: '界限前的数字缺失：单笔万元以上的经费，价值元以上的礼品，得分在分以上',
	// Where 以 stands (a rare character: the engine's positions); the bound word and the unit are read around it.
	starts: '以',
	find(line, out) {
		const { s } = line;
		for (let a = 0; a < line.atCount; a++) {
			const y = line.at[a]!;
			const c = s.charCodeAt(y + 1);
			if (c !== SHANG && c !== XIA && c !== NEI) continue;
			const bound = s.charCodeAt(y - 1) === JI ? y - 1 : y;
			if (!THRESHOLD_UNIT_LAST.includes(s[bound - 1] ?? '')) continue;
			const tail = THRESHOLD_LONGEST.find((u) => s.endsWith(u, bound));
			if (tail === undefined) continue;
			// 35蒸吨以下, 10平方公里以上: the threshold's unit ends a longer unit of the unit table, whose figure stands before it all
			// (not a magnitude's: 万吨以上 stays a tier, as 亿元以上 does) (quiet6).
			const unit = ALL_UNITS.find((u) => u.length > tail.length && u.endsWith(tail) && !MAGNITUDE_HEADS.includes(u[0]!) && s.endsWith(u, bound)) ?? tail;
			const at = bound - unit.length;
			let from = at;
			while (from > 0 && s[from - 1] === ' ') from--;
			const p = s[from - 1];
			// After a word, or opening a clause or a list item (、万元以上的物资采购).
			if (p === undefined || (isHan(p) ? NO_FIGURE_BEFORE.includes(p) : !CLAUSE_BOUNDS.chars.includes(p))) continue;
			const end = y + 2;
			if (LIST_AFTER_BOUND.test(s.slice(end, end + 6))) continue;
			// 车险万元以下案件: 万 or 亿 alone, then a class of things (quiet5, session 14).
			if ((unit[0] === '万' || unit[0] === '亿') && BOUND_CLASS_NOUNS.words.some((w) => s.startsWith(w, end))) continue;
			if (wordAt(s, at)[0] !== at) continue;
			out.gap(from, at, measureBefore(s, from), unit, 'number');
		}
	},
	examples: {
		valid: ['单笔5万元以上的经费开支集体研究，新签约亿元以上项目12个，其中千万元以上项目6个。', '城区20蒸吨以下燃气锅炉完成低氮改造。', '财产险万元以下案件当日结案。', '考核得分在90分以上的为优秀，大部分以上，每年以下达任务为准，县级以上表彰。'],
		invalid: ['单笔⟦⟧万元以上的经费开支、⟦⟧万元以上的物资采购须集体研究。', '考核得分在⟦⟧分以上的为优秀，价值⟦⟧元以上的礼品一律登记，逾期⟦⟧天以上的账款仍有⟦⟧万元。', '城区⟦⟧蒸吨以下燃气锅炉完成低氮改造。']
	}
};
