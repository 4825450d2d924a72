/**
 * Exceptions of frames as named groups: the words and characters around a frame's site that make
 * it prose rather than a figure left out. Each group says why and carries our own example (the
 * example is prose the frame must leave quiet). Frames name these groups in their patterns.
 */
import type { CharGroup, WordGroup } from './types';
import { CN_NUMERAL } from './words';

const chars = (c: string, why: string, example: string): CharGroup => ({ chars: c, why, example });
const words = (w: readonly string[], why: string, example: string): WordGroup => ({ words: w, why, example });

/** A Chinese numeral right before a unit or classifier: the number is written in characters. */
export const NUMERAL_BEFORE: CharGroup = chars(CN_NUMERAL, 'the figure is written in Chinese numerals', '荣获一等奖，为八十岁以上老人体检。');

// Prize grades (荣获等奖).
/** Characters before 等奖 that make it a named grade or another word (特等奖, 同等奖励, 优等). */
export const PRIZE_GRADE_NAMES: CharGroup = chars('特同优', 'a grade named by a word, not a numeral', '获得特等奖和优秀组织奖。');
/** Characters after 等奖 that make it a word (等奖项, 等奖励, 等奖品). */
export const PRIZE_AFTER: CharGroup = chars('项励品金杯章状牌', '等 closes a list before a noun starting with 奖', '颁发证书等奖品。');

// Age bounds (为辖区岁以上老人).
/** What follows an age when it bounds a group of people. */
export const AGE_BOUND_AFTER: WordGroup = words(['以上', '以下', '及以上'], 'an age bound', '为80岁以上老人发放补贴。');
/** Characters before 岁 that make it a phrase of age, not a bound with its figure gone (满周岁, 到岁). */
export const AGE_REACHED: CharGroup = chars('满到至', 'reaching an age (满周岁以上) names no figure', '满周岁以上的儿童按时接种。');

// Households and people (常住人口户人).
/** Characters before 户/批 that make it a word or a determiner (每户人, 农户人, 审批人). */
export const HOUSEHOLD_NOT_COUNT: CharGroup = chars('每这那该此各本农用住客散大审报获分', '户 or 批 is part of a word or follows a determiner', '每户人口不超过五人，由审批人签字。');
/** Marks that close a count of households and people. */
export const COUNT_CLOSE_MARKS: CharGroup = chars('，。；、,;）)', 'the count closes its clause', '涉及搬迁群众12户36人。');

// Spans of time (提前天完成).
/** Words opening a span of time whose length follows. */
export const TIME_SPAN_OPENERS: WordGroup = words(['提前', '每隔', '历时', '耗时', '用时'], 'a span of time follows', '项目提前20天完成。');
/** Units of a span of time. */
export const TIME_SPAN_UNITS: WordGroup = words(['天', '小时', '分钟', '个工作日'], 'units of a span of time', '历时3个工作日。');
/** Verbs of change that make 由 + a span the start of a change (由天缩短到天). */
export const CHANGE_FROM_VERBS: WordGroup = words(['缩短', '减少', '降', '压缩', '提高', '增加', '延长'], '由 opens the old value of a change', '审批时限由20天缩短到5天。');

// Months (自月份以来).
/** Characters before 月份 that open a date (于, 自, 从…): the month's number stands between. */
export const DATE_OPENERS_MONTH: CharGroup = chars('于自从在至到止', 'a date follows', '自8月份以来进展顺利。');
