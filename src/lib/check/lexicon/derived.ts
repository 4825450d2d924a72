/**
 * Tables computed from the lexicon, never kept in step by hand: the unit lists, classifier
 * strings and verb lists the frames and the mask scan read.
 */
import { UNITS } from './units';
import { CLASSIFIERS_TABLE } from './classifiers';
import { VERBS, COMPARISONS } from './verbs';
import { CLASSIFIER_HEAD_WORDS, CLASSIFIER_TAIL_WORDS } from './words';
import { COUNT_FRAME_ENDS } from './exceptions';
import type { VerbRole } from './types';

const byLength = (xs: string[]) => xs.sort((a, b) => b.length - a.length);

/**
 * Units that, right after text with no number, mean the number is gone — strong and loose
 * ones, longest first, so an alternation picks 万千瓦时 before 千瓦时 and 个百分点 before 百分点.
 */
export const STRONG_UNITS: readonly string[] = byLength(UNITS.filter((u) => u.gap !== 'figure-only' && !u.bare).map((u) => u.text));
/** Every unit in the table, longest first (what may follow a figure or a mask). */
export const ALL_UNITS: readonly string[] = byLength(UNITS.map((u) => u.text));
/** Units recognised only after a figure or a mask (十万元), longest first. */
export const FIGURE_ONLY_UNITS: readonly string[] = byLength(UNITS.filter((u) => u.gap === 'figure-only').map((u) => u.text));
/** Loose single characters (元, 亩): units only when standing alone as a word. */
export const LOOSE_SINGLE: ReadonlySet<string> = new Set(UNITS.filter((u) => u.gap === 'loose' && u.single).map((u) => u.text));
/** Loose counts that are also plain nouns (产品批次, 保证课时): treated like classifiers. */
export const LOOSE_COUNTS: ReadonlySet<string> = new Set(UNITS.filter((u) => u.gap === 'loose' && !u.single).map((u) => u.text));
/** Units of size: a product of two figures before them (3×4米) is a size. */
export const SIZE_UNITS: ReadonlySet<string> = new Set(UNITS.filter((u) => u.size).map((u) => u.text));
/** Percent units. */
export const PERCENT_UNITS: ReadonlySet<string> = new Set(UNITS.filter((u) => u.kind === 'percent' && u.text !== '个基点').map((u) => u.text));

/** Every classifier character, in table order. */
export const CLASSIFIERS: string = CLASSIFIERS_TABLE.map((c) => c.char).join('');
/** What each particular classifier counts: the character before it must be one of these. */
export const CLASSIFIER_BEFORE: Readonly<Record<string, string>> = Object.fromEntries(
	CLASSIFIERS_TABLE.filter((c) => c.counts !== undefined).map((c) => [c.char, c.counts!])
);
/** Characters before a classifier that make it a noun suffix (结构件). */
export const CLASSIFIER_NOT_AFTER: Readonly<Record<string, string>> = Object.fromEntries(
	CLASSIFIERS_TABLE.filter((c) => c.notAfter !== undefined).map((c) => [c.char, c.notAfter!])
);
/** Classifiers read as a count before a noun after a counting verb (not 覆盖面, 支持). */
export const ATTR_CLASSIFIERS: string = CLASSIFIERS_TABLE.filter((c) => !c.opensWords).map((c) => c.char).join('');
/** Classifiers that make a masked token a number (not xx支队, XX门诊, xx分局). */
export const MASK_CLASSIFIERS: string = CLASSIFIERS_TABLE.filter((c) => !c.opensNames).map((c) => c.char).join('');
/** Classifiers that open a count right after a list, an area or a target (，个党支部). */
export const FRAME_CLASSIFIERS: string = CLASSIFIERS_TABLE.filter((c) => c.framed).map((c) => c.char).join('');

const verbsWith = (role: VerbRole) => [...new Set(VERBS.filter((v) => v.roles.includes(role)).map((v) => v.text))];
/** Verbs of change that demand a figure after them. */
export const CHANGE_VERBS: readonly string[] = verbsWith('change');
/** The core verbs of change: measured after a figure even without 同比. */
export const CORE_CHANGE_VERBS: readonly string[] = verbsWith('change-core');
/** Words right before a verb of change that make it a measured change (同比增长). */
export const CHANGE_PREFIXES: readonly string[] = COMPARISONS.map((c) => c.text);
/** Verbs that open a count. */
export const COUNTING_VERBS: readonly string[] = verbsWith('counting');
/** Verbs that open a count right before a classifier: the counting verbs and some more. */
export const CLASSIFIER_VERBS: readonly string[] = [...COUNTING_VERBS, ...verbsWith('classifier')];
/** Verbs that stand right before a figure. */
export const QUANTITY_VERBS: readonly string[] = verbsWith('quantity');
/**
 * Last characters of the quantity verbs (and 了 after them): a cheap test before the verb
 * regex. 达 and 低 stay in from an older list (达 of 高达, 低 of 最低): they only widen a test.
 */
export const QUANTITY_VERB_LAST: string = [...new Set([...QUANTITY_VERBS.map((v) => v[v.length - 1]!), '了', '低', '达'])].join('');

/** Classifier tail words (立项, 名次) and head words (家庭, 人员) as flat lists. */
export const CLASSIFIER_WORDS: readonly string[] = CLASSIFIER_TAIL_WORDS.flatMap((g) => g.words);
export const CLASSIFIER_HEAD_SET: ReadonlySet<string> = new Set(CLASSIFIER_HEAD_WORDS.flatMap((g) => g.words));

/** Last characters of the count frames (，个, 全县个, 为户): a cheap site test before the frame's regex. */
export const COUNT_FRAME_END_CHARS: string = [...new Set(COUNT_FRAME_ENDS.words.map((w) => w[w.length - 1]!))].join('');
