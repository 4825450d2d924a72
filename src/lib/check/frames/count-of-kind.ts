/**
 * counts8 (session 16): a count closing its clause after a noun the lexicon has no row for,
 * read by what the classifier counts rather than by the noun or the verb before it:
 *
 * - **kind**: the noun ends in a character of a kind the classifier counts (lexicon
 *   COUNTED_KINDS: 照片|幅, 执法视频|段, 督办单|份, 管制刀具|把, 冲锋舟|艘), whatever noun it is;
 * - **doubled**: the noun ends in the very character used as its classifier (工单|单, 蜂箱|箱,
 *   不符合项|项, 结对|对): the thing counts in itself.
 *
 * In both the classifier must close the clause as a word of its own to the segmenter (not 画幅,
 * 马匹, 线条), the clause hold no figure, and no word of the lexicon end at the classifier.
 * Doubled characters that say "every" (件件实事, 时时处处) stand before a noun or after
 * another doubled pair, never right after a noun at a clause's end.
 * Code, not a pattern: it asks the segmenter where the words around the classifier end.
 */
import { CLASSIFIER_NOT_AFTER, CLAUSE_BOUNDS, CN_NUMERAL, COUNT_CLOSE_MARKS, COUNT_STARTS, COUNTED_KINDS, MASK, PROSE_BEFORE_CLASSIFIER, VAGUE_BEFORE_UNIT, classifierWordEnding } from '../lexicon';
import { charTable } from '../text/chars';
import { measureBefore } from '../text/measure';
import { wordAt } from '../text/segment';
import type { CodeFrame, FrameOutput } from './types';

/** Classifier and last character of a noun it counts by kind, as one number (classifier × 65536 + last). */
const KIND_PAIRS = new Set<number>();
for (const k of COUNTED_KINDS) for (const c of k.classifiers) for (const l of k.lasts) KIND_PAIRS.add(c.charCodeAt(0) * 65536 + l.charCodeAt(0));
const CLOSES = charTable(COUNT_CLOSE_MARKS.chars);
const BOUND = charTable(CLAUSE_BOUNDS.chars);
/** What makes the clause hold a figure already: digits, masks and numerals. */
const FIGURE = charTable('0123456789' + MASK.replace('_', '') + CN_NUMERAL);
/** Characters that leave no noun before the classifier: numerals, particles, vague words (一个个, 这件件). */
const NOT_NOUN = charTable(CN_NUMERAL + MASK + VAGUE_BEFORE_UNIT + PROSE_BEFORE_CLASSIFIER.chars);
const isHanCode = (c: number) => c >= 0x3400 && c <= 0x9fff;
/** The longest clause read back for a figure. */
const MAX_ITEM = 16;

function holdsFigure(s: string, i: number): boolean {
	for (let k = i - 1; k >= 0 && i - k <= MAX_ITEM && BOUND[s.charCodeAt(k)] !== 1; k--) if (FIGURE[s.charCodeAt(k)] === 1) return true;
	return false;
}

function find(s: string, after: string, out: FrameOutput['gap'], at: Int32Array, count: number): void {
	for (let a = 0; a < count; a++) {
		const i = at[a]!;
		if (i < 2) continue;
		const j = i + 1;
		if (j === s.length ? after !== '' : CLOSES[s.charCodeAt(j)] !== 1) continue;
		const u = s.charCodeAt(i);
		const p = s.charCodeAt(i - 1);
		const q = s.charCodeAt(i - 2);
		// A noun of two characters or more ends before the classifier (反馈|单, not 一|单 or 这|件).
		if (!isHanCode(p) || !isHanCode(q) || NOT_NOUN[q] === 1) continue;
		// 工单|单, not 时时处处: the doubled character after a noun, not after another doubled pair.
		const doubled = p === u && q !== p && s.charCodeAt(i - 3) !== q;
		if (!doubled && !KIND_PAIRS.has(u * 65536 + p)) continue;
		if (CLASSIFIER_NOT_AFTER[s[i]!]?.includes(s[i - 1]!) || classifierWordEnding(s, i) > 0 || holdsFigure(s, i)) continue;
		// The classifier is a word of its own (照片|幅; not 画幅, 马匹).
		const [ws, we] = wordAt(s, i);
		if (ws !== i || we !== j) continue;
		out(i, i, measureBefore(s, i), s[i]!, 'number');
	}
}

export const countOfKind: CodeFrame = {
	id: 'count-of-kind',
	description: '量词收句，前面是它所计的那类东西（照片幅、执法视频段）或与量词同字的名词（工单单、蜂箱箱），数字缺失',
	// Every classifier the lexicon knows (the count frames' one list of positions).
	starts: COUNT_STARTS,
	find: (line, out) => find(line.s, line.after, out.gap, line.at, line.atCount),
	examples: {
		valid: [
			'收录革命旧址照片120幅，调取执法视频36段，收缴管制刀具32把。',
			'全年生成售后工单860单，发放蜂箱1200箱，开具不符合项6项。',
			'勾勒线条，更换马匹，办好件件实事，做到时时处处。'
		],
		invalid: [
			'收录革命旧址照片⟦⟧幅，调取执法视频⟦⟧段，收缴管制刀具⟦⟧把。',
			'全年生成售后工单⟦⟧单，发放蜂箱⟦⟧箱，开具不符合项⟦⟧项。',
			'储备冲锋舟⟦⟧艘、救灾帐篷⟦⟧顶。'
		]
	}
};
