/**
 * Tables computed from the lexicon, never kept in step by hand: the unit lists, classifier
 * strings and verb lists the frames and the mask scan read.
 */
import { UNITS } from './units';
import { CLASSIFIERS_TABLE, COUNT_COLLOCATIONS, COUNT_KINDS, COUNTED_KINDS } from './classifiers';
import { VERBS, COMPARISONS } from './verbs';
import { CLASSIFIER_END_WORDS, CLASSIFIER_HEAD_WORDS, CLASSIFIER_TAIL_WORDS } from './words';
import { CLASSIFIER_TAIL_PHRASES, COUNT_FRAME_ENDS, HAVE_COUNT_CLASSIFIERS, PEOPLE_COUNT_CLASSIFIERS } from './exceptions';
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
export const SIZE_UNITS: ReadonlySet<string> = new Set(UNITS.filter((u) => u.size).flatMap((u) => [u.text, ...(u.magnitudes?.split(' ') ?? []).map((m) => m + u.text)]));
/** Percent units. */
export const PERCENT_UNITS: ReadonlySet<string> = new Set(UNITS.filter((u) => u.kind === 'percent' && u.text !== '个基点').map((u) => u.text));

/** Every classifier character, in table order. */
export const CLASSIFIERS: string = CLASSIFIERS_TABLE.map((c) => c.char).join('');
/**
 * Every classifier the lexicon knows, where the count frames stop (one list of positions for all
 * of them): the classifier table's, the collocation table's (首, 部, 盒, read after their nouns only)
 * and the counted kinds' (幅, 段, 把, read after nouns of their kinds only). counts8 (session 16):
 * moved here from count-close, to take the kinds' in.
 */
export const COUNT_STARTS: string = [...new Set(CLASSIFIERS + COUNT_COLLOCATIONS.map((c) => c.classifier).join('') + COUNTED_KINDS.map((k) => k.classifiers).join(''))].join('');
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
/**
 * counts6 (session 15): the other classifiers of the classifier table that the collocation table
 * pairs with nouns (条|道路, 间|教室, 件|提案): after a frame they open a count only where one of
 * their nouns follows right after them (对条道路, 和间教室). Not 位: people are the people frames' (为位高龄老人).
 */
export const COLLOCATED_FRAME_CLASSIFIERS: string = [...new Set(COUNT_COLLOCATIONS.map((c) => c.classifier))].filter((c) => CLASSIFIERS.includes(c) && !FRAME_CLASSIFIERS.includes(c) && !PEOPLE_COUNT_CLASSIFIERS.chars.includes(c)).join('');
/** The classifiers count-after-frame reads besides the framed ones: those framed by their nouns, and those after 有. */
export const EXTRA_FRAME_CLASSIFIERS: string = [...new Set(COLLOCATED_FRAME_CLASSIFIERS + HAVE_COUNT_CLASSIFIERS.chars)].filter((c) => !FRAME_CLASSIFIERS.includes(c)).join('');

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

/*
 * ── counts (session 10): is this classifier the end of a word? ──
 * The one owner of the question for the count frames: the words of CLASSIFIER_END_WORDS,
 * CLASSIFIER_TAIL_WORDS and CLASSIFIER_TAIL_PHRASES, by their last character, longest first.
 * (Not PEOPLE_WORDS_IN_REN: 工人, 客人 also end counts of people, 教职工|人, 游客|人.)
 */
const END_WORDS_BY_LAST = new Map<number, string[]>();
/**
 * The count units of the unit table that end in a classifier character (剂次, 台次, 亩次, 台套): the
 * count stands before the whole unit (接种疫苗1200剂次), never between its characters — a word
 * ending at that classifier. Not the units a magnitude opens (万户: its own figure is gone before it).
 */
const COMPOUND_COUNT_UNITS_ENDING_IN_CLASSIFIER: readonly string[] = UNITS.filter(
	(u) => u.text.length >= 2 && (u.kind === 'count' || u.kind === 'people') && !'万亿千百十'.includes(u.text[0]!) && CLASSIFIERS_TABLE.some((c) => c.char === u.text[u.text.length - 1])
).map((u) => u.text);
for (const w of [...CLASSIFIER_END_WORDS.flatMap((g) => g.words), ...CLASSIFIER_TAIL_WORDS.flatMap((g) => g.words), ...CLASSIFIER_TAIL_PHRASES.words, ...COMPOUND_COUNT_UNITS_ENDING_IN_CLASSIFIER]) {
	if (w.length < 2) continue;
	const c = w.charCodeAt(w.length - 1);
	const list = END_WORDS_BY_LAST.get(c);
	if (list === undefined) END_WORDS_BY_LAST.set(c, [w]);
	else if (!list.includes(w)) list.push(w);
}
for (const list of END_WORDS_BY_LAST.values()) list.sort((a, b) => b.length - a.length);

/**
 * The length of the longest word of the lexicon's classifier-final words that ends with the
 * character at `i` of `s` (困难户 at 户: 3), or 0 when none does (the classifier may be a count).
 */
export function classifierWordEnding(s: string, i: number): number {
	const list = END_WORDS_BY_LAST.get(s.charCodeAt(i));
	if (list !== undefined) for (const w of list) if (s.endsWith(w, i + 1)) return overlapsCountedNoun(s, i, w.length) ? 0 : w.length;
	return 0;
}

/** The nouns each classifier counts (the collocation table), by the classifier's code. */
const COLLOCATED_BY_CODE = new Map<number, string[]>();
for (const c of COUNT_COLLOCATIONS) COLLOCATED_BY_CODE.set(c.classifier.charCodeAt(0), [...(COLLOCATED_BY_CODE.get(c.classifier.charCodeAt(0)) ?? []), ...c.nouns]);

/**
 * The word of length `n` ending at the classifier `i` starts inside a longer noun that the
 * classifier counts: 档案|卷 over 案卷, 客房|间 over 房间, 门店|家 over 店家, 货车|辆 over 车辆 —
 * a noun of the collocation table ends right before the classifier and starts before the word
 * (住宅楼|栋, not 村组、楼栋; 档案|卷, not 优秀案卷).
 */
function overlapsCountedNoun(s: string, i: number, n: number): boolean {
	const nouns = COLLOCATED_BY_CODE.get(s.charCodeAt(i));
	if (nouns !== undefined) for (const m of nouns) if (m.length > n - 1 && s.endsWith(m, i)) return true;
	return false;
}

/**
 * The heads of the lexicon's words ending in 户 (养殖, 困难, 用): before 户 they make one word
 * (quiet6: read by households-and-visits, 培训养殖户人次).
 */
export const HOUSEHOLD_WORD_HEADS: readonly string[] = CLASSIFIER_END_WORDS.flatMap((g) => g.words)
	.filter((w) => w.length >= 2 && w.endsWith('户'))
	.map((w) => w.slice(0, -1));

/** Per classifier code, the classifiers counting the same kind of thing (COUNT_KINDS), itself included. */
const KIND_OF = new Map<number, string>();
for (const g of COUNT_KINDS) for (const c of g.chars) KIND_OF.set(c.charCodeAt(0), g.chars);
/** Whether the classifiers coded `a` and `b` count the same kind of thing (the same classifier, or one group of COUNT_KINDS). */
export function sameCountKind(a: number, b: number): boolean {
	return a === b || (KIND_OF.get(a)?.includes(String.fromCharCode(b)) ?? false);
}
