/**
 * Counts whose figure is gone before "classifier + noun" (新建个养老服务站, ，个党支部, 全县个行政
 * 村) and the small count frames: a span of time (提前天), people sent (选派干部名驻村), households
 * and people (户人), a prize grade (等奖), an age bound (岁以上). Ordinals (第名, 排名前位) are in ordinals.ts.
 */
import {
	AGE_BOUND_AFTER,
	AGE_REACHED,
	AGE_STATED_AFTER,
	ATTR_CLASSIFIERS,
	CHANGE_FROM_VERBS,
	CLASSIFIER_HEAD_PHRASES,
	UNIT_FIELD_LABELS,
	SINGULAR_PRONOUNS,
	SINGULAR_AFTER_YOU,
	CLASSIFIER_BEFORE,
	CLASSIFIER_HEAD_SPLIT,
	COUNT_COLLOCATIONS,
	COUNTED_PHRASE_OPENERS,
	CLASSIFIER_WORDS,
	LEXICAL_COUNT_WORDS,
	PEOPLE_WORDS_IN_REN,
	CLASSIFIER_NOT_AFTER,
	CN_NUMERAL,
	MASK,
	OBJECT_COUNT_CLASSIFIERS,
	OBJECT_OPENERS,
	VAGUE_BEFORE_UNIT,
	classifierWordEnding,
	COUNT_PREDICATE_ADVERBS,
	CLASSIFIER_HEAD_SET,
	CLASSIFIER_VERBS,
	CLAUSE_END,
	COUNT_CLOSE_MARKS,
	COUNT_FRAME_ENDS,
	PERIOD_FRAME_ENDS,
	DURATION_OPENERS,
	FRAME_CLASSIFIERS,
	COLLOCATED_FRAME_CLASSIFIERS,
	EXTRA_FRAME_CLASSIFIERS,
	HAVE_COUNT_CLASSIFIERS,
	HOUSEHOLD_NOT_COUNT,
	HOUSEHOLD_WORD_HEADS,
	HOUSEHOLDS_PEOPLE_GO_ON,
	NUMERAL_BEFORE,
	ONE_CHAR_AREAS,
	ONE_CHAR_COUNTED,
	SUO_COUNTED_HEADS,
	PARTICLES_AFTER_CLASSIFIER,
	PART_COUNT_CLASSIFIERS,
	PART_OPENERS,
	PART_OUTCOMES,
	HAVE_WORD_HEADS,
	PASSIVE_MARKS,
	PEOPLE_CLASSIFIER_TAILS,
	PEOPLE_NOUN_ENDS,
	PEOPLE_OUTCOMES,
	PEOPLE_SENDING_VERBS,
	PRIZE_AFTER,
	PROSE_BEFORE_CLASSIFIER,
	TIMES_ACTS,
	PRIZE_GRADE_NAMES,
	TIME_SPAN_OPENERS,
	TIME_SPAN_UNITS,
	PEOPLE_COUNTED_ENDS,
	PEOPLE_ACT_AFTER,
	EVENT_CLASSIFIERS,
	TAIL_COUNTED_CLASSIFIERS,
	PEOPLE_COUNT_CLASSIFIERS,
	PEOPLE_NAMED_ENDS,
	BATCH_VERB_HEADS,
	COUNT_STARTS
} from '../lexicon';
import { charTable, isClauseEnd, isCnNumeral, isDigit, isHan } from '../text/chars';
import { wordAt } from '../text/segment';
import { measureBefore } from '../text/measure';
import type { CodeFrame, FrameOutput, PatternFrame } from './types';
import { alt } from './shared';
import { FRAME_END_CHARS, SITE_FRAME_CLASSIFIER, SITE_VERB_CLASSIFIER } from './sites';

type Emit = FrameOutput['gap'];

/** A counting verb, then a classifier, then the thing counted: 建成个养老服务站. */
const VERB_CLASSIFIER_RE = new RegExp(`(?:${alt(CLASSIFIER_VERBS)})了? {0,6}([${ATTR_CLASSIFIERS}${TAIL_COUNTED_CLASSIFIERS.chars}])(?=[\\u4e00-\\u9fff]|[（(][\\u4e00-\\u9fff][）)]|[“"「][\\u4e00-\\u9fff]|[0-9]{1,3}周?岁以上)`, 'g');
/**
 * Frames that put a count right before "classifier + noun" without a counting verb: a clause or
 * list start (，个党支部, 、名困难群众), 等 closing a list (A、B等家银行), a whole area (全县个
 * 行政村), a target or duration (压缩至个工作日, 仅用了个月), a recipient (为户家庭, 在个小区).
 * Only the classifiers that usually open such a count; 人 and 天 begin too many words.
 * Read by a scan over the framed classifiers' codes (no regex over the line, no string per character).
 */
const IS_FRAME_END = charTable(FRAME_END_CHARS);
/** The frame words of three characters or fewer (the frame is read in the three before the count), by their last character. */
const FRAME_WORDS_BY_LAST = new Map<number, string[]>();
for (const w of COUNT_FRAME_ENDS.words) {
	if (w.length > 3) continue;
	const list = FRAME_WORDS_BY_LAST.get(w.charCodeAt(w.length - 1));
	if (list) list.push(w);
	else FRAME_WORDS_BY_LAST.set(w.charCodeAt(w.length - 1), [w]);
}
const DURATION_FRAME = new RegExp(`(?:${alt(DURATION_OPENERS.words)})$`);
/** A thing counted by its grade: a round magnitude, a unit, 级 (千吨级泊位, 万人级场馆). */
const GRADE_HEAD = /^[十百千万]+[吨米瓦伏人千]*级/;
/** Classifier + next character as one number: CLASSIFIER_HEAD_SET tested without a string. */
const HEAD_PAIRS = new Set([...CLASSIFIER_HEAD_SET, ...CLASSIFIER_HEAD_SPLIT.words].filter((w) => w.length === 2).map((w) => w.charCodeAt(0) * 65536 + w.charCodeAt(1)));
const isHanCode = (c: number) => c >= 0x3400 && c <= 0x9fff;
const isOpenBracket = (c: number) => c === 0xff08 || c === 40;
const isOpenQuote = (c: number) => c === 0x201c || c === 34 || c === 0x300c;
const isCloseBracket = (c: number) => c === 0xff09 || c === 41;

/** Whether a frame word ends at `k` (the regex (?:…)$ over the three characters before `k`). */
function frameEndsAt(s: string, k: number): boolean {
	const list = FRAME_WORDS_BY_LAST.get(s.charCodeAt(k - 1));
	if (list) for (const w of list) if (s.endsWith(w, k)) return true;
	return false;
}

/** Whether one of `words` starts at `i` in `s`. */
function startsWithAny(words: readonly string[], s: string, i: number): boolean {
	for (const w of words) if (s.startsWith(w, i)) return true;
	return false;
}

/** People counted with an age bound before them (名65岁以上老年人, 名80周岁以上老人). */
const AGE_QUALIFIED = new RegExp(`^[0-9]{1,3}周?岁(?:${alt(AGE_BOUND_AFTER.words)})[\u4e00-\u9fff]`);

/** What may stand right after the classifier: a Han character, one in brackets (台（套）设备), or an age bound (名65岁以上老人). */
function countedFollows(s: string, i: number): boolean {
	const c = s.charCodeAt(i + 1);
	return isHanCode(c) || (isOpenBracket(c) && isHanCode(s.charCodeAt(i + 2)) && isCloseBracket(s.charCodeAt(i + 3))) || (isDigit(s[i + 1]) && AGE_QUALIFIED.test(s.slice(i + 1, i + 9)));
}

/** The longest noun read after a classifier that opens words (支|青年突击|队). */
const TAIL_NOUN_MAX = 8;
const IS_TAIL_COUNTED = charTable(TAIL_COUNTED_CLASSIFIERS.chars);

/**
 * 组建支青年突击队, 开设门选修课程: a classifier that also opens words (TAIL_COUNTED_CLASSIFIERS),
 * kept apart by the segmenter, then a noun ending in what it counts before the clause ends or a
 * word ends. The end of that noun, or -1.
 */
function tailCountedNoun(s: string, i: number): number {
	const counts = CLASSIFIER_BEFORE[s[i]!];
	if (counts === undefined || !isHan(s[i + 1]) || !isHan(s[i + 2])) return -1;
	const [ws, we] = wordAt(s, i);
	if (ws !== i || we !== i + 1) return -1; // 支部, 门诊, 节日: the classifier opens a word
	for (let p = i + 2; p <= i + TAIL_NOUN_MAX && p < s.length && isHan(s[p]); p++) {
		if (!counts.includes(s[p]!)) continue;
		if (!isHan(s[p + 1]) || wordAt(s, p)[1] === p + 1) return p + 1;
	}
	return -1;
}

function classifierAfterVerb(s: string, emit: Emit): void {
	VERB_CLASSIFIER_RE.lastIndex = 0;
	for (let m = VERB_CLASSIFIER_RE.exec(s); m; m = VERB_CLASSIFIER_RE.exec(s)) {
		const i = m.index + m[0].length - 1;
		if (IS_TAIL_COUNTED[s.charCodeAt(i)] === 1) {
			const end = tailCountedNoun(s, i);
			if (end > 0 && !PASSIVE_MARKS.chars.includes(s[m.index - 1]!)) {
				let k = i;
				while (s[k - 1] === ' ') k--;
				emit(k, i, s.slice(i + 1, end), s[i]!, 'number');
			}
			continue;
		}
		// 被检查人, 被帮扶人: a passive verb before the classifier names a party, not a count.
		if (PASSIVE_MARKS.chars.includes(s[m.index - 1]!)) continue;
		// 负责人, 联系人: the whole verb and the classifier are a word of the lexicon (the one owner of
		// the question); not 安|排名, 落|实名, where the word starts inside the verb.
		if (s[i - 1] !== ' ' && s[i - 1] !== '了' && classifierWordEnding(s, i) > i - m.index) continue;
		// The verb ends right at the classifier (仅有|名): the segmenter may glue the two (有名).
		classifierSlot(s, i, false, emit, i === m.index + m[0].length - 1 && !/[ 了]/.test(s.slice(i - 1, i)));
	}
}

const QUAN = '全'.charCodeAt(0);
const QI = '起'.charCodeAt(0);
const IS_COLLOCATED_FRAME = charTable(COLLOCATED_FRAME_CLASSIFIERS);
const IS_HAVE_COUNT = charTable(HAVE_COUNT_CLASSIFIERS.chars);
const IS_FRAMED = charTable(FRAME_CLASSIFIERS);

/**
 * A whole body of two or three characters after 全 ends at `k` (全集团, 全系统, 全公司): 全 is a
 * word of its own (not 安全, 健全) and the body one word after it.
 */
function wholeBodyEndsAt(s: string, k: number): boolean {
	for (let n = 2; n <= 3; n++) {
		const q = k - n - 1;
		if (q < 0 || s.charCodeAt(q) !== QUAN) continue;
		if (!isHanCode(s.charCodeAt(k - 1)) || !isHanCode(s.charCodeAt(k - 2)) || (n === 3 && !isHanCode(s.charCodeAt(k - 3)))) continue;
		const [ws, we] = wordAt(s, q);
		if (ws !== q) continue;
		// 全|集团, or 全系统 read as one word (not 全镇|脱贫: the body is one word).
		if (we === k) return true;
		if (we !== q + 1) continue;
		const [bs, be] = wordAt(s, q + 1);
		if (bs === q + 1 && be === k) return true;
	}
	return false;
}

function classifierAfterFrame(s: string, emit: Emit, at: Int32Array, count: number): void {
	// Where the framed classifiers stand (the engine's positions of FRAME_CLASSIFIERS), past the first character.
	for (let a = 0; a < count; a++) {
		const i = at[a]!;
		if (i < 1) continue;
		// The frame's last character, past at most six spaces (对全镇 个党支部).
		let k = i;
		while (k > 0 && i - k < 6 && s.charCodeAt(k - 1) === 32) k--;
		const whole = s.charCodeAt(k - 3) === QUAN || s.charCodeAt(k - 4) === QUAN;
		if ((IS_FRAME_END[s.charCodeAt(k - 1)] !== 1 && !whole) || !countedFollows(s, i)) continue;
		if (!frameEndsAt(s, k) && !(whole && wholeBodyEndsAt(s, k))) continue;
		// 对条道路, 和间教室: a classifier framed only by its nouns, one of them right after it.
		// (After 的 or 等 count-closing-clause reads them, with the description as the label: 交办的件信访件.)
		const collocated = IS_COLLOCATED_FRAME[s.charCodeAt(i)] === 1 && s[k - 1] !== '的' && s[k - 1] !== '等' && (COLLOCATED.get(s[i]!)?.some((n) => n.length >= 2 && s.startsWith(n, i + 1)) ?? false);
		// 仍有件文件超期: 件 and 支 after 有 (not 有件事).
		const afterHave = IS_HAVE_COUNT[s.charCodeAt(i)] === 1 && s[k - 1] === '有' && s[i + 1] !== '事';
		if (IS_FRAMED[s.charCodeAt(i)] !== 1 && !collocated && !afterHave) continue;
		// 二季度起逐月回升: 起 after a period is "from then on", not a count of cases.
		if (s.charCodeAt(i) === QI && PERIOD_FRAME_ENDS.words.some((w) => s.endsWith(w, k))) continue;
		// The frame word ends right at the classifier (有|名同志): the segmenter may glue the two (有名).
		classifierSlot(s, i, true, emit, k === i);
	}
}

/** The nouns each classifier counts (the collocation table), by the classifier. */
const COLLOCATED = new Map<string, string[]>();
for (const c of COUNT_COLLOCATIONS) COLLOCATED.set(c.classifier, [...(COLLOCATED.get(c.classifier) ?? []), ...c.nouns]);
/** Words opening with a classifier character that are never a count before a noun (个贷, 起到). */
const HEAD_SPLIT_PAIRS = new Set(CLASSIFIER_HEAD_SPLIT.words.map((w) => w.charCodeAt(0) * 65536 + w.charCodeAt(1)));

/**
 * The classifier at `i` makes a word with the character after it (家门, 家乡, 家子), yet what
 * follows it reads as the thing it counts: a noun of the collocation table starts right after it
 * (家|门店, 家|子公司), or two words or more do and the last ends in a character the classifier
 * counts (家|乡镇|卫生|院; not 家乡|创业, 家门口). The end of the counted noun, or -1.
 */
function gluedCountedNoun(s: string, i: number): number {
	const cls = s[i]!;
	if (HEAD_SPLIT_PAIRS.has(s.charCodeAt(i) * 65536 + s.charCodeAt(i + 1))) return -1;
	const nouns = COLLOCATED.get(cls);
	if (nouns) for (const n of nouns) if (n.length >= 2 && s.startsWith(n, i + 1)) return i + 1 + n.length;
	const counts = CLASSIFIER_BEFORE[cls];
	if (counts === undefined) return -1;
	const [fs, fe] = wordAt(s, i + 1, 0, 6);
	if (fs !== i + 1 || fe - fs < 2) return -1;
	let e = fe;
	for (let w = 0; w < 2 && isHan(s[e]); w++) {
		const [, we] = wordAt(s, e, 0, 6);
		if (counts.includes(s[we - 1]!)) return we;
		if (we - e < 2) return -1;
		e = we;
	}
	return -1;
}

/** A singular pronoun (SINGULAR_PRONOUNS, not 他们) stands after `j` before the sentence ends. */
function singularLater(s: string, j: number): boolean {
	for (let q = j; q < s.length && q - j < 60; q++) {
		const c = s[q]!;
		if (c === '。' || c === '！' || c === '？' || c === '；') return false;
		if (SINGULAR_PRONOUNS.chars.includes(c) && s[q + 1] !== '们') return true;
	}
	return false;
}

/** The classifier at `i` follows a counting verb or a frame: report the count gone before it. */
function classifierSlot(s: string, i: number, framed: boolean, emit: Emit, verbRightBefore = false): void {
	const cls = s[i]!;
	// 对全镇 个党支部, 带动 户群众: spaces left where the figure was; the gap spans them.
	let k = i;
	while (s[k - 1] === ' ') k--;
	// 四、 家校共育: a heading number, not a list.
	if (k < i && s[k - 1] === '、' && (isCnNumeral(s[k - 2]) || isDigit(s[k - 2]))) return;
	// 班上有个男生…留他, 有名学生…帮他: 有个 is 有一个, the one counted referred to later as 他 or 她 (quiet5, session 14).
	if (SINGULAR_AFTER_YOU.chars.includes(cls) && s[k - 1] === '有' && k === i && singularLater(s, i + 1)) return;
	// 单位：户: a field naming the unit a table counts in, not a count (quiet5, session 14).
	if ((s[k - 1] === '：' || s[k - 1] === ':') && UNIT_FIELD_LABELS.words.some((w) => s.endsWith(w, k - 1))) return;
	// 所 + verb is a nominal (所辖, 所需, 所获); as a classifier it counts schools and clinics.
	if (cls === '所' && !SUO_COUNTED_HEADS.chars.includes(s[i + 1]!)) return;
	if (startsWithAny(CLASSIFIER_HEAD_PHRASES.words, s, i)) return;
	// 四、家校共育: a heading number, not a list.
	if (s[i - 1] === '、' && (isCnNumeral(s[i - 2]) || isDigit(s[i - 2]))) return;
	// 让全村户都吃上: after a whole area the counted noun may go unsaid before the predicate's adverb.
	if (framed && (s.charCodeAt(k - 2) === QUAN || s.charCodeAt(k - 3) === QUAN) && startsWithAny(COUNT_PREDICATE_ADVERBS.words, s, i + 1)) {
		emit(k, i, measureBefore(s, k), cls, 'number');
		return;
	}
	const [ws, we] = wordAt(s, i);
	if (ws !== i) {
		// 原则在|家银行 (在家 to the segmenter): after a frame, the classifier glued to the frame's last
		// character still counts a noun of the collocation table right after it.
		const noun = framed && ws === i - 1 && we === i + 1 ? COLLOCATED.get(cls)?.find((n) => n.length >= 2 && s.startsWith(n, i + 1)) : undefined;
		if (noun !== undefined) emit(k, i, noun, cls, 'number');
		// 仅有|名专业技术人员 (有名 to the segmenter): after a verb ending right at the classifier, a noun it counts follows.
		else if (verbRightBefore && ws === i - 1 && we === i + 1) {
			// The noun right after ends in what the classifier counts (名|同志), or a longer one does.
			const [fs, fe] = wordAt(s, i + 1, 0, 6);
			const glued = gluedCountedNoun(s, i);
			const end = glued > 0 ? glued : fs === i + 1 && fe - fs >= 2 && CLASSIFIER_BEFORE[cls]?.includes(s[fe - 1]!) ? fe : -1;
			if (end > 0) emit(k, i, s.slice(i + 1, end), cls, 'number');
		}
		return; // 新增个体户: the classifier ends or is inside a word
	}
	if (we !== i + 1 || HEAD_PAIRS.has(s.charCodeAt(i) * 65536 + s.charCodeAt(i + 1))) {
		// 开展个人谈话, 回到家乡: the classifier opens a word, unless what follows is what it counts (等家|门店).
		const end = gluedCountedNoun(s, i);
		if (end > 0) emit(k, i, s.slice(i + 1, end), cls, 'number');
		return;
	}
	// The counted thing follows as a word of its own (个|养老服务站); a single character
	// after the classifier is usually a word with it that the segmenter split (人|居, 台|账).
	const [ns, ne] = wordAt(s, i + 1);
	const month = cls === '个' && s[i + 1] === '月' && DURATION_FRAME.test(s.slice(Math.max(0, i - 2), i));
	// After a frame (等, 全县, 辖区), a noun the segmenter does not know (低|保|家庭) still counts
	// when two characters follow that are not a word with the classifier.
	// After a counting verb too, for the classifiers that open counts in frames (not 天|猫, 票|款), once three
	// Han characters or more follow (确保个新|签|约项目): a classifier the segmenter keeps apart, then a noun it does not know.
	const unknownNoun =
		// (家次, 户次 name a measure of visits: 检查家次同比增长 has no count.)
		(framed || ((FRAME_CLASSIFIERS.includes(cls) || EVENT_CLASSIFIERS.chars.includes(cls)) && s[i + 1] !== '次' && isHan(s[i + 3]) && !PARTICLES_AFTER_CLASSIFIER.chars.includes(s[i + 2]!))) &&
		ne - ns < 2 &&
		!PARTICLES_AFTER_CLASSIFIER.chars.includes(s[i + 1]!) &&
		isHan(s[i + 2]) &&
		wordAt(s, i + 2)[0] === i + 2;
	// 覆盖所中小学, 加快推进个在建项目: a noun the classifier counts, or one opened by its stage, right after it.
	const knownNoun = (COLLOCATED.get(cls)?.some((n) => s.startsWith(n, i + 1)) ?? false) || (startsWithAny(COUNTED_PHRASE_OPENERS.words, s, i + 1) && isHan(s[i + 3]));
	// 新建个千吨级泊位: the counted thing opens with its grade (千吨级, 万人级).
	const graded = GRADE_HEAD.test(s.slice(i + 1, i + 6));
	// 为名65岁以上老年人: people counted with an age bound before the noun.
	if (isDigit(s[i + 1]) && AGE_QUALIFIED.test(s.slice(i + 1, i + 9))) {
		emit(k, i, s.slice(i + 1, Math.min(s.length, i + 10)).split(/[，。；、,;]/)[0]!, cls, 'number');
		return;
	}
	// 明确名“两委”成员: a quoted name right after the classifier, a noun after it.
	if (isOpenQuote(s.charCodeAt(i + 1))) {
		let q = i + 2;
		while (q < s.length && q - i < 10 && isHanCode(s.charCodeAt(q))) q++;
		if (q > i + 2 && q - i < 10 && '”"」'.includes(s[q]!) && isHanCode(s.charCodeAt(q + 1))) emit(k, i, s.slice(i + 2, q), cls, 'number');
		return;
	}
	// 彩超等台(套)设备: an alternative classifier in brackets before the thing counted.
	const alternative = '(（'.includes(s[i + 1]!) && isHan(s[i + 2]) && ')）'.includes(s[i + 3]!) && isHan(s[i + 4]);
	if (graded || alternative) {
		emit(k, i, s.slice(alternative ? i + 4 : i + 1, Math.min(s.length, i + 8)).split(/[，。；、,;]/)[0]!, cls, 'number');
		return;
	}
	if (!month && !knownNoun && (ns !== i + 1 || (ne - ns < 2 && !unknownNoun && !ONE_CHAR_COUNTED.chars.includes(s[i + 1]!) && !(framed && ONE_CHAR_AREAS.chars.includes(s[i + 1]!))))) return;
	let le = i + 1;
	while (le < s.length && le < i + 7 && !isClauseEnd(s[le])) le++;
	emit(k, i, s.slice(i + 1, le), cls, 'number');
}

export const countAfterVerb: CodeFrame = {
	id: 'count-after-verb',
	description: '计数动词之后、“量词＋名词”之前缺数字：新建个养老服务站',
	applies: (line) => (line.sites & SITE_VERB_CLASSIFIER) !== 0,
	find: (line, out) => classifierAfterVerb(line.s, out.gap),
	examples: {
		valid: ['全镇建成3个养老服务站，新增个体工商户120户。', '开展个人谈话谈心活动。', '，负责人到场，联系人签字。', '被检查人签字确认。', '执法检查家次同比增长6%。', '实现家门口就业，参加个人赛，实现户户通。'],
		invalid: ['今年新建⟦⟧个村级卫生室，改造⟦⟧所乡镇中心小学。', '督促⟦⟧家企业完成整改，资金用于⟦⟧个水利项目。', '实现⟦⟧项业务流程网上办理，组织学生参加⟦⟧个证书考核。']
	}
};

export const countAfterFrame: CodeFrame = {
	id: 'count-after-frame',
	description: '列举、范围或目标之后、“量词＋名词”之前缺数字：全县个行政村，压缩至个工作日',
	starts: FRAME_CLASSIFIERS + EXTRA_FRAME_CLASSIFIERS,
	applies: (line) => (line.sites & SITE_FRAME_CLASSIFIER) !== 0,
	find: (line, out) => classifierAfterFrame(line.s, out.gap, line.at, line.atCount),
	examples: {
		valid: ['全县18个行政村全部通了硬化路。', '全村户均增收1200元，全村户户通自来水。', '表3 各街道市场主体情况\n单位：户\n类别 年末数 新登记数', '班里有个学生总是迟到，我多次找他谈心。', '记得有家企业负责人找到我，他反映用工难。', '四、家校共育取得新进展', '所辖各单位按时报送材料。', '与家长和个别学生谈心。', '茶叶入选全国名特优新农产品名录。'],
		invalid: [
			'实现全县⟦⟧个行政村光纤全覆盖，办理时限压缩至⟦⟧个工作日。',
			'与⟦⟧个乡镇和⟦⟧个部门签订责任书。',
			'在全国⟦⟧个大区中排名第⟦⟧，连续⟦⟧个季度获评先进，对辖内⟦⟧个行政村开展走访。',
			'在县域⟦⟧家银行机构中排名靠前，在全市⟦⟧个县（区）中位次前移。',
			'比上年提高⟦⟧个百分点。⟦⟧个支部入选全省样板支部。',
			'把饮水工程建好，让全村⟦⟧户都用上自来水，全镇⟦⟧个村已全部通车。',
			'接入学术期刊库等⟦⟧个数据库，撰写论文6篇，⟦⟧篇论文在市级评比中获奖。'
		]
	}
};

/** The object openers by their last character (对, 带领, 下属…). */
const OBJECT_OPENERS_BY_LAST = new Map<number, string[]>();
for (const w of OBJECT_OPENERS.words) {
	const c = w.charCodeAt(w.length - 1);
	OBJECT_OPENERS_BY_LAST.set(c, [...(OBJECT_OPENERS_BY_LAST.get(c) ?? []), w]);
}
/** Characters before a classifier that leave no count out: numerals, masks, vague words, particles and determiners (各个, 整个, 这个). */
const NOT_OBJECT_BEFORE = charTable(CN_NUMERAL + MASK + VAGUE_BEFORE_UNIT + PROSE_BEFORE_CLASSIFIER.chars);
const IS_OBJECT_CLASSIFIER = charTable(OBJECT_COUNT_CLASSIFIERS.chars);
const CLASSIFIER_WORD_SET = new Set(CLASSIFIER_WORDS);
/** The longest object between its opener and the classifier (对|局机关|项). */
const OBJECT_MAX = 4;
/** The longest object of two nouns joined by 和, 与 or 及 (带动|脱贫户和监测对象|户). */
const JOINED_OBJECT_MAX = 9;
const IS_JOIN = charTable('和与及');

const DUN_CODE = '、'.charCodeAt(0);
const IS_ATTR_CLASSIFIER = charTable(ATTR_CLASSIFIERS);
const IS_ITEM_BOUND = charTable('，。；：、,;:（(');
/** The list item ending at the 、 at `d` opens with a figure, a classifier and a noun (、46座小型水库、): a list of counts. */
function previousItemOpensWithCount(s: string, d: number): boolean {
	let a = d;
	while (a > 0 && d - a < 16 && IS_ITEM_BOUND[s.charCodeAt(a - 1)] !== 1) a--;
	// The verb before the list may open the item (排查|46座…): skip Han characters to the figure.
	let f = a;
	while (f < d && f - a < 4 && isHanCode(s.charCodeAt(f))) f++;
	if (!isDigit(s[f])) return false;
	while (f < d && isDigit(s[f])) f++;
	return IS_ATTR_CLASSIFIER[s.charCodeAt(f)] === 1 && isHanCode(s.charCodeAt(f + 1)) && d - f >= 3;
}

const IS_AND = charTable('和与及');
const IS_MASK = charTable(MASK);
/** The longest item before 和 read back for its count. */
const MAX_JOINED_ITEM = 12;
const IS_CLAUSE_BOUND = charTable('，。；：,;:');
/** A counting verb ending right at a position (组织了|次): the verb opens the count after it. */
const VERB_ENDS_RE = new RegExp(`(?:${alt(CLASSIFIER_VERBS)})了? {0,6}$`);

/**
 * The item before the 和 at `d` is a count by the same classifier after a counting verb, its figure
 * written or gone (组织了4次模拟考试和, 组织了次模拟考试和): the verb counts the item after 和 too.
 */
function itemBeforeAndCountsSame(s: string, d: number, cls: number): boolean {
	for (let c = d - 3; c >= 1 && d - c <= MAX_JOINED_ITEM; c--) {
		const code = s.charCodeAt(c);
		if (IS_CLAUSE_BOUND[code] === 1 || IS_AND[code] === 1) return false;
		if (code !== cls || !isHanCode(s.charCodeAt(c + 1))) continue;
		let f = c;
		while (f > 0 && isDigit(s[f - 1])) f--;
		return VERB_ENDS_RE.test(s.slice(Math.max(0, f - 8), f));
	}
	return false;
}
/** Where an opener ends within OBJECT_MAX Han characters before `i` (对|部门|个), or -1. */
function objectOpenerEnd(s: string, i: number): number {
	let joined = false;
	for (let e = i - 1; e >= 1 && i - e <= (joined ? JOINED_OBJECT_MAX : OBJECT_MAX); e--) {
		// 联系××片区|个: a name masked in the object stands for its Han characters.
		if (!isHanCode(s.charCodeAt(e - 1)) && !(IS_MASK[s.charCodeAt(e - 1)] === 1 && e < i - 1)) return -1;
		// 对|脱贫户和监测户|户: an object of two nouns joined by 和 may be longer.
		if (IS_JOIN[s.charCodeAt(e - 1)] === 1) joined = true;
		const list = OBJECT_OPENERS_BY_LAST.get(s.charCodeAt(e - 1));
		if (list) for (const w of list) if (s.endsWith(w, e) && wordAt(s, e)[0] === e) return e;
	}
	return -1;
}

function countAfterObjectAt(s: string, i: number, emit: Emit): void {
	const p = s.charCodeAt(i - 1);
	if (!isHanCode(p) || NOT_OBJECT_BEFORE[p] === 1 || !isHanCode(s.charCodeAt(i + 1))) return;
	const e = objectOpenerEnd(s, i);
	if (e < 0 || e === i) return;
	const cls = s[i]!;
	// 组织专项检查, 在管理处党委: the classifier ends a word with what stands before it.
	if (CLASSIFIER_NOT_AFTER[cls]?.includes(s[i - 1]!) || PARTICLES_AFTER_CLASSIFIER.chars.includes(s[i + 1]!) || startsWithAny(CLASSIFIER_HEAD_PHRASES.words, s, i)) return;
	// 工作件件落实: a doubled classifier means each one (not 农户|户: a noun in 户, then the count's 户);
	// 企业家, 银行家: a word ending in the classifier.
	if (s[i + 1] === cls || (s[i - 1] === cls && cls !== '户') || CLASSIFIER_WORD_SET.has(s.slice(i - 1, i + 1)) || classifierWordEnding(s, i) > 0 || LEXICAL_COUNT_WORDS.words.some((w) => s.endsWith(w, i + 1))) return;
	const [ws0, we] = wordAt(s, i);
	// 监测户|户 (户户 to the segmenter): a noun in 户, then the count's 户.
	const ws = ws0 === i - 1 && we === i + 1 && s[i - 1] === cls ? i : ws0;
	if (ws !== i) return; // 对企业家, 为群众办事处: the classifier ends a word
	if (we !== i + 1 || HEAD_PAIRS.has(s.charCodeAt(i) * 65536 + s.charCodeAt(i + 1))) {
		// 在集团家|子公司 (家子 to the segmenter): only a noun the classifier counts.
		const end = gluedCountedNoun(s, i);
		if (end > 0) emit(i, i, s.slice(i + 1, end), cls, 'number');
		return;
	}
	if (cls === '所' && !SUO_COUNTED_HEADS.chars.includes(s[i + 1]!)) return;
	const [ns, ne] = wordAt(s, i + 1);
	// (户|逐户开展: 逐 and the same classifier, one by one, after the count.)
	if (ns !== i + 1 || (ne - ns < 2 && !(s[i + 1] === '逐' && s[i + 2] === cls))) return;
	let le = ne;
	while (le < s.length && le < i + 7 && !isClauseEnd(s[le])) le++;
	emit(i, i, s.slice(i + 1, le), cls, 'number');
}

export const countAfterObject: CodeFrame = {
	id: 'count-after-object',
	description: '介词或动词带的名词之后、“量词＋名词”之前缺数字：对部门个关键岗位，带领全所名干部',
	// count-closing-clause's first characters (every classifier): the engine keeps one list of positions for both.
	starts: COUNT_STARTS,
	find(line, out) {
		for (let a = 0; a < line.atCount; a++) {
			const i = line.at[a]!;
			if (i >= 2 && IS_OBJECT_CLASSIFIER[line.s.charCodeAt(i)] === 1) countAfterObjectAt(line.s, i, out.gap);
			// 排查46座小型水库、处低洼易涝点: the item before opens with its figure and classifier.
			if (i >= 4 && line.s.charCodeAt(i - 1) === DUN_CODE && IS_ATTR_CLASSIFIER[line.s.charCodeAt(i)] === 1 && countedFollows(line.s, i) && previousItemOpensWithCount(line.s, i - 1)) classifierSlot(line.s, i, false, out.gap);
			// 组织了次模拟考试和次家长会: the item before 和 is a count by the same classifier after a counting verb.
			else if (i >= 4 && IS_AND[line.s.charCodeAt(i - 1)] === 1 && IS_ATTR_CLASSIFIER[line.s.charCodeAt(i)] === 1 && countedFollows(line.s, i) && itemBeforeAndCountsSame(line.s, i - 1, line.s.charCodeAt(i))) classifierSlot(line.s, i, false, out.gap);
		}
	},
	examples: {
		valid: ['对部门12个关键岗位实行轮岗，带领全所36名干部下沉一线。', '对企业个人信息严格保密，为群众办事处处长，在村委会名义下，对学生个性化辅导，对公司所有项目。', '组织专项检查，调解组织共调处纠纷210件，在管理处党委领导下。', '对企业家座谈会提出的问题逐一落实，将工作件件落到实处。'],
		invalid: ['对部门⟦⟧个关键岗位实行定期轮岗，带领全所⟦⟧名干部下沉一线。', '对局机关⟦⟧项行政审批事项全面梳理，在集团⟦⟧家子公司推行。']
	}
};

/** A span of time whose length is gone after 提前/历时 (提前天通知). */
export const timeSpan: PatternFrame = {
	id: 'time-span',
	description: '提前、历时之后缺时长：提前天完成',
	pattern: { steps: [{ words: TIME_SPAN_OPENERS }, { words: TIME_SPAN_UNITS, wholeWord: true }] },
	report: [{ gap: { step: 1 }, label: { textOf: 0 }, unit: { textOf: 1 }, valueKind: 'number' }],
	examples: {
		valid: ['项目提前20天完成主体施工。', '提前天亮出发，提前年底完成。', '历时三年的纠纷得到化解。'],
		invalid: ['主体工程提前⟦⟧天完工，历时⟦⟧年的纠纷得到化解。']
	}
};

/** 由天缩短到天: the old value of a span of time gone before a verb of change. */
export const timeSpanFrom: PatternFrame = {
	id: 'time-span-from',
	description: '由……缩短到……之前缺时长：审批时限由天缩短到',
	pattern: {
		steps: [{ words: ['由'] }, { words: TIME_SPAN_UNITS, wholeWord: true }],
		after: { words: CHANGE_FROM_VERBS, within: 8, stopAt: '，。；' }
	},
	report: [{ gap: { step: 1 }, label: { textOf: 0 }, unit: { textOf: 1 }, valueKind: 'number' }],
	examples: {
		valid: ['由天津港转运的货物按时到达。', '审批时限由20天缩短到5天。'],
		invalid: ['审批时限由⟦⟧天缩短到5天。']
	}
};

/** 选派年轻干部名常驻一线: people sent or drawn, their count gone before what they do. */
const PEOPLE_SENT_RE = new RegExp(`(?:${alt(PEOPLE_SENDING_VERBS.words)})(?:[^，。；、\\d]{1,8}?[${PEOPLE_NOUN_ENDS.chars}])?(名|人)(?=[\\u4e00-\\u9fff]|[，。；,;]|$)`, 'g');
const PEOPLE_WORD = new RegExp(`^[名人][${PEOPLE_CLASSIFIER_TAILS.chars}]`);

export const peopleSent: CodeFrame = {
	id: 'people-sent',
	description: '选派、抽调的人数缺失：选派干部名驻村',
	// One of the verbs' first characters stands in the line (the engine's test), then the verbs.
	starts: PEOPLE_SENDING_VERBS.words.map((w) => w[0]).join(''),
	applies: ({ s }) => PEOPLE_SENDING_VERBS.words.some((v) => s.includes(v)),
	find({ s }, out) {
		PEOPLE_SENT_RE.lastIndex = 0;
		for (let m = PEOPLE_SENT_RE.exec(s); m; m = PEOPLE_SENT_RE.exec(s)) {
			const i = m.index + m[0].length - 1;
			// 带领全家人: a word for people ending in 人 (家人, 老人), not a count.
			if (CLASSIFIER_HEAD_SET.has(s.slice(i, i + 2)) || PEOPLE_WORD.test(s.slice(i, i + 2)) || PEOPLE_WORDS_IN_REN.words.some((w) => s.endsWith(w, i + 1))) continue;
			const [ws, we] = wordAt(s, i);
			if (ws !== i || we !== i + 1) continue;
			// 带领销售团队人。: at the clause's end, only after the people named (a noun of people or teams).
			if (!isHan(s[i + 1]) && i - m.index < 4) continue;
			out.gap(i, i, s.slice(m.index + 2, i).slice(-8) || s.slice(m.index, m.index + 2), m[1]!, 'number');
		}
	},
	examples: {
		valid: ['选派12名年轻干部驻村帮扶。', '抽调业务骨干名单报县委组织部。', '聘请专家名誉顾问，带领团队名列前茅。', '带领全家人脱贫致富。'],
		invalid: ['选派机关干部⟦⟧名常驻一线开展帮扶。', '抽调⟦⟧名干部驻点值守，聘请律师⟦⟧名参与调解，带领团队⟦⟧名骨干攻关。']
	}
};

/** 常住人口户人，: households and people, both figures gone (涉及12户36人 when filled). */
export const householdsAndPeople: PatternFrame = {
	id: 'households-and-people',
	description: '户数（批次）和人数都缺失：常住人口户人，接待来访批人次',
	pattern: {
		steps: [{ words: ['户', '批'] }, { words: ['人'] }],
		after: { any: [{ chars: COUNT_CLOSE_MARKS }, { edge: true }] },
		unless: [
			{ at: 'before', context: { han: false }, why: 'a count follows a noun' },
			{ at: 'before', context: { chars: NUMERAL_BEFORE } },
			{ at: 'before', context: { chars: HOUSEHOLD_NOT_COUNT } }
		]
	},
	report: [
		{ gap: { step: 0 }, label: { measureBefore: 0 }, unit: { textOf: 0 }, valueKind: 'number' },
		{ gap: { step: 1 }, label: { measureBefore: 0 }, unit: { textOf: 1 }, valueKind: 'number' }
	],
	examples: {
		valid: ['涉及搬迁群众12户36人。', '每户人口不超过五人。'],
		invalid: ['全村常住人口⟦⟧户⟦⟧人，其中脱贫户12户。', '全年新增低保⟦⟧户⟦⟧人。']
	}
};

/**
 * 接待来访批人次: batches (or households) and person-times, both figures gone — split from
 * households-and-people (quiet6, session 15): before 人次, a word of the lexicon ending in 户 is the
 * noun counted in person-times (培训养殖户人次: trained farmers, one figure gone before 人次, which
 * unit-without-figure reports), where before 人 it stays a count of households (享受低保户人).
 */
export const householdsAndVisits: PatternFrame = {
	id: 'households-and-visits',
	description: '户数和人次都缺失：走访群众户人次',
	pattern: {
		steps: [{ words: ['户'] }, { words: ['人次'] }],
		after: householdsAndPeople.pattern.after,
		unless: [...householdsAndPeople.pattern.unless!, { at: 'before', context: { words: HOUSEHOLD_WORD_HEADS }, why: 'a word ending in 户 is what the person-times count' }]
	},
	report: householdsAndPeople.report,
	examples: {
		valid: ['全年举办培训班6期，培训种植户1200人次。'],
		invalid: ['全年走访群众⟦⟧户⟦⟧人次。', '全年培训种植户⟦⟧人次。']
	}
};

/** 接待来访批人次: batches and person-times, both figures gone (split from households-and-people with households-and-visits). */
export const batchesAndVisits: PatternFrame = {
	id: 'batches-and-visits',
	description: '批次和人次都缺失：接待来访批人次',
	pattern: { steps: [{ words: ['批'] }, { words: ['人次'] }], after: householdsAndPeople.pattern.after, unless: householdsAndPeople.pattern.unless },
	report: householdsAndPeople.report,
	examples: {
		valid: ['由审批人签字，接待来访8批20人次。'],
		invalid: ['接待群众来访⟦⟧批⟦⟧人次，接待客商⟦⟧批⟦⟧人次。']
	}
};

/** 监测对象户人全部落实帮扶: households and people, both figures gone, the clause going on after them. */
export const householdsAndPeopleGoOn: PatternFrame = {
	id: 'households-and-people-go-on',
	description: '户数和人数都缺失，后面接做了什么：监测对象户人全部落实帮扶',
	pattern: {
		steps: [{ words: ['户'] }, { words: ['人'] }],
		after: { words: HOUSEHOLDS_PEOPLE_GO_ON },
		unless: householdsAndPeople.pattern.unless
	},
	report: householdsAndPeople.report,
	examples: {
		valid: ['监测对象58户173人全部落实帮扶措施。', '脱贫户人均纯收入达到1.6万元。'],
		invalid: ['防止返贫监测对象⟦⟧户⟦⟧人全部落实帮扶措施。']
	}
};

/** 监测户86户人全部消除返贫风险: the people's figure gone after the households', the clause going on. */
const HOUSEHOLDS_PEOPLE = '户人';
export const peopleAfterHouseholds: CodeFrame = {
	id: 'people-after-households',
	description: '户数在、人数缺失，后面接做了什么：监测户86户人全部消除风险',
	// A code frame anchored on 户人 (as a pattern led by a figure tag it had every line tagged whole:
	// 63 ms of the 1M-character bench); the households' figure is the digits right before 户.
	starts: HOUSEHOLDS_PEOPLE.charAt(0),
	applies: ({ s }) => s.includes(HOUSEHOLDS_PEOPLE),
	find({ s }, out) {
		for (let i = s.indexOf(HOUSEHOLDS_PEOPLE); i >= 0; i = s.indexOf(HOUSEHOLDS_PEOPLE, i + 2)) {
			// The households' figure, maybe a space before 户 (spaced text: 36 户人办理).
			let f = s[i - 1] === ' ' ? i - 1 : i;
			const d = f;
			while (f > 0 && isDigit(s[f - 1])) f--;
			if (f === d || !HOUSEHOLDS_PEOPLE_GO_ON.words.some((w) => s.startsWith(w, i + 2))) continue;
			out.gap(i + 1, i + 1, measureBefore(s, s[f - 1] === ' ' ? f - 1 : f), '人', 'number');
		}
	},
	examples: {
		valid: ['监测户86户203人全部消除返贫风险。', '户均3人，86户人均增收1200元。'],
		invalid: ['监测户86户⟦⟧人全部消除返贫风险。', '为辖区 28 户⟦⟧人办理城市低保。']
	}
};

/** 荣获等奖: a prize grade with its numeral gone (一等奖, 特等奖 are filled; 等奖项 is prose). */
export const prizeGrade: PatternFrame = {
	id: 'prize-grade',
	description: '获奖等级缺失：荣获等奖',
	pattern: {
		steps: [{ words: ['等奖'] }],
		after: { notChars: PRIZE_AFTER },
		unless: [
			{ at: 'before', context: { han: false }, why: 'a grade follows a verb of winning' },
			{ at: 'before', context: { chars: NUMERAL_BEFORE } },
			{ at: 'before', context: { chars: PRIZE_GRADE_NAMES } }
		]
	},
	report: [{ gap: { step: 0 }, label: '获奖等级', unit: '等奖', valueKind: 'number' }],
	examples: {
		valid: ['在全市技能大赛中荣获一等奖。', '获得特等奖和优秀组织奖。', '颁发证书等奖品。'],
		invalid: ['在全省微课评比中荣获⟦⟧等奖。']
	}
};

/** An age bound with its figure gone (为辖区岁以上老人): 岁以上 never follows a bare noun. */
export const ageBound: PatternFrame = {
	id: 'age-bound',
	description: '年龄界限缺数字：为辖区岁以上老人',
	pattern: {
		steps: [{ words: ['周岁', '岁'] }],
		after: { words: AGE_BOUND_AFTER },
		unless: [
			{ at: 'before', context: { han: false }, why: 'an age follows a noun' },
			{ at: 'before', context: { chars: NUMERAL_BEFORE } },
			{ at: 'before', context: { chars: AGE_REACHED } }
		]
	},
	report: [{ gap: { step: 0 }, label: '年龄', unit: '岁', valueKind: 'number' }],
	examples: {
		valid: ['为辖区80岁以上老人发放高龄津贴。', '为八十岁以上老人上门体检。', '满周岁以上的儿童按时接种。'],
		invalid: ['为辖区⟦⟧岁以上老人免费体检。']
	}
};

/** 我叫×××，今年岁，: one's own age with its figure gone, after 今年 and before the clause's end. */
export const ageStated: CodeFrame = {
	id: 'age-stated',
	description: '自述的年龄缺数字：今年岁，中共党员',
	// Where 岁 stands (a rare character); 今年 right before it (over the spaces left) and the clause ending after.
	starts: '岁',
	find({ s, at, atCount }, out) {
		for (let a = 0; a < atCount; a++) {
			const i = at[a]!;
			let k = i;
			while (k > 0 && s[k - 1] === ' ') k--;
			if (isClauseEnd(s[i + 1]) && AGE_STATED_AFTER.words.some((w) => s.endsWith(w, k))) out.gap(k, i, '年龄', '岁', 'number');
		}
	},
	examples: {
		valid: ['我叫王某，今年42岁，中共党员。', '今年岁末年初走访慰问。'],
		invalid: ['我叫⟦×××⟧，今年⟦⟧岁，中共党员，大学学历。', '本人现年⟦ ⟧岁，大学本科学历。']
	}
};

/** 局党组次专题研究: how many times a body acted, the count gone before 次. */
export const timesActed: PatternFrame = {
	id: 'times-acted',
	description: '“次”后面接会议或研究，前面的次数缺失：局党组次专题研究',
	pattern: {
		steps: [{ words: ['次'], wholeWord: true }],
		after: { words: TIMES_ACTS },
		unless: [
			{ at: 'before', context: { chars: NUMERAL_BEFORE } },
			{ at: 'before', context: { chars: PROSE_BEFORE_CLASSIFIER } },
			{ at: 'before', context: { han: false, notChars: '，。；：' }, why: 'a count of times follows a body or opens a clause' }
		]
	},
	report: [{ gap: { step: 0 }, label: { measureBefore: 0 }, unit: '次', valueKind: 'number' }],
	examples: {
		valid: ['局党组6次专题研究安全生产工作。', '再次专题研究部署，多次主持召开会议，本次专题研究形成纪要。'],
		invalid: ['局党组⟦⟧次专题研究党风廉政建设，主要领导⟦⟧次主持召开调度会。', '本人领学3次，⟦⟧次主持专题研讨。']
	}
};

/** ；人入选省级人才计划: a count of people opening its clause, then what they achieved. */
export const peopleAchieved: PatternFrame = {
	id: 'people-achieved',
	description: '句首的人数缺失，后面是入选、获评：人入选省级人才计划',
	pattern: {
		steps: [{ words: ['人', '名'], wholeWord: true }],
		before: { chars: '，。；' },
		after: { words: PEOPLE_OUTCOMES }
	},
	report: [{ gap: { step: 0 }, label: '人数', unit: { textOf: 0 }, valueKind: 'number' }],
	examples: {
		valid: ['其中博士12人；3人入选省级人才计划。', '，人人获得实惠。'],
		invalid: ['其中海外博士⟦⟧人；⟦⟧人入选省级人才计划，⟦⟧名教师获评骨干教师。']
	}
};

/** 其中人已顺利拿证, 其中篇获评优秀论文, 本年度有人取得中级职称: a part of a count (or 有 + a count), then what it achieved. */
const IS_PART_CLASSIFIER = charTable(PART_COUNT_CLASSIFIERS.chars);
const YOU_HAVE = '有'.charCodeAt(0);

function partAchievedAt(s: string, i: number, emit: Emit): void {
	// The opener right before: 其中, or 有 as a word of its own (not 所有, 没有).
	const opened = s.endsWith('其中', i) || (s.charCodeAt(i - 1) === YOU_HAVE && !HAVE_WORD_HEADS.chars.includes(s[i - 2] ?? ''));
	if (!opened || !startsWithAny(PART_OUTCOMES.words, s, i + 1)) return;
	emit(i, i, '数量', s[i]!, 'number');
}

export const partAchieved: CodeFrame = {
	id: 'part-achieved',
	description: '“其中”“有”之后的数量缺失，后面是获评、取得：其中篇获评优秀论文，本年度有人取得中级职称',
	// count-closing-clause's first characters (every classifier): one list of positions for both.
	// Code, not a pattern: anchored on 有 a pattern would tag most lines.
	starts: COUNT_STARTS,
	find(line, out) {
		for (let a = 0; a < line.atCount; a++) {
			const i = line.at[a]!;
			if (i >= 1 && IS_PART_CLASSIFIER[line.s.charCodeAt(i)] === 1) partAchievedAt(line.s, i, out.gap);
		}
	},
	examples: {
		valid: ['共带学员46人，其中38人已顺利拿证；其中3篇获评优秀论文。', '其中人均增收1200元，有人认为还需加强，所有人通过考核，没有人获得。'],
		invalid: ['共带学员46人，其中⟦⟧人已顺利拿证；撰写论文6篇，其中⟦⟧篇获评优秀论文。', '财务人员26名，本年度有⟦⟧人取得中级会计职称。']
	}
};

/** 转移群众户2316人: the households' figure gone before a filled count of people. */
export const householdsBeforePeople: PatternFrame = {
	id: 'households-before-people',
	description: '户数缺失、人数在：转移避险群众户2316人',
	pattern: {
		steps: [{ words: ['户'] }, { tag: 'figure' }, { words: ['人'] }],
		unless: [
			{ at: 'before', context: { han: false }, why: 'a count of households follows a noun' },
			{ at: 'before', context: { chars: NUMERAL_BEFORE } },
			{ at: 'before', context: { chars: HOUSEHOLD_NOT_COUNT } }
		]
	},
	report: [{ gap: { step: 0 }, label: { measureBefore: 0 }, unit: '户', valueKind: 'number' }],
	examples: {
		valid: ['转移避险群众860户2316人。', '每户3人，农户2人参加培训。'],
		invalid: ['转移避险群众⟦⟧户2316人，安置受灾家庭⟦⟧户415人。']
	}
};

/** 走访群众户860人次: as households-before-people, before person-times (split off, quiet6): a word ending in 户 is what they count (培训种植户1200人次). */
export const householdsBeforeVisits: PatternFrame = {
	id: 'households-before-visits',
	description: '户数缺失、人次在：走访群众户860人次',
	pattern: {
		steps: [{ words: ['户'] }, { tag: 'figure' }, { words: ['人次'] }],
		unless: [...householdsBeforePeople.pattern.unless!, { at: 'before', context: { words: HOUSEHOLD_WORD_HEADS }, why: 'a word ending in 户 is what the person-times count' }]
	},
	report: householdsBeforePeople.report,
	examples: {
		valid: ['全年走访群众300户860人次，培训种植户1200人次。'],
		invalid: ['全年走访群众⟦⟧户860人次。']
	}
};

/** counts4 (session 13): 接待考察团批86人次: the batches' figure gone before a filled count of people (批 a word of its own: not 审批, 报批). */
export const batchesBeforePeople: PatternFrame = {
	id: 'batches-before-people',
	description: '批次数缺失、人数在：接待考察团批86人次',
	pattern: {
		steps: [{ words: ['批'], wholeWord: true }, { tag: 'figure' }, { words: ['人次', '人'] }],
		unless: [
			{ at: 'before', context: { han: false }, why: 'a count of batches follows a noun' },
			{ at: 'before', context: { chars: NUMERAL_BEFORE } },
			{ at: 'before', context: { chars: PROSE_BEFORE_CLASSIFIER } },
			{ at: 'before', context: { chars: BATCH_VERB_HEADS } }
		]
	},
	report: [{ gap: { step: 0 }, label: { measureBefore: 0 }, unit: '批', valueKind: 'number' }],
	examples: {
		valid: ['接待外地考察团12批86人次。', '经审批326人次参加，报批15人，获批3人，分三批120人参训。'],
		invalid: ['接待外地考察团⟦⟧批86人次，培训返乡创业人员⟦⟧批240人。']
	}
};

/*
 * counts2 (session 11): 食堂从业人员人全部持证, 家长志愿者人在校门口值守: a noun of people, a lone
 * 人 or 名 (the segmenter keeps it apart: not 人手, 人身, 人人), then what those people do.
 */
const IS_PEOPLE_COUNTED_END = charTable(PEOPLE_COUNTED_ENDS.chars);
const REN_CODE = '人'.charCodeAt(0);
const MING_CODE = '名'.charCodeAt(0);

function peopleThenActAt(s: string, i: number, emit: Emit): void {
	if (!IS_PEOPLE_COUNTED_END[s.charCodeAt(i - 1)] || !startsWithAny(PEOPLE_ACT_AFTER.words, s, i + 1)) return;
	const [ws, we] = wordAt(s, i);
	if (ws !== i || we !== i + 1) return;
	// The noun of people is a word of two characters or more (从业|人员, 志愿|者: a word, or a word and its suffix).
	const [ps] = wordAt(s, i - 1);
	if (i - ps < 2 && !isHan(s[i - 2])) return;
	if (PEOPLE_WORDS_IN_REN.words.some((w) => s.endsWith(w, i + 1))) return;
	emit(i, i, measureBefore(s, i), s[i]!, 'number');
}

export const peopleThenAct: CodeFrame = {
	id: 'people-then-act',
	description: '人员名词之后、“人/名”和其行为之前缺人数：从业人员人全部持证，志愿者人在校门口值守',
	// count-closing-clause's first characters (every classifier): the engine keeps one list of positions for both.
	starts: COUNT_STARTS,
	find(line, out) {
		for (let a = 0; a < line.atCount; a++) {
			const i = line.at[a]!;
			const c = line.s.charCodeAt(i);
			if (i >= 2 && (c === REN_CODE || c === MING_CODE)) peopleThenActAt(line.s, i, out.gap);
		}
	},
	examples: {
		valid: ['食堂从业人员12人全部持证上岗，家长志愿者20人在校门口值守。', '工作人员人手不足，保障医务人员人身安全，全体党员人人参与。', '全校教师人均参加培训40学时，参保人员人脸识别认证。'],
		invalid: ['食堂从业人员⟦⟧人全部持证上岗，家长志愿者⟦⟧人在校门口值守。', '新招聘护士⟦⟧名已到岗。']
	}
};

/*
 * counts4 (session 13): 动员名老干部, 邀请位专家, 送名医生: 名 and 位 count people, and standing as a
 * word of their own between a word and a noun of people they stand for a count, whatever the verb
 * before (not 著名, 排名, 名单, 位于: words to the segmenter; not 每名, 该名, 多名: a determiner or a
 * vague number before).
 */
const IS_PEOPLE_CLASSIFIER = charTable(PEOPLE_COUNT_CLASSIFIERS.chars);
const IS_PEOPLE_NAMED_END = charTable(PEOPLE_NAMED_ENDS.chars);
/** The longest noun of people read after the classifier (名|退休|教师). */
const PEOPLE_NOUN_MAX = 6;

function peopleCountedAt(s: string, i: number, emit: Emit): void {
	const p = s.charCodeAt(i - 1);
	if (!isHanCode(p) || NOT_OBJECT_BEFORE[p] === 1 || !isHanCode(s.charCodeAt(i + 1)) || !isHanCode(s.charCodeAt(i + 2))) return;
	const [ws, we] = wordAt(s, i);
	// No word of the lexicon ends at the classifier (点|名, 冠|名: words the segmenter may split).
	if (ws !== i || we !== i + 1 || wordAt(s, i - 1)[1] !== i || classifierWordEnding(s, i) > 0) return;
	// The noun of people: words after the classifier with no particle among them (not 古树名|木与野生),
	// the last ending in a noun of people (名|退休|教师, 名|医生, 位|专家).
	// (A status may open it, 在 a particle elsewhere: 名|在职|党员.)
	const status = COUNTED_PHRASE_OPENERS.words.find((o) => s.startsWith(o, i + 1))?.length ?? 0;
	for (let e = i + 1 + status, w = 0; w < 3 && e < s.length && e - i <= PEOPLE_NOUN_MAX + status && isHanCode(s.charCodeAt(e)); w++) {
		const [, ne] = wordAt(s, e, 0, 6);
		if (ne - e < 1 || (ne - e === 1 && PARTICLES_AFTER_CLASSIFIER.chars.includes(s[e]!))) return;
		if (ne - (i + 1) >= 2 && IS_PEOPLE_NAMED_END[s.charCodeAt(ne - 1)] === 1 && (!isHanCode(s.charCodeAt(ne)) || wordAt(s, ne - 1)[1] === ne)) {
			emit(i, i, s.slice(i + 1, ne), s[i]!, 'number');
			return;
		}
		e = ne;
	}
}

export const peopleCountedAfterWord: CodeFrame = {
	id: 'people-counted-after-word',
	description: '“名/位＋人员名词”之前缺人数：动员名退休教师参与服务，邀请位专家授课',
	starts: PEOPLE_COUNT_CLASSIFIERS.chars,
	find(line, out) {
		for (let a = 0; a < line.atCount; a++) {
			const i = line.at[a]!;
			if (i >= 1 && IS_PEOPLE_CLASSIFIER[line.s.charCodeAt(i)] === 1) peopleCountedAt(line.s, i, out.gap);
		}
	},
	examples: {
		valid: ['动员36名退休教师参与志愿服务，邀请5位专家授课。', '著名企业家到场，排名全省第一，名单已公示，该村位于山区。', '每名党员联系5户群众，多名干部下沉一线，这位老师很负责。'],
		invalid: ['动员⟦⟧名退休教师参与志愿服务，邀请⟦⟧位专家授课。', '推荐⟦⟧名青年干部到基层挂职。']
	}
};
