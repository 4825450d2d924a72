/**
 * counts7 (session 15): a count gone before "classifier + the noun it counts", whatever verb or
 * object stands before it (承担病区张床位, 吸纳本村名留守妇女, 邀请位高校专家, 动员全县万名职工).
 * The other count frames need a counting verb or a frame they know; this one reads the
 * classifier itself: it is (a) not after a numeral, a mask, a vague word or a determiner, (b) a
 * word of its own to the segmenter (not the end of the word before: 困难户, 科室, 企业家), and
 * (c) followed by a noun it counts (the classifier table's `counts`, the collocation table).
 * A code frame: it reads the segmenter's words around the classifier.
 */
import {
	CLASSIFIER_BEFORE,
	CLASSIFIER_NOT_AFTER,
	CN_NUMERAL,
	COUNT_COLLOCATIONS,
	CLASSIFIERS_IN_WORDS,
	MASK,
	PARTICLES_AFTER_CLASSIFIER,
	PROSE_BEFORE_CLASSIFIER,
	PROSE_BEFORE_COUNTED_NOUN,
	VAGUE_BEFORE_UNIT,
	classifierWordEnding,
	COUNT_STARTS
} from '../lexicon';
import { charTable, isClauseEnd, isHan } from '../text/chars';
import { wordAt } from '../text/segment';
import type { CodeFrame, FrameOutput } from './types';

type Emit = FrameOutput['gap'];

/** The nouns each classifier counts (the collocation table), by the classifier. */
const COLLOCATED = new Map<string, string[]>();
for (const c of COUNT_COLLOCATIONS) COLLOCATED.set(c.classifier, [...(COLLOCATED.get(c.classifier) ?? []), ...c.nouns.filter((n) => n.length >= 2)]);

/** The classifiers the frame reads: those that say what they count. */
const READ = [...new Set([...COUNT_STARTS].filter((c) => CLASSIFIER_BEFORE[c] !== undefined || COLLOCATED.has(c)))].join('');
const IS_READ = charTable(READ);
/** Characters before a classifier that leave no count out (numerals, masks, vague words, determiners, particles), but those a count follows (开了次会, 对件工单). */
const NOT_BEFORE = charTable([...CN_NUMERAL + MASK + VAGUE_BEFORE_UNIT + PROSE_BEFORE_CLASSIFIER.chars + '首整单好'].filter((c) => c !== '了' && !PROSE_BEFORE_COUNTED_NOUN.chars.includes(c)).join(''));
/** A round magnitude before the classifier is part of the count's figure (万名职工: the figure is gone before 万). */
const MAGNITUDE = '万千';
/** The longest counted noun read after the classifier. */
const NOUN_MAX = 8;

/**
 * Where the longest noun the classifier at `i` counts ends, or -1: the words after it (at most four,
 * all Han, before the clause ends) end in a character the classifier counts or in a noun of
 * the collocation table (位|高校|专家, 张|床位).
 */
function countedNounEnd(s: string, i: number): number {
	const cls = s[i]!;
	const counts = CLASSIFIER_BEFORE[cls];
	const nouns = COLLOCATED.get(cls);
	if (PARTICLES_AFTER_CLASSIFIER.chars.includes(s[i + 1]!)) return -1;
	let e = i + 1;
	let end = -1;
	for (let w = 0; w < 4 && e < s.length && e - i <= NOUN_MAX && isHan(s[e]) && !isClauseEnd(s[e]); w++) {
		const [ws, we] = wordAt(s, e, 0, 6);
		if (ws !== e) return end;
		// 名木与野生动物: a particle or a conjunction ends the noun.
		if (we - e === 1 && PARTICLES_AFTER_CLASSIFIER.chars.includes(s[e]!)) return end;
		// 名|师人, 人|社事业: one character right after the classifier is a word with it that the segmenter split.
		if (w === 0 && we - e < 2) return -1;
		// The longest such noun (名|高校|毕业生, not 毕业).
		if (counts !== undefined && counts.includes(s[we - 1]!) && (!isHan(s[we]) || wordAt(s, we)[0] === we)) end = we;
		else if (nouns?.some((n) => s.endsWith(n, we) && we - n.length > i)) end = we;
		e = we;
	}
	return end;
}

/** The last characters of what each classifier counts: its `counts` and its collocation nouns' last characters. */
const LAST_OF_COUNTED = new Map<string, string>();
for (const c of READ) LAST_OF_COUNTED.set(c, (CLASSIFIER_BEFORE[c] ?? '') + (COLLOCATED.get(c) ?? []).map((n) => n[n.length - 1]).join(''));

/** Whether a character the classifier at `i` counts stands within the noun's reach after it. */
function endsWithin(s: string, i: number): boolean {
	const last = LAST_OF_COUNTED.get(s[i]!)!;
	for (let p = i + 2; p <= i + NOUN_MAX + 6 && p < s.length && isHan(s[p]); p++) if (last.includes(s[p]!)) return true;
	return false;
}

function countBeforeNoun(s: string, emit: Emit, at: Int32Array, count: number): void {
	for (let a = 0; a < count; a++) {
		const i = at[a]!;
		if (i < 2 || IS_READ[s.charCodeAt(i)] !== 1) continue;
		// The count starts at the magnitude before the classifier, if any (全县|万名职工).
		const j = MAGNITUDE.includes(s[i - 1]!) && isHan(s[i - 2]) ? i - 1 : i;
		// 户厕, 家访, 推门听课, 人均, 本责任书: these classifiers open or close words the segmenter
		// splits; read them only after a magnitude (全市|万户居民).
		// After a preposition a count can stand there (对件投诉, 由栋住宅).
		if (j === i && CLASSIFIERS_IN_WORDS.chars.includes(s[i]!) && !PROSE_BEFORE_COUNTED_NOUN.chars.includes(s[i - 1]!)) continue;
		// 件件实事, 户户通: a doubled classifier is "every".
		if (s[i - 1] === s[i]) continue;
		const prev = s.charCodeAt(j - 1);
		if (!isHan(s[j - 1]) || NOT_BEFORE[prev] === 1) continue;
		if (j === i && CLASSIFIER_NOT_AFTER[s[i]!]?.includes(s[i - 1]!)) continue;
		// Cheap tests first: a noun of two characters or more follows, and ends in what the classifier counts.
		if (!isHan(s[i + 1]) || !isHan(s[i + 2]) || !endsWithin(s, i)) continue;
		// The classifier (or its magnitude) opens a word of its own, and the word before ends there.
		const [ws, we] = wordAt(s, j);
		if (ws !== j || we !== i + 1) continue;
		if (wordAt(s, j - 1)[1] !== j) continue;
		// 负责人, 困难户: a word of the lexicon ends at the classifier.
		if (j === i && classifierWordEnding(s, i) > 0) continue;
		const end = countedNounEnd(s, i);
		if (end < 0) continue;
		emit(j, j, s.slice(i + 1, end), s[i]!, 'number');
	}
}

export const countBeforeCountedNoun: CodeFrame = {
	id: 'count-before-counted-noun',
	description: '任何动词或宾语之后、“量词＋它所计的名词”之前缺数字：承担病区张床位，吸纳本村名留守妇女',
	starts: COUNT_STARTS,
	find: (line, out) => countBeforeNoun(line.s, out.gap, line.at, line.atCount),
	examples: {
		valid: ['坚持个人服从组织，个别同志存在畏难情绪。', '这是次要问题，名单已公示。', '张贴通知，场所整洁，位于城区。', '创造条件，家长满意，项目落地。', '这件事情要办好，帮扶困难户，科室主任，优秀企业家。', '改造农村户厕，开展家访，实行推门听课，人均收入增长，签订本责任书。', '保护古树名木与野生动物，办好件件实事。', '对个别同志进行提醒，由本人负责，制定了本方案，对户籍人口进行统计，由栋梁之材组成，实现了家门口就业。', '培养技能名师，推动人社事业发展。'],
		invalid: ['医院腾出⟦⟧张病床，留置⟦⟧张观察床位，服务全区⟦⟧万户家庭。', '合作社吸收周边⟦⟧名留守妇女务工。', '活动邀请⟦⟧位高校学者授课，发动⟦⟧万名青年参与，吸引⟦⟧名高校毕业生返乡。', '热线中心对⟦⟧件投诉逐一回访，小区由⟦⟧栋高层住宅组成。']
	}
};
