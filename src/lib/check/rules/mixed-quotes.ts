/**
 * Official style: one report, one kind of quotation mark. Curly quotes (“”‘’) and corner
 * brackets (「」『』) mixed in one text → the minority is flagged with a fix to the majority
 * (curly on a tie: mainland 公文 use them). A curly quote typed the wrong way round inside a
 * paragraph (“优秀“) is flagged with the mark it should be. Straight quotes are the
 * half-width-punct rule's.
 */
import { defineRule } from './define';
import { isLatin } from '../text/chars';
import { checkMessages as M } from '../messages';
import { QUOTE_STYLES } from './data/punctuation';

const [CURLY, CORNER] = QUOTE_STYLES as [(typeof QUOTE_STYLES)[0], (typeof QUOTE_STYLES)[1]];
const ALL = CURLY.marks.join('') + CORNER.marks.join('');
const MARKS = new RegExp(`[${ALL}]`, 'g');

export const mixedQuotes = defineRule({
	meta: {
		id: 'mixed-quotes',
		category: 'style',
		defaultSeverity: 'info',
		messages: { mixed: M.mixedQuotes.mixed, direction: M.mixedQuotes.direction },
		description: M.mixedQuotes.description
	},
	scope: 'document',
	create(ctx) {
		const s = ctx.text;
		const marks: number[] = [];
		let curly = 0;
		let corner = 0;
		MARKS.lastIndex = 0;
		for (let m = MARKS.exec(s); m; m = MARKS.exec(s)) {
			const i = m.index;
			const k = ALL.indexOf(m[0]);
			marks.push(i);
			if (k < 4) curly++;
			else corner++;
		}
		if (!marks.length) return;
		const major = curly >= corner ? CURLY : CORNER;
		const minor = major === CURLY ? CORNER : CURLY;
		const example = `${major.marks[0]}${major.marks[1]}`;
		// Direction of curly quotes, per paragraph: open and close must alternate (outer and inner apart).
		let lineEnd = -1;
		const open = [false, false];
		for (const i of marks) {
			if (i > lineEnd) {
				lineEnd = s.indexOf('\n', i);
				if (lineEnd === -1) lineEnd = s.length;
				open[0] = open[1] = false;
			}
			const c = s[i]!;
			const k = minor.marks.indexOf(c);
			if (curly && corner && k >= 0) {
				ctx.report({ from: i, to: i + 1, messageId: 'mixed', data: { major: example, got: c }, fix: { from: i, to: i + 1, insert: major.marks[k]! } });
				continue;
			}
			const ck = CURLY.marks.indexOf(c);
			if (ck < 0) continue;
			// An apostrophe in English (it’s) is no closing quote.
			if (c === '’' && isLatin(s[i - 1]) && isLatin(s[i + 1])) continue;
			const level = ck >> 1;
			const opening = ck % 2 === 0;
			if (opening === open[level]) {
				const want = CURLY.marks[level * 2 + (opening ? 1 : 0)]!;
				ctx.report({ from: i, to: i + 1, messageId: 'direction', data: { got: c, want }, fix: { from: i, to: i + 1, insert: want } });
				open[level] = !opening;
			} else open[level] = opening;
		}
	}
});
