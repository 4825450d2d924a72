/**
 * Lists whose items name things, not counts (quiet6, session 15). A classifier or a count unit
 * after which a list goes on names a kind of thing when the list's other items are names too:
 *
 * - the list closes with 等 and none of its items after the unit holds a count (密封件、传感器等,
 *   演出场次、作品质量、公益服务等方面): things named by their kind, where no figure ever stood — a
 *   list of counts (培训人次、发放资料份) has its units in every item;
 * - its items are single characters (人、船、港、岸): a slogan listing what is managed;
 * - each item opens with the last character of the item before (人进户、户进房、房进格): a chain
 *   of a slogan, whose characters are words, not a count and its classifier.
 *
 * Read by the missing-number rule for a zero-width gap right before a classifier or a unit; so is
 * `placeAfterOpener` (在供应商处: a place, not a count of places).
 */
import { ALL_UNITS, CLASSIFIERS, CLASSIFIER_VERBS, COUNT_MANNER_BEFORE, DIGIT_MASKS, LIST_KIND_WORDS, PLACE_CLOSERS, PLACE_OPENERS, QUANTITY_VERBS, SYSTEM_COUNTERS, SYSTEM_NAME_HEADS, UNIT_BY_TEXT, classifierWordEnding } from '../lexicon';
import { isDigit, isHan } from './chars';
import { escapeRe } from './regex';

const IS_CLASSIFIER = new Set(CLASSIFIERS);
const COUNTING: readonly string[] = [...CLASSIFIER_VERBS, ...QUANTITY_VERBS];
/** The count of a list's kinds (三类, 两大类, 四个方面, 五种; the words in LIST_KIND_WORDS): after the list, or ending its last item. */
const KINDS = `[一二两三四五六七八九十几]+(?:${LIST_KIND_WORDS.words.map(escapeRe).join('|')})`;
const KINDS_COUNTED = new RegExp(`^${KINDS}`);
const KINDS_AT_END = new RegExp(`${KINDS}$`);
/** Where a list's item ends: clause punctuation, brackets and quotes. */
const ITEM_END = '，,。；;：:.!！？?（()）“”"‘’\'《》【】';
/** The longest list read after the unit. */
const LIST_MAX = 60;
/** Numerals that hold a 等 of their own (一等奖, 二等品): not the 等 closing a list. */
const ORDINAL_BEFORE_DENG = '一二三四五六七八九十特甲乙丙同平高初中上下';

/** The unit at `i` (the longest of the unit table, or one classifier), its length, or 0. */
/** The first characters of the units and the classifiers: a cheap test before the unit table is read. */
const UNIT_FIRST = new Set([...ALL_UNITS.map((u) => u[0]!), ...CLASSIFIERS]);
function unitLengthAt(s: string, i: number): number {
	if (!UNIT_FIRST.has(s[i]!)) return 0;
	for (const u of ALL_UNITS) if (s.startsWith(u, i)) return u.length;
	return IS_CLASSIFIER.has(s[i]!) ? 1 : 0;
}

/** The item holds a count: a figure, a mask, or a classifier (not ending a word: 时间) or a unit at its end (its figure gone). */
function holdsCount(item: string): boolean {
	for (const c of item) if (isDigit(c) || DIGIT_MASKS.includes(c) || '＊_＿○%'.includes(c) || c === '%' || c === '％' || c === '﹪') return true;
	if (item.length === 0) return true;
	// 到货时间, 服务窗口: a word of the lexicon ends at the classifier, no count.
	if (IS_CLASSIFIER.has(item[item.length - 1]!)) return classifierWordEnding(item, item.length - 1) === 0;
	for (const u of ALL_UNITS) if (item.endsWith(u)) return true;
	return false;
}

/** The item holds a figure or a mask. */
function holdsFigure(item: string): boolean {
	for (const c of item) if (isDigit(c) || DIGIT_MASKS.includes(c) || '＊_＿○%％﹪'.includes(c)) return true;
	return false;
}

/** The items of the list after the 、 at `d`, and the character that closed it ('' at the text's end). */
function itemsAfter(s: string, d: number): { items: string[]; close: string; closeAt: number } {
	const items: string[] = [];
	let item = '';
	let k = d + 1;
	for (; k < s.length && k - d <= LIST_MAX; k++) {
		const c = s[k]!;
		if (c === '\n' || c === '\r' || c === ' ' || c === '\t' || c === '　') continue;
		if (c === '、') {
			items.push(item);
			item = '';
			continue;
		}
		if (ITEM_END.includes(c) || (c === '等' && !ORDINAL_BEFORE_DENG.includes(s[k - 1]!))) break;
		item += c;
	}
	items.push(item);
	// A count of kinds ends the last item (返工批次三类): the item is what stands before it.
	const last = items[items.length - 1]!;
	const kinds = KINDS_AT_END.exec(last);
	if (kinds) {
		items[items.length - 1] = last.slice(0, kinds.index);
		return { items, close: '', closeAt: k - kinds[0].length };
	}
	return { items, close: k < s.length ? s[k]! : '', closeAt: k };
}

/** The item ending at the 、 at `d` (read back to the clause's start, a quote or a bracket). */
function itemBefore(s: string, d: number): string {
	let a = d;
	while (a > 0 && d - a < 12 && s[a - 1] !== '、' && s[a - 1] !== '\n' && !ITEM_END.includes(s[a - 1]!)) a--;
	return s.slice(a, d);
}

/**
 * The gap at `at`, right before a classifier or a unit, stands in an item of a list of names
 * (密封⟪⟫件、传感器等; "⟪⟫人、船、港、岸"; 人进户、⟪⟫户进房、房进格): no figure was there. `after`
 * is the next line when the sentence runs on into it (人、⏎船、港、岸).
 */
export function itemOfNameList(s: string, at: number, unit: string, after = ''): boolean {
	// Cheap tests first (a gap of every kind passes here): a 、 before the gap or right after its unit.
	const chain = s[at - 1] === '、';
	// The frame's own unit where it stands there (批次: a classifier and its tail), else the unit table's.
	const n = unit.length > 0 && s.startsWith(unit, at) ? unit.length : unitLengthAt(s, at);
	if (n === 0) return false;
	let d = at + n;
	while (s[d] === ' ' || s[d] === '\r') d++;
	const atEnd = d >= s.length;
	if (!chain && !atEnd && s[d] !== '、') return false;
	// The next line is read only when the list may run on into it (人、⏎船、港、岸).
	const text = after && s.length - at < LIST_MAX && (atEnd || s[d] === '、') ? s + after : s;
	// 人进户、户进房、房进格: the item holding the gap opens with the last character of the one before.
	if (chain && isHan(text[at])) {
		const before = itemBefore(text, at - 1);
		let e = at;
		while (e < text.length && isHan(text[e]) && e - at < 8) e++;
		const item = text.slice(at, e);
		if (before.length >= 2 && before.length === item.length && before[before.length - 1] === item[0] && !holdsCount(before.slice(0, -1)) && /[、"”]/.test(text[e] ?? '')) return true;
	}
	while (text[d] === ' ' || text[d] === '\n' || text[d] === '\r') d++;
	if (text[d] !== '、') return false;
	const { items, close, closeAt } = itemsAfter(text, d);
	if (items.some((t) => t.length === 0)) return false;
	// "人、船、港、岸": single characters, none of them a classifier.
	if (n === 1 && items.length >= 2 && items.every((t) => t.length === 1 && isHan(t) && !IS_CLASSIFIER.has(t))) return true;
	// 密封件、传感器等: a list of kinds closed by 等, no count in it.
	if (close === '等') return items.every((t) => !holdsCount(t));
	// 生产批次、检验批次、返工批次三类: a list closed by the count of its kinds, no figure in it.
	return KINDS_COUNTED.test(text.slice(closeAt, closeAt + 4)) && items.every((t) => !holdsFigure(t));
}



/** The longest place read between 在 and 处. */
const PLACE_MAX = 6;

/**
 * The gap at `at`, right before 处, stands in a place opened by 在 (在供应商⟪⟫处报销): a few Han
 * characters between them and no verb that counts (在沿线设置⟪⟫处警示牌 keeps its gap).
 */
export function placeAfterOpener(s: string, at: number): boolean {
	if (at >= s.length || !PLACE_CLOSERS.chars.includes(s[at]!)) return false;
	let a = at;
	while (a > 0 && at - a < PLACE_MAX && isHan(s[a - 1]) && !PLACE_OPENERS.words.some((w) => s.endsWith(w, a))) a--;
	const opener = PLACE_OPENERS.words.find((w) => s.endsWith(w, a));
	if (opener === undefined || a === at) return false;
	const place = s.slice(a, at);
	return !COUNTING.some((v) => place.includes(v));
}

/**
 * The gap at `at` stands between a word of manner and a classifier or a count unit (按件计酬,
 * 按场次排定, 逐户走访): counting by the unit, no figure gone (not money: 按⟪⟫元/亩发放). `before`
 * is the end of the line before, when the sentence runs on from it.
 */
export function countingManner(s: string, at: number, unit: string, before = ''): boolean {
	// At a line's start, the word of manner ends the line before (各区域按⏎场次、频次).
	const p = at > 0 ? s[at - 1]! : before.trimEnd().slice(-1);
	if (p === '' || unit === '' || !COUNT_MANNER_BEFORE.chars.includes(p) || !s.startsWith(unit, at)) return false;
	const kind = UNIT_BY_TEXT.get(unit)?.kind;
	return kind === undefined ? IS_CLASSIFIER.has(unit[0]!) : kind === 'count' || kind === 'people';
}

/**
 * The gap at `at` stands before a classifier that the head of a system's name follows (党员联系⟪⟫户制度,
 * 干部包⟪⟫村机制): the classifier belongs to the name (not one counting systems: 建立⟪⟫项制度).
 */
export function classifierInSystemName(s: string, at: number, unit: string): boolean {
	if (unit.length !== 1 || s[at] !== unit || !IS_CLASSIFIER.has(unit) || SYSTEM_COUNTERS.chars.includes(unit)) return false;
	return SYSTEM_NAME_HEADS.words.some((w) => s.startsWith(w, at + 1));
}
