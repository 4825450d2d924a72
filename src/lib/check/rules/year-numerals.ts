/**
 * Official style: one report writes its years one way. 二〇二六年 and 2026年 in the same text →
 * the minority is flagged with its year rewritten the majority's way (Arabic on a tie: GB/T
 * 9704—2012 writes dates in Arabic digits). The message names where the majority form is.
 */
import { foldedOf } from '../text/normalize';
import { defineRule } from './define';
import { checkMessages as M } from '../messages';
import { cnDigitsToInt, intToCnDigits } from './numbering';
import { ARABIC_YEAR, CHINESE_YEAR } from './data/years';

interface YearAt {
	from: number;
	to: number;
	year: number;
}

function collect(s: string, re: RegExp, read: (t: string) => number): YearAt[] {
	const out: YearAt[] = [];
	re.lastIndex = 0;
	for (let m = re.exec(s); m; m = re.exec(s)) {
		const year = read(m[1]!);
		if (year >= 1900 && year < 2100) out.push({ from: m.index, to: m.index + m[1]!.length, year });
	}
	return out;
}

const lineAt = (s: string, offset: number) => {
	let n = 1;
	for (let i = s.indexOf('\n'); i !== -1 && i < offset; i = s.indexOf('\n', i + 1)) n++;
	return n;
};

export const yearNumerals = defineRule({
	meta: {
		id: 'year-numerals',
		category: 'style',
		defaultSeverity: 'info',
		messages: { mixed: M.yearNumerals.mixed },
		description: M.yearNumerals.description
	},
	scope: 'document',
	create(ctx) {
		const s = foldedOf(ctx);
		if (!s.includes('年')) return;
		const chinese = collect(s, CHINESE_YEAR, cnDigitsToInt);
		if (!chinese.length) return;
		const arabic = collect(s, ARABIC_YEAR, Number);
		if (!arabic.length) return;
		const arabicWins = arabic.length >= chinese.length;
		const [major, minor] = arabicWins ? [arabic, chinese] : [chinese, arabic];
		const first = major[0]!;
		const data = { major: ctx.text.slice(first.from, first.to + 1), line: lineAt(s, first.from) };
		for (const y of minor) {
			const insert = arabicWins ? String(y.year) : intToCnDigits(y.year);
			ctx.report({ from: y.from, to: y.to + 1, messageId: 'mixed', data: { ...data, got: ctx.text.slice(y.from, y.to + 1) }, fix: { from: y.from, to: y.to, insert } });
		}
	}
});
