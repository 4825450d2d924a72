/**
 * Dates with their month, day or year gone: 于月日开工, 自月份以来, 20xx年月建成, 年月日 after
 * a year that is itself gone.
 */
import {
	BIRTH_DATE_LABELS,
	DATE_OPENERS_DAY,
	DAY_RANGE_MARKS,
	DATE_OPENERS_MONTH,
	DAY_WORD_TAILS,
	DEADLINE_OPENERS,
	MONTH_PLAN_OPENERS,
	MASK,
	MONTH_LIST_JOINS,
	MONTH_NUMERALS,
	MONTH_CLAUSE_DEADLINES,
	MONTH_CLAUSE_EVENTS,
	MONTH_DEADLINE_PARTS,
	MONTH_WORKS_EVENTS,
	MONTH_PARTS,
	MONTH_RANGE_AFTER,
	MONTH_RANGE_BEFORE,
	MONTH_WORD_HEADS,
	MONTH_WORD_TAILS,
	MONTHLY_ROUTINE,
	RANGE_DASHES,
	RELATIVE_YEAR_HEADS,
	YU_WORD_HEADS
} from '../lexicon';
import { isCnNumeral, isDigit, isHan } from '../text/chars';
import type { CodeFrame, PatternFrame } from './types';
import { LC_DASH } from '../tagger/line-chars';
import { escapeClass } from '../text/regex';

const DATE_RE = new RegExp(`月( *)(日|号)(?![${DAY_WORD_TAILS.chars}])`, 'g');
const BIRTH_LABEL = new RegExp(`(?:${BIRTH_DATE_LABELS.words.join('|')})年$`);

/**
 * Whether a month's number ends at `end` (2026年12月日, 二〇二六年十二月日, x月日): the date has
 * only its day gone. Digits make a month of 1 to 12; a mask stands for the number.
 */
function monthNumberBefore(s: string, end: number): boolean {
	let i = end;
	while (i > 0 && isDigit(s[i - 1])) i--;
	// 1.5月 is no month; 秒.8 月 (a half-width full stop) is.
	if (i < end) return end - i <= 2 && +s.slice(i, end) >= 1 && +s.slice(i, end) <= 12 && !(i > 1 && s[i - 1] === '.' && isDigit(s[i - 2]));
	while (i > 0 && MONTH_NUMERALS.chars.includes(s[i - 1]!)) i--;
	if (i < end) return end - i <= 3;
	return MASK.includes(s[end - 1] ?? '') || s[end - 1] === '○';
}
/**
 * 于月日, 2026年12月日, 做好月日强降雨应对: a code frame, because what it reports depends on what
 * stands before 月 — a month's number (only the day is gone), a word or an opener (month and
 * day), or a year itself gone, read back over spaces (year, month and day).
 */
export const monthAndDay: CodeFrame = {
	id: 'month-and-day',
	description: '日期的月、日（及年）缺失：于月日通过验收',
	starts: '月',
	find({ s }, out) {
		DATE_RE.lastIndex = 0;
		for (let m = DATE_RE.exec(s); m; m = DATE_RE.exec(s)) {
			let mStart = m.index;
			while (mStart > 0 && s[mStart - 1] === ' ') mStart--;
			const monthSpaces = m.index - mStart;
			const before = s[mStart - 1];
			const monthAt = mStart;
			const dayAt = m.index + 1;
			// 2026年12月日 (a signing date), 于3月日前: the month is there, only the day is gone.
			if (before !== undefined && monthNumberBefore(s, mStart)) {
				out.date(dayAt, dayAt + m[1]!.length, 'day');
				continue;
			}
			// 做好月日强降雨应对, 处置开发区月日突发事件: a date naming an event, after any word
			// but one that 月 ends (岁月, 个月).
			const afterWord = isHan(before) && !isCnNumeral(before) && !MONTH_WORD_HEADS.chars.includes(before!);
			if (before !== undefined && !afterWord && !DATE_OPENERS_DAY.chars.includes(before)) continue;
			// A line that starts with 月日 is a heading fragment, not a date — unless a range or a
			// clause follows it (月日至20日，).
			const follows = s[m.index + m[0].length];
			if (before === undefined && monthSpaces === 0 && !(follows !== undefined && (DAY_RANGE_MARKS.chars.includes(follows) || follows === '，'))) continue;
			if (BIRTH_LABEL.test(s.slice(Math.max(0, mStart - 3), mStart))) continue;
			// 每月日前报送: a monthly deadline, only its day is gone.
			if (before === '每') {
				if (monthSpaces === 0) out.date(dayAt, dayAt + m[1]!.length, 'day');
				continue;
			}
			if (before === '年') {
				const q = mStart - 1;
				let r = q;
				while (r > 0 && s[r - 1] === ' ') r--;
				const y = s[r - 1];
				// 每年月日前, 今年月日: the year is named (every year, this one), only month and day are gone.
				const named = r === q && y !== undefined && (y === '每' || RELATIVE_YEAR_HEADS.chars.includes(y));
				if (!named && !isDigit(y) && !isCnNumeral(y) && !(y !== undefined && MASK.includes(y))) {
					if (r < q) out.date(r, q, 'year');
					else if (y === undefined || isHan(y) || /[\p{P}]/u.test(y)) out.date(q, q, 'year');
				}
			}
			out.date(monthAt, monthAt + monthSpaces, 'month');
			out.date(dayAt, dayAt + m[1]!.length, 'day');
		}
	},
	examples: {
		valid: [
			'学校于5月12日顺利通过省级验收。',
			'出生年月日：',
			'每月5日前报送进度，5月1日—5月7日开展演练。',
			'县水务局\n2026年12月28日',
			'12月日均接待游客3000人次，全年日常巡查不断线。',
			'工期延长1.5月日均投入200人。',
			'在岁月日积月累中成长，蜜月日程已排满。'
		],
		invalid: [
			'学校于⟦⟧月⟦⟧日顺利通过省级验收。',
			'汛期物资全部到位；⟦⟧月⟦⟧日—⟦⟧月⟦⟧日开展演练，每月⟦⟧日前报送进度。',
			'⟦⟧月⟦⟧日至20日，我局组织专场招聘会。',
			'县水务局\n2026年12月⟦⟧日',
			'县老干部局\n二〇二六年十二月⟦⟧日',
			'力争在3月⟦⟧日前完成全部验收。',
			'用时52秒.8 月⟦   ⟧日凌晨接警出动。',
			'全力做好⟦⟧月⟦⟧日强降雨应对，妥善处置开发区⟦⟧月⟦⟧日突发停电事件。',
			'每年⟦⟧月⟦⟧日前报送个人事项，今年⟦⟧月⟦⟧日前完成。'
		]
	}
};

/** 自月份以来, 于月份完成: a month with its number gone. */
export const monthOnly: PatternFrame = {
	id: 'month-only',
	description: '月份缺失：自月份以来',
	// 预计月份试生产: a plan's deadline (预计, 力争) names the month too.
	pattern: { steps: [{ words: ['月份'] }], before: { any: [{ chars: DATE_OPENERS_MONTH }, { words: MONTH_PLAN_OPENERS }] } },
	report: [{ date: { step: 0 }, part: 'month' }],
	examples: {
		valid: ['8月份以来进展顺利，预计9月份试运行，计划月份与实际月份一致。'],
		invalid: ['自⟦⟧月份以来，项目进展顺利。', '二期厂房预计⟦⟧月份竣工，力争⟦⟧月份投产。']
	}
};

/**
 * 于月开工, 于月底前: a month gone after 于 before something other than 日 (于月日 is month-and-day's).
 * Only after 于 itself (截至月底 is prose for "by the end of this month"; 由于, 对于 end in 于).
 * A code frame for speed: 于月 is common in reports whose dates are filled in or gone (于月日),
 * and a regex tells them apart without tagging the line.
 */
const MONTH_GAP_RE = new RegExp(`于月(?![${MONTH_WORD_TAILS.chars}])`, 'g');
const MONTHLY = new RegExp(`(?:${MONTHLY_ROUTINE.words.join('|')})`);

export const monthGap: CodeFrame = {
	id: 'month-gap',
	description: '于之后缺月份：于月开工，于月底前完成',
	starts: '月',
	applies: ({ s }) => s.includes('于月'),
	find({ s }, out) {
		MONTH_GAP_RE.lastIndex = 0;
		for (let m = MONTH_GAP_RE.exec(s); m; m = MONTH_GAP_RE.exec(s)) {
			const at = m.index + 1;
			// 由于月初降雨, 对于月度考核: 于 inside a word, not the 于 of a date.
			if (YU_WORD_HEADS.chars.includes(s[m.index - 1] ?? '')) continue;
			// 每月于月初下达任务: a monthly routine, where 月初 is "the start of the month".
			if (MONTHLY.test(s.slice(Math.max(0, s.lastIndexOf('。', at) + 1), at))) continue;
			out.date(at, at, 'month');
		}
	},
	examples: {
		valid: ['在月初召开调度会，截至月底已全部完成。', '由于月初连续降雨，工期有所推迟。', '每月于月初下达任务，按月度考核。'],
		invalid: ['新厂房于⟦⟧月开工建设，力争于⟦⟧月底前完工。']
	}
};

/** 20xx年月建成, 今年月接受验收: a month gone after a year written in figures or masks, or named by this one. */
export const monthAfterYear: PatternFrame = {
	id: 'month-after-year',
	description: '某年之后缺月份：20xx年月建成，今年月接受验收',
	pattern: {
		steps: [{ chars: '年' }, { words: ['月'] }],
		before: { any: [{ chars: `0123456789${MASK}○` }, { chars: RELATIVE_YEAR_HEADS }] },
		after: { notChars: MONTH_WORD_TAILS }
	},
	report: [{ date: { step: 1 }, part: 'month' }],
	examples: {
		valid: ['2026年5月建成投用，2026年月度考核全部达标，今年月均客流3万人次。', '去年6月启动，今年3月完工。'],
		invalid: ['园区污水处理厂于2026年⟦⟧月建成投用。', '20⟦××⟧年⟦⟧月参加工作。', '幼儿园今年⟦⟧月接受了市教育局的督导评估。']
	}
};

/**
 * 月17日凌晨, 出现在⏎月29日: a month gone before a day written in figures, after anything but a
 * month's number (8 月 17 日 is filled) or a word 月 ends (本月17日, 次月5日, 每月20日). A code
 * frame for speed: 月 is everywhere in reports, and a regex finds 月 + day without tagging a line.
 */
const MONTH_BEFORE_DAY_RE = /月 *([0-9]{1,2}) *[日号]/g;
const CLOCK_AFTER = /^[0-9]{1,2}[:：时点]/;
const NOT_BEFORE_DAY_MONTH = `0123456789○${MASK}${MONTH_NUMERALS.chars}${MONTH_WORD_HEADS.chars}`;

export const monthBeforeDay: CodeFrame = {
	id: 'month-before-day',
	description: '日期缺月份：月17日凌晨',
	starts: '月',
	find({ s }, out) {
		MONTH_BEFORE_DAY_RE.lastIndex = 0;
		for (let m = MONTH_BEFORE_DAY_RE.exec(s); m; m = MONTH_BEFORE_DAY_RE.exec(s)) {
			const day = +m[1]!;
			// 月24日7:30鸣枪: a clock time may follow the day.
			if (day < 1 || day > 31 || (isDigit(s[m.index + m[0].length]) && !CLOCK_AFTER.test(s.slice(m.index + m[0].length, m.index + m[0].length + 3)))) continue;
			let i = m.index;
			while (i > 0 && (s[i - 1] === ' ' || s[i - 1] === '\t')) i--;
			if (i > 0 && NOT_BEFORE_DAY_MONTH.includes(s[i - 1]!)) continue;
			out.date(m.index, m.index, 'month');
		}
	},
	examples: {
		valid: ['8 月 17 日凌晨接警，本月17日召开会议，次月5日前报送，每月20日前上报。', '二〇二六年十二月28日'],
		invalid: ['用时52秒。⟦⟧月17日凌晨接警出动。', '日最高供水量⟦⟧万立方米，出现在\n⟦⟧月29日。', '| 城市马拉松 | ⟦⟧月24日7:30鸣枪 |']
	}
};

/**
 * 月至3月日均门诊量, ；月—9月: a month gone at the head of a span whose other end is there, after
 * anything but a month's number or a word 月 ends (次月至3月, 上月至今 has no figure after it).
 */
const MONTH_SPAN_RE = new RegExp(`月(?= *[${escapeClass(RANGE_DASHES.chars)}至到] *(?:[1-9]|1[0-2]) *月)`, 'g');

export const monthOpeningSpan: CodeFrame = {
	id: 'month-opening-span',
	description: '时间段的起始月份缺失：月至3月',
	starts: '月',
	find({ s }, out) {
		MONTH_SPAN_RE.lastIndex = 0;
		for (let m = MONTH_SPAN_RE.exec(s); m; m = MONTH_SPAN_RE.exec(s)) {
			let i = m.index;
			while (i > 0 && (s[i - 1] === ' ' || s[i - 1] === '\t')) i--;
			if (i > 0 && NOT_BEFORE_DAY_MONTH.includes(s[i - 1]!)) continue;
			out.date(m.index, m.index, 'month');
		}
	},
	examples: {
		valid: ['1月至3月日均门诊量超过500人次，次月至3月继续推进，上月至今接待来访86人次，每月至少检查一次。', '二〇二六年十二月至2月'],
		invalid: ['流感高峰：⟦⟧月至3月日均门诊量超过500人次。', '⟦⟧月至11月，法庭共受理各类案件312件；⟦⟧月—9月落实汛期值班。']
	}
};

/**
 * 于  月开工, 在  月底前完成, 20XX 年  月起任: the month's number left as the spaces it was typed
 * between, after a word that opens a date or a year. 年  月  日 is month-and-day's (a signing date),
 * 年  月 10 日 month-before-day's.
 */
const MONTH_SPACED_RE = new RegExp(`(?<=[${DATE_OPENERS_MONTH.chars}年])( +)月(?![${MONTH_WORD_TAILS.chars}])(?! *[0-9]* *[日号])`, 'g');

export const monthSpaced: CodeFrame = {
	id: 'month-spaced',
	description: '月份只留了空格：于  月开工建设',
	starts: '月',
	applies: ({ s }) => s.includes(' 月'),
	find({ s }, out) {
		MONTH_SPACED_RE.lastIndex = 0;
		for (let m = MONTH_SPACED_RE.exec(s); m; m = MONTH_SPACED_RE.exec(s)) out.date(m.index, m.index + m[1]!.length, 'month');
	},
	examples: {
		valid: ['产业园项目已于 5 月开工建设，在 11 月底前完成，2019 年 3 月起任局长。', '于 2026 年完成，按月度统计。'],
		invalid: ['产业园项目已于⟦  ⟧月开工建设，审核验收按时在⟦  ⟧月底前完成，本人2019 年⟦  ⟧月起任局长。', '承诺人：刘志强\n2025 年  ⟦⟧月 10 日']
	}
};

/**
 * ；—月集中开展, 。— 月组织: a span of months opening its clause with both months gone, a single
 * dash (not the —— of a break in the sentence) between them.
 */
// Anchored on the dash (the regex starts with a character, not a look-behind, so the engine scans
// for it); what stands before the dash is read in code.
const MONTH_RANGE_GONE_RE = new RegExp(`[—–~]( *)月(?![${MONTH_WORD_TAILS.chars}])`, 'g');
const CLAUSE_OPENING = '，。；：、,;:（(';

export const monthRangeGone: CodeFrame = {
	id: 'month-range-gone',
	description: '时间段的两个月份都缺失：—月集中开展',
	// A dash or ~ on the line (the engine's one pass tells; the test below then reads the line's bits).
	starts: `${RANGE_DASHES.chars}~`,
	applies: (line) => (line.chars & LC_DASH) !== 0 || line.s.includes('~'),
	find({ s }, out) {
		MONTH_RANGE_GONE_RE.lastIndex = 0;
		for (let m = MONTH_RANGE_GONE_RE.exec(s); m; m = MONTH_RANGE_GONE_RE.exec(s)) {
			let i = m.index;
			while (i > 0 && s[i - 1] === ' ') i--;
			if (i > 0 && !CLAUSE_OPENING.includes(s[i - 1]!)) continue;
			if (s[m.index - 1] === '—') continue; // ——: a break in the sentence, not a range
			const after = m.index + 1;
			out.date(m.index, m.index, 'month');
			out.date(after, after + m[1]!.length, 'month');
		}
	},
	examples: {
		valid: ['办理时限压缩至5天。3—5月集中开展整治，——月度考核全部达标。', '主要做法——月月有主题。'],
		invalid: ['办理时限压缩至5天。⟦⟧—⟦ ⟧月集中开展整治；⟦⟧—⟦⟧月组织两轮百日大会战。']
	}
};

/**
 * 新院区月底前投入使用, 二是月中旬前完成: a month's deadline after a word, its number gone (本月底前,
 * 次月中旬 name the month by a word 月 ends).
 */
const MONTH_DEADLINE_RE = new RegExp(`月(?=${MONTH_DEADLINE_PARTS.words.join('|')})`, 'g');
/** What stands before 月 when it is a word's tail or a numbered month: no month is gone after it. */
const NOT_BEFORE_DEADLINE = `${MONTH_WORD_HEADS.chars}${MONTH_NUMERALS.chars}〇零两几数`;

export const monthDeadlineAfterWord: CodeFrame = {
	id: 'month-deadline-after-word',
	description: '词语之后的期限缺月份：新院区月底前投入使用',
	starts: '月',
	find({ s }, out) {
		MONTH_DEADLINE_RE.lastIndex = 0;
		for (let m = MONTH_DEADLINE_RE.exec(s); m; m = MONTH_DEADLINE_RE.exec(s)) {
			const b = s[m.index - 1];
			if (isHan(b) && !NOT_BEFORE_DEADLINE.includes(b!)) out.date(m.index, m.index, 'month');
		}
	},
	examples: {
		valid: ['新院区10月底前投入使用，本月底前完成验收，次月中旬开学，每月中旬召开调度会，上月底前已全部完成。'],
		invalid: ['县人民医院新院区⟦⟧月底前投入使用；二是⟦⟧月底前完成发展任务，三是⟦⟧月中旬前召开代表大会。']
	}
};

/**
 * 改扩建工程月建成通车, ，月组织开展: a month gone before the event it dates — works after any word
 * but one 月 ends (当月投产, 隔月召开), any event where the month opens its clause or line (a
 * campaign month, 安全生产月开展, has its name before 月).
 */
const NOT_BEFORE_EVENT_MONTH = `${MONTH_WORD_HEADS.chars}${MONTH_NUMERALS.chars}${MASK}〇零两几数`;
/** 月份 dates an event as 月 does (项目月份开工建设). */
const MONTH_EVENT_RE = new RegExp(`月份?(?:(${MONTH_WORKS_EVENTS.words.join('|')})|${MONTH_CLAUSE_EVENTS.words.join('|')})`, 'g');
const EVENT_CLAUSE_OPENING = '，；。：,;:';

export const monthBeforeEvent: CodeFrame = {
	id: 'month-before-event',
	description: '事件前面缺月份：改扩建工程月建成通车',
	starts: '月',
	find({ s }, out) {
		MONTH_EVENT_RE.lastIndex = 0;
		for (let m = MONTH_EVENT_RE.exec(s); m; m = MONTH_EVENT_RE.exec(s)) {
			const b = s[m.index - 1];
			// 在月举行: a date opener (在, 于, 自) before the month, whatever event follows.
			const opens = b === undefined || EVENT_CLAUSE_OPENING.includes(b) || DATE_OPENERS_MONTH.chars.includes(b);
			const afterWord = m[1] !== undefined && isHan(b) && !NOT_BEFORE_EVENT_MONTH.includes(b!);
			if (opens || afterWord) out.date(m.index, m.index, 'month');
			MONTH_EVENT_RE.lastIndex = m.index + 1;
		}
	},
	examples: {
		valid: ['国道改扩建工程10月建成通车，隔月召开调度会，当月投产见效，历经数月建成投用。', '冷链物流中心8月份开工建设，本月份投产，同月份启动。', '安全生产月开展应急演练，举办消防宣传月启动仪式，按月组织考核。'],
		invalid: ['确保国道改扩建工程⟦⟧月建成通车；⟦⟧月组织开展税收宣传月活动。', '⟦⟧月启动全员培训。', '高二年级在⟦⟧月举行的期中联考中表现突出。', '冷链物流中心⟦⟧月份开工建设，⟦⟧月份启动招商。']
	}
};

/** 8月12日—日: the second day of a range gone. */
export const dayInRange: PatternFrame = {
	id: 'day-in-range',
	description: '日期段里缺日：8月12日—日',
	// (After 月 too: 7月日至日, the first day gone as well, found by month-and-day.)
	pattern: { steps: [{ chars: '日号' }, { chars: DAY_RANGE_MARKS }, { chars: '日号' }], before: { chars: `0123456789${MASK}月` } },
	report: [{ date: { step: 2 }, part: 'day' }],
	examples: {
		valid: ['8月12日—18日集中开展，5日至7日复查。'],
		invalid: ['| 邀请赛 | 8月12日-⟦⟧日 | 16支队伍 |', '于3月5日至⟦⟧日集中开展。', '特别是在7月⟦⟧日至⟦⟧日的持续高温期间。']
	}
};

/**
 * counts6 (session 15): 3月至月，, 5月—月开展: the second month of a range gone, the first one's
 * number standing (not 3月至月底: the end of that month; not 月份, 月度: words 月 opens).
 */
export const monthRangeEnd: PatternFrame = {
	id: 'month-range-end',
	description: '月份段里缺第二个月份：3月至月，',
	pattern: {
		steps: [{ chars: '月' }, { chars: DAY_RANGE_MARKS }, { chars: '月' }],
		before: { chars: `0123456789${MONTH_NUMERALS.chars}` },
		after: { notChars: `${MONTH_WORD_TAILS.chars}底末初中上下` }
	},
	report: [{ date: { step: 2 }, part: 'month' }],
	examples: {
		valid: ['今年3月至5月在省人民医院进修，10月—12月集中整治，6月至月底完成验收。'],
		invalid: ['今年3月至⟦⟧月，我在省人民医院进修；10月—⟦⟧月集中整治。']
	}
};

/** Marks a month's number may stand before (3月和月召开): the number of the month before, then a conjunction. */
const MONTH_LIST_BEFORE: readonly string[] = [...`0123456789${MONTH_NUMERALS.chars}${MASK}`].flatMap((n) => MONTH_LIST_JOINS.chars.split('').map((j) => `${n}月${j}`));

/** 3月和月召开, 5月、月: the second month of a list gone. */
export const monthInList: PatternFrame = {
	id: 'month-in-list',
	description: '并列的月份缺一个：3月和月召开',
	pattern: { steps: [{ words: ['月'] }], before: { words: MONTH_LIST_BEFORE }, after: { notChars: MONTH_WORD_TAILS } },
	report: [{ date: { step: 0 }, part: 'month' }],
	examples: {
		valid: ['执委会于3月和9月召开两次全体会议，5月、6月月度考核全部达标。'],
		invalid: ['执委会于3月和⟦⟧月召开两次全体会议。']
	}
};

/** A month gone inside a range: 第一阶段（月—月）, 月—月. */
export const monthInRange: PatternFrame = {
	id: 'month-in-range',
	description: '时间段里缺月份：（月—月）',
	pattern: { steps: [{ words: ['月'] }], before: { chars: MONTH_RANGE_BEFORE }, after: { chars: MONTH_RANGE_AFTER } },
	report: [{ date: { step: 0 }, part: 'month' }],
	examples: {
		valid: ['第一阶段（3月—5月）完成摸底。'],
		invalid: ['第一阶段（⟦⟧月—⟦⟧月）完成摸底。']
	}
};

/**
 * counts5 (session 14): an as-of date naming no month before a comma (截至月底，全区参保…): the
 * month is gone. Run on into the clause (截至月底已完成八成) it is prose for "by this month's end".
 */
export const monthAsOf: PatternFrame = {
	id: 'month-as-of',
	description: '截至某月底缺月份：截至月底，已全部办结',
	pattern: { steps: [{ words: ['截至', '截止', '截止到', '截至到'] }, { words: ['月'], capture: true }], after: { words: ['底，', '底,', '末，', '末,'] } },
	report: [{ date: { step: 1 }, part: 'month' }],
	examples: {
		valid: ['截至10月底，已全部办结；截至月底已完成八成。'],
		invalid: ['截至⟦⟧月底，交办的建议已全部办结。', '截止⟦⟧月末, 全镇参保率达到98%。']
	}
};

/** A month gone in a plan's deadline: 预计月底前, 力争月中旬. */
export const monthInDeadline: PatternFrame = {
	id: 'month-in-deadline',
	description: '计划期限里缺月份：预计月底前',
	pattern: { steps: [{ words: ['月'] }], before: { words: DEADLINE_OPENERS }, after: { words: MONTH_PARTS } },
	report: [{ date: { step: 0 }, part: 'month' }],
	examples: {
		valid: ['预计10月底前竣工；截至月底已完成八成。'],
		invalid: ['预计⟦⟧月底前竣工，力争⟦⟧月中旬投产，力争在⟦⟧月份前新开两条线路。']
	}
};

/** A month gone where it opens a clause as a deadline or a start: ；月底前完成, ，月起试行. */
export const monthOpeningClause: PatternFrame = {
	id: 'month-opening-clause',
	description: '分句开头的期限缺月份：；月底前完成，月起试行',
	pattern: { steps: [{ words: ['月'] }], before: { chars: '，；,;' }, after: { words: MONTH_CLAUSE_DEADLINES } },
	report: [{ date: { step: 0 }, part: 'month' }],
	examples: {
		valid: ['；10月底前完成全部改造，截至月底已完成八成，每月前三天报送，次月起按新标准执行。'],
		invalid: ['推进系统二期建设，⟦⟧月底前全面上线；⟦⟧月起试行中央厨房，⟦⟧月份前完成新一代系统切换。']
	}
};

/** A month alone in a table cell (| 月 |). */
export const monthInCell: PatternFrame = {
	id: 'month-in-cell',
	description: '表格单元格里缺月份：| 月 |',
	// | 月底前 |: a part of the month after it, the cell a deadline.
	pattern: { steps: [{ words: ['月'] }], before: { chars: '|', pastSpaces: true }, after: { any: [{ chars: '|', pastSpaces: true }, { words: MONTH_PARTS }] } },
	report: [{ date: { step: 0 }, part: 'month' }],
	examples: {
		valid: ['| 完成时限 | 6月 |', '| 月度 | 6月底前 |'],
		invalid: ['| 完成时限 | ⟦⟧月 |', '| 李明 | ⟦⟧月底前 | 完成 |']
	}
};
