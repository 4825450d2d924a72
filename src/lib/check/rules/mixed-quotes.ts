/**
 * Official style: one report, one kind of quotation mark. Curly quotes (“”‘’) and corner
 * brackets (「」『』) mixed in one text → the minority is flagged with a fix to the majority
 * (curly on a tie: mainland 公文 use them). A curly quote typed the wrong way round inside a
 * paragraph (“优秀“) is flagged with the mark it should be. Straight quotes are the
 * half-width-punct rule's.
 */
import { defineRule } from './define';
import { documentLines } from '../text/lines';
import { isLatin } from '../text/chars';
import { checkMessages as M } from '../messages';
import { QUOTE_STYLES } from './data/punctuation';
import { LineCache } from '../line-cache';

const [CURLY, CORNER] = QUOTE_STYLES as [(typeof QUOTE_STYLES)[0], (typeof QUOTE_STYLES)[1]];
const ALL = CURLY.marks.join('') + CORNER.marks.join('');
const MARKS = new RegExp(`[${ALL}]`, 'g');

/** The quotation marks of one line (offsets in the line) and how many of each style, read once per line text. */
interface LineMarks {
	marks: number[];
	curly: number;
	corner: number;
}
const NO_MARKS: LineMarks = { marks: [], curly: 0, corner: 0 };
const cache = new LineCache<string, LineMarks>();

function marksOf(line: string): LineMarks {
	let v = cache.get(line);
	if (v) return v;
	MARKS.lastIndex = 0;
	let m = MARKS.exec(line);
	if (!m) v = NO_MARKS;
	else {
		v = { marks: [], curly: 0, corner: 0 };
		for (; m; m = MARKS.exec(line)) {
			v.marks.push(m.index);
			if (ALL.indexOf(m[0]) < 4) v.curly++;
			else v.corner++;
		}
	}
	cache.set(line, v);
	return v;
}

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
		const doc = documentLines(ctx);
		const lines = doc.text.map(marksOf);
		let curly = 0;
		let corner = 0;
		for (const l of lines) {
			curly += l.curly;
			corner += l.corner;
		}
		if (!curly && !corner) return;
		const major = curly >= corner ? CURLY : CORNER;
		const minor = major === CURLY ? CORNER : CURLY;
		const example = `${major.marks[0]}${major.marks[1]}`;
		// Direction of curly quotes, per paragraph: open and close must alternate (outer and inner apart).
		const open = [false, false];
		for (let l = 0; l < lines.length; l++) {
			const { marks } = lines[l]!;
			if (!marks.length) continue;
			const line = doc.text[l]!;
			const at = doc.starts[l]!;
			open[0] = open[1] = false;
			for (const j of marks) {
				const i = at + j;
				const c = line[j]!;
				const k = minor.marks.indexOf(c);
				if (curly && corner && k >= 0) {
					ctx.report({ from: i, to: i + 1, messageId: 'mixed', data: { major: example, got: c }, fix: { from: i, to: i + 1, insert: major.marks[k]! } });
					continue;
				}
				const ck = CURLY.marks.indexOf(c);
				if (ck < 0) continue;
				// An apostrophe in English (it’s) is no closing quote.
				if (c === '’' && isLatin(line[j - 1]) && isLatin(line[j + 1])) continue;
				const level = ck >> 1;
				const opening = ck % 2 === 0;
				if (opening === open[level]) {
					const want = CURLY.marks[level * 2 + (opening ? 1 : 0)]!;
					ctx.report({ from: i, to: i + 1, messageId: 'direction', data: { got: c, want }, fix: { from: i, to: i + 1, insert: want } });
					open[level] = !opening;
				} else open[level] = opening;
			}
		}
	}
});
