/**
 * Finds placeholder tokens in one folded line and classifies them: a masked year (20xx年), a
 * masked number (41**万元, XX.27%), a masked name (aa现代产业园, **集团, ××镇) or free text left
 * blank (本人____承诺). The three masked-* rules read the same scan (memoised on the last line).
 */
import type { BlankInfo } from '../types';
import type { PlaceholderField } from '../lexicon';
import { DOC_ISSUER_MAX, DOC_YEAR_CLOSES, DOC_YEAR_OPENS, UNIT_BY_TEXT, CLASSIFIER_BY_CHAR, CLASSIFIERS_TABLE, CELL_ONLY_MASKS, CLASSIFIER_HEAD_SET, DIGIT_MASKS, FIGURE_ONLY_UNITS, LETTER_TERMS, LOWER_CASE_NAME_LETTERS, MASK_CHARS, NET_PREFIX_LETTERS, MASK_CLASSIFIERS, NAME_CLOSERS, NAME_HEADS, NAME_SUFFIXES, NUMBERED_AFTER_FIGURE, OFFICE_TITLES, PERSON_NAME_PLACES, PLACEHOLDER_FIELDS, ROUTE_LINKS, SCHEDULE_UNITS, SIZE_UNITS, SOMEBODY_BREAKS, STRONG_UNITS, SURNAMES, VERBS, ZONE_HOLDERS } from '../lexicon';
import { isCnNumeral, isDigit, isHan, isLatin } from '../text/chars';
import { escapeClass, escapeRe } from '../text/regex';
import { fillsCell } from '../text/cells';
import { emphasisMarkup } from '../text/markdown';
import { measureBefore } from '../text/measure';
import { endsWithUnit } from '../text/continuation';
import { PlaceholderReader } from '../tagger';
import { LC_BOX, LC_EMPHASIS, LC_NAME_LETTER, LC_OPEN_BRACKET, LC_PLACEHOLDER, LC_PLACE_LETTER, LC_SPACE, lineChars } from '../tagger/line-chars';

export type MaskKind = 'masked-year' | 'masked-number' | 'masked-name' | 'masked-text';

export interface MaskHit {
	kind: MaskKind;
	from: number;
	to: number;
	token: string;
	blank: BlankInfo;
}

export interface MaskScan {
	hits: MaskHit[];
	/** Offsets of □ characters that belong to a placeholder (not a lost character). */
	usedBoxes: ReadonlySet<number>;
}

const MASK_CH = MASK_CHARS;
/** The mask characters, and those that hide digits (XX, **, ××), escaped for a character class. */
const M = escapeClass(MASK_CHARS);
const D = escapeClass(DIGIT_MASKS);
/** The tagger's reader of placeholder tokens (what a mask token is, decided there). */
const TOKENS = new PlaceholderReader();
const IS_MASK = new Uint8Array(65536);
for (const c of MASK_CH) IS_MASK[c.charCodeAt(0)] = 1;
const ANY_ALPHA = /aa|AA|某某|([b-wyzB-WYZ])\1/;
const NO_MARKUP: ReadonlySet<number> = new Set();
/** Never added to: markBoxes adds only the offsets of □ characters. */
const NO_BOXES = new Set<number>();
const UNIT_AFTER = new RegExp(
	`^ *(?:余|多)?(${[...FIGURE_ONLY_UNITS, ...STRONG_UNITS].map(escapeRe).join('|')}|[${MASK_CLASSIFIERS}]|月|日|号|倍|岁|天|小时|分钟|周|年|课时|节|等奖|等功|分(?![公局行院会部厂校店站社中所队处区]))`
);
const sizeOrNoUnit = (after: string): boolean => {
	const u = UNIT_AFTER.exec(after);
	return !u || SIZE_UNITS.has(u[1]!);
};
const COUNT_OR_MONEY_AFTER = /^(?:[亿万千百]?元|[亿万][美欧港]元|[户家人名项个所辆台套次]|万人|万户|%)/;
/** A product of two or three numbers: 60×40, 3*4, 0.5x2, 80×80×60 (not 2X0: no 0 leads a factor but a decimal's). */
const PRODUCT = /^(?:[1-9][0-9]*|0)(?:\.[0-9]+)?(?:[×*xX](?:[1-9][0-9]*|0\.[0-9]+)(?:\.[0-9]+)?){1,2}$/;
/** A unit of time after a product of filled numbers that makes it a schedule (7×24小时). */
const SCHEDULE_AFTER = new RegExp(`^ *(?:${SCHEDULE_UNITS.words.map(escapeRe).join('|')})`);
/** Any unit or classifier after a figure led by a digit (1X支, 4X.36米). */
const DIGIT_LED_UNIT = new RegExp(`^ *(${[...UNIT_BY_TEXT.keys()].sort((x, y) => y.length - x.length).map(escapeRe).join('|')}|[${[...CLASSIFIER_BY_CHAR.keys()].join('')}${NUMBERED_AFTER_FIGURE.chars}])`);
/** What a figure right before numbers (lexicon NUMBERED_AFTER_FIGURE: 2X60路): no product of sizes. */
const NUMBERED_AFTER = new RegExp(`^[${NUMBERED_AFTER_FIGURE.chars}]`);
/** The rest of a range after its first end: ~x,x00, -1200, 至3X0. */
const RANGE_TO = new RegExp(`^ *[~\\-至到—–] *[0-9${D},.]+`);
const YEAR_RANGE_AFTER = new RegExp(`^ *[-—–~至到] *(?:19|20)?[0-9${M}]{2}年`);
const RANGE_AFTER = new RegExp(`^[-~至到—–]([${escapeClass(MASK_CH)}]+)(?=[月日号]|季度|个?百分点|%)`);
/** The rest of a figure's digits after one space on the same line (xx 702 元). */
const SPACED_REST = /^ [0-9][0-9,.]*(?![0-9])/;
/** The rest of a figure's digits opening the next line (00余天, 862 家次, 215 万元). */
const FIGURE_REST = /^[0-9][0-9,.]*(?=[ \u4e00-\u9fff%])/;
/** x:x:x, 1:x: a ratio whose terms are masked. */
const RATIO_NEIGHBOUR = new RegExp(`[0-9${D}]`);
const NAME_SUFFIX_AFTER = new RegExp(`^(?:${NAME_SUFFIXES.map(escapeRe).join('|')})`);
/** A word of any kind (lexicon NAME_CLOSERS, the trades' and products' too) right after a 某某, longest first (科技 over 科). */
const NAME_CLOSER_AFTER = new RegExp(`^(?:${[...NAME_CLOSERS].sort((x, y) => y.length - x.length).map(escapeRe).join('|')})`);
/** A name suffix or head after up to two more characters of the name (□□古镇, □□石料厂, □□冷链物流中心). */
const NAME_SUFFIX_NEAR = new RegExp(`^[\\u4e00-\\u9fff]{0,2}(?:${[...NAME_SUFFIXES, ...NAME_HEADS.flatMap((g) => g.words)].map(escapeRe).join('|')})`);
/**
 * One piece of the name a 某某 opens before its kind's word: a character (Han, a digit, a Latin
 * letter: 某某4S店) that no clause word breaks (lexicon SOMEBODY_BREAKS: 某某领导到村里 is "somebody"),
 * or a place in brackets (某某（香港）有限公司).
 */
const NAME_BODY = `(?:(?![${escapeClass(SOMEBODY_BREAKS.chars)}])[\\u4e00-\\u9fff0-9A-Za-z]|[（(][\\u4e00-\\u9fff]{1,4}[）)])`;
/** A kind's word of two characters or more closing the name a 某某 opens (某某建设投资有限公司, 某某国际中心; lexicon NAME_KINDS). */
/** The words of a kind (lexicon NAME_KINDS) that open with a classifier and stay one word (项目, 家园; CLASSIFIER_HEAD_WORDS). */
const CLASSIFIER_OPENED_KIND = new RegExp(`^(?:${NAME_SUFFIXES.filter((w) => CLASSIFIER_HEAD_SET.has(w)).map(escapeRe).join('|')})`);
/** A verb of the lexicon (VERBS) opening here: after 某某 it is the pronoun's (某某组织, 某某办理). */
const VERB_AT = new RegExp(`^(?:${[...new Set(VERBS.map((v) => v.text))].sort((x, y) => y.length - x.length).map(escapeRe).join('|')})`);
const NAME_SUFFIX_WITHIN = new RegExp(`^${NAME_BODY}{0,8}?(${[...NAME_CLOSERS].filter((x) => x.length > 1).sort((x, y) => y.length - x.length).map(escapeRe).join('|')})`);
/** aa, AA, 某某; and a doubled letter of another name in a list of masked ones (aa省、bb省), only before a name's suffix. */
const ALPHA_NAME = /(?<![A-Za-z0-9])(a{2,}|A{2,3}|某某|([b-wyzB-WYZ])\2)(?![A-Za-z0-9])/g;
/** The name heads (lexicon NAME_HEADS) a lone real letter (`any`) or a mask (all) stands before, longest first. */
const nameHeads = (maskOnly: boolean) =>
	NAME_HEADS.filter((g) => maskOnly || g.letters === 'any')
		.flatMap((g) => g.words)
		.sort((x, y) => y.length - x.length)
		.map(escapeRe)
		.join('|');
/** A lone Latin letter standing for a name before a name head: k县, (m市), H重工, Z 建设集团 (x is a mask token, read in the scan; e and i open names of online services). */
const LETTER_NAME = new RegExp(`(?<![A-Za-z0-9.@/_&'’-])[A-WYZ](?= ?(${nameHeads(false)}))`, 'g');
/** Lower-case letters that hide a name before any character (lexicon LOWER_CASE_NAME_LETTERS): all but x (a mask token, read in the scan) and the prefixes e, i. */
const LOWER_NAME_LETTERS = [...LOWER_CASE_NAME_LETTERS.letters].filter((c) => c !== 'x' && !NET_PREFIX_LETTERS.chars.includes(c)).join('');
/** A lone lower-case letter right before a Chinese character, or one space before a name head: m园区, k县, h 市 (the head, when one follows, labels the blank). */
const LOWER_LETTER_NAME = new RegExp(`(?<![A-Za-z0-9.@/_&'’-])[${LOWER_NAME_LETTERS}](?=[\\u4e00-\\u9fff]| (?:${nameHeads(false)}))`, 'g');
/** A lower-case letter hides a name before any character: the mask x too (lexicon LOWER_CASE_NAME_LETTERS). */
const LOWER_MASKS_NAME = LOWER_CASE_NAME_LETTERS.letters.includes('x');
/** A name head right after a lone mask, or one space on: x片区, × 水厂, x组. */
const MASK_HEAD_AFTER = new RegExp(`^ ?(${nameHeads(true)})`);
/** An issuer's abbreviation and a document number's year after a lone mask (×政办发〔20××〕): the mask is the issuer's place (lexicon/documents.ts). */
const ISSUER_AFTER = new RegExp(`^([\\u4e00-\\u9fff]{1,${DOC_ISSUER_MAX}})[${escapeClass(DOC_YEAR_OPENS.chars)}][0-9${escapeClass(MASK_CHARS)} ]{2,6}[${escapeClass(DOC_YEAR_CLOSES.chars)}]`);
/** A real term a letter opens (lexicon LETTER_TERMS: A股, B超, X光). */
const LETTER_TERM_AT = new RegExp(`^(?:${[...LETTER_TERMS.words].sort((x, y) => y.length - x.length).map(escapeRe).join('|')})`);
/** What may stand right before a lone letter or mask that hides a name: the line's start, a character or a mark, spaces after one. */
function beforeLoneName(s: string, a: number): boolean {
	let i = a - 1;
	while (i >= 0 && (s[i] === ' ' || s[i] === '\t')) i--;
	return i < 0 || cjk(s[i]) || /\p{P}/u.test(s[i]!);
}
// Two or more spaces, or one where a year is expected (围绕20 年工作要点); 近20 年来 with one
// space is a filled count typed with spacing.
const SPACE_YEAR = /(?<![0-9])(?:19|20)( {2,4}| (?=年度|年工作|年是|年[，,]|年上半年|年下半年|年底|年初))(?=年)/g;
/** Words a person's name stands after (lexicon PERSON_NAME_PLACES), longest first. */
const placeWords = (side: 'before' | 'after') =>
	PERSON_NAME_PLACES.filter((p) => p.side === side)
		.flatMap((p) => p.words)
		.sort((x, y) => y.length - x.length)
		.map(escapeRe)
		.join('|');
/** The end of a place a name stands in: 述职人：, 党委书记␣, 负责人（签字）：. */
const NAME_PLACE_BEFORE = new RegExp(`(${placeWords('before')})[）)]? *[：:]? *$`);
/** The start of a place a name stands before: 同志, ␣先生. */
const NAME_PLACE_AFTER = new RegExp(`^ *(${placeWords('after')})`);
/**
 * What may follow a name standing in its place: the line's end, a space, punctuation, or 的 (在部门经理
 * ××的带领下: the pronoun 某某 never follows a title, its possessive is a person's).
 */
const NAME_END = /^(?:$|[\s\p{P}]|的)/u;
/**
 * The word that makes [a, b) a place where a person's name stands (the blank's label), or null: a
 * title or a field before it (述职人: ×××, 党委书记　××), the name closed by the line's end, a space
 * or punctuation; or 同志 after it.
 */
function personPlace(s: string, a: number, b: number): string | null {
	const after = NAME_PLACE_AFTER.exec(s.slice(b, b + 4));
	if (after) return after[1]!;
	if (!NAME_END.test(s.slice(b, b + 1))) return null;
	return NAME_PLACE_BEFORE.exec(s.slice(Math.max(0, a - 10), a))?.[1] ?? null;
}
/** A Latin letter standing alone (not x, a mask token). */
const LONE_LETTER = /(?<![A-Za-z0-9.@/_-])[A-WYZa-wyz](?![A-Za-z0-9])/g;
const LETTER_END = /^(?: *$| *\p{P}| {2})/u;
/** One side of a date written month · day (7·20): one or two digits or digit masks. */
const DATE_SIDE = new RegExp(`^[0-9${D}]{1,2}$`);
const DATE_SIDE_AFTER = new RegExp(`^[0-9${D}]{1,2}(?![0-9${D}A-Za-z])`);
const DATE_SIDE_BEFORE = new RegExp(`(?<![0-9${D}A-Za-z])[0-9${D}]{1,2}$`);
const BRACKET_OPEN = '(（';
const BRACKET_CLOSE = ')）';
/** A square, angle or curly bracket holding a short phrase that ends in a field's name (lexicon PLACEHOLDER_FIELDS): [公司名称], <单位全称>, {具体数字}. */
const FIELD_PLACEHOLDER = new RegExp(`[\\[【<〈{]([\\u4e00-\\u9fff]{0,8}(${PLACEHOLDER_FIELDS.flatMap((f) => f.words).map(escapeRe).join('|')}))[\\]】>〉}]`, 'g');
/** What opens a label's value after its bracket: a figure, a colon, a space. */
const LABEL_VALUE_AFTER = /^[0-9:：\s]/;
/** What goes in a placeholder, by the field word closing it. */
const FIELD_VALUE: ReadonlyMap<string, PlaceholderField['value']> = new Map(PLACEHOLDER_FIELDS.flatMap((f) => f.words.map((w) => [w, f.value] as const)));
const EMPTY_BRACKETS = /[（(【][ \t]*[）)】]/g;
const CN_YEAR_DIGITS = '〇零一二三四五六七八九';

const cjk = (c: string | undefined) => c !== undefined && (isHan(c) || /[\u3000-\u303f\uff00-\uffef“”‘’、]/.test(c));
/** The character at i is Chinese, or half-width punctuation typed next to Chinese (承诺人:xxx, (xx镇)). */
const cjkAt = (s: string, i: number) => cjk(s[i]) || (/[:;,()"]/.test(s[i] ?? '') && (isHan(s[i - 1]) || isHan(s[i + 1])));
const cnDigit = (c: string | undefined) => c !== undefined && c !== '' && CN_YEAR_DIGITS.includes(c);
/** Chinese text around a mask: Han, punctuation, a symbol, a space, or a list's circled number (①**食品二期项目). */
const chineseContext = (c: string | undefined) => c === undefined || isHan(c) || /[\p{P}\p{S}\s\u2460-\u24ff\u2776-\u2793]/u.test(c);

const YEAR_TAIL = new RegExp(`^(?:19|20)[${M}]{1,2}$`);
const YEAR_LAST = new RegExp(`^(?:19|20)[0-9][${M}]$`);
const MASKS_2_4 = new RegExp(`^[${M}]{2,4}$`);
const MASKS_1_2 = new RegExp(`^[${M}]{1,2}$`);
/** A figure of digits and digit masks, both (X0, 1X5, 2*.6): a masked figure, not a model name, alone in a cell. */
const MASKED_DIGITS_TOKEN = new RegExp(`^(?=.*[0-9])(?=.*[${D}])[0-9${D}]+(?:\\.[0-9${D}]+)?$`);
/** A token of digit masks only, or with a decimal point (xx, **.**, ×.×). */
const DIGIT_MASK_TOKEN = new RegExp(`^(?:[${D}]+|[${D}]*\\.[${D}]+)$`);

/** The number after a telephone number's area code (0xxx-xxxxxxxx). */
const PHONE_REST = /^-[0-9xX*]{7,8}(?![0-9xX*])/;
/** A decimal point with a mask after it or masks on both sides (x.x, ××.×, 0.0x, x.5): a figure's. */
const MASKED_DECIMAL = new RegExp(`[${D}]\\.[${D}0-9]|[${D}0-9]\\.[0-9]*[${D}]`);
/** Classifiers that also end a unit's or a post's name (单位, 门诊部, 分队): a label ending in one may be a name's field. */
const NAME_OPENERS: ReadonlySet<string> = new Set(CLASSIFIERS_TABLE.filter((c) => c.opensNames).map((c) => c.char));
/** The classifiers that open a unit's name after a mask (xx支队) but count what they count. */
const NAME_OPENING_COUNTERS = CLASSIFIERS_TABLE.filter((c) => c.opensNames && c.counts);
const COUNTER_AFTER = new RegExp(`^ *([${NAME_OPENING_COUNTERS.map((c) => c.char).join('')}])`);
/**
 * 奶牛xx头, 锦旗××面, 火箭弹 *枚: a classifier right after a mask whose noun, right before the mask (spaces between),
 * is one it counts (its table's \`counts\`) takes the mask as its count, though the same
 * classifier opens a unit's name after a mask elsewhere (xx支队, xx门诊).
 */
function countedBy(s: string, a: number, after: string): RegExpExecArray | null {
	const m = COUNTER_AFTER.exec(after);
	let i = a - 1;
	while (i >= 0 && s[i] === ' ') i--;
	if (!m || i < 0) return null;
	const c = CLASSIFIER_BY_CHAR.get(m[1]!)!;
	return c.counts!.includes(s[i]!) && !c.notAfter?.includes(s[i]!) ? m : null;
}

function yearSpan(token: string, before: string): [number, number] | null {
	if (YEAR_TAIL.test(token)) return [2, token.length];
	if (YEAR_LAST.test(token)) return [3, 4];
	if (MASKS_2_4.test(token)) return [0, token.length];
	if (MASKS_1_2.test(token) && before.length >= 2 && CN_YEAR_DIGITS.includes(before[before.length - 1]!)) {
		return [0, token.length];
	}
	return null;
}

/** Whether [a, b) of `s` holds a mask character. */
function anyMask(s: string, a: number, b: number): boolean {
	for (let i = a; i < b; i++) if (IS_MASK[s.charCodeAt(i)] === 1) return true;
	return false;
}
/** Whether the hits are already by position (sorting, which is stable, would change nothing). */
function hitsInOrder(hits: readonly MaskHit[]): boolean {
	for (let i = 1; i < hits.length; i++) if (hits[i - 1]!.from > hits[i]!.from) return false;
	return true;
}
/** Whether every character of `token` is its first. */
function sameChar(token: string): boolean {
	const c = token.charCodeAt(0);
	for (let i = 1; i < token.length; i++) if (token.charCodeAt(i) !== c) return false;
	return true;
}

function scan(s: string, context: string, chars: number, before: string): MaskScan {
	const hits: MaskHit[] = [];
	// Boxes are marked only where the line has one: else every scan shares one empty set.
	const usedBoxes = chars & LC_BOX ? new Set<number>() : NO_BOXES;
	let markup: ReadonlySet<number> | undefined;
	let skipUntil = 0;
	let ruleLine: boolean | undefined;
	for (let at = 0; chars & LC_PLACEHOLDER && TOKENS.next(s, at); at = TOKENS.to) {
		let a = TOKENS.from;
		let b = TOKENS.to;
		if (a < skipUntil) continue;
		// Markdown emphasis delimiters are not placeholders: trim them off the token (no * or _, no markup).
		markup ??= chars & LC_EMPHASIS ? unitNamePairs(s, emphasisMarkup(s), context) : NO_MARKUP;
		while (a < b && markup.has(a)) a++;
		while (b > a && markup.has(b - 1)) b--;
		if (a === b || !anyMask(s, a, b)) continue;
		let token: string;
		// 二○二三年: ○ written for the zero of a Chinese numeral year is a digit, not a mask.
		while (a < b && s[a] === '○' && (cnDigit(s[a - 1]) || cnDigit(s[a + 1]))) a++;
		while (b > a && s[b - 1] === '○' && (cnDigit(s[b]) || cnDigit(s[b - 2]))) b--;
		// 党组织".***同志: a full stop typed as a period before a mask is no decimal point of it.
		if (s[a] === '.' && !isDigit(s[a - 1]) && b - a > 2 && sameChar(s.slice(a + 1, b)) && !isDigit(s[a + 1])) a++;
		token = s.slice(a, b);
		if (!token) continue;
		if (token.includes('□') && !/[0-9]/.test(token) && /[^□]/.test(token)) {
			// □xx工业园区: the box is a lost punctuation mark next to a placeholder, not part of it.
			while (s[a] === '□') a++;
			while (s[b - 1] === '□') b--;
			token = s.slice(a, b);
		}
		const prev = s[a - 1];
		const next = s[b];
		// …/20240611_55821.html, www.xx.com/a_b: inside a URL or a file name.
		const pc = s.charCodeAt(a - 1);
		const nc = s.charCodeAt(b);
		// (A year masked in a file's name is still a year to fill: 20__年安全台账.xlsx.)
		const yearInName = next === '年' && (/^(?:19|20)[_＿]+$/.test(token) || /(?:19|20)$/.test(s.slice(Math.max(0, a - 2), a)));
		if (((pc > 32 && pc < 127) || (nc > 32 && nc < 127)) && inLink(s, a, b)) continue;
		// 660301_数控编程_课标.docx: underscores joining the parts of a file's name, Chinese among them.
		if (token.includes('_') && !yearInName && FILE_NAME_REST.test(s.slice(b, b + 60))) continue;
		const latinPrev = (pc >= 65 && pc <= 90) || (pc >= 97 && pc <= 122);
		const latinNext = (nc >= 65 && nc <= 90) || (nc >= 97 && nc <= 122);
		// G3** 线: a road or line code with masked digits after its letter — the letter opening the code
		// (not S5735-L48T4X, a model's code going on: quiet6).
		if (latinPrev && pc <= 90 && !latinNext && !isLatin(s[a - 2]) && !CODE_GOES_ON.test(s[a - 2] ?? '') && /^[0-9]+[*xX×_]+$|^[*×_]+$/.test(token)) {
			hits.push(numberHit(s, a, b, ''));
			continue;
		}
		// ***200MW渔光互补, XXLNG应急储备站: a run of one mask opening a name whose next part is a code (a
		// capacity, 200MW; an acronym, LNG), Chinese words going on after it: the run hides the name.
		if (!latinPrev && (latinNext || hasDigitAfterRun(token))) {
			const run = NAME_RUN.exec(token)?.[0].length ?? 0;
			// (Or a kind's word that opens with a code: ××4S店, lexicon NAME_KINDS.)
			if (run > 0 && (CODE_IN_NAME.test(s.slice(a + run, a + run + 12)) || NAME_SUFFIX_AFTER.test(s.slice(a + run, a + run + 6))) && (a === 0 || cjkAt(s, a - 1))) {
				hits.push(nameHit(a, a + run, token.slice(0, run), ''));
				continue;
			}
		}
		if (latinPrev || latinNext) continue; // part of an English word: Excel, box
		// 0xxx-xxxxxxxx: a telephone number, its area code and number one blank.
		const phone = /^0[0-9xX*]{2,3}$/.test(token) ? PHONE_REST.exec(s.slice(b, b + 10)) : null;
		if (phone) {
			skipUntil = b + phone[0].length;
			hits.push(numberHit(s, a, skipUntil, ''));
			continue;
		}
		// “X·XX”强降雨, “7·xx”事故: an event named by its date, month · day; a masked side is a number.
		if (DATE_SIDE.test(token) && ((next === '·' && DATE_SIDE_AFTER.test(s.slice(b + 1, b + 4))) || (prev === '·' && DATE_SIDE_BEFORE.test(s.slice(Math.max(0, a - 4), a - 1))))) {
			hits.push(numberHit(s, a, b, prev === '·' ? '日' : '月'));
			continue;
		}
		const hasDigit = /[0-9]/.test(token);
		// 出院人次⏎**: a table flattened one cell a line; a mask alone on its line after a measure's label
		// ending in a unit or a classifier is its figure (not after a person's field, 负责人⏎×××, nor a classifier that ends names, 承办单位⏎××).
		// 亩⏎X0⏎X0: a figure with a digit masked (X0, 1X5) alone on its line after a unit's line, a cell too.
		// (A unit opening the next line is the figure's own, read below: 个体工商户⏎3xxxx⏎户、…)
		if (before && (DIGIT_MASK_TOKEN.test(token) || (MASKED_DIGITS_TOKEN.test(token) && !UNIT_AFTER.test(context))) && s.slice(0, a).trim() === '' && s.slice(b).trim() === '' && endsWithUnit(before) && !NAME_OPENERS.has(before.trimEnd().slice(-1)) && !NAME_PLACE_BEFORE.test(before)) {
			hits.push(numberHit(s, a, b, ''));
			continue;
		}
		// 述职人: ×××, 党委书记　**, 负责人（签字）：____: where a person's name stands, any mask is the name.
		const person = !hasDigit && sameChar(token) ? personPlace(s, a, b) : null;
		if (person !== null && !UNIT_AFTER.test(s.slice(b, b + 12))) {
			hits.push(nameHit(a, b, token, person));
			continue;
		}
		// 60×40, 3*4, 3x3篮球, 3×4米: a product or a size — but before a count or money
		// (3x6户, 3*5万元) the mask stands for a digit.
		// 1X0块, 8X0亩 too: only a size unit (米, 厘米) or nothing keeps it a product.
		// A figure standing alone in a table cell or a column (| xx |, ␣␣2X␣␣): always a number.
		let cell: boolean | undefined;
		// | * |, ␣␣○○␣␣, ⇥_⇥: a short mask alone in a cell of a row of figures is the figure, masked whole.
		if (!hasDigit && CELL_MASK.test(token) && (cell ??= inCell(s, a, b)) && rowOfFigures(s, a, b)) {
			hits.push(numberHit(s, a, b, ''));
			continue;
		}
		// A factor is a number (no 0 leads it: 2X0 is a figure); 7×24小时 is a schedule (lexicon SCHEDULE_UNITS).
		// A product closing its line reads the unit opening the next (总户数⏎8X36⏎户: a digit hidden).
		if (PRODUCT.test(token)) {
			const rest = /^ *$/.test(s.slice(b)) && context ? context : s.slice(b, b + 12);
			if (!COUNT_OR_MONEY_AFTER.test(rest.slice(0, 4)) && !NUMBERED_AFTER.test(rest) && (sizeOrNoUnit(rest) || SCHEDULE_AFTER.test(rest.slice(0, 4))) && !(cell ??= inCell(s, a, b))) continue;
		}
		if (/^[0-9.]*[xX]$/.test(token) && /[+\-=/^<>]/.test(next ?? '') && !RANGE_AFTER.test(s.slice(b, b + 8))) continue; // 2x+1: algebra
		if (/^[xX]/.test(token) && /[+\-=/^<>]/.test(prev ?? '') && !/^[xX]+$/.test(token.slice(0, 2))) continue;
		let after = s.slice(b, b + 12);
		// 1,xxx, x,x00: a thousands separator groups only a figure's digits. ××.×, x.x: nor has a name a decimal point.
		const figureShape = hasDigit || token.includes(',') || MASKED_DECIMAL.test(token);
		let unit = UNIT_AFTER.exec(after) ?? countedBy(s, a, after);
		// XX项目, ××家园: a classifier opening a word that is a kind of named thing (lexicon
		// CLASSIFIER_HEAD_WORDS and NAME_KINDS) is the kind the mask names, not its count.
		if (unit && !hasDigit && CLASSIFIER_OPENED_KIND.test(after)) unit = null;
		// 初二(x)班, 三（×）组: a mask alone in brackets right after a numeral is the second number of
		// a numbering (a class of a grade), whatever word the bracket closes before.
		if (!unit && !hasDigit && BRACKET_OPEN.includes(prev ?? ' ') && BRACKET_CLOSE.includes(next ?? ' ') && (isCnNumeral(s[a - 2]) || isDigit(s[a - 2])) && isHan(s[b + 1])) {
			hits.push(numberHit(s, a, b, ''));
			continue;
		}
		// x00~x,x00 元: the first end of a range takes the unit after the second.
		if (!unit) {
			const r = RANGE_TO.exec(s.slice(b, b + 16));
			if (r) unit = UNIT_AFTER.exec(s.slice(b + r[0].length, b + r[0].length + 12));
		}
		// At the end of the line a unit of measure may open the next one (营业收入⏎xx⏎万元); a
		// classifier there opens a word more often (签字：____⏎项目负责人).
		if (!unit && context && /^ *$/.test(after)) {
			const u = UNIT_AFTER.exec(context);
			if (u && UNIT_BY_TEXT.has(u[1]!)) {
				after = context.slice(0, 12);
				unit = u;
			} else {
				// A figure broken by the line, its head masked (连续1,X⏎00余天, 群众 xx ⏎216 人): the rest of
				// its digits open the next line, then its unit or classifier.
				const rest = FIGURE_REST.exec(context);
				const v = rest && UNIT_AFTER.exec(context.slice(rest[0].length));
				// Not a date opening the next line (签字：×××⏎2026年…): a new sentence, not the figure's rest.
				if (v && !'年月日号'.includes(v[1]!)) {
					after = context.slice(rest[0].length, rest[0].length + 12);
					unit = v;
				}
			}
		}

		// 达到 xx 702 元: a figure typed with a space inside it, its head masked: the rest of its digits,
		// then its unit (not a year's or a date's), make one masked figure.
		if (!unit && DIGIT_MASK_TOKEN.test(token)) {
			const rest = SPACED_REST.exec(after);
			const v = rest && UNIT_AFTER.exec(s.slice(b + rest[0].length, b + rest[0].length + 12));
			if (v && !'年月日号'.includes(v[1]!)) {
				skipUntil = b + rest[0].length;
				hits.push(numberHit(s, a, skipUntil, v[1]!));
				continue;
			}
		}
		// Years: 20xx年, xxxx年, 二〇××年, 20__-20__年.
		// 〔20××〕: a document number's year, in its bracket.
		if (/^ *年/.test(after) || YEAR_RANGE_AFTER.test(after) || ('〔［['.includes(prev ?? ' ') && '〕］]'.includes(next ?? ' '))) {
			const span = yearSpan(token, s.slice(Math.max(0, a - 3), a));
			if (span) {
				const from = a + span[0];
				const to = a + span[1];
				markBoxes(s, from, to, usedBoxes);
				hits.push({ kind: 'masked-year', from, to, token: s.slice(from, to), blank: { kind: 'masked-year', label: '年份', unit: '年', valueKind: 'year' } });
				continue;
			}
		}
		const range = RANGE_AFTER.exec(s.slice(b, b + 8));
		if (range && !hasDigit) {
			// x-x月, x-x季度: a span with both ends hidden, each end its own blank.
			const from2 = b + 1;
			const to = from2 + range[1]!.length;
			skipUntil = to;
			const u = s[to] === '季' ? '季度' : (s[to] ?? '月');
			hits.push(numberHit(s, a, b, u));
			hits.push(numberHit(s, from2, to, u));
			continue;
		}
		// x:x:x, 十x五: masked terms of a ratio, a masked digit inside a Chinese numeral.
		if (!hasDigit && ((next === ':' && RATIO_NEIGHBOUR.test(s[b + 1] ?? '')) || (prev === ':' && RATIO_NEIGHBOUR.test(s[a - 2] ?? '')) || (isCnNumeral(prev) && isCnNumeral(next) && token.length <= 2))) {
			hits.push(numberHit(s, a, b, ''));
			continue;
		}
		// 第X季度, 第__名: an ordinal with its number hidden.
		if (prev === '第' && !hasDigit) {
			hits.push(numberHit(s, a, b, unit ? unit[1]! : ''));
			continue;
		}
		// 1X支, 3X⏎件, 4X.36米: a figure led by a digit takes a classifier or any unit after it, on this
		// line or opening the next (a model name leads with its letter: X5, 型号X200).
		if (!unit && figureShape && (/^[0-9]/.test(token) || !hasDigit || token.includes(','))) {
			const u = DIGIT_LED_UNIT.exec(/^ *$/.test(after) && context ? context : after);
			if (u && !'年月日号'.includes(u[1]!)) unit = u;
		}
		// X5车型, 型号X200: one letter x among digits and no unit after is a model name — but a figure led
		// by a digit ending a row of figures (PM10 μg/m³ 5x␣␣) is the figure masked.
		const rowEnd = !unit && /^[0-9]+[xX]$/.test(token) && /^\s*$/.test(s.slice(b)) && rowOfFigures(s, a, b);
		if (hasDigit && !unit && !rowEnd && /^[^xX]*[xX][^xX]*$/.test(token) && !/[*_?□○×]/.test(token) && !MASKED_DECIMAL.test(token) && !(cell ??= inCell(s, a, b))) continue;
		if (figureShape || unit || (DIGIT_MASK_TOKEN.test(token) && (cell ??= inCell(s, a, b)))) {
			const onlyOdd = /^[?○□]+$/.test(token) || token === '×' || token === '*';
			if (!hasDigit && onlyOdd && !unit) continue;
			if (token === '×' && !unit) continue;
			// 带*号的为预计数, 打×号: a lone mark before 号, not a date's day (x月×号), is the mark's name.
			// 〔20××〕×号: after a document number's year bracket it is the serial, masked.
			if ((token === '×' || token === '*') && unit?.[1] === '号' && !s.slice(Math.max(0, a - 3), a).includes('月') && !'〕］]'.includes(prev ?? ' ')) continue;
			if (/^\.+/.test(token) && !hasDigit) continue;
			markBoxes(s, a, b, usedBoxes);
			hits.push(numberHit(s, a, b, unit ? unit[1]! : ''));
			continue;
		}
		// Names and other hidden text.
		const ch = token[0]!;
		if (!sameChar(token)) continue;
		if (!chineseContext(prev) || !chineseContext(next)) continue;
		// ××× alone on its line under a title, or closing a heading line after a unit's name
		// (心血管内科　×××): the writer's name (not * and _, a rule line there).
		if (SIGNATURE_MASK.test(token) && s.slice(b).trim() === '' && (s.slice(0, a).trim() === '' || UNIT_BEFORE_GAP.test(s.slice(Math.max(0, a - 12), a)))) {
			hits.push(nameHit(a, b, token, ''));
			continue;
		}
		// ***⏎区获评: a name's suffix opening the next line closes the name a mask ending this one hides.
		const suffix = NAME_SUFFIX_AFTER.exec(b === s.length ? context.slice(0, 6) : s.slice(b, b + 6));
		// 委托*勘察设计院, 国际*交易会, 老×调解室: a lone * or × between two characters, inside a word a
		// unit's suffix closes, hides part of the name (a footnote mark or a product never stands there).
		if (token.length === 1 && (ch === '*' || ch === '×') && isHan(prev) && isHan(next)) {
			const inside = WITHIN_UNIT_NAME.exec(s.slice(b, b + 10));
			if (inside) {
				hits.push(nameHit(a, b, token, inside[1]!));
				continue;
			}
		}
		if (ch === '*') {
			// 负责人：张** — a person's given name hidden after the surname.
			const givenName = token.length <= 3 && prev !== undefined && isHan(prev) && SURNAMES.includes(prev) && !isHan(next);
			if (givenName) {
				hits.push(nameHit(a, b, token, ''));
				continue;
			}
			if (token.length > 3 || !isHan(next ?? (suffix ? context[0] : undefined))) continue;
			if (token.length === 1 && !suffix) continue;
		} else if (ch === '□') {
			// □□古镇, □□石料厂, □□汽车销售服务有限公司: a unit's name closes a short way on.
			if (token.length < 2 || !(suffix ?? NAME_SUFFIX_NEAR.exec(s.slice(b, b + 8)) ?? BOX_UNIT_NAME.exec(s.slice(b, b + 14)))) continue;
		} else if (ch === '_') {
			// 与_市经济技术开发区: one _ alone before a name head hides the name (the only _ of its line:
			// a page title's separators come in twos, 工作总结_乡镇工作总结_范文网).
			if (token.length < 2) {
				const head = isHan(prev) && (s.match(LONE_UNDERSCORE)?.length ?? 0) === 1 && !TITLE_END.test(s.slice(Math.max(0, a - 2), a)) ? MASK_HEAD_AFTER.exec(s.slice(b, b + 9)) : null;
				if (head) hits.push(nameHit(a, b, token, head[1]!));
				continue;
			}
			if ((ruleLine ??= /^[\s_\-—=*]*$/.test(s))) continue; // a rule line, not a blank
			// （按手印）：______ is a line for a fingerprint, left blank on purpose (a signature or a seal
			// field names its signer, lexicon PERSON_NAME_PLACES, read above).
			if (/(?:手印)[）)]?[：:]? *$/.test(s.slice(Math.max(0, a - 8), a))) continue;
			hits.push({ kind: 'masked-text', from: a, to: b, token, blank: { kind: 'masked-name', label: suffix ? suffix[0] : '', unit: '', valueKind: 'text' } });
			continue;
		} else if (ch === '?') {
			continue;
		} else if (token.length < 2) {
			// x轴, ×, ○ as a bullet, X光; but X县, x片区, ×水厂, x组 hide a name (lexicon NAME_HEADS).
			// ×公通〔2024〕11号: a lone mask before an issuer's abbreviation and a document number's year hides the issuer's place.
			const head = MASK_HEAD_AFTER.exec(s.slice(b, b + 9)) ?? ISSUER_AFTER.exec(s.slice(b, b + DOC_ISSUER_MAX + 8));
			// x塑业, x投递班: a lower-case x before a character hides a name, a head after it or not.
			const lower = !head && ch === 'x' && LOWER_MASKS_NAME && isHan(next);
			if ((!head && !lower) || (ch === '○' && !isHan(prev)) || !beforeLoneName(s, a) || LETTER_TERM_AT.test(s.slice(a, a + 4))) continue;
			if (!head) {
				hits.push(nameHit(a, b, token, ''));
				continue;
			}
			if (s[b] === ' ' && !isHan(s[b + 1])) continue;
			markBoxes(s, a, b, usedBoxes);
			hits.push(nameHit(a, b, token, head[1]!));
			continue;
		} else if (!suffix && !cjkAt(s, a - 1) && !cjkAt(s, b) && !(s[a - 1] === ' ' && isHan(s[a - 2]) && s[b] === ' ' && isHan(s[b + 1]))) {
			continue; // www.xx.com, Mr. XX: not in Chinese text
		}
		markBoxes(s, a, b, usedBoxes);
		hits.push(nameHit(a, b, token, suffix ? suffix[0] : ''));
	}
	ALPHA_NAME.lastIndex = 0;
	for (let m = chars & (LC_NAME_LETTER | LC_PLACE_LETTER) && ANY_ALPHA.test(s) ? ALPHA_NAME.exec(s) : null; m; m = ALPHA_NAME.exec(s)) {
		const a = m.index;
		const b = a + m[0].length;
		const token = m[0];
		// **姓名：**某某: the name read past the emphasis markup before it (quiet6).
		markup ??= chars & LC_EMPHASIS ? unitNamePairs(s, emphasisMarkup(s), context) : NO_MARKUP;
		let pa = a;
		while (pa > 0 && markup.has(pa - 1)) pa--;
		const prev = s[pa - 1];
		const next = s[b];
		// 某某 alone on its line: no word "somebody" there, a signer's name (the line above the date).
		if (token === '某某' && s.trim() === token) {
			hits.push(nameHit(a, b, token, ''));
			continue;
		}
		if (!chineseContext(prev) || !chineseContext(next)) continue;
		// (Not a surname that ends a title: 主任某某 is 主任 + 某某, not 任某某.)
		if (token === '某某' && pa === a && prev !== undefined && SURNAMES.includes(prev) && !NAME_PLACE_BEFORE.test(s.slice(Math.max(0, a - 10), a))) {
			// 张某某 in running text or a field is a party named anonymously on purpose (抓获犯罪嫌疑人张某某,
			// 负责人：王某某); before a form of address (王某某同志, the next line's 同志 too) it is a
			// colleague's name left to fill, the surname with it.
			const address = NAME_PLACE_AFTER.exec(s.slice(b, b + 4) || context.slice(0, 4));
			if (address) hits.push(nameHit(a - 1, b, s.slice(a - 1, b), address[1]!));
			continue;
		}
		// (某某 opens a name any kind's word closes, 某某牌 and 某某五金 too: lexicon NAME_CLOSERS; quoted
		// alone, the kind's word after the closing quote: “某某”牌.)
		const quoted = token === '某某' && prev === '“' && next === '”' ? 1 : 0;
		const suffix = (token === '某某' ? NAME_CLOSER_AFTER : NAME_SUFFIX_AFTER).exec(s.slice(b + quoted, b + quoted + 6));
		// 某某 is also the word "somebody" (找某某才能办成事): a hidden name only before a name's
		// suffix (某某公司) or as the value of a field (述职人：某某).
		const field = (prev === '：' || prev === ':') && (isHan(s[pa - 2]) || s[pa - 2] === '）' || s[pa - 2] === ')');
		// (Or where a person's name stands: 第一书记某某。) Before a kind's word (lexicon NAME_KINDS) 某某
		// hides the name of a company, a shop, a village, an estate, a product or a project, a third
		// party's in running text too (查处某某商贸有限公司): the writer fills it (session 16's definition).
		// 某某 the pronoun opens a clause: a verb right after it (找某某办理, 某某组织公司员工) says so, though the
		// verb may open with a kind's character (办, 处, 组).
		// A verb counts when it is longer than the kind's word there (组织 over 组, 办理 over 办; not 建设 of 某某建设集团).
		const verb = token === '某某' ? VERB_AT.exec(s.slice(b, b + 4)) : null;
		const within = token === '某某' && suffix === null ? NAME_SUFFIX_WITHIN.exec(s.slice(b, b + 16)) : null;
		const named = token === '某某' && (verb === null || verb[0].length <= (suffix?.[0].length ?? 0)) && (suffix !== null || within !== null);
		const person = personPlace(s, a, b);
		if (token === '某某' && !named && !field && person === null) continue;
		// (A person's place may stand between spaces and the line's end: 居委会主任  某某.)
		if (!isHan(prev) && !isHan(next) && !field && !named && person === null) continue;
		if (token.startsWith('A') && (!suffix || next === '级')) continue; // AAAA级景区, 3A级
		if (m[2] && !suffix) continue; // bb, CC: a name only before a name's suffix (bb省)
		hits.push(nameHit(a, b, token, suffix ? suffix[0] : named && within ? within[1]! : ''));
	}
	LETTER_NAME.lastIndex = 0;
	for (let m = chars & LC_PLACE_LETTER ? LETTER_NAME.exec(s) : null; m; m = LETTER_NAME.exec(s)) {
		if (m.index > 0 && ZONE_HOLDERS.chars.includes(s[m.index - 1]!)) continue; // 物流园B区: a zone of the place
		if (!beforeLoneName(s, m.index) || LETTER_TERM_AT.test(s.slice(m.index, m.index + 4))) continue;
		hits.push(nameHit(m.index, m.index + 1, m[0], m[1]!));
	}
	LOWER_LETTER_NAME.lastIndex = 0;
	for (let m = chars & (LC_PLACE_LETTER | LC_NAME_LETTER) ? LOWER_LETTER_NAME.exec(s) : null; m; m = LOWER_LETTER_NAME.exec(s)) {
		if (m.index > 0 && ZONE_HOLDERS.chars.includes(s[m.index - 1]!)) continue; // 物流园b区: a zone of the place
		if (!beforeLoneName(s, m.index) || LETTER_TERM_AT.test(s.slice(m.index, m.index + 4))) continue;
		hits.push(nameHit(m.index, m.index + 1, m[0], MASK_HEAD_AFTER.exec(s.slice(m.index + 1, m.index + 10))?.[1] ?? ''));
	}
	// 报告人：K, 党委书记 A: a lone letter where a person's name stands (x is a mask token, read above).
	LONE_LETTER.lastIndex = 0;
	for (let m = chars & LC_PLACE_LETTER ? LONE_LETTER.exec(s) : null; m; m = LONE_LETTER.exec(s)) {
		// Closed by the line's end, punctuation or a wide gap: 负责人 A 岗 is a post's code.
		const person = LETTER_END.test(s.slice(m.index + 1, m.index + 4)) ? personPlace(s, m.index, m.index + 1) : null;
		if (person !== null) hits.push(nameHit(m.index, m.index + 1, m[0], person));
	}
	// Empty brackets left for a figure or a name: 完成（  ）万元, 由（ ）负责.
	EMPTY_BRACKETS.lastIndex = 0;
	for (let m = chars & LC_OPEN_BRACKET ? EMPTY_BRACKETS.exec(s) : null; m; m = EMPTY_BRACKETS.exec(s)) {
		const a = m.index;
		const b = a + m[0].length;
		const unit = UNIT_AFTER.exec(s.slice(b, b + 12));
		if (unit) hits.push(numberHit(s, a, b, unit[1]!));
		else if (isHan(s[a - 1]) || isHan(s[b])) hits.push({ kind: 'masked-text', from: a, to: b, token: m[0], blank: { kind: 'masked-name', label: '', unit: '', valueKind: 'text' } });
	}
	// [公司名称], 【员工姓名】, [具体金额]: a bracket naming the field to fill, not opening its line (a label there).
	FIELD_PLACEHOLDER.lastIndex = 0;
	for (let m = chars & LC_OPEN_BRACKET ? FIELD_PLACEHOLDER.exec(s) : null; m; m = FIELD_PLACEHOLDER.exec(s)) {
		const to = m.index + m[0].length;
		// A label opening its line, or one its value follows (【活动时间】2026年3月, [项目名称]：), not a blank.
		if (s.slice(0, m.index).trim() === '' || LABEL_VALUE_AFTER.test(s.slice(to, to + 1))) continue;
		const value = FIELD_VALUE.get(m[2]!);
		if (value === 'name') hits.push({ kind: 'masked-text', from: m.index, to, token: m[0], blank: { kind: 'masked-name', label: m[1]!, unit: '', valueKind: 'text' } });
		else hits.push(numberHit(s, m.index, to, value === 'date' ? '' : (UNIT_AFTER.exec(s.slice(to, to + 12))?.[1] ?? '')));
	}
	SPACE_YEAR.lastIndex = 0;
	for (let m = chars & LC_SPACE && s.includes(' 年') ? SPACE_YEAR.exec(s) : null; m; m = SPACE_YEAR.exec(s)) {
		const from = m.index + 2;
		const to = from + m[1]!.length;
		if (isDigit(s[m.index - 1])) continue;
		hits.push({ kind: 'masked-year', from, to, token: m[1]!, blank: { kind: 'masked-year', label: '年份', unit: '年', valueKind: 'year' } });
	}
	if (hits.length > 1 && !hitsInOrder(hits)) hits.sort((x, y) => x.from - y.from);
	return { hits, usedBoxes };
}

/** Suffixes of units, not of people (公司, 部, 中心; not 书记, 同志). */
const UNIT_SUFFIXES = NAME_SUFFIXES.filter((x) => !PERSON_NAME_PLACES.some((p) => p.words.includes(x)) && x !== '老师');
/** A short word closed by a unit's suffix (勘察设计院, 交易会, 调解室), not a project's or a group's. */
const WITHIN_UNIT_NAME = new RegExp(`^[\\u4e00-\\u9fff]{0,4}?(${UNIT_SUFFIXES.filter((x) => !['项目', '工程', '有限', '股份', '企业', '组'].includes(x)).map(escapeRe).join('|')})`);
/** A unit's name of up to eight more characters closed by an organisation's suffix (汽车销售服务有限公司), not a project's or a person's. */
const BOX_UNIT_NAME = new RegExp(`^[\\u4e00-\\u9fff]{0,8}?(?:${UNIT_SUFFIXES.filter((x) => x.length > 1 && !['项目', '工程'].includes(x)).map(escapeRe).join('|')})`);
/** One _ between two characters (与_市, 工作总结_乡镇工作总结). */
const LONE_UNDERSCORE = /(?<=[\u4e00-\u9fff])_(?=[\u4e00-\u9fff])/g;
/** The end of a document's title, before a page title's separator (工作总结_乡镇工作总结). */
const TITLE_END = /(?:总结|计划|报告|方案|范文|汇报|讲话|述职|思路|要点)$/;
/** A mask of a name standing alone: ×××, XX, ○○○. */
const SIGNATURE_MASK = /^(?:×{2,4}|X{2,4}|x{2,4}|○{2,4})$/;
/** A unit's name, then spaces (ideographic ones too), at the end of what stands before a mask (医院心血管内科　, 第×中学　: the unit's own name masked too). */
const UNIT_BEFORE_GAP = new RegExp(`[\\u4e00-\\u9fff${M}](?:${UNIT_SUFFIXES.map(escapeRe).join('|')})[ \\u3000]+$`);
/** A unit's name ending in an organisation's suffix of two characters or more (建设集团有限公司). */
const UNIT_NAME_WHOLE = new RegExp(`^[\\u4e00-\\u9fff]{0,16}(?:${UNIT_SUFFIXES.filter((x) => x.length > 1).map(escapeRe).join('|')})$`);
/** A short unit's name, a whole word (项目部, 分公司, 实业发展有限公司 before a space, punctuation or the line's end). */
const UNIT_NAME_OPENS = new RegExp(`^[\\u4e00-\\u9fff]{0,8}(?:${UNIT_SUFFIXES.map(escapeRe).join('|')})(?=$|[\\s\\p{P}])`, 'u');
/**
 * `**建设集团有限公司**项目部`: a pair of ** read as emphasis whose span is a whole unit's name and
 * whose closing ** is glued to the name of another unit. Bold ends at a word's edge, and nobody
 * bolds one name of "X公司Y项目部" and not the next; a template masks both (XX公司XX项目部). The two
 * runs are masks, not markup: they are taken out of `markup`. So is a pair whose opening run stands
 * where a person's name stands (民警***同志…，***、), and a pair, not opening the line, in a line of
 * masked figures, opening after a mark (，**海关) and closing glued to characters on both sides
 * (在**关区; 推进**重点项目**建设 stays bold: bold opens inside a sentence, a masked name opens a clause).
 */
function unitNamePairs(s: string, markup: Set<number>, context: string): Set<number> {
	if (markup.size < 4) return markup;
	let open = -1;
	let openEnd = -1;
	let masked: boolean | undefined;
	for (let i = 0; i < s.length; i++) {
		if (!markup.has(i) || s[i] !== '*' || (i > 0 && markup.has(i - 1) && s[i - 1] === '*')) continue;
		let j = i + 1;
		while (s[j] === '*' && markup.has(j)) j++;
		if (j - i < 2) continue;
		// Runs of stars pair in order: an opening one, then its closing one.
		if (open < 0 || j - i !== openEnd - open) {
			open = i;
			openEnd = j;
			i = j - 1;
			continue;
		}
		const unitPair = j - i === 2 && UNIT_NAME_WHOLE.test(s.slice(openEnd, i)) && UNIT_NAME_OPENS.test(s.slice(j, j + 10));
		// 民警***同志荣立三等功,***、: the opening run stands where a person's name stands.
		const personPair = personPlace(s, open, openEnd) !== null;
		// **合作社理事长王**获评: the closing run right after a title and a surname hides the given name
		// (bold closes after a whole name, never after a surname alone).
		const givenPair = SURNAMES.includes(s[i - 1]!) && TITLE_BEFORE_SURNAME.test(s.slice(Math.max(0, i - 8), i - 1));
		// 任**镇人民政府…联系**片区, ***县…，***⏎区: both runs right before a name's head (the closing one
		// across the line's end too): bold never opens and closes both on a head, two names are hidden.
		const headPair = beforeNameHead(s, openEnd, context) && beforeNameHead(s, j, context);
		// **至**高速公路: the two runs around the link of a route alone (lexicon ROUTE_LINKS), a name
		// going on after the closing one: the route's two ends, masked (bold never holds a lone 至).
		// **至**高速公路**段: the opening run right after a link that a mask opens is the route's other
		// end; the closing one, glued to the name's next word, masks the part of the route.
		const routePair =
			(i - openEnd === 1 && ROUTE_LINKS.chars.includes(s[openEnd]!) && isHan(s[j] ?? context[0])) ||
			(open >= 2 && ROUTE_LINKS.chars.includes(s[open - 1]!) && MASK_BEFORE_LINK.test(s.slice(Math.max(0, open - 5), open - 1)) && isHan(s[j] ?? context[0]));
		if (unitPair || personPair || givenPair || headPair || routePair || (!LINE_OPENING.test(s.slice(0, open)) && !isHan(s[open - 1]) && isHan(s[i - 1]) && isHan(s[j]) && (masked ??= maskedFigureIn(s, markup)))) {
			for (let k = open; k < openEnd; k++) markup.delete(k);
			for (let k = i; k < j; k++) markup.delete(k);
		}
		open = -1;
		i = j - 1;
	}
	return markup;
}

/** A run of two or more of one mask character opening a token (***200, XX). */
const NAME_RUN = /^(?:\*{2,}|x{2,}|X{2,}|×{2,})/;
/** Before a code's letter, what shows the code began earlier (L48T, -T): a digit or a hyphen. */
const CODE_GOES_ON = /[0-9-]/;
/** Digits after a token's opening run of masks (***200): a code may follow. */
const hasDigitAfterRun = (token: string): boolean => /^[*xX×]{2,}[0-9]/.test(token);
/** The code a name goes on with, then Chinese: a capacity (200MW, 1.5GW) or an acronym (LNG, PPP). */
const CODE_IN_NAME = /^(?:[0-9]+(?:\.[0-9]+)?(?:MW|GW|kW|KW|MWp|kV|KV)|[A-Z]{2,5})(?=[\u4e00-\u9fff])/;
/** A mask closing what stands before a route's link (**至, xx至, ××到). */
const MASK_BEFORE_LINK = new RegExp(`[${D}○□]$`);
/** Whether a name's head (lexicon NAME_HEADS) opens at `k`, or opens the next line when `k` ends this one. */
function beforeNameHead(s: string, k: number, context: string): boolean {
	const rest = k === s.length ? context.slice(0, 6) : s.slice(k, k + 6);
	return MASK_HEAD_AFTER.test(rest);
}
/** A title of office closing what stands before a surname (理事长王, 书记陈). */
const TITLE_BEFORE_SURNAME = new RegExp(`(?:${[...OFFICE_TITLES].sort((x, y) => y.length - x.length).map(escapeRe).join('|')})$`);
/** What may stand before a run-in heading's opening **: nothing, or a list or quote marker. */
const LINE_OPENING = /^\s*(?:(?:[-*+>]|\d+[.)])\s*)?$/;
/** A mask character, outside markup, among digits or doubled (20**年, 20××年, 2X.5, xx段, 20__年). */
const FIGURE_MASK = /[0-9][*xX×_]|[*xX×_][0-9]|(?<![A-Za-z])(?:xx|XX|××)(?![A-Za-z])/g;
/**
 * Whether the line holds a mask that is a figure's or a year's for sure (20**年, 2X.5亿元, 20__年):
 * the line is a template's masked text, so a pair of ** runs in it whose closing run is glued to
 * characters on both sides (20**年,**海关在**关区, **高速…负责**高速) is two masked names, not bold
 * (bold closes at a word's edge; a run-in heading opening the line stays bold).
 */
function maskedFigureIn(s: string, markup: ReadonlySet<number>): boolean {
	FIGURE_MASK.lastIndex = 0;
	for (let m = FIGURE_MASK.exec(s); m; m = FIGURE_MASK.exec(s)) {
		if (!markup.has(m.index) && !markup.has(m.index + 1)) return true;
		FIGURE_MASK.lastIndex = m.index + 1;
	}
	return false;
}

/** The rest of a file's name up to its extension, no space or Chinese punctuation between (_课标.docx; the fold reads a dot after Chinese as 。). */
const FILE_NAME_REST = /^[^\s“”‘’"'，。；：、！？（）()《》<>]*?[.。](?:docx?|xlsx?|pptx?|pdf|txt|zip|rar|jpe?g|png|wps)(?![A-Za-z0-9])/i;
const LINK = /(?:https?:\/\/|www\.|\/[A-Za-z]|[A-Za-z]\/|\.(?:html?|php|aspx?|shtml|pdf|docx?|xlsx?|jpe?g|png|gif|txt|zip)\b)/i;
/** Whether [a, b) sits in a run of non-space, non-Chinese characters that is a URL or a file name. */
function inLink(s: string, a: number, b: number): boolean {
	let i = a;
	const ascii = (k: number) => {
		const c = s.charCodeAt(k);
		return c > 32 && c < 127;
	};
	while (i > 0 && i > a - 80 && ascii(i - 1)) i--;
	let j = b;
	while (j < s.length && j < b + 80 && ascii(j)) j++;
	return (i < a || j > b) && LINK.test(s.slice(i, j));
}

function markBoxes(s: string, from: number, to: number, used: Set<number>): void {
	for (let i = from; i < to; i++) if (s[i] === '□') used.add(i);
}

function numberHit(s: string, a: number, b: number, unit: string): MaskHit {
	const u = unit.trim();
	const valueKind: BlankInfo['valueKind'] = u === '%' || u === '个百分点' ? 'percent' : u === '月' || u === '日' || u === '号' ? 'date' : 'number';
	return {
		kind: 'masked-number',
		from: a,
		to: b,
		token: s.slice(a, b),
		blank: { kind: 'masked-number', label: valueKind === 'date' ? (u === '月' ? '月份' : '日期') : measureBefore(s, a), unit: u, valueKind }
	};
}

function nameHit(a: number, b: number, token: string, suffix: string): MaskHit {
	return { kind: 'masked-name', from: a, to: b, token, blank: { kind: 'masked-name', label: suffix, unit: '', valueKind: 'name' } };
}

/**
 * Whether [a, b) fills a table cell after the row's label (a cell opening the line is no value),
 * a sign before it (-××, +xx.x: a change masked) included.
 */
function inCell(s: string, a: number, b: number): boolean {
	const from = s[a - 1] === '+' || s[a - 1] === '-' ? a - 1 : a;
	return s.slice(0, from).trim() !== '' && fillsCell(s, from, b);
}
/** A mask that says a figure only alone in a cell (CELL_ONLY_MASKS): a lone *, or one to three of ○ □ _. */
const CELL_MASK = new RegExp(`^(?:\\*|[${escapeClass(CELL_ONLY_MASKS.replace('*', ''))}]{1,3})$`);
/** Masks that make a row one of figures, beside digits: all but ○ and □, a checklist's marks. */
const ROW_MASKS = MASK_CHARS.replace('○', '').replace('□', '');
/** Whether the line holds a figure, or another mask, outside [a, b) (a row of figures, not a checklist). */
function rowOfFigures(s: string, a: number, b: number): boolean {
	for (let i = 0; i < s.length; i++) {
		if (i === a) i = b;
		const c = s[i];
		if (c !== undefined && ((c >= '0' && c <= '9') || ROW_MASKS.includes(c))) return true;
	}
	return false;
}

let lastLine: string | null = null;
let lastContext = '';
let lastBefore = '';
let lastScan: MaskScan = { hits: [], usedBoxes: new Set() };

/**
 * The placeholders in a folded line (the last result is reused by the next rule); `after` is
 * the start of the next line when the sentence runs on, `before` the end of the line before when this
 * one continues it (see RuleContext.after, RuleContext.before).
 */
export function scanMasks(folded: string, after = '', chars?: number, before = ''): MaskScan {
	if (folded !== lastLine || after !== lastContext || before !== lastBefore) {
		lastScan = scan(folded, after, chars ?? lineChars(folded), before);
		lastLine = folded;
		lastContext = after;
		lastBefore = before;
	}
	return lastScan;
}
