/**
 * A unit or classifier with nothing before it: 实现工业总产值亿元, 新增规上企业家；, 接待游客人次。
 * Strong units (亿元, %, 平方米) want their figure wherever they follow a noun; loose ones (元,
 * 亩, 批次) and classifiers only where the clause ends after them, and a classifier only after
 * what it counts (企业|家, 隐患|处) or a verb that demands a figure (完成|件).
 */
import {
	ALL_UNITS,
	BOUND_VERBS,
	CAPACITY_BEFORE,
	CAPACITY_KINDS,
	CATEGORY_AFTER_UNIT,
	CHU_NOT_AFTER,
	CLASSIFIERS,
	CLASSIFIER_BEFORE,
	CLASSIFIER_HEAD_SET,
	CLASSIFIER_NOT_AFTER,
	CLASSIFIER_OPEN_AFTER,
	CLASSIFIER_WORDS,
	CLAUSE_END,
	COUNTED_NOUN_ENDINGS,
	COMPOUND_COUNT_UNITS,
	COUNTED_NOUN_NOT,
	COUNT_CLOSE_MARKS,
	COUNT_NOUN_HEADS,
	CURRENCY_NAME_BEFORE,
	ENTREPRENEUR_PEOPLE,
	EVENT_MEETING_HEADS,
	FIRM_ACTIONS,
	FIRM_CLASSES,
	FIRM_QUALIFIERS,
	LAND_BEFORE_MU,
	LIST_MEASURE_FOLLOW,
	LOOSE_COUNTS,
	LOOSE_SINGLE,
	MASK,
	MEASURE_NAME_FOLLOW,
	MI_WORD_HEADS,
	MULTITUDE_HEADS,
	MU_MEASURE_AFTER,
	NAME_CLOSE_MARKS,
	NOT_BEFORE_COUNT,
	PEOPLE_SERVICES,
	PERCENT_UNITS,
	QUANTITY_VERBS,
	SLOGAN_CLOSE_MARKS,
	CHANGE_VERBS,
	QUANTITY_VERB_LAST,
	QUOTED_COUNT_CLASSIFIERS,
	SITE_WORK_VERBS,
	STRONG_UNITS,
	TEMPLATE_ALTERNATIVES,
	UNIT_BY_TEXT,
	UNIT_FIELD_LABELS,
	VAGUE_BEFORE_UNIT,
	SURPLUS_WORD_HEADS,
	MORE_THAN_COUNT_CLASSIFIERS,
	VAGUE_ENDING_NOUNS,
	PART_NAMING_CLASSIFIERS,
	FROM_ON_OPENERS,
	SHARE_BASE_OPENERS,
	OUTPUT_MEASURES,
	INTENSITY_MEASURES,
	STAPLES_AFTER_RICE,
	UNIT_NAMED_DEVICES,
	PER_UNIT_CHARGES,
	classifierWordEnding
} from '../lexicon';
import { charTable, isClauseEnd, isCnNumeral, isDigit, isHan, isLatin } from '../text/chars';
import { escapeClass, escapeRe } from '../text/regex';
import { wordAt, wordsAround } from '../text/segment';
import { measureBefore } from '../text/measure';
import { rowsApart } from '../text/continuation';
import type { Frame, FrameOutput, Line } from './types';
import { alt, cellsAfterUnit, END } from './shared';

const CATEGORY_FIRST = new Set(CATEGORY_AFTER_UNIT.map((c) => c[0]!));
const NOUN_SUFFIX_CHARS = COUNTED_NOUN_ENDINGS.chars;
const MEASURE_FOLLOW = MEASURE_NAME_FOLLOW.chars;
/** The most spaces a figure deleted from a sentence leaves (its own and one either side). */
const MAX_FIGURE_SPACES = 12;
/** Wide spaces after a unit, then a cell of a figure, a mask or a sign (万吨␣␣␣␣3860, 亿元␣␣␣␣-%): the unit fills a cell of its own (户␣␣人 is prose, two figures gone). */
const UNIT_CELL_AFTER = /^(?: {2,}|\t)[ \t]*(?:[+\-−±≤≥<>＜＞]?[0-9%％‰]|[xX*×]{2})/;
/** Works counted in places (拆除违建处, 整治黑臭水体处): a works verb opens the clause. */
const SITE_WORK_CLAUSE = new RegExp(`(?:^|[，。；、：])(?:${alt(SITE_WORK_VERBS.words)})[^，。；、：]{1,8}$`);
const PEOPLE_ACTIVITY: ReadonlySet<string> = new Set(PEOPLE_SERVICES.words);
// Units and classifiers; the loose ones only where the clause ends right after them (or 的亩),
// so the engine's regex, not JavaScript, filters the many ordinary 人、个、天 in prose.
const LOOSE_ALT = [
	...LOOSE_COUNTS,
	...LOOSE_SINGLE,
	...CLASSIFIERS,
	...STRONG_UNITS.filter((u) => u.length === 2 && u[0] === '万' && CLASSIFIERS.includes(u[1]!))
];
const STRICT_ALT = STRONG_UNITS.filter((u) => !LOOSE_ALT.includes(u));
/**
 * Loose units of one character that measure an output (吨, not 米, which after 年产 is rice, nor
 * 元 or 亩): right after a capacity (年产, 日处理) they want their figure, whatever follows.
 */
const CAPACITY_SINGLE_UNITS: readonly string[] = [...LOOSE_SINGLE].filter((u) => CAPACITY_KINDS.includes(UNIT_BY_TEXT.get(u)?.kind ?? 'magnitude'));
/** Units of time (分钟, 小时, 课时): a span within them (在小时内) or naming a circle (“分钟服务圈”). */
const TIME_UNITS: readonly string[] = ALL_UNITS.filter((u) => UNIT_BY_TEXT.get(u)?.kind === 'time');
/** What must follow a loose unit or classifier with no figure before it: the clause ends (or 的, 已, 以上…). */
const LOOSE_AFTER = `(?=[${escapeClass(CLAUSE_END)}\\r]|$|的|已|/|标准?煤|[（(][${CLASSIFIERS}][）)]|[和与及][${CLASSIFIERS}](?:[${escapeClass(CLAUSE_END)}\\r]|$)|以[上内下](?:[${escapeClass(CLAUSE_END)}\\r]|$)|左右)`;
/**
 * The unit regex for the units that start with `first` (sticky, tried at one position): strong
 * units anywhere, loose ones and classifiers where the clause ends, 的亩, 土地亩, 小时内, “分钟…”,
 * 每人元. One small regex per first character, not one alternation of every unit: the regex engine
 * tries alternatives one by one, so a candidate costs what its own first character offers.
 */
function unitRe(first: string): RegExp | undefined {
	const starts = (xs: readonly string[]) => xs.filter((u) => u[0] === first).map(escapeRe);
	const branches: string[] = [];
	const loose = [...starts(LOOSE_ALT.filter((u) => u.length > 1)), ...(`${CLASSIFIERS}元亩吨亿万米`.includes(first) ? [escapeRe(first)] : [])];
	const afterWord = [...starts(STRICT_ALT), ...(loose.length > 0 ? [`(?:${loose.join('|')})${LOOSE_AFTER}`] : [])];
	// The lookbehind drops, inside the regex engine, the many units that follow their figure.
	if (afterWord.length > 0) branches.push(`(?<![0-9.])(?:${afterWord.join('|')})`);
	// 年产万套汽车线束: a loose unit of several characters right after a capacity, a noun after it.
	const looseMulti = starts(LOOSE_ALT.filter((u) => u.length > 1));
	if (looseMulti.length > 0) branches.push(`(?<=${alt(CAPACITY_BEFORE.words)})(?:${looseMulti.join('|')})`);
	// 年产吨预制菜项目: a capacity's unit of one character right after it, the product after that.
	const capacitySingle = starts(CAPACITY_SINGLE_UNITS);
	if (capacitySingle.length > 0) branches.push(`(?<=(?:${alt(CAPACITY_BEFORE.words)}) *)(?:${capacitySingle.join('|')})`);
	if ('元亩吨'.includes(first)) branches.push(`(?<=的)${first}`);
	// 组织党员余人参与: a count of people after 余 after a noun, the act after it (unitSlot reads the 余).
	if (MORE_THAN_COUNT_CLASSIFIERS.chars.includes(first)) branches.push(`(?<=[\\u4e00-\\u9fff]余)${first}(?=[\\u4e00-\\u9fff])`);
	if (first === '亩') branches.push(`(?<=[${LAND_BEFORE_MU.chars}])亩`);
	const time = starts(TIME_UNITS);
	if (time.length > 0) branches.push(`(?:${time.join('|')})(?=内|以内)`, `(?<=[“"「])(?:${time.join('|')})(?=[\\u4e00-\\u9fff])`);
	const perOne = starts([...LOOSE_SINGLE]);
	if (perOne.length > 0) branches.push(`(?<=每[\\u4e00-\\u9fff] *)(?:${perOne.join('|')})`);
	return branches.length > 0 ? new RegExp(branches.join('|'), 'y') : undefined;
}
/** The unit regex of each character a unit can start with; the scan tries only these. */
const UNIT_RES = new Map<number, RegExp>();
for (const c of new Set([...STRICT_ALT, ...LOOSE_ALT, ...CLASSIFIERS, ...'元亩吨亿万米'].map((u) => u[0]!))) {
	const re = unitRe(c);
	if (re) UNIT_RES.set(c.charCodeAt(0), re);
}
/** The characters a unit can start with: the regex runs only at these (the engine hands the frame where they stand). */
const UNIT_STARTS = [...UNIT_RES.keys()].map((c) => String.fromCharCode(c)).join('');
/**
 * A cheap test before the regex, from the same lists: the characters that may follow a unit's
 * first character in a match (家校共育 has no 家 the regex could take), as a small matrix of
 * first-character index × next-character index (typed arrays: no hashing per candidate). A first
 * character that is a whole strong unit (%, ℃) takes any next character, and so does every
 * character after what the look-behind branches test (的亩, 土地亩, “分钟…”, 每人元, 每人 元).
 */
const FIRST_INDEX = new Uint8Array(65536);
const NEXT_INDEX = new Uint8Array(65536);
const ANY_NEXT = new Uint8Array(65536);
const nextOf = new Map<string, string>();
for (const code of UNIT_RES.keys()) {
	const c = String.fromCharCode(code);
	const units = [...STRICT_ALT, ...LOOSE_ALT, ...TIME_UNITS].filter((u) => u[0] === c);
	if (units.some((u) => u.length === 1 && STRICT_ALT.includes(u))) ANY_NEXT[code] = 1;
	let next = units.filter((u) => u.length > 1).map((u) => u[1]!).join('');
	if (`${CLASSIFIERS}元亩吨亿万米`.includes(c)) next += `${CLAUSE_END}\r的已/标（(和与及以左`;
	nextOf.set(c, next);
}
const nextChars = [...new Set([...nextOf.values()].join(''))];
nextChars.forEach((n, k) => (NEXT_INDEX[n.charCodeAt(0)] = k + 1));
const NEXT_WIDTH = nextChars.length + 1;
const NEXT_PAIRS = new Uint8Array((nextOf.size + 1) * NEXT_WIDTH);
[...nextOf].forEach(([c, next], k) => {
	FIRST_INDEX[c.charCodeAt(0)] = k + 1;
	for (const n of next) NEXT_PAIRS[(k + 1) * NEXT_WIDTH + NEXT_INDEX[n.charCodeAt(0)]!] = 1;
});
/** Characters before a unit that one of the look-behind branches reads: no pre-test after them. */
const LOOKBEHIND_BEFORE = charTable(`的余${LAND_BEFORE_MU.chars}“"「 ${CAPACITY_BEFORE.words.map((w) => w[w.length - 1]).join('')}`);
const MEI = '每'.charCodeAt(0);
/** Whether the regex for the unit starting at `pos` may match at all (never false where it would). */
function mayMatch(s: string, pos: number, code: number): boolean {
	if (ANY_NEXT[code] === 1 || pos + 1 >= s.length || LOOKBEHIND_BEFORE[s.charCodeAt(pos - 1)] === 1 || s.charCodeAt(pos - 2) === MEI) return true;
	return NEXT_PAIRS[FIRST_INDEX[code]! * NEXT_WIDTH + NEXT_INDEX[s.charCodeAt(pos + 1)]!] === 1;
}
/**
 * First characters that are only ever a whole unit of one character (元), with the heads every
 * such unit is the tail of (亿, 万: 亿元): after one of them the unit is part of a longer one, so
 * it is skipped before the regex — the same outcome, as the match would be one character long.
 */
const SINGLE_TAIL_HEADS = new Map<number, string>();
/**
 * For a unit that is the tail of a longer unit (百分点 of 个百分点, 次 of 人次), the heads that
 * make it that longer unit: after a figure the regex skips the head and may land on the tail.
 */
const TAIL_HEADS = new Map<string, string[]>();
for (const whole of [...STRONG_UNITS, ...LOOSE_COUNTS]) {
	for (let cut = 1; cut < whole.length; cut++) {
		const tail = whole.slice(cut);
		if (STRONG_UNITS.includes(tail) || LOOSE_COUNTS.has(tail) || LOOSE_SINGLE.has(tail) || (tail.length === 1 && CLASSIFIERS.includes(tail))) {
			TAIL_HEADS.set(tail, [...(TAIL_HEADS.get(tail) ?? []), whole.slice(0, cut)]);
		}
	}
}
/** Whether one of `words` starts at `j` of `s` (a loop, not a closure per candidate). */
function startsWithAny(s: string, j: number, words: readonly string[]): boolean {
	for (let w = 0; w < words.length; w++) if (s.startsWith(words[w]!, j)) return true;
	return false;
}
/** For a classifier, the first characters of the words it is the second character of (立|项, 名|次). */
const CLASSIFIER_WORD_HEADS = new Map<string, string>();
for (const w of CLASSIFIER_WORDS) if (w.length >= 2) CLASSIFIER_WORD_HEADS.set(w[1]!, (CLASSIFIER_WORD_HEADS.get(w[1]!) ?? '') + w[0]!);
/** Whether one of `heads` ends at `i` of `s` (a loop, not a closure per candidate). */
function endsWithAny(s: string, i: number, heads: readonly string[]): boolean {
	for (let h = 0; h < heads.length; h++) if (s.endsWith(heads[h]!, i)) return true;
	return false;
}
for (const code of UNIT_RES.keys()) {
	const c = String.fromCharCode(code);
	const units = [...STRICT_ALT, ...LOOSE_ALT, ...TIME_UNITS, ...CLASSIFIERS, ...'元亩吨亿万米'].filter((u) => u[0] === c);
	const heads = TAIL_HEADS.get(c)?.filter((h) => h.length === 1).join('');
	if (heads && units.every((u) => u === c)) SINGLE_TAIL_HEADS.set(code, heads);
}
/**
 * Verbs and frames that stand right before a figure (收入完成万元, 投资突破亿元, 不少于人, 约人,
 * 缩短到天): a unit or classifier after them always wants its number, whatever the character
 * before it would otherwise suggest (成 of 完成 is not the 成 of 成千, 过 of 超过 not 超).
 */
/** The quantity verbs of at most four characters by their last character: a short list per candidate. */
const QUANTITY_VERBS_BY_LAST = new Map<string, string[]>();
for (const w of QUANTITY_VERBS) if (w.length <= 4) QUANTITY_VERBS_BY_LAST.set(w[w.length - 1]!, [...(QUANTITY_VERBS_BY_LAST.get(w[w.length - 1]!) ?? []), w]);
/** Whether a quantity verb, or one and 了 after it, ends at `k` within the four characters before it. */
function quantityVerbBefore(s: string, k: number): boolean {
	const withLe = s[k - 1] === '了';
	if (withLe) {
		const list = QUANTITY_VERBS_BY_LAST.get(s[k - 2] ?? '');
		if (list !== undefined) for (let v = 0; v < list.length; v++) if (list[v]!.length <= 3 && s.endsWith(list[v]!, k - 1)) return true;
	}
	const list = QUANTITY_VERBS_BY_LAST.get(s[k - 1] ?? '');
	if (list !== undefined) for (let v = 0; v < list.length; v++) if (s.endsWith(list[v]!, k)) return true;
	return false;
}
/** 以上 / 以内 after a unit that closes its clause: a bound on a figure (达到万元以上，). */
const BOUND_AFTER_UNIT = new RegExp(`^以[上内下](?:${END})`);
/**
 * A classifier in brackets right after a classifier: one count unit or the other (校准设备12台（套）,
 * 接收档案1200卷（件）, 培育合作社8个（家）).
 */
const SET_IN_BRACKETS = new RegExp(`^[（(][${CLASSIFIERS}][）)]`);
/**
 * Whether the classifier `u` ending at `j` has another classifier in brackets after it, in prose:
 * not the same one (案件（件）: a row label and its unit) and not a table's label cell (会员农场(家)
 * then the columns, | 法律援助案件（件） |): something other than a cell's edge follows the bracket.
 */
function setInBrackets(s: string, j: number, u: string): boolean {
	if (!SET_IN_BRACKETS.test(s.slice(j, j + 3)) || s[j + 1] === u) return false;
	const after = s[j + 3];
	return after !== undefined && after !== ' ' && after !== '\t' && after !== '|';
}
/** 门诊人次、住院人次分别增长: a list of counts named as measures, what follows in its sentence. */
const LIST_MEASURE_RE = new RegExp(`^[^。；\\n]*(?:${alt(LIST_MEASURE_FOLLOW.words)})`);
/** 单位 万元: a column's unit after its label. */
const UNIT_FIELD_LABEL = new RegExp(`(?:${alt(UNIT_FIELD_LABELS.words)})$`);
/** A verb of reaching earlier in the clause (完成投资亿元以上；, 力争全年招引产业项目资金亿元以上；): the bound is a target. */
const BOUND_VERB_IN_CLAUSE = new RegExp(`(?:${alt(BOUND_VERBS.words)})[^，。；、：\\s]{0,10}$`);
/**
 * A verb of quantity and its object earlier in the clause (引进县外内资亿元以上，, 培育企业营收亿元
 * 以上，): the bound closing the clause is a target whose figure is gone. After 在 the unit names a
 * range of sizes (投资规模在亿元以上，), which BOUND_VERBS' 稳定在, 控制在 still make a target.
 */
const QUANTITY_VERB_IN_CLAUSE = new RegExp(`(?:${alt(QUANTITY_VERBS)})[^，。；、：\\s的]{0,8}$`);
const ENTREPRENEUR_QUALIFIER = new RegExp(`(?:${alt(FIRM_QUALIFIERS.words)})$|(?:${alt(FIRM_ACTIONS.words)})[^，。；]{0,4}$`);

type Emit = FrameOutput['gap'];

/** 占总诊疗人次的: 占 opening the clause's share, what stands between it and the unit naming the whole. */
const SHARE_BASE_BEFORE = new RegExp(`(?:${alt(SHARE_BASE_OPENERS.words)})[^，。；、：,;:0-9]{0,8}$`);
/** 万元工业增加值能耗, 亿元GDP生产安全事故死亡率: the output an intensity is taken per, then the intensity. */
const INTENSITY_AFTER_UNIT = new RegExp(`^(?:${alt(OUTPUT_MEASURES.words)})(?:${alt(INTENSITY_MEASURES.words)})`);
/**
 * A money unit naming the base of an intensity indicator (园区万元工业增加值能耗下降), or a unit naming
 * a device (设置分贝显示屏): part of a name, not a figure's unit.
 */
function unitInName(s: string, j: number, u: string): boolean {
	if (UNIT_BY_TEXT.get(u)?.kind === 'money' && INTENSITY_AFTER_UNIT.test(s.slice(j, j + 16))) return true;
	return startsWithAny(s, j, UNIT_NAMED_DEVICES.words);
}
/** The longest unit of the table, in characters: how far back a unit before a classifier is looked for. */
const LONGEST_UNIT = Math.max(...ALL_UNITS.map((x) => x.length));
/**
 * A unit with its figure ends at `k` (13公里|处, 500米|处): a classifier right after it marks a place
 * or a part measured so (镇政府西北13公里处), its figure already written.
 */
function measuredUnitBefore(s: string, k: number): boolean {
	for (let n = 1; n <= LONGEST_UNIT && n < k; n++) if (UNIT_BY_TEXT.has(s.slice(k - n, k)) && isDigit(s[k - n - 1])) return true;
	return false;
}
/**
 * A word of the lexicon ends at the classifier opening the line (`at` in the joined text: 街⏎面 is 街面),
 * unless the character before the break ends a longer word of its own (使用⏎处: 使用, then a count of
 * places; 用处 is not read across it).
 */
function lexiconWordAcrossBreak(joined: string, at: number): boolean {
	if (classifierWordEnding(joined, at) === 0) return false;
	const [ws, we] = wordAt(joined, at - 1);
	return !(we === at && ws < at - 1);
}
/** Kinds of the units a count is stated in (批次, 人次): 个 before one counts it as a noun. */
const COUNT_UNIT_KINDS: readonly string[] = ['count', 'people'];
/**
 * The same classifier, itself a count (after its figure, a mask or 的: 12件, 交办的件), stands right
 * before a noun of two or three characters that ends in it (信访件): the noun is what it counts, its
 * last character part of the word (not 得分低于分, 事项精简项: a word and a verb before the classifier).
 */
function countedBySameClassifier(s: string, k: number, u: string): boolean {
	for (let m = 2; m <= 3; m++) {
		if (s[k - m - 1] !== u) continue;
		const c = s[k - m - 2];
		if (c === undefined || !(isDigit(c) || MASK.includes(c) || c === '的')) continue;
		let han = true;
		for (let q = k - m; q < k; q++) if (!isHan(s[q]) || isCnNumeral(s[q]) || CLASSIFIERS.includes(s[q]!)) han = false;
		if (han) return true;
	}
	return false;
}

/**
 * A classifier at `i` that counts only particular things, after anything else (and not after a
 * verb demanding a figure or a pair's 和): 方面, 全面 — no figure is gone.
 */
function rejectsClassifier(s: string, i: number): boolean {
	const u = s[i]!;
	const only = CLASSIFIER_BEFORE[u];
	const b = s[i - 1]!;
	return only !== undefined && !only.includes(b) && !(b === '数' && s[i - 2] === u) && !QUANTITY_VERB_LAST.includes(b) && !CLASSIFIER_OPEN_AFTER.chars.includes(b) && !(u === '人' && PEOPLE_ACTIVITY.has(s.slice(i - 2, i))) && u !== '处' && !countedNoun(s, i) && !setInBrackets(s, i + 1, u) && !closedName(s, i, u);
}
/** Classifiers that count particular things and start no longer unit: rejectable before the regex. */
const SINGLE_ONLY = charTable(
	Object.keys(CLASSIFIER_BEFORE)
		.filter((c) => c.length === 1 && !'元亩吨'.includes(c) && ![...STRICT_ALT, ...LOOSE_ALT].some((u) => u.length > 1 && u[0] === c))
		.join('')
);

/** 上升(下降)个百分点, 多(少)万元: a template offering alternatives, its figure left out after them. */
const ALTERNATIVES = new RegExp(`[(（](?:${alt(TEMPLATE_ALTERNATIVES.words)})[)）]$`);

function unitSlots(s: string, emit: Emit, line: Pick<Line, 'before'>, at: Int32Array, count: number): void {
	// The unit regexes are sticky and tried only where a unit can start (the engine's positions of
	// UNIT_STARTS, in order) and no figure stands right before (its own look-behind): the same
	// matches as a global scan, without trying every character.
	let next = 0;
	for (let a = 0; a < count; a++) {
		const pos = at[a]!;
		if (pos < next) continue; // inside the unit matched last
		const before = s.charCodeAt(pos - 1);
		if ((before >= 48 && before <= 57) || before === 46) continue; // most units follow their figure
		// 方面，全面，: a classifier that counts only particular things after anything else — the
		// commonest reject, made before the regex where no longer unit starts with the character.
		const code = s.charCodeAt(pos);
		if (SINGLE_ONLY[code] === 1 && pos > 0 && rejectsClassifier(s, pos)) continue;
		if (!mayMatch(s, pos, code)) continue;
		const tailOf = SINGLE_TAIL_HEADS.get(code);
		if (tailOf !== undefined && pos > 0 && tailOf.includes(s[pos - 1]!)) continue;
		const re = UNIT_RES.get(code)!;
		re.lastIndex = pos;
		if (!re.test(s)) continue; // test, not exec: no match array per candidate
		const end = re.lastIndex;
		const u = s.slice(pos, end);
		// 亿元 after its figure: 元 is the tail of a longer unit whose head stands right before it.
		const heads = TAIL_HEADS.get(u);
		if (heads === undefined || !endsWithAny(s, pos, heads)) unitSlot(s, pos, u, heads, emit, line);
		next = end;
	}
}

/**
 * The unit or classifier `u` at `i`, no figure right before it: a gap, or why not. Its own
 * function, not the scan loop's body: the closures below make V8 allocate a context for the
 * block they capture from, and inside the loop that was one per character of the line.
 */
/**
 * `line.before` is read only where the unit opens the line: the engine keeps a line's run for the
 * next runs over it (frames/engine.ts), and one that did not read the line before stands for any.
 */
function unitSlot(s: string, i: number, u: string, heads: readonly string[] | undefined, emit: Emit, line: Pick<Line, 'before'>): void {
	if (u.length === 1 && i > 0 && rejectsClassifier(s, i)) return;
	const j = i + u.length;
	const classifier = u.length === 1 && CLASSIFIERS.includes(u);
	const loose =
		classifier || LOOSE_SINGLE.has(u) || LOOSE_COUNTS.has(u) || (u.length === 2 && u[0] === '万' && CLASSIFIERS.includes(u[1]!));
	const next = s[j];
	// 米、面、油: rice listed with other staples.
	if (u === '米' && next === '、' && STAPLES_AFTER_RICE.chars.includes(s[j + 1] ?? '\n')) return;
	// 万元工业增加值能耗, 分贝显示屏: the unit is part of a name.
	if (next !== undefined && !isClauseEnd(next) && unitInName(s, j, u)) return;
	// Loose units need the clause to end right after them (收入元，) — cheapest test first.
	const afterDe = !classifier && s[i - 1] === '的'; // 3家企业的亩闲置用地: 的 + unit always wants a number
	if (
		loose &&
		!afterDe &&
		!(isClauseEnd(next) || moreThanActed(s, i, u) || (next === '以' && BOUND_AFTER_UNIT.test(s.slice(j, j + 3))) || (classifier && pairedGap(s, j, u)) || (classifier && setInBrackets(s, j, u)) || next === '的' || next === '已' || (u === '元' && next === '/') || perUnit(s, j) || landInMu(s, i, u) || quotedName(s, i, j, u) || withinTime(s, j, u) || perBase(s, i) || s.startsWith('左右', j) || (u === '吨' && /^标(?:准)?煤/.test(s.slice(j, j + 3))) || (!classifier && capacityBefore(s, i)))
	)
		return;
	if (u === '人次' && next !== undefined && MEASURE_FOLLOW.includes(next)) return;
	// 占总诊疗人次的31.2%: the unit, then 的, names the whole a share is taken of.
	// (A count's unit only: 占地亩的 is land taken, 占比距%的目标 a share short of its target.)
	if (next === '的' && COUNT_UNIT_KINDS.includes(UNIT_BY_TEXT.get(u)?.kind ?? 'magnitude') && SHARE_BASE_BEFORE.test(s.slice(Math.max(0, i - 10), i))) return;
	// “党员进楼栋”, “走千家、访万户”: a classifier closing a quoted slogan or name is part of its words.
	if ((classifier || (u.length === 2 && (u[0] === '万' || u[0] === '亿') && CLASSIFIERS.includes(u[1]!))) && next !== undefined && SLOGAN_CLOSE_MARKS.chars.includes(next) && isHan(s[i - 1]) && closesQuote(s, j)) return;
	// 门急诊人次(人次) 46210, 献血人次（万）: a row label with its unit in brackets after it.
	if (labelUnit(s, j)) return;
	// 从下周起, 从接到报警起: 起 closing a phrase of time opened by 从 or 自 ("from … on").
	if (u === '起' && fromOnClause(s, i)) return;
	// 工作总结（党建篇）: a part of a writing named by its topic, alone in brackets.
	if (classifier && PART_NAMING_CLASSIFIERS.chars.includes(u) && topicInBrackets(s, i, j)) return;
	let k = i;
	while (k > 0 && s[k - 1] === ' ') k--;
	const spaced = k < i;
	// 利润总额␣␣␣…␣␣%: spaces wider than any figure part the cells of a table row whose figures are all
	// gone, one gap per column (rules/column-table.ts reads the row against its header).
	if (i - k > MAX_FIGURE_SPACES) return;
	// 工业总产值 亿元 126.8: a flattened table row (name, unit, figure), not a gap.
	// 合同金额 万元；: prose, the unit closing its clause, is no column label.
	// 建筑业总产值␣␣␣␣亿元␣␣␣␣␣␣␣␣-%, 报批用地 公顷␣␣␣␣%: a unit in a cell of its own, spaces on both sides and a
	// figure's or a sign's cell after it, is a 单位 column's; the figure's cell is further on (rules/column-table.ts).
	if (spaced && (cellsAfterUnit(s, j) || UNIT_CELL_AFTER.test(s.slice(j, j + 40)) || (UNIT_FIELD_LABEL.test(s.slice(Math.max(0, k - 4), k)) && !(next !== undefined && CLAUSE_END.includes(next))))) return;
	// 门诊人次、住院人次分别增长…: counts named as measures in a list, not gaps.
	if ((LOOSE_COUNTS.has(u) || u === '人次') && next === '、' && LIST_MEASURE_RE.test(s.slice(j, j + 40))) return;
	if (!spaced && (s[k - 1] === ')' || s[k - 1] === '）')) {
		// 多(少)万元 offers alternatives; 冻品(HS编码0303.89)批。 notes a code: the figure goes after.
		// Looked for in a short window only, so a line of many ")亿元" stays linear.
		const win = Math.max(0, k - 21);
		const w = s.slice(win, k);
		const rel = Math.max(w.lastIndexOf('('), w.lastIndexOf('（'));
		const open = rel < 0 ? -1 : win + rel;
		const alternatives = ALTERNATIVES.test(s.slice(Math.max(0, k - 5), k));
		const note = !alternatives && open >= 0 && k - open <= 20 && (classifier || LOOSE_COUNTS.has(u)) && isClauseEnd(next) && /[0-9A-Za-z]/.test(s.slice(open, k));
		if ((alternatives || note) && open >= 0 && isHan(s[open - 1]) && (!loose || isClauseEnd(next))) {
			emit(i, i, measureBefore(s, open), u, PERCENT_UNITS.has(u) ? 'percent' : 'number');
			return;
		}
	}
	let p = s[k - 1];
	let shifted = false;
	let surplusWord = false;
	// 聘请“招商大使”名。, 编印《统计年鉴》册。, 生态安葬（树葬、海葬）例，: the counted thing is a quoted
	// name, a title or a bracketed list, closed right before the classifier (（一）项 numbers a heading).
	// (counts6, session 15: a count of visits or times after one too — 适用“首违不罚”户次，评出“文明班级”个次、.)
	const quoted = !spaced && ((classifier && closedName(s, k, u) && isClauseEnd(s[i + 1])) || (u.length === 2 && LOOSE_COUNTS.has(u) && closedName(s, k, u[0]!) && isClauseEnd(next)));
	if (p === undefined) {
		const lineBefore = line.before;
		// 余额⏎亿元: a unit opening a line whose sentence runs on from the previous one.
		const q = lineBefore[lineBefore.length - 1];
		// 手术台⏎次: the line break split a longer unit (台次), whose figure is before it.
		// 国⏎家, 档⏎次: a word wrapped across the break.
		const joined = lineBefore + s.slice(0, 4);
		const split = (heads !== undefined && heads.some((h) => lineBefore.endsWith(h))) || (u.length === 1 && (CLASSIFIER_WORDS.includes(q + u) || lexiconWordAcrossBreak(joined, lineBefore.length) || wordAt(joined, lineBefore.length)[0] < lineBefore.length));
		// 直接经济损失␣␣␣␣万元⏎亿元GDP死亡率␣␣␣␣…: rows of a list, the line before closed by its unit's cell.
		if (k === 0 && !split && (!classifier || isClauseEnd(next)) && isHan(q) && !isCnNumeral(q) && !rowsApart(lineBefore, s)) {
			emit(0, 0, measureBefore(lineBefore, lineBefore.length), u, PERCENT_UNITS.has(u) ? 'percent' : 'number');
		}
		return;
	}
	if (spaced && loose && !isClauseEnd(next) && !perUnit(s, j) && !perBase(s, k) && !(next === '以' && BOUND_AFTER_UNIT.test(s.slice(j, j + 3))) && !capacityBefore(s, i)) return;
	// 建筑面积万平方米, 帮扶群众余人: a magnitude or 余 whose own figure is gone. The gap
	// sits before it; after a numeral or a vague word (数万, 十余, 近万) it is filled.
	if (!spaced && (p === '余' || ((p === '万' || p === '亿') && u[0] !== '万' && u[0] !== '亿'))) {
		let pp = s[k - 2];
		// 提供岗位  余个, 违法 万起, 订单 万余笔: the figure's place left as spaces before 余 or a
		// magnitude (not a flattened table row: 清查单位 万个 12.3).
		const spacesEnd = pp === ' ' ? k - 1 : p === '余' && (pp === '万' || pp === '亿') && s[k - 3] === ' ' ? k - 2 : -1;
		if (spacesEnd > 0) {
			let q = spacesEnd;
			while (q > 0 && s[q - 1] === ' ') q--;
			if (isHan(s[q - 1]) && !isCnNumeral(s[q - 1]) && !VAGUE_BEFORE_UNIT.includes(s[q - 1]!) && !/^ +[0-9]/.test(s.slice(j, j + 12)) && !UNIT_CELL_AFTER.test(s.slice(j, j + 40))) {
				emit(q, spacesEnd, measureBefore(s, q), u, 'number');
				return;
			}
			pp = undefined;
		}
		// 补贴资金万余元: 万 before 余 is the magnitude of a figure that is gone.
		if (p === '余' && (pp === '万' || pp === '亿') && isHan(s[k - 3]) && !isCnNumeral(s[k - 3]) && !VAGUE_BEFORE_UNIT.includes(s[k - 3]!)) {
			emit(k - 2, k - 2, measureBefore(s, k - 2), u, 'number');
			return;
		}
		// 建成“妇女微家”余个，: 余 after a closed name, the figure gone between them.
		if (p === '余' && classifier && closedName(s, k - 1, u) && isClauseEnd(next)) {
			emit(k - 1, k - 1, measureBefore(s, k - 2), u, 'number');
			return;
		}
		if (pp === undefined || !isHan(pp) || isCnNumeral(pp) || VAGUE_BEFORE_UNIT.includes(pp)) return;
		// 其余, 业余, 剩余, 结余: 余 ends a word; but where the segmenter reads 余 as opening a word with
		// the unit after it (就业|余人), 余 is "more than" after a figure gone.
		// (A classifier only: 结余|亿元 is a balance, whatever the segmenter reads.)
		// counts6 (session 15): a strong unit after such a word (结余|万元, 剩余|亿元) measures it, its
		// figure gone between them; 余 stays the last character before the unit, not "more than".
		if (p === '余' && SURPLUS_WORD_HEADS.chars.includes(pp) && !(classifier && wordAt(s, k - 1)[0] === k - 1)) {
			if (loose) return;
			surplusWord = true;
		} else {
			k--;
			p = pp;
			shifted = true;
		}
	}
	// 数十个批次, 3个批次: 个 after its figure counts the unit after it as a noun (a count unit, not a span: 多个小时 wants its figure).
	if (!spaced && !shifted && p === '个' && (isDigit(s[k - 2]) || isCnNumeral(s[k - 2])) && COUNT_UNIT_KINDS.includes(UNIT_BY_TEXT.get(u)?.kind ?? 'magnitude')) return;
	// 按平方米计价, 以立方米计: the unit a charge is reckoned in.
	if (!spaced && (p === '按' || p === '以') && startsWithAny(s, j, PER_UNIT_CHARGES.words)) return;
	// 西北13公里处: a classifier after a unit with its figure.
	if (!spaced && classifier && measuredUnitBefore(s, k)) return;
	// 人数人, 户数户: 数 ending a noun, not the vague 数 of 数十.
	// counts6 (session 15): 小时数小时, 床日数床日 — the number of a unit of two characters, then that unit.
	const countNoun = p === '数' && (COUNT_NOUN_HEADS.chars.includes(s[k - 2] ?? '') || s.endsWith(u, k - 1));
	if (isDigit(p) || (isCnNumeral(p) && !countNoun && !surplusWord && !(PERCENT_UNITS.has(u) && !spaced && numberedName(s, k))) || MASK.includes(p) || p === '.' || p === '〇') return;
	// 2xxx口人, 24个小时内: a classifier and a unit that make one unit after their figure, counted.
	if ((isDigit(s[k - 2]) || MASK.includes(s[k - 2] ?? '\n')) && COMPOUND_UNITS.has(p + u)) return; // the pair joined only after a figure or a mask
	// 每百出院人次报告例: the unit closes the base of a rate (每百 + what is counted), not a figure gone.
	if (!spaced && perNumberBase(s, k)) return;
	// 期 after a verb is a noun suffix (突破期, 攻坚期), never the count it is after 培训班.
	// 分别达到家和家: the second count of a pair whose first is also gone.
	const secondOfPair = classifier && !spaced && '和与及'.includes(p) && s[k - 2] === u && !isDigit(s[k - 3]) && !isCnNumeral(s[k - 3]);
	// 审理天数为天, 事故率为次: the number of X (or a rate) said to be a count of X, its figure gone.
	const numberIs = classifier && !spaced && (p === '为' || p === '是') && ((s[k - 2] === '数' && s[k - 3] === u) || s[k - 2] === '率');
	const verbBefore =
		secondOfPair ||
		numberIs ||
		(!shifted && u !== '期' && QUANTITY_VERB_LAST.includes(p) && quantityVerbBefore(s, k));
	// 单 of 单笔, 单亩 is vague; the 单 ending a noun (报关单, 清单, 订单) is the thing counted.
	if (!spaced && !verbBefore && VAGUE_BEFORE_UNIT.includes(p) && !(p === '单' && nounTail(s, k - 1)) && !endsWithAny(s, k, VAGUE_ENDING_NOUNS.words)) return;
	// 保证课时: a noun; only 完成课时， / 累计学时 after a verb asks for the figure.
	// 每周课时的教学任务: hours per week, their figure gone before 的 or the clause's end.
	if ((u === '课时' || u === '学时') && !verbBefore && !(perBase(s, i) && (next === '的' || isClauseEnd(next)))) return;
	if (isLatin(p) && !/^[A-Z]{2}$/.test(s.slice(Math.max(0, k - 2), k))) return;
	if (u.includes('元') && CURRENCY_NAME_BEFORE.includes(p) && !perUnit(s, j)) return; // 按元计; 按元/亩 is a price
	if (p === '：' || p === ':') {
		if (s.endsWith('单位', k - 1)) return;
	} else if (!isHan(p) && !isLatin(p) && !quoted && !(p === '、' && (listAfterGap(s, k - 1, u) || listItemAmount(s, k - 1, j, u))) && !quotedName(s, k, j, u) && !(!spaced && signedGap(s, k, u)) && !afterClosedQuote(s, k, u) && !afterBracketNote(s, k, u)) return;
	// 亿元以上项目 names a class; a percentage never does (控制在%以内 wants its figure). Closing its
	// clause, the bound is a target, except after 在 (投资规模在亿元以上: a range of sizes).
	const bound =
		(next === '以' &&
			BOUND_AFTER_UNIT.test(s.slice(j, j + 3)) &&
			(verbBefore ||
				classifier ||
				p === '、' ||
				BOUND_VERB_IN_CLAUSE.test(s.slice(Math.max(0, k - 14), k)) ||
				// 到位资金亿元以上，, 接待游客万人次以上，: a strong unit's bound closing the clause right
				// after what it measures is a target too (not one closing a list item: 亿元以上、5亿元以下的
				// 企业 names classes); a loose one (元, 吨) only after a verb of quantity.
				(p !== '在' && ((isHan(p) && !loose && s[j + 2] !== '、') || QUANTITY_VERB_IN_CLAUSE.test(s.slice(Math.max(0, k - 12), k)))))) ||
		withinTime(s, j, u);
	// 年综合能耗吨标准煤以上的单位: a bound on a measure's figure, not a class of units.
	const measureBound = next === '以' && /^以[上下]的/.test(s.slice(j, j + 3)) && (p === '耗' || (verbBefore && '在到至'.includes(p)));
	if (!bound && !measureBound && next !== undefined && CATEGORY_FIRST.has(next) && !PERCENT_UNITS.has(u) && startsWithAny(s, j, CATEGORY_AFTER_UNIT)) return;
	if (u === '亩' && next !== undefined && MU_MEASURE_AFTER.chars.includes(next)) return;
	// 千家万户, 千军万马: an idiom of multitudes, not a count.
	if ((u[0] === '万' || u === '万') && MULTITUDE_HEADS.chars.includes(s[k - 2] ?? '') && isHan(p)) return;
	const setCount = classifier && setInBrackets(s, j, u);
	// Whether the classifier counts what stands before it. countedNoun asks the segmenter, so it is
	// asked last and only where the answer is read (fitsBy, below): a path that returns first never asks.
	const fitsByChars =
		quoted ||
		// 校准设备台（套）, 档案卷（件）: one count unit or the other, in brackets.
		setCount ||
		// 周转天数天, 人数人: "the number of X" and then X.
		(p === '数' && s[k - 2] === u) ||
		numberIs ||
		(u === '处' && !CHU_NOT_AFTER.chars.includes(p) && SITE_WORK_CLAUSE.test(s.slice(Math.max(0, k - 10), k))) ||
		(classifier && CLASSIFIER_BEFORE[u] !== undefined && (CLASSIFIER_BEFORE[u]!.includes(p) || (u === '人' && PEOPLE_ACTIVITY.has(s.slice(k - 2, k)))));
	let fitsKnown = fitsByChars ? 1 : classifier ? -1 : 0;
	if (classifier && !verbBefore && CLASSIFIER_BEFORE[u] && (fitsKnown = fitsBy(s, i, fitsKnown)) === 0) return;
	if (classifier && CLASSIFIER_WORD_HEADS.get(u)?.includes(p) === true) return;
	if (classifier && CLASSIFIER_NOT_AFTER[u]?.includes(p)) return;
	// 困难户, 停车场, 楼栋: a word ends at the classifier (the lexicon's one table of such words); a verb of quantity right before still wants the figure.
	if (classifier && !spaced && !verbBefore && !quoted && classifierWordEnding(s, i) > 0) return;
	// 交办的件信访件: the noun ending in the classifier is counted by the same classifier before it.
	if (classifier && !spaced && !verbBefore && countedBySameClassifier(s, k, u)) return;
	// 来信 件、来电 个、: the figure's place left as a space before a classifier closing its clause.
	const spacedCount = spaced && classifier && isClauseEnd(next) && isHan(p) && !NOT_BEFORE_COUNT.chars.includes(p) && !CLASSIFIER_NOT_AFTER[u]?.includes(p);
	if (loose && u.length === 1 && !shifted && !spacedCount) {
		if (classifier && !countingClause(s, i, u)) return;
		if (u === '米' && MI_WORD_HEADS.chars.includes(p)) return;
		const [ps, ws] = wordsAround(s, i);
		// 路灯|盏 read as 灯盏, 残疾人|人 as 人人: the segmenter glued the classifier to what it counts.
		const glued = u !== '家' && isClauseEnd(next) && ws === i - 1 && (fitsKnown = fitsBy(s, i, fitsKnown)) === 1 && wordAt(s, i)[1] === i + 1; // 厂家, 店家 are words
		if (ws !== i && !eventCount(s, i, u) && !secondOfPair && !glued && !setCount && !(p === '数' && s[k - 2] === u) && !landInMu(s, i, u)) return; // 国家, 专家, 单元, 其次: the character belongs to a word
		// The counted thing is a noun of two or more characters (企业|家, 岗位|个) or ends in a
		// noun-forming character (教学班|个) or one its classifier counts (合作社|家); a lone
		// verb before it belongs with it (立|项) unless it demands a figure (完成|根).
		if (classifier && i - ps < 2 && !NOUN_SUFFIX_CHARS.includes(p) && !verbBefore && fitsBy(s, i, fitsKnown) === 0) return;
	} else if (LOOSE_COUNTS.has(u)) {
		const [ws] = wordAt(s, i);
		// 门店家次: the segmenter glues 家 to the noun (店家); it still counts visits to shops.
		const glued = u.length === 2 && CLASSIFIER_BEFORE[u[0]!]?.includes(p) === true;
		if (ws !== i && !eventCount(s, i, u) && !glued) return;
	}
	// 发布“重要天气报告”篇: the measure is the name inside the marks.
	const labelEnd = p === '：' || p === ':' || quoted ? k - 1 : k;
	const valueKind = u === '%' || u === '个百分点' || u === '百分点' || u === '‰' ? 'percent' : 'number';
	const at = spaced ? k : k < i ? k : i;
	emit(at, spaced ? i : at, measureBefore(s, labelEnd), u, valueKind);
}

/** `known` if it is known (1: fits, 0: does not), else (-1) whether the classifier at `i` counts the noun before it. */
function fitsBy(s: string, i: number, known: number): number {
	return known >= 0 ? known : countedNoun(s, i) ? 1 : 0;
}

/** 组织党员余人参与: a classifier of MORE_THAN_COUNT_CLASSIFIERS after 余 after a noun, a Han character after it. */
function moreThanActed(s: string, i: number, u: string): boolean {
	// (Not where the classifier opens a word with what follows: 节余|个人账户.)
	return s[i - 1] === '余' && isHan(s[i - 2]) && isHan(s[i + 1]) && MORE_THAN_COUNT_CLASSIFIERS.chars.includes(u) && wordAt(s, i)[1] === i + 1;
}

/** Numerals that end a numbered name (科目一, 二组): one digit's word, not 十 or 两. */
const NAME_NUMERALS = '一二三四五六七八九';
/**
 * 合格率分别为：科目一%、科目二%: a Chinese numeral ending a short name that opens its list item
 * (two to four Han characters after 、，： or the line's start, not a verb of change or of being):
 * the numeral names the item, the percentage's figure is gone.
 */
function numberedName(s: string, k: number): boolean {
	if (!NAME_NUMERALS.includes(s[k - 1] ?? '')) return false;
	let a = k - 1;
	while (a > 0 && k - 1 - a < 5 && isHan(s[a - 1]) && !isCnNumeral(s[a - 1])) a--;
	const len = k - 1 - a;
	const open = s[a - 1];
	return len >= 2 && len <= 4 && (open === undefined || NAME_LIST_OPENERS.includes(open)) && !RATE_VERB_LAST.includes(s[k - 2]!) && !changeVerbBefore(s, k - 1);
}
/** A verb of change or quantity (lexicon) ends at `k` (提高三个百分点: the numeral is the change's figure). */
function changeVerbBefore(s: string, k: number): boolean {
	for (const v of CHANGE_OR_QUANTITY_VERBS) if (s.endsWith(v, k)) return true;
	return false;
}
const CHANGE_OR_QUANTITY_VERBS: readonly string[] = [...new Set([...CHANGE_VERBS, ...QUANTITY_VERBS])];
const NAME_LIST_OPENERS = '、，：:,;；';
/** Last characters of a change or a verb before a figure (增长一, 为一): the numeral is a figure there. */
const RATE_VERB_LAST = '长降增减幅速比为达到至是占约近超过率';

/**
 * 打造“分钟服务圈”: a unit opening a quoted name, a Han word after it (not a quoted unit alone:
 * “亿元”, （万元）): the figure of the name is gone.
 */
function quotedName(s: string, k: number, j: number, u: string): boolean {
	const p = s[k - 1];
	return (p === '“' || p === '"' || p === '「') && isHan(s[j]) && (UNIT_BY_TEXT.get(u)?.kind === 'time' || (STRONG_UNITS.includes(u) && !LOOSE_COUNTS.has(u)));
}

/** A word of FROM_ON_OPENERS (从, 自) opens a word of its own earlier in the clause of the 起 at `i`. */
function fromOnClause(s: string, i: number): boolean {
	for (let k = i - 1; k >= 0 && i - k <= 12 && !LIST_CLAUSE_BOUNDS.includes(s[k]!) && s[k] !== '、'; k--) {
		for (const w of FROM_ON_OPENERS.words) {
			if (!s.startsWith(w, k)) continue;
			const [ws, we] = wordAt(s, k);
			if (ws === k && we === k + w.length) return true;
		}
	}
	return false;
}

/** The classifier at `i` closes a bracket at `j` that holds only one to three Han characters before it (（党建篇）). */
function topicInBrackets(s: string, i: number, j: number): boolean {
	if (s[j] !== ')' && s[j] !== '）') return false;
	let k = i;
	while (k > 0 && i - k < 4 && isHan(s[k - 1]) && !isCnNumeral(s[k - 1])) k--;
	return k < i && (s[k - 1] === '(' || s[k - 1] === '（');
}

/** A unit or magnitude in brackets right after a unit (人次(人次), 人次（万）): a row label. */
function labelUnit(s: string, j: number): boolean {
	if (s[j] !== '(' && s[j] !== '（') return false;
	const close = s.slice(j + 1, j + 7).search(/[）)]/);
	if (close < 1) return false;
	const inner = s.slice(j + 1, j + 1 + close);
	return UNIT_BY_TEXT.has(inner) || UNIT_BY_TEXT.has(inner.replace(/^[万亿千百]/, '')) || inner === '万' || inner === '亿';
}

/**
 * A quoted name, a title or a bracketed list closes at `k` (its last mark at k - 1, Han inside it),
 * and `u` counts such things. One character in brackets is part of a unit (万辆(列)次, 艘（架）次).
 */
function closedName(s: string, k: number, u: string): boolean {
	return NAME_CLOSE_MARKS.chars.includes(s[k - 1] ?? '') && isHan(s[k - 2]) && !isCnNumeral(s[k - 2]) && QUOTED_COUNT_CLASSIFIERS.chars.includes(u) && s[k - 3] !== '(' && s[k - 3] !== '（' && !opensStraightQuote(s, k - 1);
}
/**
 * The straight quote at `q` opens a quotation (an even number of straight quotes before it on the
 * line): 做到"人、床、名"三对应 — what follows it is quoted, nothing closes before it (quiet5, session 14).
 */
function opensStraightQuote(s: string, q: number): boolean {
	if (s[q] !== '"') return false;
	let n = 0;
	for (let c = s.indexOf('"'); c !== -1 && c < q; c = s.indexOf('"', c + 1)) n++;
	return n % 2 === 0;
}
/** 发放“科技贷”亿元: a strong unit right after a closed quote naming what it measures. */
function afterClosedQuote(s: string, k: number, u: string): boolean {
	const q = s[k - 1];
	return (q === '”' || q === '"' || q === '」') && isHan(s[k - 2]) && STRONG_UNITS.includes(u) && !LOOSE_COUNTS.has(u);
}

/** The longest note in brackets read between a measure's name and its unit (（折纯）, （NPL）). */
const BRACKET_NOTE_MAX = 8;

/**
 * counts4 (session 13): 化肥用量（折纯）公斤, 不良贷款率（NPL）%: a note in brackets after the
 * measure's name, the figure gone between it and a strong unit. Not where the bracket holds a
 * figure, a numeral, a mask or a unit note (初二（3）班, 第（一）项, （单位：万元）).
 */
function afterBracketNote(s: string, k: number, u: string): boolean {
	const q = s[k - 1];
	if (q !== '）' && q !== ')') return false;
	let o = k - 2;
	let words = false;
	for (; o >= 1 && k - 2 - o < BRACKET_NOTE_MAX; o--) {
		const c = s[o]!;
		if (c === '（' || c === '(') break;
		if (isDigit(c) || isCnNumeral(c) || MASK.includes(c) || c === '：' || c === ':' || isClauseEnd(c)) return false;
		words ||= isHan(c) || isLatin(c);
	}
	// (投资（   ）万元: a bracket of spaces is the figure's own place, read elsewhere.)
	if (o < 1 || !words || (s[o] !== '（' && s[o] !== '(')) return false;
	return isHan(s[o - 1]) && STRONG_UNITS.includes(u) && !LOOSE_COUNTS.has(u);
}

/** 年产吨, 日处理  吨 (spaces left for the figure): a capacity right before the unit at `i`. */
function capacityBefore(s: string, i: number): boolean {
	let k = i;
	while (k > 0 && s[k - 1] === ' ') k--;
	return endsWithAny(s, k, CAPACITY_BEFORE.words);
}

/** 每人每月 元和, 每人元生态安葬补贴: a price per something (每 + one character) before its unit. */
function perBase(s: string, i: number): boolean {
	let k = i;
	while (k > 0 && s[k - 1] === ' ') k--;
	return s[k - 2] === '每' && isHan(s[k - 1]);
}

/** Whether the mark at `j` closes a quote: a curly or corner one does; a straight " when an odd number of them stand before it in its sentence (完成户"僵尸企业" opens one). */
function closesQuote(s: string, j: number): boolean {
	if (s[j] !== '"') return true;
	let n = 0;
	for (let k = j - 1; k >= 0 && j - k <= 40 && s[k] !== '。' && s[k] !== '\n'; k--) if (s[k] === '"') n++;
	return n % 2 === 1;
}
const COMPOUND_UNITS: ReadonlySet<string> = new Set(COMPOUND_COUNT_UNITS.words);
/** Numerals of the base of a rate (每百, 每千, 每十万). */
const BASE_NUMERALS = '十百千万亿';
/**
 * 每百出院人次, 每千门诊人次: the unit at `k` closes the base of a rate — 每, a round numeral, and
 * one to three characters of what is counted, not ending in a classifier (in 每千人批次 and
 * 每万人口床位张 the base closes at 人, 口, and the unit after it wants its figure).
 */
function perNumberBase(s: string, k: number): boolean {
	if (CLASSIFIERS.includes(s[k - 1] ?? '\n')) return false;
	let q = k;
	while (q > 0 && k - q < 3 && isHan(s[q - 1]) && !isCnNumeral(s[q - 1])) q--;
	if (q === k) return false;
	let n = q;
	while (n > 0 && q - n < 2 && BASE_NUMERALS.includes(s[n - 1] ?? '\n')) n--;
	return n < q && s[n - 1] === '每';
}

/** 最低气温 -℃, 同比+%: a sign left before a unit after a word or a space. */
function signedGap(s: string, k: number, u: string): boolean {
	const sign = s[k - 1];
	const b = s[k - 2];
	// A Markdown row is the table frame's (it names the row: | 利润总额 | + % |).
	// (And a bound's sign: 完好率≥%, 停机率≤% state a target whose figure is gone.)
	return (sign === '-' || sign === '+' || sign === '±' || sign === '≥' || sign === '≤') && (b === undefined || b === ' ' || isHan(b)) && s[0] !== '|' && STRONG_UNITS.includes(u) && !LOOSE_COUNTS.has(u);
}

/** 在小时内, 步行分钟以内: a span of time bounding an action, its length gone. */
function withinTime(s: string, j: number, u: string): boolean {
	return (s[j] === '内' || s.startsWith('以内', j)) && UNIT_BY_TEXT.get(u)?.kind === 'time';
}

/** 流转土地亩种植: 亩 right after the land it measures (a word ending in 地 or 田). */
function landInMu(s: string, i: number, u: string): boolean {
	// The segmenter may read 地亩 as one word; the land's own word starts before it (土地).
	return u === '亩' && LAND_BEFORE_MU.chars.includes(s[i - 1] ?? '') && wordAt(s, i - 1)[0] < i - 1;
}

/** Whether the character at `i` ends a word of two or more characters (清单, 报关单). */
function nounTail(s: string, i: number): boolean {
	const [ws, we] = wordAt(s, i);
	return we === i + 1 && ws < i;
}

/** 批次/千人, 元/吨: a unit per another (a Han unit after the slash; not GB/T), its figure before it. */
function perUnit(s: string, j: number): boolean {
	return s[j] === '/' && isHan(s[j + 1]);
}

/**
 * 推介会场，展会场次: 场 counting events named by a word ending in 会 (推介会, 恳谈会, 招聘会),
 * which the segmenter reads as 会场 ("venue"). 主会场, 布置会场 keep the venue.
 */
/** 接待来访批次、人次: a unit after 、 whose list neighbour is a unit with its own figure gone. */
const UNIT_TAIL_RE = new RegExp(`(?:${alt(STRONG_UNITS)}|${alt([...LOOSE_COUNTS])}|[${CLASSIFIERS}])$`);
function listAfterGap(s: string, comma: number, u: string): boolean {
	const m = UNIT_TAIL_RE.exec(s.slice(Math.max(0, comma - 5), comma));
	if (!m) return false;
	const b = s[comma - m[0].length - 1];
	const n = s[comma + 1];
	// 1.1万户、万元, 312 批、 万人次: the neighbour has its figure, this strong unit has none.
	let d = comma - m[0].length - 1;
	while (d > 0 && s[d] === ' ') d--;
	if (isDigit(s[d]) && STRONG_UNITS.includes(u) && !LOOSE_COUNTS.has(u)) return true;
	// 任务的%、%、%: a list of percentages whose figures are all gone; 8%、%: the second one.
	if ((m[0] === '%' || m[0] === '‰') && (n === '%' || n === '‰') && (b === '、' || isDigit(b))) return true;
	return isHan(b) && !isCnNumeral(b) && !VAGUE_BEFORE_UNIT.includes(b!) && (isHan(n) || n === '%' || n === '‰');
}

/**
 * 总投资亿元的A项目、 亿元的B项目: a later item of a list opening with its amount (unit + 的 + the
 * item), when an earlier item of the same list (back to the clause's start) states that unit
 * before 的 too: the amount of this item is gone. A list of units alone (元、万元、亿元) has no 的.
 */
function listItemAmount(s: string, comma: number, j: number, u: string): boolean {
	if (s[j] !== '的') return false;
	let c = comma;
	while (c > 0 && comma - c < 60 && !LIST_CLAUSE_BOUNDS.includes(s[c - 1]!)) c--;
	const at = s.slice(c, comma).indexOf(u + '的');
	return at > 0;
}
const LIST_CLAUSE_BOUNDS = '，。；：,;:\n';

/**
 * A classifier closing its clause after a noun of two or more characters that the segmenter
 * keeps apart from it (改造危房|户，, 民宿|家、, 逃犯|名;): a count of that noun whose figure is
 * gone, whatever the noun's last character (the classifier table's `counts` lists only the
 * commonest). Words that end in the classifier (国家, 其次, 平台) are one word to the segmenter.
 */
function countedNoun(s: string, i: number): boolean {
	const u = s[i]!;
	const next = s[i + 1];
	if (next === undefined || !COUNT_CLOSE_MARKS.chars.includes(next) || !CLASSIFIERS.includes(u) || COUNTED_NOUN_NOT.chars.includes(u)) return false;
	const p = s[i - 1];
	if (!isHan(p) || isCnNumeral(p) || VAGUE_BEFORE_UNIT.includes(p!) || NOT_BEFORE_COUNT.chars.includes(p!) || CLASSIFIER_NOT_AFTER[u]?.includes(p!)) return false;
	if (quotedBefore(s, i)) return false; // “不死人、少伤人”, “党员中心户”: a slogan or a term
	const [ps, ws, we] = wordsAround(s, i);
	if (ws !== i || we !== i + 1 || !isHan(s[ps])) return false;
	if (i - ps >= 2) return true;
	// 网|格|个, 辅|警|名: a noun of two characters the segmenter does not know, read as two words of one.
	// Not 户 (低保户, 脱贫户 are kinds of household) nor after another classifier (个|全|宗).
	const q = s[i - 2];
	if (u === '户' || !isHan(q) || isCnNumeral(q) || NOT_BEFORE_COUNT.chars.includes(q!) || VAGUE_BEFORE_UNIT.includes(q!) || CLASSIFIERS.includes(q!)) return false;
	const [qs, qe] = wordAt(s, i - 2);
	return qs === i - 2 && qe === i - 1;
}
/** Whether an opening quote stands before `i` in its sentence with no closing one between. */
function quotedBefore(s: string, i: number): boolean {
	for (let k = i - 1; k >= 0 && i - k <= 24; k--) {
		const c = s[k]!;
		if (c === '“' || c === '「') return true;
		if (c === '”' || c === '」' || c === '。' || c === '\n') return false;
	}
	return false;
}

/** 达到家和家，: a classifier followed by 和 and the same classifier closing the clause. */
function pairedGap(s: string, j: number, u: string): boolean {
	return '和与及'.includes(s[j] ?? '') && s[j + 1] === u && isClauseEnd(s[j + 2]);
}

function eventCount(s: string, i: number, u: string): boolean {
	return (u === '场' || u === '场次') && s[i - 1] === '会' && EVENT_MEETING_HEADS.chars.includes(s[i - 2] ?? '');
}

/**
 * Whether a classifier after a noun counts it (新增规上企业家；) rather than being read into a
 * word (企业家精神 is caught by the clause-end test before this; 优秀企业家。 here).
 */
function countingClause(s: string, i: number, u: string): boolean {
	if (u !== '家' || !s.endsWith('企业', i)) return true;
	let c = i;
	while (c > 0 && i - c < 20 && !'，。；、！？,;!?'.includes(s[c - 1]!)) c--;
	const clause = s.slice(c, i - 2);
	if (ENTREPRENEUR_QUALIFIER.test(clause)) return true;
	// 规模以上工业企业家，龙头企业家，专精特新中小企业家: a class of firms, so 家 counts them —
	// unless a word for people stands right before 企业 (优秀企业家, 民营企业家).
	return ENTERPRISE_CLASS.test(clause) && !ENTREPRENEUR_PEOPLE_RE.test(clause);
}
const ENTERPRISE_CLASS = new RegExp(alt(FIRM_CLASSES.words));
const ENTREPRENEUR_PEOPLE_RE = new RegExp(`(?:${alt(ENTREPRENEUR_PEOPLE.words)})$`);

export const unitWithoutFigure: Frame = {
	id: 'unit-without-figure',
	description: '单位或量词前面没有数字：实现产值亿元，新增企业家；',
	starts: UNIT_STARTS,
	find: (line, out) => unitSlots(line.s, out.gap, line, line.at, line.atCount),
	examples: {
		valid: [
			'全年实现工业总产值126.8亿元，同比增长9.2%。',
			'新增亿元以上项目5个，其中超亿元企业3家。',
			'国家级专家团队多次来院指导，大家备受鼓舞，厂家也积极响应。',
			'水稻亩产达到650公斤。',
			'单位：万元',
			'邀请书法家、艺术家走进社区，抓住发展机遇期，做到“不漏一户、不落一人”。',
			'项目负责人：张某；承诺人：李某；街道办事处',
			'学科带头人后继乏人；为低保户、残疾人发放补贴，医护人员以院为家。',
			'把群众当家人，做群众的贴心人、引路人，发现一起、查处一起。',
			'不虚开发票，不收取回扣。',
			'同比下降5%，亿车公里事故率0.12，截获有害生物3种9种次，每立方厘米含菌数不超过100个。',
			'按照GB/T 9704排版，单笔贷款由支行审批，单亩效益明显提高。',
			'提高土地亩均效益，推动农田亩产提升，核实耕地亩数。',
			'清查单位 万个 12.3，产值突破“亿元”大关，单位（万元），新增亿元以上的项目。',
			'在一小时内、几分钟内、半小时以内完成，每小时内巡查一次。',
			'项目 金额 万元\n单位 万元 合计',
			'全年门急诊人次力争达到5万人次。\n门急诊人次(人次)\t46210\n献血人次（万）\t6.54',
			'年平均气温16.8℃，极端最低气温 -6.3℃，降幅在5%-10%之间。',
			'平均审理天数为38天，事故率为0.8次，人数为主要指标，',
			'建设年产5万套汽车线束项目，每周课时不少于16节，船旗国监督检查(FSC)12艘次，排放浓度控制在8mg/m³、35mg/m³以内。',
			// The base of a rate (每百 + what is counted + its unit); a compound count after its figure.
			'每千门诊人次处方差错0.6例，全村共418户1086口人，不动产登记24个小时内办结。',
			// A classifier closing a quoted slogan or name.
			'开展“书记进网格”“干部下百村、帮万户”活动，打造“妇女微家”。',
			'各村（社区）妇联全部完成换届。',
			// quiet5 (session 14): a unit or classifier that is part of a word or a name.
			'节前为困难群众送去米、油等慰问品，保障节日期间米、面、油供应。',
			'万元工业增加值能耗下降4%，亿元GDP生产安全事故死亡率控制在0.02以内，路口设置分贝显示屏。',
			'门诊量和住院人次双双增长，中医诊疗人次占总诊疗人次的三成。',
			'新站址位于县城以东8公里处，销售数十个批次。',
			'交办的36件信访件已全部办结，为环卫工人、快递员设立驿站，让党的政策飞入寻常百姓家。',
			'下半年起推行预约办理，六月起每周开展一次巡查。',
			'整理设备易损件，提供贴标、组套服务，孕产妇早建册。',
			'夜间巡逻力量800余人，街\n面“两抢”案件明显下降。',
			'竣工验收  套            1260',
			'供水合格率  %             \n管网漏损率  %   -0.3\n全员劳动生产率   万元/人   18.6   17.2',
			'宿舍管理做到"人、床、名"一一对应。',
			'物业费按平方米计价，电费按千瓦时结算，污水处理费以立方米计收。',
			'医保基金当年结余3.6亿元，滚存剩余800万元，组织党员120余人参与义务植树，富余人员转岗，节余个人账户资金。'
		],
		invalid: [
			'开发区入统企业工业产值达⟦⟧亿元，比上年增长⟦⟧，占全市比重⟦⟧。',
			'清理批而未供土地⟦⟧亩；征收补偿款⟦⟧万元已发放到户。',
			'全年新增产值亿元企业⟦⟧家；纳税3000万元以上企业⟦⟧家。',
			'完成农村危房改造⟦⟧户，整治违规充电点位⟦⟧处，新增星级民宿⟦⟧家、抓获逃犯⟦⟧名;',
			'全年接警⟦⟧起，出警⟦⟧起，划分网格⟦⟧个，其中高级职称⟦⟧人。',
			'发放补贴资金⟦⟧万余元，发放不动产权证书⟦⟧本。',
			// counts6 (session 15): a strong unit after a word ending in 余; 余 + a count of people, then the act.
			'医保基金当年结余⟦⟧亿元，滚存剩余⟦⟧万元，组织党员⟦⟧余人参与义务植树。',
			'收到群众来信⟦ ⟧件、来电⟦ ⟧个，同比分别下降⟦⟧%、⟦⟧%和⟦⟧%。',
			'全年完成售电量⟦⟧亿千瓦时，投产变电容量⟦⟧万千伏安，出入口总流量⟦⟧万辆次；',
			'监管跨境电商零售清单⟦⟧万票，数字资源总量达到⟦⟧TB，食品抽检量达到⟦⟧批次/千人；',
			'流转土地⟦⟧亩种植优质水稻，分别完成下达任务的⟦⟧%、⟦⟧%、⟦⟧%和108%，分别增长8%、⟦⟧%。',
			'查处“一盔一带”违法⟦ ⟧万起，处理诉求⟦ ⟧万余件，打造“⟦⟧分钟服务圈”，粮食面积稳定在⟦⟧万亩以上的水平。',
			'毕业生起薪平均⟦ ⟧元/月，确实无法拒收的在⟦⟧小时内上交，居民步行⟦⟧分钟以内即可办事。',
			'年平均气温⟦⟧℃，较常年偏高⟦ ⟧℃，极端最低气温 -⟦⟧℃，利润同比+⟦⟧%。',
			'新购置检测设备⟦⟧台套，实验室面积扩大至⟦⟧平方米。昼间平均等效声级⟦⟧分贝，功能区达标率⟦⟧%。',
			'其中废水⟦⟧家次、废气⟦⟧家次，发现超标排放⟦⟧家，均已移交执法部门处理。',
			'签约合同12份，合同金额⟦ ⟧万元；接待参观 312 批、⟦ ⟧万人次，发放“科技贷”⟦⟧亿元，每人每月⟦ ⟧元和⟦ ⟧元。',
			'转移就业总量稳定在⟦ ⟧万人以上，亩均节本增效⟦⟧元左右。',
			'平均审理天数为⟦⟧天，万车公里事故率为⟦⟧次，比控制指标低。',
			'建设年产⟦⟧万套汽车线束项目，承担每周⟦⟧课时的教学任务，开展船旗国监督检查(FSC)⟦⟧艘次，',
			'排放浓度分别控制在8mg/m³、35mg/m³、⟦⟧mg/m³以内，出水氨氮控制在⟦⟧mg/L以下。',
			// After the base of a rate, the rate's own figure is gone; so is a base that closes at its classifier.
			'每千门诊人次处方差错⟦⟧例，抽检量达到每千人⟦⟧批次，每万人口床位⟦⟧张。',
			// Two counts side by side, the second gone; a count before an opening straight quote.
			'组织消防培训3期⟦⟧人次，完成⟦⟧户"散乱污"企业整治。',
			// A count unit ending in a classifier wants its figure before the whole unit; 个 after a
			// numeral counts a unit as a noun only when the numeral is there.
			'开展农机社会化服务⟦⟧万亩次，消除隐患⟦⟧处次，累计接种疫苗⟦⟧剂次，诊疗人次占门诊总人次的⟦⟧%。',
			'建设一座占地⟦⟧亩的停车场，服务收入占比距⟦⟧%的目标仍有差距。',
			// A flattened row whose figure is masked: the mask is the blank, not the unit's place.
			'造林面积 万亩 ⟦xx.6⟧ 12.4',
			// A word before the break ends where the line breaks: the classifier opening the next line counts.
			'排查隐患⟦⟧处，其中软管老化使用\n⟦⟧处、私接管道⟦⟧处。',
			'新建二期⟦⟧万平方米厂房，考核得分低于⟦⟧分的约谈，在编人员仅⟦⟧人。'
		]
	}
};
