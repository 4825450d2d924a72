/**
 * Stale years: the draft's 年度 is Y (option `year`); a year the text presents as the report's
 * own — a paragraph opening "2023年，…", "2023年是…", a title "2023年度工作总结", 今年/本年度 with
 * an explicit year — that is not Y, or 明年/下一年度 with a year that is not Y+1, is most likely
 * left over from last year's report or the sample. History (自2019年以来, 2020年建成, 较2022年)
 * is no such frame. Without a year in the options the rule stays quiet.
 */
import { documentLines } from '../text/lines';
import { defineRule } from './define';
import { checkMessages as M } from '../messages';
import { cnDigitsToInt, intToCnDigits } from './numbering';
import { HISTORY_CUES, YEAR_DIGITS, YEAR_FRAMES, type YearFrame } from './data/years';

interface Compiled {
	frame: YearFrame;
	re: RegExp;
}

const compiled: Compiled[] = YEAR_FRAMES.map((frame) => ({
	frame,
	re: new RegExp(frame.re.replace('{Y}', YEAR_DIGITS), frame.place === 'anywhere' ? 'dg' : 'd')
}));
const OPENING = compiled.filter((c) => c.frame.place === 'opening');
const ANYWHERE = compiled.filter((c) => c.frame.place === 'anywhere');
const TITLE = compiled.filter((c) => c.frame.place === 'title');

/** A numbered or Markdown heading, a 第…部分 line. */
const HEADING = /^(?:#{1,6}\s|[一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十]{1,3}[）)]|第[一二三四五六七八九十]+(?:部分|章|节))/;
/** What may stand before a paragraph's first word: list markers, a number, emphasis. */
const LEAD = /^(?:[-*+>]\s+|[0-9]{1,2}[、.．]\s*|[（(][0-9]{1,2}[）)]\s*)?/;
const SENTENCE_END = '。！？!?';
const HAS_YEAR = /(?:19|20)[0-9]{2}|[一二][〇零]/;

const readYear = (t: string) => (/^[0-9]+$/.test(t) ? Number(t) : cnDigitsToInt(t));

/** Whether the sentence around [from, to) of `line` tells history (回顾2019年…, 时任…). */
function historical(line: string, from: number, to: number): boolean {
	let a = from;
	while (a > 0 && from - a < 120 && !SENTENCE_END.includes(line[a - 1]!)) a--;
	let b = to;
	while (b < line.length && b - to < 120 && !SENTENCE_END.includes(line[b]!)) b++;
	const sentence = line.slice(a, b);
	return HISTORY_CUES.some((cue) => sentence.includes(cue));
}

export const staleYear = defineRule({
	meta: {
		id: 'stale-year',
		category: 'content',
		defaultSeverity: 'warning',
		messages: { stale: M.staleYear.stale, next: M.staleYear.next, last: M.staleYear.last },
		description: M.staleYear.description,
		// The draft checker sets the year from the draft's 年度; a pack may set it too.
		schema: { type: 'object', properties: { year: { type: 'integer', minimum: 1900, maximum: 2999 } }, additionalProperties: false }
	},
	scope: 'document',
	create(ctx) {
		const Y = ctx.options.year;
		if (typeof Y !== 'number' || !Number.isInteger(Y)) return;
		const doc = documentLines(ctx);
		const seen = new Set<number>();
		let first = true;
		const check = (c: Compiled, m: RegExpExecArray, line: string, base: number) => {
			const [from, to] = m.indices![1]!;
			if (seen.has(base + from)) return;
			seen.add(base + from);
			const digits = m[1]!;
			const diff = readYear(digits) - Y;
			if (diff === c.frame.offset || c.frame.also?.includes(diff)) return;
			if (c.frame.place !== 'title' && historical(line, from, to)) return;
			const expected = Y + c.frame.offset;
			const insert = /^[0-9]/.test(digits) ? String(expected) : intToCnDigits(expected);
			const messageId = c.frame.offset === 1 ? 'next' : c.frame.offset === -1 ? 'last' : 'stale';
			ctx.report({
				from: base + from,
				to: base + to,
				messageId,
				data: { year: Y, expected, got: ctx.text.slice(base + from, base + to) },
				fix: { from: base + from, to: base + to, insert }
			});
		};
		for (let l = 0; l < doc.folded.length; l++) {
			const lineStart = doc.starts[l]!;
			const raw = doc.folded[l]!;
			const trimmed = raw.trimStart();
			if (!trimmed) continue;
			const isTitle = first;
			first = false;
			if (!HAS_YEAR.test(raw)) continue;
			const lead = raw.length - trimmed.length;
			const body = trimmed.trimEnd();
			// A title or heading: numbered, or short and without a clause mark (the first line may be longer).
			const heading = HEADING.test(body) || (body.length <= (isTitle ? 40 : 30) && !/[。，；,;]/.test(body));
			if (heading)
				for (const c of TITLE) {
					const m = c.re.exec(body);
					if (m) check(c, m, body, lineStart + lead);
				}
			else {
				const skip = LEAD.exec(body)![0].length;
				const para = body.slice(skip);
				for (const c of OPENING) {
					const m = c.re.exec(para);
					if (m) check(c, m, para, lineStart + lead + skip);
				}
			}
			for (const c of ANYWHERE) {
				c.re.lastIndex = 0;
				for (let m = c.re.exec(body); m; m = c.re.exec(body)) check(c, m, body, lineStart + lead);
			}
		}
	}
});
