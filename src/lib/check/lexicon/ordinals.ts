/**
 * Figures that number rather than measure: an ordinal (第3名, 第5巡察组), a streak (连续5年,
 * 二十连丰), a grade (电子病历五级), tenths (六成). The words around them, as named groups with
 * why and our own example (the example is filled prose the checker must leave quiet). Frames in
 * frames/ordinals.ts and frames/tenths.ts read them.
 */
import type { CharGroup, WordGroup } from './types';
import { CN_NUMERAL } from './words';

const chars = (c: string, why: string, example: string): CharGroup => ({ chars: c, why, example });
const words = (w: readonly string[], why: string, example: string): WordGroup => ({ words: w, why, example });

// Ordinals (第).
/** What 第 numbers when it ranks: 第名, 第位 (and 第 closing its clause: 排名第，). */
export const RANK_AFTER_ORDINAL: CharGroup = chars('名位', 'a rank', '荣获全县第2名，位列全市第3位。');
/**
 * What may follow the figure of 第 (Chinese numerals and the vague 几): 第 before any other Han
 * character numbers it with its figure gone (第年, 第巡察组, 第标段, 第层).
 */
export const ORDINAL_NUMERALS: CharGroup = chars(
	CN_NUMERAL + '壹贰叁肆伍陆柒捌玖拾佰仟某若',
	'the ordinal is written in Chinese numerals (formal ones too), or left vague on purpose (第某次, 第若干条)',
	'连续第八年入选，配合市委第三巡察组，合同第叁条约定违约责任，第某次会议由张某主持。'
);
/** Characters before 第 that make a word of it (次第, 府第, 门第, 及第, 落第, 等第): no ordinal. */
export const ORDINAL_WORD_HEADS: CharGroup = chars('次府宅门及落等甲', '第 ends a word', '各项工作次第展开，学业实行等第制评价。');
/** Words that open with 第 and are no ordinal: foreign names written with it. */
export const ORDINAL_NAME_TAILS: WordGroup = words(['纳尔', '比利斯', '聂伯'], '第 opens a transliterated name', '以美元和第纳尔结算的合同已全部履约。');

// Streaks (连续5年, 二十连丰).
/** Periods and rounds counted after 连续 (连续5年, 连续3期, 连续两届, 连续4次). */
export const STREAK_PERIODS: CharGroup = chars('年期届次轮天周', 'a period or round counted in a streak', '连续5年获评先进，连续3期位居前列，连续两届当选。');
/** Words that open with a period character after 连续: a noun, not the count of a streak. */
export const STREAK_PERIOD_WORDS: WordGroup = words(
	['年度', '年份', '年限', '年代', '年龄', '年级', '年终', '年末', '年底', '年初', '期间', '期限', '期刊', '期末', '次数', '次生', '天气', '天数', '天然', '周期', '周末', '周边', '轮岗', '轮换', '轮训', '轮流', '轮作', '届时'],
	'a noun opening with a period character',
	'连续年度考核优秀的干部优先提拔，连续天气晴好有利于施工，推广连续轮作模式。'
);
/** What a streak of years or games yields (二十连丰, 十连增, 五连冠), written N连X. */
export const STREAK_RESULTS: CharGroup = chars('丰增冠胜涨降升', 'the result a streak repeats', '粮食生产实现“二十连丰”，校队夺得5连冠。');
/** Verbs that state a streak's result (实现十连增, 夺得五连冠). */
export const STREAK_VERBS: WordGroup = words(['实现', '喜获', '夺得', '夺取', '取得', '获得', '迎来', '创下', '保持', '蝉联'], 'a streak stated as a result', '农民收入实现十连增，校队喜获三连冠。');

// Grades (电子病历五级评审).
/** Characters before 级 that make a word of it (省级, 星级, 等级, 高级, 上级, 年级, 千亿级). */
export const GRADE_WORD_HEADS: CharGroup = chars(
	'省市县区镇乡村国家部厅局处科校院园所站队组团班司门目统间域台星等层职品阶超顶高初中低同本上下各分降升晋越跨留跳评定年首次多逐特业界际甲乙丙丁亿万千百',
	'级 ends a word of rank, scope or scale (a body, a region or a level: 公司级, 部门级, 区域级)',
	'省级、市级和县级联动开展星级评定，方案通过公司级评审和部门级评审。'
);
/** What follows a grade: its assessment (五级评审, 三级测评, 四级甲等). */
export const GRADE_ASSESSMENTS: WordGroup = words(
	['评审', '评价', '测评', '评定', '评估', '认证', '达标', '甲等', '乙等'],
	'an assessment of a grade',
	'医院通过电子病历系统应用水平五级评审，互联互通测评达到四级甲等。'
);

// Tenths (六成).
/** Bounds and estimates before tenths (不低于六成, 超过九成, 约三成, 占四成). */
export const TENTHS_BOUNDS: WordGroup = words(
	['不低于', '不少于', '不超过', '不足', '超过', '高于', '低于', '达到', '约', '近', '占', '逾', '保持在', '稳定在', '控制在', '提高到', '提升到', '提高至', '提升至'],
	'a bound or an estimate on tenths',
	'制造业项目占比不低于六成，满意率超过九成，约三成农户参加培训。'
);
/** What may follow tenths whose figure is gone, besides the clause's end (成以上, 成左右, 成的). */
export const TENTHS_AFTER: WordGroup = words(['以上', '以下', '以内', '左右', '多', '的'], 'tenths closing a bound', '回款达到八成以上，约三成左右的农户参加了培训。');
