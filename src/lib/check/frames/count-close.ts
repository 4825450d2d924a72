/**
 * A count that closes its clause with its figure gone: the classifier right before a comma or
 * 、 (举办对接会期，订阅报刊种；存栏头、出栏头；分别为人、人). unit-without-figure reads the
 * commonest of these (企业家；, 隐患处，); this frame reads what it leaves, in three ways:
 *
 * - a **list**: the item before or after (across 、) ends in the same classifier (一等奖3项、二等奖项,
 *   开设选修课门、门、门, 转入人、转出人): a list of counts, so each bare classifier is a gap;
 * - a **verb**: a counting or quantity verb opens the clause (举办…对接会期, 订阅报刊种) or
 *   stands right before the classifier (分别为人、) and no figure stands in between;
 * and in both only where the classifier is not a word's last character (市场, 车辆, 平台 are
 * words to the segmenter) unless the classifier counts what stands before it (会期 of 对接会, the
 * classifier table's `counts`).
 *
 * Code, not a pattern: it reads the clause back to its start and the neighbouring list item,
 * and asks the segmenter whether the classifier is glued to the character before it.
 */
import {
	CLASSIFIER_BEFORE,
	CLASSIFIER_HEAD_SET,
	COUNT_STARTS,
	CLASSIFIER_NOT_AFTER,
	CLASSIFIER_VERBS,
	CLASSIFIER_WORDS,
	CLASSIFIERS,
	CLASSIFIER_HEAD_SPLIT,
	CLASSIFIER_TAIL_PHRASES,
	CLAUSE_BOUNDS,
	CN_NUMERAL,
	COUNT_COLLOCATIONS,
	COUNT_ESTIMATES,
	PEOPLE_SERVICES,
	PEOPLE_WORDS_IN_REN,
	CREDENTIAL_NOUNS,
	CREDENTIAL_VERBS,
	ENTREPRENEUR_PEOPLE,
	LEXICAL_COUNT_WORDS,
	SURPLUS_WORD_HEADS,
	TOTAL_BEFORE_COUNT,
	PEOPLE_OBJECT_VERBS_GROUP,
	CHANGE_TO_COUNT,
	TIMES_COMPOUND_CLASSIFIERS,
	VERBS,
	COUNT_CLOSE_MARKS,
	GLUED_EVENT_COUNTS,
	GLUED_NOUN_COUNTS,
	MEETING_NAME_ENDS,
	MASK,
	PRIZE_WIN_VERBS,
	PROSE_BEFORE_CLASSIFIER,
	QUANTITY_VERBS,
	QUOTE_CLOSE_MARKS,
	RANK_BOUND_WORDS,
	TITLE_CLOSE_MARKS,
	VAGUE_BEFORE_UNIT,
	AMOUNT_NOT_MEASURE,
	DE_COUNT_CLASSIFIERS,
	COUNT_PREDICATE_ADVERBS,
	DESCRIBED_HAVE_CLASSIFIERS,
	NOT_SIBLING_MARKS,
	NOUNS_ENDING_LIKE_PARTICLES,
	NUMBER_MEASURE_HEADS,
	classifierWordEnding,
	sameCountKind,
	OFFICE_TITLES,
	HOTLINE_NOUNS,
	JIN_WORD_HEADS,
	MEAN_HEADS,
	PRIZE_COUNT_CLASSIFIERS,
	CHANGE_PREFIXES,
	CHANGE_VERBS,
	RATE_GOAL_OPENERS,
	RATE_NAME_ENDINGS,
	RATE_NOT_FIGURE,
	RATE_VALUE_MARKS,
	RATE_VERBS,
	UNIT_BY_TEXT
} from '../lexicon';
import { charTable, isCnNumeral } from '../text/chars';
import { wordAt } from '../text/segment';
import { measureBefore } from '../text/measure';
import type { CodeFrame, FrameOutput } from './types';

const IS_CLASSIFIER = charTable(CLASSIFIERS);
/** Verbs of works and making (更换, 创作): they open a count closing its clause, in this frame only. */
const WORKS_VERBS = VERBS.filter((v) => v.roles.includes('works')).map((v) => v.text);
/** The classifiers of the collocation table that the classifier table leaves out (首, 部, 盒, 组): read only after their nouns. */
const COLLOCATION_ONLY = charTable([...new Set(COUNT_COLLOCATIONS.map((c) => c.classifier))].filter((c) => !CLASSIFIERS.includes(c)).join(''));
/** The classifiers this frame reads: the table's and those read only after their nouns (not the counted kinds': count-of-kind's). */
const IS_READ = charTable(CLASSIFIERS + COUNT_COLLOCATIONS.map((c) => c.classifier).join(''));
/** The nouns each classifier counts (the collocation table), by the classifier's code, longest first. */
const COLLOCATED = new Map<number, string[]>();
for (const c of COUNT_COLLOCATIONS) {
	const code = c.classifier.charCodeAt(0);
	COLLOCATED.set(code, [...(COLLOCATED.get(code) ?? []), ...c.nouns].sort((a, b) => b.length - a.length));
}
const PEOPLE_OBJECT_VERBS = PEOPLE_OBJECT_VERBS_GROUP.words;
const TOTALS = [...TOTAL_BEFORE_COUNT.words].sort((a, b) => b.length - a.length);
/** Totals read right before any classifier (not 共有: 共有人 is a co-owner). */
const TOTALS_ALONE = TOTALS.filter((w) => w !== '共有');
const IS_SURPLUS_HEAD = charTable(SURPLUS_WORD_HEADS.chars);
const IS_ITEM_MARK = charTable('，；、,;');
const CHANGE_TO = [...CHANGE_TO_COUNT.words].sort((a, b) => b.length - a.length);
const IS_TIMES_COMPOUND = charTable(TIMES_COMPOUND_CLASSIFIERS.chars);
/** Pairs of counts whose second figure is gone after the first's (4260户人, 23种例, 12支人). */
const IS_PAIR_FIRST = charTable('户支种批类件');
const IS_PAIR_SECOND = charTable('人名例户');
const CLOSES = charTable(COUNT_CLOSE_MARKS.chars);
const BOUND = charTable(CLAUSE_BOUNDS.chars);
const IS_TITLE_CLOSE = charTable(TITLE_CLOSE_MARKS.chars);
const IS_QUOTE_CLOSE = charTable(QUOTE_CLOSE_MARKS.chars);
const IS_MEETING_END = charTable(MEETING_NAME_ENDS.chars);
/** Characters before a classifier that make it no bare count: numerals, masks, vague words, particles. */
const NOT_PLAIN = charTable(CN_NUMERAL + MASK + VAGUE_BEFORE_UNIT + PROSE_BEFORE_CLASSIFIER.chars);
/** Mask characters that write a figure (all but _, a line left for text), and Chinese numerals. */
const IS_FIGURE_MASK = charTable(MASK.replace('_', ''));
const IS_CN_NUMERAL = charTable(CN_NUMERAL);
const REN = '人'.charCodeAt(0);
const MING = '名'.charCodeAt(0);
const DE = '的'.charCodeAt(0);
const GE = '个'.charCodeAt(0);
const LE = '了'.charCodeAt(0);
const DENG = '等'.charCodeAt(0);

/**
 * Two characters as one number (first × 65536 + second): pairs tested without making a string.
 * (A Han character read as `s[i]` is a new string each time: V8 caches one-byte characters only.)
 */
const pairKey = (a: number, b: number) => a * 65536 + b;
const pairsOf = (words: Iterable<string>) => {
	const set = new Set<number>();
	for (const w of words) if (w.length === 2) set.add(pairKey(w.charCodeAt(0), w.charCodeAt(1)));
	return set;
};
const charPairs = (table: Readonly<Record<string, string>>) =>
	pairsOf(Object.entries(table).flatMap(([u, before]) => [...before].map((p) => p + u)));
/** Classifier after a character that makes it a noun suffix (结构件): CLASSIFIER_NOT_AFTER as pairs. */
const NOT_AFTER_PAIRS = charPairs(CLASSIFIER_NOT_AFTER);
/** Classifier after a character it counts (企业|家): CLASSIFIER_BEFORE as pairs. */
const BEFORE_PAIRS = charPairs(CLASSIFIER_BEFORE);
/** The classifiers whose table row says what they count. */
const HAS_BEFORE = charTable(Object.keys(CLASSIFIER_BEFORE).join(''));
const WORD_PAIRS = pairsOf(CLASSIFIER_WORDS);
const HEAD_PAIRS = pairsOf([...CLASSIFIER_HEAD_SET, ...CLASSIFIER_HEAD_SPLIT.words]);
const EVENT_PAIRS = pairsOf(GLUED_EVENT_COUNTS.words);

/** Verbs that open a count or stand before a figure, longest first (so 新培育 before 培育). */
const OPENERS = [...new Set([...CLASSIFIER_VERBS, ...QUANTITY_VERBS, ...WORKS_VERBS])].filter((v) => v.length >= 2).sort((a, b) => b.length - a.length);
/** OPENERS by the code of their first or last character, each list in OPENERS' order (so the first fit is the same). */
const byCode = (at: (v: string) => number) => {
	const m = new Map<number, string[]>();
	for (const v of OPENERS) {
		const list = m.get(at(v));
		if (list) list.push(v);
		else m.set(at(v), [v]);
	}
	return m;
};
const OPENERS_BY_FIRST = byCode((v) => v.charCodeAt(0));
const OPENERS_BY_LAST = byCode((v) => v.charCodeAt(v.length - 1));
const NONE: readonly string[] = [];

const isHanCode = (c: number) => c >= 0x3400 && c <= 0x9fff;
const isDigitCode = (c: number) => c >= 48 && c <= 57;
const isLatinCode = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

/** The first of OPENERS that ends at `i` in `s` (OPENERS.find(v => s.endsWith(v, i))). */
function openerEndingAt(s: string, i: number): string | undefined {
	for (const v of OPENERS_BY_LAST.get(s.charCodeAt(i - 1)) ?? NONE) if (s.endsWith(v, i)) return v;
	return undefined;
}

/** Whether one of `words` ends at `i` in `s`. */
function endsWithAny(words: readonly string[], s: string, i: number): boolean {
	for (const w of words) if (s.endsWith(w, i)) return true;
	return false;
}

/** Whether `text` holds one of `words`. */
function holdsAny(words: readonly string[], text: string): boolean {
	for (const w of words) if (text.includes(w)) return true;
	return false;
}
/** The longest item read back from a classifier. */
const MAX_ITEM = 16;

/** Where the clause or list item holding `i` starts (after its bound, at most MAX_ITEM back). */
function itemStart(s: string, i: number): number {
	let k = i;
	while (k > 0 && i - k < MAX_ITEM && BOUND[s.charCodeAt(k - 1)] !== 1) k--;
	return k;
}

const isOpenBracket = (c: number) => c === 0xff08 || c === 40;
const isCloseBracket = (c: number) => c === 0xff09 || c === 41;
const CI = '次'.charCodeAt(0);

/** The end of the count whose classifier is at `i`, with an alternative in brackets (台(套), 万头(只), 艘（架）次). */
function countEnd(s: string, i: number): number {
	let j = i + 1;
	if (isOpenBracket(s.charCodeAt(j)) && isHanCode(s.charCodeAt(j + 1)) && isCloseBracket(s.charCodeAt(j + 2))) j += 3;
	if (j > i + 1 && s.charCodeAt(j) === CI) j++;
	// 入户安检万户次，, 检查“九小场所”家次，: a compound count of visits after a magnitude or a noun.
	else if (j === i + 1 && s.charCodeAt(j) === CI && (s.charCodeAt(i - 1) === WAN || s.charCodeAt(i - 1) === YI || IS_TIMES_COMPOUND[s.charCodeAt(i)] === 1)) j++;
	return j;
}

/** Whether the count at `i` closes its clause: a closing mark or the end of the line follows. */
function closes(s: string, j: number, after: string): boolean {
	return j === s.length ? after === '' : CLOSES[s.charCodeAt(j)] === 1;
}

/** The count at `i` ends at `j` before a bracket that counts part of it (车道条（其中入口4条）, 酒驾起（醉驾46起）). */
function partsInBracket(s: string, i: number, j: number): boolean {
	if (!isOpenBracket(s.charCodeAt(j))) return false;
	const uc = s.charCodeAt(i);
	for (let k = j + 1; k < s.length && k - j <= MAX_ITEM; k++) {
		const c = s.charCodeAt(k);
		if (isCloseBracket(c)) return false;
		if (c === uc && isDigitCode(s.charCodeAt(k - 1))) return true;
	}
	return false;
}

/** What stands before the classifier at `i` is a Han character that is no numeral, vague word or particle. */
function plainBefore(s: string, i: number): boolean {
	const u = s.charCodeAt(i);
	if ((u === REN || u === MING) && endsWithAny(RANK_BOUND_WORDS.words, s, i)) return true;
	const p = s.charCodeAt(i - 1);
	// 就业意向|人: a noun ending in a character that is otherwise a preposition or particle.
	return isHanCode(p) && (NOT_PLAIN[p] !== 1 || endsWithAny(NOUNS_ENDING_LIKE_PARTICLES.words, s, i));
}

/** The classifier at `i` could be a count after what stands before it (no numeral, particle or word). */
function bareClassifier(s: string, i: number): boolean {
	if (!plainBefore(s, i)) return false;
	const u = s.charCodeAt(i);
	const p = s.charCodeAt(i - 1);
	const pair = pairKey(p, u);
	// 客户经理|人: after a title of office, 人 counts its holders (not 受理人, 代理人).
	if (NOT_AFTER_PAIRS.has(pair) && !((u === REN || u === MING) && endsWithAny(OFFICE_TITLES, s, i))) return false;
	// 人次, 家次, 户次: a compound unit, whose figure stands before its first character
	// (not after a word for people: 纳税人|户, 残疾人|户 count them).
	if (IS_CLASSIFIER[p] === 1 && !peopleWordBefore(s, i)) return false;
	if (WORD_PAIRS.has(pair) || HEAD_PAIRS.has(pair)) return false;
	// 困难户, 停车场, 走失老人: a word of the lexicon ends at the classifier.
	if (classifierWordEnding(s, i) > 0) return false;
	// 企业家: whether 家 counts the firms or names the entrepreneur is unit-without-figure's call.
	if (u === JIA && s.endsWith('企业', i)) return false;
	return true;
}
const JIA = '家'.charCodeAt(0);

/** The classifier counts what stands before it (its table's `counts`), or it is a word of its own. */
function countsBefore(s: string, i: number): boolean {
	const u = s.charCodeAt(i);
	// 其中副研究馆员以上人: people at or above a rank.
	if ((u === REN || u === MING) && endsWithAny(RANK_BOUND_WORDS.words, s, i)) return true;
	if ((u === HU || u === MING) && peopleWordBefore(s, i)) return true;
	return HAS_BEFORE[u] === 1 ? BEFORE_PAIRS.has(pairKey(s.charCodeAt(i - 1), u)) : standsAlone(s, i);
}

/** The segmenter reads the classifier at `i` as a word of its own (转出|人, not 市场). */
function standsAlone(s: string, i: number): boolean {
	const [ws, we] = wordAt(s, i);
	return ws === i && we === i + 1;
}

/** Whether an item [from, to) holds a digit or a mask (its count is written). */
function hasFigure(s: string, from: number, to: number): boolean {
	for (let k = from; k < to; k++) {
		const c = s.charCodeAt(k);
		if (isDigitCode(c)) {
			// 5G, 4K and 12345热线 are names, not counts.
			let e = k + 1;
			while (e < to && isDigitCode(s.charCodeAt(e))) e++;
			if (isLatinCode(s.charCodeAt(e)) || (e - k >= 5 && startsWithAny(HOTLINE_NOUNS.words, s, e))) {
				k = e;
				continue;
			}
			return true;
		}
		if (IS_FIGURE_MASK[c] === 1) return true;
		// 组织数十家企业进场: a count in Chinese numerals.
		if (IS_CN_NUMERAL[c] === 1 && IS_CLASSIFIER[s.charCodeAt(k + 1)] === 1) return true;
	}
	return false;
}

const DUN = '、'.charCodeAt(0);

/** The item before `start` (across a 、) ends in the classifier coded `u`: the index of that classifier, or -1. */
function previousItemEnd(s: string, start: number, u: number): number {
	if (s.charCodeAt(start - 1) !== DUN) return -1;
	let k = start - 1;
	// 台(套)、: the item's classifier may carry its alternative.
	if (isCloseBracket(s.charCodeAt(k - 1)) && IS_CLASSIFIER[s.charCodeAt(k - 2)] === 1) k -= 3;
	return s.charCodeAt(k - 1) === u ? k - 1 : -1;
}

/** The item after the count's end `j` (across a 、) ends in the classifier coded `u` with no figure in it. */
function nextItemBare(s: string, j: number, u: number): boolean {
	if (s.charCodeAt(j) !== DUN) return false;
	let k = j + 1;
	while (k < s.length && k - j <= MAX_ITEM && BOUND[s.charCodeAt(k)] !== 1) k++;
	const end = s.charCodeAt(k - 1) === u ? k - 1 : -1;
	return end > j && !hasFigure(s, j + 1, end) && (end === j + 1 || bareClassifier(s, end));
}

/** The measure a bare list item (、门) counts: the one named before the list's first classifier. */
function listLabel(s: string, start: number, u: number): string {
	let k = previousItemEnd(s, start, u);
	while (k >= 0 && itemStart(s, k) === k) k = previousItemEnd(s, k, u);
	return k < 0 ? '' : measureBefore(s, k);
}

/**
 * Whether a counting verb opens the item [start, i) and what it counts follows with no figure:
 * a noun of two characters or more, or one the segmenter keeps apart from the classifier
 * (检查钢铁厂|家, 新增门店|家; not 检查厂家, 走访商家).
 */
function openedByVerb(s: string, start: number, i: number): boolean {
	for (let k = start; k < i; k++) {
		const first = OPENERS_BY_FIRST.get(s.charCodeAt(k));
		if (first === undefined) continue;
		for (const v of first) {
			if (!s.startsWith(v, k) || k + v.length > i) continue;
			const noun = k + v.length;
			return !hasFigure(s, noun, i) && (i - noun >= 2 || standsAlone(s, i));
		}
	}
	return false;
}

/** Reports a gap at `at` before the classifier at `i`, and notes `i` among the classifiers reported. */
function gap(out: FrameOutput, reported: number[], at: number, i: number, label: string, unit: string): void {
	reported.push(i);
	out.gap(at, at, label, unit, 'number');
}

function find(s: string, after: string, out: FrameOutput, at: Int32Array, count: number): void {
	// Classifiers this frame reported a gap before: a list item after one of them is a count too.
	let reported: number[] | undefined;
	// Where the classifiers stand (the engine's positions of the lexicon's COUNT_STARTS).
	for (let a = 0; a < count; a++) {
		const i = at[a]!;
		if (IS_READ[s.charCodeAt(i)] !== 1) continue;
		const j = countEnd(s, i);
		if (!closes(s, j, after) && !partsInBracket(s, i, j)) {
			// 对热线转办的件工单: 的, the classifier, and a noun it counts.
			// 纬三路等条道路: 等 closing a list, the classifier and a noun it counts (not 博士等人才: 人才 is a word).
			if (s.charCodeAt(i - 1) === DE || (s.charCodeAt(i - 1) === DENG && !HEAD_PAIRS.has(pairKey(s.charCodeAt(i), s.charCodeAt(i + 1))))) deCountedNoun(s, i, out);
			else if (HE_AND[s.charCodeAt(j)] === 1) pairBeforeAnd(s, i, out);
			continue;
		}
		// Most classifiers that close a clause follow their figure (120个，): the cheapest tests first.
		// Only a Han character, a list's 、 or a closing title or quote stands before a bare count.
		const c = s.charCodeAt(i - 1);
		if (c === 32) {
			spacedPairSecond(s, i, out);
			continue;
		}
		if (isDigitCode(c)) continue;
		if (!isHanCode(c) && IS_ITEM_MARK[c] !== 1 && IS_TITLE_CLOSE[c] !== 1 && IS_QUOTE_CLOSE[c] !== 1) continue;
		// The rest in a function of its own: the loop over every character allocates nothing.
		const n = (reported ??= []).length;
		candidate(s, i, j, out, reported);
		if (reported.length > n && reported[reported.length - 1] === i) groupBeforePeople(s, i, out, reported);
	}
}

/**
 * 高一年级个班人，: the people gone at `i` follow a group (班, 队, 组) counted in 个 whose own
 * count is gone before it, after a plain noun: both figures are gone. (Only 个: 户均人 is a mean.)
 */
function groupBeforePeople(s: string, i: number, out: FrameOutput, reported: number[]): void {
	const uc = s.charCodeAt(i);
	const k = i - 2;
	if ((uc !== REN && uc !== MING) || k < 1 || reported.includes(k)) return;
	const kc = s.charCodeAt(k);
	if (kc !== GE || !isHanCode(s.charCodeAt(i - 1)) || IS_CLASSIFIER[s.charCodeAt(i - 1)] === 1 || !plainBefore(s, k) || IS_CLASSIFIER[s.charCodeAt(k - 1)] === 1) return;
	gap(out, reported, k, k, measureBefore(s, k), s[k]!);
}

/**
 * 惠及 412 户  人；: the second of a pair of counts typed with spaces, its figure deleted and the
 * spaces left; the first count's figure stands before it (spaces around it too).
 */
function spacedPairSecond(s: string, i: number, out: FrameOutput): void {
	if (IS_PAIR_SECOND[s.charCodeAt(i)] !== 1) return;
	let k = i;
	while (k > 0 && s.charCodeAt(k - 1) === 32) k--;
	if (i - k < 2 || IS_PAIR_FIRST[s.charCodeAt(k - 1)] !== 1) return;
	let d = k - 1;
	while (d > 0 && s.charCodeAt(d - 1) === 32) d--;
	if (!isDigitCode(s.charCodeAt(d - 1))) return;
	while (d > 0 && (isDigitCode(s.charCodeAt(d - 1)) || s.charCodeAt(d - 1) === 32 || s.charCodeAt(d - 1) === 46)) d--;
	out.gap(k, i, measureBefore(s, d), s[i]!, 'number');
}

/** The classifier at `i` closes its clause at `j`: is it a count whose figure is gone? */
function candidate(s: string, i: number, j: number, out: FrameOutput, reported: number[]): void {
	const uc = s.charCodeAt(i);
	const u = s[i]!;
	const start = itemStart(s, i);
	// 开设选修课门、门、门: a bare classifier as a whole list item after one of its kind.
	if (start === i) {
		if (previousItemEnd(s, start, uc) >= 0) gap(out, reported, i, i, listLabel(s, start, uc), u);
		// 接收档案6842卷、件, 开设课程16门、节: a second classifier after a count with its figure.
		else if (s.charCodeAt(i - 1) === DUN && IS_CLASSIFIER[s.charCodeAt(i - 2)] === 1 && isDigitCode(s.charCodeAt(i - 3)) && COLLOCATION_ONLY[uc] !== 1)
			gap(out, reported, i, i, measureBefore(s, i - 3), u);
		// 安置群众户、人，: a bare count of another classifier of the same kind before it (households, then people).
		else if (s.charCodeAt(i - 1) === DUN && s.charCodeAt(i - 2) !== uc && IS_CLASSIFIER[s.charCodeAt(i - 2)] === 1 && sameCountKind(uc, s.charCodeAt(i - 2)) && isHanCode(s.charCodeAt(i - 3)) && bareClassifier(s, i - 2))
			gap(out, reported, i, i, measureBefore(s, i - 2), u);
		// 全村有9个村民小组，户、2xxx口人: a bare classifier as a whole clause, a figure in the next item.
		else if (s.charCodeAt(i - 1) !== DUN && s.charCodeAt(j) === DUN && itemHasFigure(s, j + 1)) gap(out, reported, i, i, '', u);
		return;
	}
	// 扩大覆盖面, 索证索票: words that end in a classifier and are never a count.
	if (endsWithAny(CLASSIFIER_TAIL_PHRASES.words, s, i + 1)) return;
	const pc = s.charCodeAt(i - 1);
	// 完成动物防疫万头(只)，: a magnitude whose own figure is gone, in a clause a verb opens or after
	// a noun the classifier counts (电子图书万种);
	// 清理占道经营余起，: 余 after a noun (not 其余, 剩余) leaves the figure before it gone too.
	const magnitude = pc === WAN || pc === YI || (pc === YU && IS_SURPLUS_HEAD[s.charCodeAt(i - 2)] !== 1);
	// 分流来电约万通: an estimate may stand between the noun and the magnitude.
	const estimate = magnitude ? endingAt(COUNT_ESTIMATES.words, ESTIMATES_LAST, s, i - 1) : 0;
	if (
		magnitude &&
		i - 1 > start &&
		!hasFigure(s, start, i - 1) &&
		((plainBefore(s, i - 1) && (openedByVerb(s, start, i - 1) || endingAt(COLLOCATED.get(uc), NOUNS_LAST, s, i - 1) > 0)) ||
			(estimate > 0 && i - 1 - estimate > start && endingAt(COLLOCATED.get(uc), NOUNS_LAST, s, i - 1 - estimate) > 0))
	) {
		gap(out, reported, i - 1, i, measureBefore(s, i - 1), s.slice(i - 1, i + 1));
		return;
	}
	// 常住居民4260户人，, 法定传染病23种例，: the second of a pair of counts, its figure gone after the first's.
	// (Spaced text too: 412 户人,.)
	// (A first figure partly masked too: 41**户人 — counts9, session 16.)
	if (IS_PAIR_SECOND[uc] === 1 && IS_PAIR_FIRST[pc] === 1 && (isDigitCode(s.charCodeAt(i - 2)) || IS_FIGURE_MASK[s.charCodeAt(i - 2)] === 1 || (s.charCodeAt(i - 2) === 32 && isDigitCode(s.charCodeAt(i - 3))))) {
		gap(out, reported, i, i, measureBefore(s, i), u);
		return;
	}
	// 公共机构共家, 跟岗学习三批共人: a total right before the classifier, its figure gone.
	const total = endingAt(TOTALS_ALONE, TOTALS_LAST, s, i);
	// (After a closed quote too: 评选“最美庭院”共户 — counts6, session 15.)
	if (total > 0 && (isHanCode(s.charCodeAt(i - total - 1)) || IS_QUOTE_CLOSE[s.charCodeAt(i - total - 1)] === 1) && COLLOCATION_ONLY[uc] !== 1 && wordAt(s, i - total)[0] === i - total && wordAt(s, i)[0] === i) {
		gap(out, reported, i, i, measureBefore(s, i - total), u);
		return;
	}
	// 由46家增加到家, 由4辆精简为辆: a count changed to a new value, the old one written before it;
	// 队伍扩充到人 (counts8, session 16): or no old value at all (no figure, no 由: 由人增加到人 is change-from's), the
	// classifier a word of its own right after the change (not 到位).
	const to = endingAt(CHANGE_TO, CHANGE_TO_LAST, s, i);
	if (to > 0 && (countWrittenIn(s, start, i - to, uc) || (!hasFigure(s, start, i) && !within(s, YOU, start, i) && standsAlone(s, i) && !NOT_AFTER_PAIRS.has(pairKey(pc, uc)) && classifierWordEnding(s, i) === 0))) {
		gap(out, reported, i, i, measureBefore(s, i), u);
		return;
	}
	// 已经办结的件，, 投资5亿元以上的个，: 的 closing a description, then the count of those.
	if (pc === DE && DE_COUNT[uc] === 1 && isHanCode(s.charCodeAt(i - 2)) && s.charCodeAt(i + 1) !== uc) {
		gap(out, reported, i, i, measureBefore(s, i - 1), u);
		return;
	}
	// 安装反诈APP的有人。: those described (的) have so many, the count gone after 有.
	if (pc === YOU_HAVE && s.charCodeAt(i - 2) === DE && DESCRIBED_HAVE[uc] === 1 && i - 3 >= start && BOUND[s.charCodeAt(i - 3)] !== 1) {
		gap(out, reported, i, i, measureBefore(s, i - 2), u);
		return;
	}
	// 选择就业的人，选择升学的人: people of a description (的 + 人, prose alone: 有困难的人) after a
	// sibling that counts people of another one, its figure written (就业的412人) or found gone here.
	if (pc === DE && (uc === REN || uc === MING) && isHanCode(s.charCodeAt(i - 2)) && describedSiblingCounts(s, start, uc, reported)) {
		gap(out, reported, i, i, measureBefore(s, i - 1), u);
		return;
	}
	// 组建抢险队伍支人；: a pair of counts (teams and people) both gone, the first after a noun it counts;
	// 受理审查起诉案件件人, 批准逮捕件人 (counts4, session 13): cases and the people in them, the first
	// after a noun ending in it or standing as a word of its own (not 收件人, 寄件人: words for people).
	if (IS_PAIR_SECOND[uc] === 1 && IS_PAIR_FIRST[pc] === 1 && (HAS_BEFORE[pc] === 1 ? BEFORE_PAIRS.has(pairKey(s.charCodeAt(i - 2), pc)) : pairFirstBare(s, i)) && !hasFigure(s, start, i)) {
		gap(out, reported, i - 1, i - 1, measureBefore(s, i - 1), s[i - 1]!);
		gap(out, reported, i, i, measureBefore(s, i - 1), u);
		return;
	}
	// 户均人，, 日均新设户: a mean per household or per day, its figure gone.
	if (pc === JUN && IS_MEAN_HEAD[s.charCodeAt(i - 2)] === 1) {
		gap(out, reported, i, i, measureBefore(s, i), u);
		return;
	}
	// 征集老照片近张，: 近 (nearly) before the classifier, the figure gone between (not 附近, 最近, 近期).
	if (pc === JIN && isHanCode(s.charCodeAt(i - 2)) && IS_JIN_WORD_HEAD[s.charCodeAt(i - 2)] !== 1 && classifierWordEnding(s, i) === 0) {
		gap(out, reported, i, i, measureBefore(s, i - 1), u);
		return;
	}
	// 年末职工总数人，, 网上申请量件，: a measure of number right before the classifier, its figure gone.
	if (numberMeasureBefore(s, i) || (pc === WEI && numberMeasureBefore(s, i - 1, uc))) {
		gap(out, reported, i, i, measureBefore(s, i), u);
		return;
	}
	// 随访管理人，随访管理率%；受理投诉件，同比下降12%: the clause after measures the count (a figure
	// elsewhere in the clause is another's: 65岁以上老年人健康管理人，管理率%).
	if (measuredAfter(s, i, j)) {
		gap(out, reported, i, i, measureBefore(s, pc === DE ? i - 1 : i), u);
		return;
	}
	if (hasFigure(s, start, i)) return;
	// 享受低保户、特困供养12人; 醉驾6起（…），超速行驶起: a sibling item states its count.
	if (plainBefore(s, i) && IS_CLASSIFIER[pc] !== 1 && !NOT_AFTER_PAIRS.has(pairKey(pc, uc)) && siblingStates(s, start, i, j, uc)) {
		gap(out, reported, i, i, measureBefore(s, i), u);
		return;
	}
	// 撰写《…》《…》等篇。: 等 closing a list of titles or items, then the count of them.
	// (Only after a closed title or quote: after plain words 等 + classifier may be a word, 等次, 等份.)
	if (pc === DENG && DE_COUNT[uc] === 1 && classifierWordEnding(s, i) === 0 && (IS_TITLE_CLOSE[s.charCodeAt(i - 2)] === 1 || IS_QUOTE_CLOSE[s.charCodeAt(i - 2)] === 1)) {
		gap(out, reported, i, i, measureBefore(s, i - 1), u);
		return;
	}
	// 其中在职党员名、, 其中高职人、: a part named right after 其中, its count gone (其中大部分 is a word).
	if (partNamed(s, start, i)) {
		gap(out, reported, i, i, measureBefore(s, i), u);
		return;
	}
	// 报送《重要天气报告》篇、《气象信息专报》期: a title counted in issues or copies.
	if (IS_TITLE_CLOSE[pc] === 1) {
		gap(out, reported, i, i, measureBefore(s, i - 1), u);
		return;
	}
	// 举办青年教师“汇报课”节: a quoted name counted, in a clause a verb opens.
	if (IS_QUOTE_CLOSE[pc] === 1 && isHanCode(s.charCodeAt(i - 2)) && (openedByVerb(s, start, i - 1) || figureCountNear(s, start, j, uc) || previousItemFigure(s, start, uc))) {
		gap(out, reported, i, i, measureBefore(s, i - 1), u);
		return;
	}
	// 更换电缆根，, 档案共计盒。: a noun the collocation table says the classifier counts.
	if (collocatedCount(s, start, i, j, uc, reported)) {
		gap(out, reported, i, i, measureBefore(s, i), u);
		return;
	}
	// 新取得AFP证书人，, 持有资格证书的人。: the holders of a credential, counted in people.
	if ((uc === REN || uc === MING) && credentialHolders(s, start, i)) {
		gap(out, reported, i, i, measureBefore(s, i), u);
		return;
	}
	// 分别为人、, 惠及人；, 结案件，: a counting or quantity verb right before the classifier.
	// Not where verb and classifier make one word (以…为突破口): 为人 and 案件 start inside the verb.
	const verb = openerEndingAt(s, i);
	// counts8 (session 16): those read only after their nouns too, after a verb of quantity (高峰日达到通, 同比增加箱).
	if (COLLOCATION_ONLY[uc] === 1 && (verb === undefined || !QUANTITY_SET.has(verb))) return;
	// Not in a noun phrase either (高质量发展的关键突破期).
	// And the verb is a word of its own, not the tail of one (履约|为本 is no 约为).
	if (
		verb !== undefined &&
		!within(s, DE, start, i) &&
		!HEAD_PAIRS.has(pairKey(uc, s.charCodeAt(i + 1))) &&
		// 负责人, 受理人 name a person; after a service counted in people (追责问责人), 人 counts them.
		(!NOT_AFTER_PAIRS.has(pairKey(pc, uc)) || ((uc === REN || uc === MING) && PEOPLE_SERVICES.words.includes(verb))) &&
		wordAt(s, i)[0] !== i - verb.length &&
		wordAt(s, i - verb.length)[0] === i - verb.length
	) {
		gap(out, reported, i, i, measureBefore(s, i), u);
		return;
	}
	// 家访了户。, 走访了家；: a counting verb done (了), then the classifier alone closing the clause.
	const leVerb = pc === LE && BOUND[s.charCodeAt(i + 1)] === 1 ? openerEndingAt(s, i - 1) : undefined;
	if (leVerb !== undefined && !within(s, DE, start, i) && standsAlone(s, i) && wordAt(s, i - 1 - leVerb.length)[0] === i - 1 - leVerb.length) {
		gap(out, reported, i, i, measureBefore(s, i), u);
		return;
	}
	const before = previousItemEnd(s, start, uc);
	// 一等奖3项、二等奖项: after an item counted in the same classifier, this one is a count
	// too, even where the classifier makes a word with what it counts (奖项).
	if (before >= 0 && isDigitCode(s.charCodeAt(before - 1)) && plainBefore(s, i)) {
		gap(out, reported, i, i, measureBefore(s, i), u);
		return;
	}
	// 升入本科院校人、直接就业52人: the next item is counted in the same classifier with its figure.
	if (s.charCodeAt(j) === DUN && plainBefore(s, i) && bareClassifier(s, i) && figureCountIn(s, j, uc)) {
		gap(out, reported, i, i, measureBefore(s, i), u);
		return;
	}
	// 其中酒后驾驶起（醉酒驾驶46起）: a bracket counts a part of it in the same classifier.
	if (plainBefore(s, i) && IS_CLASSIFIER[pc] !== 1 && partsInBracket(s, i, j)) {
		gap(out, reported, i, i, measureBefore(s, i), u);
		return;
	}
	// 死亡3人，受伤人 (and 死亡人，受伤人): the clause before or after counts the same thing.
	// (Not after another classifier: 场次, 人次 are units of their own.)
	if (plainBefore(s, i) && IS_CLASSIFIER[pc] !== 1 && !WORD_PAIRS.has(pairKey(pc, uc)) && classifierWordEnding(s, i) === 0 && countsBefore(s, i) && !within(s, DE, start, i) && (figureCountNear(s, start, j, uc) || shortBareClauseBefore(s, start, i, uc))) {
		gap(out, reported, i, i, measureBefore(s, i), u);
		return;
	}
	// 获教学成果奖特等奖项: prizes won, counted after their grade (奖项 is a word: the grade and the verb of winning say it counts);
	// 评出一等奖名、二等奖名: their winners, counted in people.
	// (Or 其中 opening the item: 其中国家级一等奖项 — a part of the prizes just counted; counts6, session 15.)
	if (IS_PRIZE_COUNT[uc] === 1 && s.endsWith('等奖', i) && (isCnNumeral(s[i - 3]) || s[i - 3] === '特') && (holdsAny(PRIZE_WIN_VERBS.words, s.slice(listStart(s, start), i - 2)) || s.startsWith('其中', start))) {
		gap(out, reported, i, i, measureBefore(s, i), u);
		return;
	}
	if (!bareClassifier(s, i)) return;
	// 抽查教案本、作业本, 建成充电站座、充电桩个: after a count this frame found gone, a word of its own is enough.
	// (Across ，or ； too, for a short clause in the same classifier: 转出人，休学人.)
	const chained = s.charCodeAt(start - 1) === DUN || (IS_ITEM_MARK[s.charCodeAt(start - 1)] === 1 && s.charCodeAt(start - 2) === uc && i - start <= SHORT_CLAUSE);
	if (((before >= 0 && reported.includes(before)) || (chained && reported.includes(start - 2))) && standsAlone(s, i)) {
		gap(out, reported, i, i, measureBefore(s, i), u);
		return;
	}
	// 化解信访积案件, 办实事件: a noun the segmenter glues to its classifier, its first character opening a word (not 核实|事件).
	if (gluedNounCount(s, i)) {
		gap(out, reported, i, i, measureBefore(s, i), u);
		return;
	}
	// 召开质量分析会场: an event glued to its classifier by the segmenter, in a clause a verb opens.
	if (EVENT_PAIRS.has(pairKey(pc, uc)) && IS_MEETING_END[s.charCodeAt(i - 2)] === 1 && openedByVerb(s, start, i - 1)) {
		gap(out, reported, i, i, measureBefore(s, i), u);
		return;
	}
	const listed = (before >= 0 && bareClassifier(s, before)) || nextItemBare(s, j, uc) || shortBareClauseBefore(s, start, i, uc);
	// The classifier counts what stands before it (讲座|期, not 攻坚期; 科技节 is a festival).
	// 办理转入学籍人、: people counted after a verb's object the segmenter keeps apart from 人 (负责人, 申请人 are words).
	// (客户经理|人: a title of office before it, whatever the segmenter glues.)
	const peopleAfterVerb = (uc === REN || uc === MING) && (standsAlone(s, i) || endsWithAny(OFFICE_TITLES, s, i)) && !endsWithAny(PEOPLE_WORDS_IN_REN.words, s, i + 1) && openedByVerb(s, start, i);
	if ((!countsBefore(s, i) && !peopleAfterVerb) || (!listed && !openedByVerb(s, start, i))) return;
	// 荣誉证书等奖项: 等 closes a list and one character makes a noun with the classifier.
	if (!listed && s.charCodeAt(i - 2) === DENG) return;
	gap(out, reported, i, i, measureBefore(s, i), u);
}
const WAN = '万'.charCodeAt(0);
const YI = '亿'.charCodeAt(0);
const YU = '余'.charCodeAt(0);

/** The length of the longest of `words` (longest first) ending at `i`, or 0; `last` flags their last characters (a cheap test first). */
function endingAt(words: readonly string[] | undefined, last: Uint8Array, s: string, i: number): number {
	if (words === undefined || last[s.charCodeAt(i - 1)] !== 1) return 0;
	for (const w of words) if (s.endsWith(w, i)) return w.length;
	return 0;
}
const lastChars = (words: Iterable<string>) => charTable([...words].map((w) => w[w.length - 1]).join(''));
const TOTALS_LAST = lastChars(TOTALS);
const CHANGE_TO_LAST = lastChars(CHANGE_TO);
const NOUNS_LAST = lastChars(COUNT_COLLOCATIONS.flatMap((c) => c.nouns));
const ESTIMATES_LAST = lastChars(COUNT_ESTIMATES.words);

/** The first opening verb that starts in [from, to] and ends by `to` (走访|企业家, 新增合作|企业家). */
function openerBefore(s: string, from: number, to: number): string | undefined {
	for (let k = from; k < to; k++) {
		const first = OPENERS_BY_FIRST.get(s.charCodeAt(k));
		if (first !== undefined) for (const v of first) if (k + v.length <= to && s.startsWith(v, k)) return v;
	}
	return undefined;
}

/**
 * The classifier coded `uc` at `i` follows a noun it counts (the collocation table), maybe with
 * a total between (档案共计|盒): a count whose figure is gone where a total, a verb or a
 * neighbouring count says so, and the noun is no word for a person (优秀企业家, 田埂上的银行家).
 */
function collocatedCount(s: string, start: number, i: number, j: number, uc: number, reported: readonly number[]): boolean {
	const nouns = COLLOCATED.get(uc);
	if (nouns === undefined) return false;
	const total = endingAt(TOTALS, TOTALS_LAST, s, i);
	// 中欧班列开行|列: the verb may stand between the noun and its classifier.
	let verb = total > 0 ? undefined : openerEndingAt(s, i);
	// 孕前检查|对: the verb's word may end the noun itself (检查 of 孕前检查).
	if (verb !== undefined && endingAt(nouns, NOUNS_LAST, s, i - verb.length) === 0 && endingAt(nouns, NOUNS_LAST, s, i) > verb.length) verb = undefined;
	const e = i - (verb?.length ?? total);
	const n = endingAt(nouns, NOUNS_LAST, s, e);
	if (n === 0 || e - n < start || (total === 0 && within(s, DE, start, i))) return false;
	// 共 or the verb starts a word of its own (not 公共).
	if (total > 0 || verb !== undefined) return wordAt(s, e)[0] === e;
	// 企业家, 银行家: a word for a person unless the clause opens with a verb and no word for people stands before the noun.
	const lexical = endsWithAny(LEXICAL_COUNT_WORDS.words, s, i + 1);
	if (lexical && endsWithAny(ENTREPRENEUR_PEOPLE.words, s, e - n)) return false;
	// 约谈施工企业家, 慰问优秀企业家: a verb done to people reads the word as the person.
	if (lexical && holdsAny(PEOPLE_OBJECT_VERBS, s.slice(start, e - n))) return false;
	// (The opener may stand further back than an item's length: 淘汰国三及以下排放标准营运柴油|货车|辆.)
	if (openerBefore(s, start, e - n) !== undefined || (start > 0 && BOUND[s.charCodeAt(start - 1)] !== 1 && openerBefore(s, itemStart(s, start), e - n) !== undefined)) return true;
	// 设收费站个、服务区对: the item before is a bare count too (of any classifier): a list of counts.
	const bareBefore = s.charCodeAt(start - 1) === DUN && IS_CLASSIFIER[s.charCodeAt(start - 2)] === 1 && isHanCode(s.charCodeAt(start - 3)) && bareClassifier(s, start - 2);
	return reported.includes(start - 2) || (!lexical && (figureCountNear(s, start, j, uc) || partsInBracket(s, i, j) || bareBefore));
}

/** One of GLUED_NOUN_COUNTS ends at the classifier `i` and its first character opens a word of the segmenter's (办|实|事件, not 核实|事件). */
function gluedNounCount(s: string, i: number): boolean {
	for (const w of GLUED_NOUN_COUNTS.words) if (s.endsWith(w, i + 1) && wordAt(s, i + 1 - w.length)[0] === i + 1 - w.length) return true;
	return false;
}

/**
 * The item before the one from `start` (across ，；、) ends in 的 and the classifier coded `uc`,
 * its count found gone here (就业的人，), or in 的, a figure and that classifier (就业的412人，).
 */
function describedSiblingCounts(s: string, start: number, uc: number, reported: readonly number[]): boolean {
	const b = start - 1;
	if (b < 3 || IS_ITEM_MARK[s.charCodeAt(b)] !== 1 || s.charCodeAt(b - 1) !== uc) return false;
	if (s.charCodeAt(b - 2) === DE) return reported.includes(b - 1);
	let k = b - 2;
	while (k > 0 && isDigitCode(s.charCodeAt(k))) k--;
	return k < b - 2 && s.charCodeAt(k) === DE;
}

/** The longest clause read as one of a run of short bare counts (死亡人，受伤人). */
const SHORT_CLAUSE = 6;

/**
 * The clause before (across ，or ；) is a short bare count in the same classifier and so is this
 * one (转出人，休学人; 死亡人，受伤人): a run of counts, each figure gone.
 */
function shortBareClauseBefore(s: string, start: number, i: number, uc: number): boolean {
	const b = start - 1;
	if (i - start > SHORT_CLAUSE || b < 2 || IS_ITEM_MARK[s.charCodeAt(b)] !== 1 || s.charCodeAt(b) === DUN || s.charCodeAt(b - 1) !== uc) return false;
	const ps = itemStart(s, b - 1);
	return b - 1 - ps >= 2 && b - 1 - ps <= SHORT_CLAUSE && !hasFigure(s, ps, b - 1) && bareClassifier(s, b - 1);
}

/** A credential ends at `i` (or before 的 there) and a verb of obtaining or holding it stands earlier in the item. */
function credentialHolders(s: string, start: number, i: number): boolean {
	const e = s.charCodeAt(i - 1) === DE ? i - 1 : i;
	return endsWithAny(CREDENTIAL_NOUNS.words, s, e) && holdsAny(CREDENTIAL_VERBS.words, s.slice(Math.max(0, start - 12), e));
}

/** The longest part named after 其中 before its classifier (其中|本科以上学历|人). */
const PART_MAX = 8;
/** The item [start, i) is 其中 and a part of Han characters only, the classifier a word of its own or counting it. */
function partNamed(s: string, start: number, i: number): boolean {
	const uc = s.charCodeAt(i);
	if (!s.startsWith('其中', start) || i - start - 2 < 1 || i - start - 2 > PART_MAX) return false;
	for (let k = start + 2; k < i; k++) if (!isHanCode(s.charCodeAt(k))) return false;
	const pair = pairKey(s.charCodeAt(i - 1), s.charCodeAt(i));
	const title = (uc === REN || uc === MING) && endsWithAny(OFFICE_TITLES, s, i);
	if ((NOT_AFTER_PAIRS.has(pair) && !title) || WORD_PAIRS.has(pair) || IS_CLASSIFIER[s.charCodeAt(i - 1)] === 1 || classifierWordEnding(s, i) > 0) return false;
	return standsAlone(s, i) || BEFORE_PAIRS.has(pair) || title;
}

/** The list item starting at `from` (up to its bound) holds a figure or a mask (、2xxx口人). */
function itemHasFigure(s: string, from: number): boolean {
	let k = from;
	while (k < s.length && k - from <= MAX_ITEM && BOUND[s.charCodeAt(k)] !== 1) k++;
	return hasFigure(s, from, k);
}

/** The item before `start` (across 、) ends in a figure and the classifier coded `uc` (讲师团1支、“宣讲团”支). */
function previousItemFigure(s: string, start: number, uc: number): boolean {
	return s.charCodeAt(start - 1) === DUN && s.charCodeAt(start - 2) === uc && isDigitCode(s.charCodeAt(start - 3));
}

/** [from, to) holds a figure counted in the classifier coded `uc` (由46家). */
function countWrittenIn(s: string, from: number, to: number, uc: number): boolean {
	for (let k = from + 1; k < to; k++) {
		if (s.charCodeAt(k) !== uc) continue;
		const p = s.charCodeAt(k - 1);
		// 由46家, 由 46 家, and 由户 (the old count gone too: 由户减至户).
		if (isDigitCode(p) || (p === 32 && isDigitCode(s.charCodeAt(k - 2))) || p === YOU) return true;
	}
	return false;
}
const YOU = '由'.charCodeAt(0);

/** The item after the mark at `j` holds a figure counted in the classifier coded `uc` (、直接就业52人). */
function figureCountIn(s: string, j: number, uc: number): boolean {
	for (let k = j + 1; k < s.length && k - j <= MAX_ITEM && BOUND[s.charCodeAt(k)] !== 1; k++) {
		if (s.charCodeAt(k) === uc && isDigitCode(s.charCodeAt(k - 1))) return true;
	}
	return false;
}

/**
 * The clause before the item (死亡3人，|受伤人) ends in a figure and the same classifier, or the
 * clause after it holds one (教材本，|其中3本获评): the two count the same kind of thing.
 */
function figureCountNear(s: string, start: number, j: number, uc: number): boolean {
	const b = start - 1;
	if (b > 1 && IS_ITEM_MARK[s.charCodeAt(b)] === 1 && s.charCodeAt(b - 1) === uc && isDigitCode(s.charCodeAt(b - 2))) return true;
	return IS_ITEM_MARK[s.charCodeAt(j)] === 1 && figureCountIn(s, j, uc);
}

/** Whether the character coded `c` stands in [from, to) of `s`. */
function within(s: string, c: number, from: number, to: number): boolean {
	for (let k = from; k < to; k++) if (s.charCodeAt(k) === c) return true;
	return false;
}

const DE_COUNT = charTable(DE_COUNT_CLASSIFIERS.chars);
const DESCRIBED_HAVE = charTable(DESCRIBED_HAVE_CLASSIFIERS.chars);
const YOU_HAVE = '有'.charCodeAt(0);
const HU = '户'.charCodeAt(0);
const HE_AND = charTable('和与及');

/** A word for people ends right before the classifier at `i` (纳税人|户, 残疾人|户): households or heads of them counted. */
function peopleWordBefore(s: string, i: number): boolean {
	return s.charCodeAt(i - 1) === REN && (endsWithAny(PEOPLE_WORDS_IN_REN.words, s, i) || classifierWordEnding(s, i - 1) > 0);
}

/**
 * A bare classifier at `i` before 和 and a figure in the same classifier (分别达到户和12600户,
 * 0.2人、人和0.3人): one figure of a list of figures gone. Only in a list item of its own (after
 * 、) or right after a verb of quantity.
 */
function pairBeforeAnd(s: string, i: number, out: FrameOutput): void {
	const uc = s.charCodeAt(i);
	let k = i + 2;
	// (The figure after 和 may be masked in part: 分别为分和8x.5分.)
	const figureChar = (c: number) => isDigitCode(c) || c === 46 || IS_FIGURE_MASK[c] === 1;
	if (!isDigitCode(s.charCodeAt(k)) && !(IS_FIGURE_MASK[s.charCodeAt(k)] === 1 && isDigitCode(s.charCodeAt(k + 1)))) return;
	while (k < s.length && figureChar(s.charCodeAt(k))) k++;
	if (s.charCodeAt(k) !== uc) return;
	const p = s.charCodeAt(i - 1);
	if (p === DUN ? isDigitCode(s.charCodeAt(i - 3)) && s.charCodeAt(i - 2) === uc : openerEndingAt(s, i) !== undefined && QUANTITY_SET.has(openerEndingAt(s, i)!)) {
		out.gap(i, i, measureBefore(s, p === DUN ? i - 2 : i), s[i]!, 'number');
	}
}
const QUANTITY_SET: ReadonlySet<string> = new Set(QUANTITY_VERBS);
const IS_MEAN_HEAD = charTable(MEAN_HEADS.chars);
const IS_PRIZE_COUNT = charTable(PRIZE_COUNT_CLASSIFIERS.chars);
const IS_JIN_WORD_HEAD = charTable(JIN_WORD_HEADS.chars);
const JUN = '均'.charCodeAt(0);
const JIN = '近'.charCodeAt(0);

/** Whether one of `words` starts at `i` in `s`. */
function startsWithAny(words: readonly string[], s: string, i: number): boolean {
	for (const w of words) if (s.startsWith(w, i)) return true;
	return false;
}

/** Where the list holding the item at `start` starts: back over 、 to the clause's start (获一等奖3项、|二等奖项). */
function listStart(s: string, start: number): number {
	let k = start;
	for (let n = 0; n < 4 && s.charCodeAt(k - 1) === DUN; n++) k = itemStart(s, k - 1);
	return k;
}

/** 的 (or 等), the classifier at `i` and a noun the collocation table says it counts (转办的件工单, 纬三路等条道路): the count between them is gone. */
function deCountedNoun(s: string, i: number, out: FrameOutput): void {
	const uc = s.charCodeAt(i);
	if (DE_COUNT[uc] !== 1 || !isHanCode(s.charCodeAt(i - 2))) return;
	const nouns = COLLOCATED.get(uc);
	// counts6 (session 15): 初筛未通过的例全部召回, 危房的栋已全部管控: so many of those described, the predicate after.
	// (Not 的人, 的家: DE_COUNT has no classifier that is a noun after 的.)
	if ((nouns !== undefined && startsWithAny(nouns, s, i + 1)) || startsWithAny(COUNT_PREDICATE_ADVERBS.words, s, i + 1)) out.gap(i, i, measureBefore(s, i - 1), s[i]!, 'number');
}
const IS_NUMBER_MEASURE_HEAD = charTable(NUMBER_MEASURE_HEADS.chars);
const IS_AMOUNT_NOT_MEASURE = charTable(AMOUNT_NOT_MEASURE.chars);
const IS_NOT_SIBLING = charTable(NOT_SIBLING_MARKS.chars);
const SHU = '数'.charCodeAt(0);
const WEI = '为'.charCodeAt(0);
const LIANG = '量'.charCodeAt(0);

/**
 * A measure of number ends right before the classifier at `i` (职工总数|人, 出生数|人, 申请量|件):
 * 数 after a head it counts (not the vague 数 of 数人, 少数), 量 after a noun (not 大量, 尽量).
 */
function numberMeasureBefore(s: string, i: number, uc = s.charCodeAt(i)): boolean {
	const p = s.charCodeAt(i - 1);
	const q = s.charCodeAt(i - 2);
	// (Called at 为 too, for the classifier after it: 投诉量为|件.)
	// (counts8, session 16: those read only after their nouns too, 日均话务量|通, 卷烟销量|箱.)
	if (!isHanCode(q) || (IS_CLASSIFIER[uc] !== 1 && COLLOCATION_ONLY[uc] !== 1)) return false;
	// 人数人, 户数户 (not 嫌疑人数名: 数名 is "several"); 总数, 出生数 before any classifier.
	if (p === SHU) return IS_NUMBER_MEASURE_HEAD[q] === 1 && (IS_CLASSIFIER[q] !== 1 || q === uc);
	return p === LIANG && IS_AMOUNT_NOT_MEASURE[q] !== 1 && NOT_PLAIN[q] !== 1;
}

/** Where the count ending at `e` (exclusive) starts its classifier, past a bracket after it (6起（醉驾2起）) and 次 (230人次): -1 if none. */
function countClassifierBefore(s: string, e: number): number {
	let k = e;
	if (isCloseBracket(s.charCodeAt(k - 1))) {
		let o = k - 2;
		while (o > 0 && k - o <= MAX_ITEM && !isOpenBracket(s.charCodeAt(o))) o--;
		if (!isOpenBracket(s.charCodeAt(o))) return -1;
		k = o;
	}
	if (s.charCodeAt(k - 1) === CI && IS_CLASSIFIER[s.charCodeAt(k - 2)] === 1) k--;
	// (Spaced text too: 特级企业 2 家、.)
	return IS_CLASSIFIER[s.charCodeAt(k - 1)] === 1 && (isDigitCode(s.charCodeAt(k - 2)) || (s.charCodeAt(k - 2) === 32 && isDigitCode(s.charCodeAt(k - 3)))) ? k - 1 : -1;
}

/**
 * A sibling of the bare count at `i` (item [start, i), its count ending at `j`) states its figure
 * with a classifier of the same kind: the item before across 、 (特困供养12人、低保户), the item
 * after across 、 with another classifier of the kind (低保户、特困供养12人: with the same one the
 * figure may total the list, 老人、儿童143人), or the clause before across ，；, where the bare
 * one must be no word and stand alone (醉驾6起（…），超速行驶起). Not where the sibling's figure is
 * a rate or a total (每人联系3户, 等86人).
 */
function siblingStates(s: string, start: number, i: number, j: number, uc: number): boolean {
	const b = start - 1;
	const mark = s.charCodeAt(b);
	if (b > 1 && IS_ITEM_MARK[mark] === 1) {
		const c = countClassifierBefore(s, b);
		if (c > 0 && sameCountKind(uc, s.charCodeAt(c)) && !siblingMarked(s, itemStart(s, c), c)) {
			if (mark === DUN) return true;
			if (bareClassifier(s, i) && standsAlone(s, i)) return true;
		}
	}
	if (s.charCodeAt(j) === DUN) {
		let e = j + 1;
		while (e < s.length && e - j <= MAX_ITEM && BOUND[s.charCodeAt(e)] !== 1) e++;
		const c = countClassifierBefore(s, e);
		if (c > j + 1 && s.charCodeAt(c) !== uc && sameCountKind(uc, s.charCodeAt(c)) && !siblingMarked(s, j + 1, c)) return true;
	} else if (IS_ITEM_MARK[s.charCodeAt(j)] === 1) {
		// 招生计划人，实际录取812人: the next clause ends in a figure and the same classifier.
		let e = j + 1;
		while (e < s.length && e - j <= MAX_ITEM && BOUND[s.charCodeAt(e)] !== 1) e++;
		const c = countClassifierBefore(s, e);
		if (c > j + 1 && s.charCodeAt(c) === uc && !siblingMarked(s, j + 1, c) && bareClassifier(s, i) && standsAlone(s, i)) return true;
	}
	return false;
}

/**
 * The first classifier of a pair at `i - 1` (件 of 件人) is bare: after a noun ending in it (案件|件),
 * or a word of its own after a plain character (逮捕|件|人), and the pair no word for people (收件人).
 */
function pairFirstBare(s: string, i: number): boolean {
	const q = s.charCodeAt(i - 2);
	if (!isHanCode(q) || NOT_PLAIN[q] === 1 || endsWithAny(PEOPLE_WORDS_IN_REN.words, s, i + 1) || classifierWordEnding(s, i) > 0) return false;
	if (q === s.charCodeAt(i - 1)) return true;
	return standsAlone(s, i - 1) && standsAlone(s, i) && classifierWordEnding(s, i - 1) === 0;
}

/** Whether [from, to) holds a mark of a rate or a total (每, 均, 等, 共). */
function siblingMarked(s: string, from: number, to: number): boolean {
	for (let k = from; k < to; k++) if (IS_NOT_SIBLING[s.charCodeAt(k)] === 1) return true;
	return false;
}

/*
 * counts4 (session 13): the clause after a count measures it — the rate of the same thing
 * (随访管理人，随访管理率%) or its change against a period (投诉件，同比下降12%). See
 * RATE_VALUE_MARKS in the lexicon for the fact.
 */
/** The longest name of a rate read at the start of the clause after a count (目标人群覆盖率). */
const RATE_NAME_MAX = 9;
const COMPARISON_WORDS = [...CHANGE_PREFIXES].sort((a, b) => b.length - a.length);
const IS_RATE_VALUE = charTable(RATE_VALUE_MARKS.chars);
const IS_CLAUSE_MARK = charTable('，；,;');
const IS_RATE_BLANK_END = charTable('，；。,;');

/**
 * The rate named at the start of the clause from `k` with its value after it (筛查率99%, 报告及时率、,
 * 覆盖率达到): [start, end) of the name (back to the clause's start), or null.
 */
function rateNamedAt(s: string, k: number): readonly [number, number] | null {
	if (startsWithAny(RATE_GOAL_OPENERS.words, s, k)) return null;
	for (let e = k + 1; e < s.length && e - k <= RATE_NAME_MAX; e++) {
		const c = s.charCodeAt(e - 1);
		if (BOUND[c] === 1 || !isHanCode(c)) return null;
		if (!endsWithAny(RATE_NAME_ENDINGS.words, s, e) || endsWithAny(RATE_NOT_FIGURE.words, s, e)) continue;
		if (e - k < 2) return null;
		// (率 98%: the value after a space; 管理率；: the rate's value left blank too.)
		let v = e;
		while (s.charCodeAt(v) === 32) v++;
		if (IS_RATE_VALUE[s.charCodeAt(v)] === 1 || IS_RATE_BLANK_END[s.charCodeAt(e)] === 1 || startsWithAny(RATE_VERBS.words, s, v)) return [k, e];
		return null;
	}
	return null;
}

/** A comparison with a period and a verb of change open the clause from `k` (同比下降, 较上年增加). */
function changeOpensAt(s: string, k: number): boolean {
	for (const w of COMPARISON_WORDS) if (s.startsWith(w, k)) return startsWithAny(CHANGE_VERBS, s, k + w.length);
	return false;
}

/**
 * The bare classifier at `i` closes its clause at `j` (，；) and the clause after measures the
 * count: its rate or its change against a period. A count where the classifier is no word's end
 * (投诉|件, 特困人员|人), or 的 closes a description before it (有期徒刑的|人，重刑率%), or the rate
 * repeats the two characters right before it, the act counted (规范管理|人，规范管理率: 管理人 is
 * a word elsewhere; 早孕建册|人, 册 a classifier elsewhere).
 */
function measuredAfter(s: string, i: number, j: number): boolean {
	if (IS_CLAUSE_MARK[s.charCodeAt(j)] !== 1) return false;
	let k = j + 1;
	while (s.charCodeAt(k) === 32) k++;
	const rate = rateNamedAt(s, k);
	if (rate === null && !changeOpensAt(s, k)) return false;
	// 防治3.2万亩次，覆盖率: a figure right before is this count's, in a unit of its own; 面积万亩次: a
	// unit or a magnitude before the classifier makes a compound unit (亩次), its figure before the unit.
	if (hasFigure(s, Math.max(0, i - 3), i)) return false;
	const pc = s.charCodeAt(i - 1);
	if (UNIT_BY_TEXT.has(s[i - 1]!) || s.charCodeAt(i - 2) === WAN || s.charCodeAt(i - 2) === YI) return false;
	if (pc === DE) return isHanCode(s.charCodeAt(i - 2)) && (s.charCodeAt(i) === REN || DE_COUNT[s.charCodeAt(i)] === 1);
	if (!isHanCode(pc) || !isHanCode(s.charCodeAt(i - 2))) return false;
	if (rate !== null && s.slice(rate[0], rate[1]).includes(s.slice(i - 2, i)) && NOT_PLAIN[pc] !== 1) return true;
	return bareClassifier(s, i) && (standsAlone(s, i) || countsBefore(s, i));
}

export const countClosingClause: CodeFrame = {
	id: 'count-closing-clause',
	description: '量词收句或收一个列举项，前面的数字缺失：订阅报刊种，存栏头、出栏头',
	starts: COUNT_STARTS,
	find: (line, out) => find(line.s, line.after, out, line.at, line.atCount),
	examples: {
		valid: [
			'全年订阅报刊120种，生猪存栏3200头、出栏5100头。',
			'开拓国内市场、国际市场，完善服务平台。',
			'走访商家，聘请专家，组织大家座谈。',
			'做到进村入户、走村串户，项目负责人、技术负责人到场。',
			'建立县、乡、村三级网络，户、村两级台账。',
			'本年新取得CFA证书12人，持有资格证书的人员全部上岗。',
			'明确项目负责人，落实受理人。',
			'其中大部分，其中负责人。',
			'帮扶脱贫劳动力和残疾人。',
			'关心有困难的人，帮助需要帮助的人。'
		],
		invalid: [
			'全年订阅报刊⟦⟧种，生猪存栏⟦⟧头、出栏⟦⟧头。',
			'开设校本选修课⟦⟧门、⟦⟧门、⟦⟧门，获一等奖3项、二等奖⟦⟧项。',
			'全村有6个村民小组，⟦⟧户、1860人。',
			'本年新取得CFA证书⟦⟧人，持有中级以上职业资格证书的⟦⟧人。',
			'查处违纪案件12件，追责问责⟦⟧人。',
			'在校生3200人，其中高职⟦⟧人、五年一贯制⟦⟧人。',
			'全村辖 9 个村民小组、386 户⟦⟧人, 耕地 2000 亩。',
			'纳入特困供养对象⟦12**⟧户⟦⟧人，发放救助金若干。',
			'应届毕业生中，选择就业的426人，选择升学的⟦⟧人；其中考取研究生的⟦⟧人，考取公务员的⟦⟧人。'
		]
	}
};
