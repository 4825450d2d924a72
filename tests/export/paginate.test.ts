import { expect, test } from 'vitest';
import { parseReport } from '$lib/export/parse-report';
import { documentLines, layoutPages, paginate } from '$lib/export/paginate';
import { GBT9704_LAYOUT } from '$lib/export/settings';
import { sampleReport } from '../../scripts/export-sample.mjs';

const text = (l: { segments: { text: string }[] }) => l.segments.map((s) => s.text).join('');

test('body lines hold 28 characters; the first line of a paragraph 26 after its indent', () => {
	const para = '青'.repeat(26 + 28 + 5) + '。';
	const lines = documentLines(parseReport(`标题\n${para}`), GBT9704_LAYOUT);
	const body = lines.filter((l) => !l.title && l.block === 0);
	expect(body.map((l) => text(l).length)).toEqual([26, 28, 6]);
	expect(body.map((l) => l.indent)).toEqual([2, 0, 0]);
	expect(body.map((l) => l.last)).toEqual([false, false, true]);
});

test('closing punctuation hangs at the end of a full line instead of starting the next', () => {
	const para = '青'.repeat(26) + '，后文。';
	const lines = documentLines(parseReport(`标题\n${para}`), GBT9704_LAYOUT).filter((l) => l.block === 0);
	expect(text(lines[0]!)).toBe('青'.repeat(26) + '，');
});

test('numbers are not split across lines and count half a character per digit', () => {
	const para = '青'.repeat(25) + '12345678元。';
	const lines = documentLines(parseReport(`标题\n${para}`), GBT9704_LAYOUT).filter((l) => l.block === 0);
	expect(text(lines[0]!)).toBe('青'.repeat(25));
	expect(text(lines[1]!)).toBe('12345678元。');
});

test('pages hold 22 lines of the grid (the 2号 title takes two); a 60,000-character report paginates to about 100 pages', () => {
	const pages = paginate(parseReport(sampleReport(60000)), GBT9704_LAYOUT);
	expect(pages.slice(0, -1).every((p) => p.lines.reduce((n, l) => n + l.rows, 0) === 22)).toBe(true);
	expect(pages[0]!.lines[0]).toMatchObject({ title: true, rows: 2 });
	expect(pages.length).toBeGreaterThan(90);
	expect(pages.length).toBeLessThan(130);
});

test('the 落款 sits on right-aligned lines after an empty line', () => {
	const lines = documentLines(parseReport('标题\n正文。\n青禾镇人民政府\n2026年12月28日'), GBT9704_LAYOUT);
	const tail = lines.slice(-3);
	expect(tail.map(text)).toEqual(['', '青禾镇人民政府', '2026年12月28日']);
	expect(tail.slice(1).map((l) => [l.align, l.right])).toEqual([
		['right', 4],
		['right', 2]
	]);
});

const SIGN = '\n青禾镇人民政府\n2026年12月28日\n';
const pageEnd = (k: number) => `标题\n${'扎实推进农田水利建设，全年累计投入资金一百二十万元。'.repeat(14)}\n${'持续巩固提升工作成效'.repeat(30).slice(0, k)}。`;

test('the 落款 never starts a page alone: either the page is set closer or body lines come with it', () => {
	let closer = 0;
	let moved = 0;
	for (let k = 0; k < 300; k++) {
		const { pages, tight } = layoutPages(parseReport(pageEnd(k) + SIGN), GBT9704_LAYOUT);
		const last = pages[pages.length - 1]!;
		// The last page always holds body text above the signature and date.
		expect(last.lines.some((l) => l.block >= 0 && l.block < last.lines.find((x) => text(x) === '青禾镇人民政府')!.block)).toBe(true);
		if (tight) closer++;
		else if (pages.length > layoutPages(parseReport(pageEnd(k)), GBT9704_LAYOUT).pages.length) moved++;
	}
	// Both remedies occur over these lengths: setting closer (§7.3.5.4) first, moving lines when it cannot.
	expect(closer).toBeGreaterThan(0);
	expect(moved).toBeGreaterThan(0);
});

test('a block set closer prints one or two more characters a line, and its lines say so', () => {
	for (let k = 0; k < 300; k++) {
		const { pages, tight } = layoutPages(parseReport(pageEnd(k) + SIGN), GBT9704_LAYOUT);
		if (!tight) continue;
		const [block, chars] = [...tight.chars][0]!;
		expect(chars === 29 || chars === 30).toBe(true);
		const lines = pages.flatMap((p) => p.lines).filter((l) => l.block === block);
		expect(lines.every((l) => l.chars === chars)).toBe(true);
		expect(Math.max(...lines.map((l) => text(l).length))).toBeGreaterThan(28);
		return;
	}
	throw new Error('no length needed setting closer');
});
