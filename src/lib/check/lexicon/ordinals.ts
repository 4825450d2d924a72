/**
 * Figures that number rather than measure: an ordinal (第3名, 第5巡察组), a rank moved (前移3位),
 * a streak (连续5年, 二十连丰), a grade (电子病历五级), tenths (六成, 下降约两成). The words around them, as named groups with
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

// Ranks moved (较上年前移3位).
/** Verbs that move a rank by so many places (前移3位, 上升2名, 后退1位). */
export const RANK_SHIFT_VERBS: WordGroup = words(
	['前移', '后移', '前进', '后退', '上升', '下降', '提升', '跃升', '上移', '下移', '进位'],
	'a rank moved by places',
	'综合考核排名全市第5位，较上年前移3位，全省排名上升2名。'
);
/** What names the rank a shift moves, earlier in its clause (排名, 位次, 较上年). */
export const RANK_SHIFT_CONTEXT: WordGroup = words(['排名', '位次', '名次', '排位', '位列', '较上年', '比上年', '较去年', '同比'], 'a rank or a comparison before the shift', '排名全市第5位，较上年前移3位。');

/** What a shift moves by: places (前移3位, 上升2个位次). 位次 alone is prose (提升位次). */
export const RANK_SHIFT_PLACES: WordGroup = words(['个位次', '个名次', '个位', '位', '名'], 'the places a rank moves by', '较上年前移3位，上升2个位次。');
/** Words earlier in a clause that make 前 + 位/名 a rank bound (排名保持全市前3位, 进入系统前5名). */
export const RANK_BOUND_CONTEXT: WordGroup = words(
	['排名', '名次', '位次', '位列', '位居', '进入', '跻身', '排在', '保持'],
	'a rank bound later in the clause',
	'督查工作排名保持全市前三位，进入全市分行系统前5名。'
);
/** Words after 班 that make it a word, not a class of a grade (班主任, 班子, 班级). */
export const CLASS_WORD_TAILS: WordGroup = words(['主任', '子', '级', '长', '组', '车', '次', '会'], '班 opens a word', '组织各班、班主任和班子成员参加培训。');

// Places in ranking lists (世界500强).
/** The field of a ranking list (世界500强, 中国民营企业500强 is read from 中国). */
export const RANKING_FIELDS: WordGroup = words(['世界', '全球', '中国', '全国'], 'the field of a ranking list', '引进世界500强企业2家，跻身全国百强县。');
/** What follows N强 of a ranking list: the ranked kind or the list itself (强企业, 强和, 强榜单). */
export const RANKING_AFTER: WordGroup = words(['企业', '公司', '和', '榜', '名单', '排行'], 'what a ranking list ranks', '引进世界500强企业2家，中国500强和行业龙头企业5家。');

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

/** Verbs of reaching a grade right before 级 and the clause's end (评价达到级。, 被评为级，): the grade's numeral is gone. */
export const GRADE_REACHED: WordGroup = words(['达到', '达', '评为', '被评为', '定为', '升为', '晋升为', '提升至', '提升到', '提高到', '提高至', '升至'], 'a grade reached', '电子病历系统应用水平评价达到5级。');

/** Verbs that rate something a grade (评为一等次, 定为二等级). */
export const GRADE_VERBS: WordGroup = words(['评为', '定为', '评定为', '获评', '确定为'], 'a grade given', '图书馆被评为优秀等次，档案工作被定为一等级。');
/** The grade's word after its number (一等次, 二等级, 三档次). */
export const GRADE_NAMES: WordGroup = words(['等次', '等级', '档次'], 'a grade named by its number', '图书馆被评为一等次。');

// Tenths (六成).
/**
 * Bounds before tenths (不低于六成, 超过九成, 达到八成). Not the one-character 约, 占, 近: common
 * characters as anchors cost every line a look, and tenths after them are rare in reports.
 */
export const TENTHS_BOUNDS: WordGroup = words(
	['不低于', '不少于', '不超过', '不足', '超过', '高于', '低于', '达到', '保持在', '稳定在', '控制在', '提高到', '提升到', '提高至', '提升至', '缩短', '压缩'],
	'a bound on tenths, or a cut by tenths (缩短三成; the verbs of change are read as well)',
	'制造业项目占比不低于六成，满意率超过九成，约三成农户参加培训。'
);
/** Estimates between a change and its tenths (下降约两成, 增长近五成, 提高超三成). */
export const TENTHS_ESTIMATES: WordGroup = words(['约', '近', '超', '逾', '将近', '接近'], 'an estimate of tenths', '学生近视率下降约两成，客流量增长近五成。');
/** What may follow tenths whose figure is gone, besides the clause's end (成以上, 成左右, 成的). */
export const TENTHS_AFTER: WordGroup = words(['以上', '以下', '以内', '左右', '多', '的'], 'tenths closing a bound', '回款达到八成以上，约三成左右的农户参加了培训。');
