/**
 * Numbering of headings and enumerations: 一、二、三 skipped, repeated or restarted; （一）
 * sub-items likewise; 一是……三是 with 二是 missing. A piece header (篇二) or a part heading
 * (第二部分) starts a fresh count.
 */
import { documentLines } from '../text/lines';
import { arabicToChineseDigits, parseChineseDigits, parseChineseNumeral } from '$lib/text/numerals';
import { defineRule } from './define';
import { checkMessages as M } from '../messages';
import { LineCache } from '../line-cache';

const CN = '零一二三四五六七八九十';

/** 一 → 1, 十二 → 12, 二十三 → 23, 12 → 12; -1 when not a numeral (the one converter, text/numerals). */
export function cnToInt(t: string): number {
	if (/^[0-9]+$/.test(t)) return Number(t);
	const n = parseChineseNumeral(t);
	return n !== null && Number.isInteger(n) ? n : -1;
}

/** A numeral read digit by digit, as years are written: 二〇二六 → 2026, 二零二六 → 2026; -1 if not one. */
export function cnDigitsToInt(t: string): number {
	return parseChineseDigits(t) ?? -1;
}

/** 2026 → 二〇二六 (the inverse of cnDigitsToInt). */
export function intToCnDigits(n: number): string {
	return arabicToChineseDigits(n);
}

function intToCn(n: number): string {
	if (n <= 10) return CN[n]!;
	if (n < 20) return '十' + CN[n - 10]!;
	return CN[Math.floor(n / 10)]! + '十' + (n % 10 ? CN[n % 10]! : '');
}

interface Level {
	re: RegExp;
	show: (n: number) => string;
}

// Heading levels, outermost first. A heading of one level resets every deeper level.
const LEVELS: Level[] = [
	{ re: /^[ \t#*]*([一二三四五六七八九十]{1,3})[、．.]/, show: (n) => intToCn(n) + '、' },
	{ re: /^[ \t#*]*[（(]([一二三四五六七八九十]{1,3})[）)]/, show: (n) => `（${intToCn(n)}）` },
	{ re: /^[ \t#*]*([0-9]{1,2})[、．.](?![0-9])/, show: (n) => `${n}、` },
	{ re: /^[ \t#*]*[（(]([0-9]{1,2})[）)]/, show: (n) => `（${n}）` }
];
const SECTION_BREAK = /^\s*(?:第[一二三四五六七八九十0-9]+(?:部分|章|篇|节)|[^，。；\s]{0,30}(?:篇|范文)\s*[一二三四五六七八九十0-9]{1,3}\s*$)/;
const ENUM = /(?:^|[\s，。；：:、！？“"（(])([一二三四五六七八九十]{1,2})是(?=[^的])/g;

/** A numeral read on a line: its value and where its digits stand in the line. */
interface NumberAt {
	n: number;
	at: number;
	length: number;
}

/** What a line holds for numbering, read once per line text (the rule reads every line at every keystroke). */
interface LineNumbers {
	/** The heading number: its level in LEVELS and numeral; null when the line is no heading. */
	level: (NumberAt & { lv: number }) | null;
	/** The 一是、二是 enumerations in the line. */
	enums: NumberAt[];
}
const BLANK = 'blank';
/** A piece header or a part heading: every count starts afresh. */
const BREAK = 'break';

const lineCache = new LineCache<string, LineNumbers | typeof BLANK | typeof BREAK>();

function headingOf(line: string): LineNumbers | typeof BLANK | typeof BREAK {
	let v = lineCache.get(line);
	if (v) return v;
	if (!line.trim()) v = BLANK;
	else if ((line.includes('第') || line.includes('篇') || line.includes('范文')) && SECTION_BREAK.test(line)) v = BREAK;
	else {
		const found: LineNumbers = { level: null, enums: [] };
		for (let lv = 0; lv < LEVELS.length; lv++) {
			const m = LEVELS[lv]!.re.exec(line);
			if (!m) continue;
			const n = cnToInt(m[1]!);
			if (n > 0) found.level = { lv, n, at: m.index + m[0].indexOf(m[1]!), length: m[1]!.length };
			break;
		}
		ENUM.lastIndex = 0;
		for (let m = line.includes('是') ? ENUM.exec(line) : null; m; m = ENUM.exec(line)) found.enums.push({ n: cnToInt(m[1]!), at: m.index + m[0].indexOf(m[1]!), length: m[1]!.length });
		v = found;
	}
	lineCache.set(line, v);
	return v;
}

export const numbering = defineRule({
	meta: {
		id: 'numbering',
		category: 'numbering',
		defaultSeverity: 'warning',
		messages: {
			skipped: M.numbering.skipped,
			repeated: M.numbering.repeated,
			restarted: M.numbering.restarted,
			listSkipped: M.numbering.listSkipped,
			levelOrder: M.numbering.levelOrder,
			startsAt: M.numbering.startsAt
		},
		description: M.numbering.description
	},
	scope: 'document',
	create(ctx) {
		const doc = documentLines(ctx);
		const last: number[] = LEVELS.map(() => 0);
		let enumLast = 0;
		for (let i = 0; i < doc.folded.length; i++) {
			const v = headingOf(doc.folded[i]!);
			if (v === BLANK) continue;
			if (v === BREAK) {
				last.fill(0);
				enumLast = 0;
				continue;
			}
			const lineFrom = doc.starts[i]!;
			if (v.level) {
				const { lv, n } = v.level;
				const at = lineFrom + v.level.at;
				const to = at + v.level.length;
				const prev = last[lv]!;
				const show = LEVELS[lv]!.show;
				const deeper = last.findIndex((x, d) => d > lv && x > 0);
				if (prev === 0 && deeper > 0)
					ctx.report({ from: at, to, messageId: 'levelOrder', data: { got: show(n), after: LEVELS[deeper]!.show(last[deeper]!) } });
				else if (prev > 0 && n === prev) ctx.report({ from: at, to, messageId: 'repeated', data: { got: show(n) } });
				else if (prev > 0 && n === 1) ctx.report({ from: at, to, messageId: 'restarted', data: { prev: show(prev), got: show(n) } });
				else if (n > prev + 1 && prev === 0) ctx.report({ from: at, to, messageId: 'startsAt', data: { expected: show(1), got: show(n) } });
				else if (n > prev + 1) ctx.report({ from: at, to, messageId: 'skipped', data: { prev: show(prev), expected: show(prev + 1), got: show(n) } });
				last[lv] = n;
				for (let d = lv + 1; d < last.length; d++) last[d] = 0;
				if (lv === 0) enumLast = 0;
			}
			for (const e of v.enums) {
				const n = e.n;
				if (n === 1) {
					enumLast = 1;
					continue;
				}
				if (enumLast > 0 && n > enumLast + 1) {
					const at = lineFrom + e.at;
					ctx.report({ from: at, to: at + e.length + 1, messageId: 'listSkipped', data: { prev: intToCn(enumLast) + '是', expected: intToCn(enumLast + 1) + '是' } });
				}
				if (enumLast > 0) enumLast = n;
			}
		}
	}
});
