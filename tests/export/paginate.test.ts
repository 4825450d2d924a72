import { expect, test } from 'vitest';
import { parseReport } from '$lib/export/parse-report';
import { documentLines, paginate } from '$lib/export/paginate';
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
