// The title's arrangement when long (§7.3.1), and builders replaced through the registry.
import { expect, test } from 'vitest';
import { titleBreaks, titleLines } from '$lib/export/title';
import { widthChars } from '$lib/export/measure';
import { extendBuilders } from '$lib/export/registry';
import { buildMarkdown, markdownBuilders } from '$lib/export/build-text';
import { parseReport } from '$lib/export/parse-report';
import { layoutMetrics } from '$lib/export/paginate';
import { GBT9704_LAYOUT } from '$lib/export/settings';

const cap = layoutMetrics(GBT9704_LAYOUT).titleChars;
const parts = (t: string) => titleBreaks(t, cap).map(([a, b]) => t.slice(a, b));

test('a 2号 title holds 20 characters a line on the 156 mm line', () => {
	expect(cap).toBe(20);
	expect(parts('2026年度青禾镇工作总结')).toEqual(['2026年度青禾镇工作总结']);
});

test('a title too long for one line becomes a 梯形: two lines, the upper one no longer, broken between words', () => {
	const t = '关于青禾镇2026年度农业农村工作和明年重点项目安排情况的报告';
	const lines = parts(t);
	expect(lines).toHaveLength(2);
	expect(lines.join('')).toBe(t);
	const [a, b] = lines.map(widthChars) as [number, number];
	expect(a).toBeLessThanOrEqual(b);
	expect(b).toBeLessThanOrEqual(cap);
	expect(b - a).toBeLessThanOrEqual(4);
	// Never a line starting with closing punctuation or ending with an opening one.
	expect(parts('关于印发《青禾镇农业农村工作考核办法（试行）》的通知和有关事项的说明')).not.toContainEqual(expect.stringMatching(/^[）》]|[《（]$/));
});

test('longer still, a 菱形 of three lines, the middle one the longest', () => {
	const t = '关于青禾镇2026年度农业农村重点工作、乡村振兴示范村建设和明年重点项目安排情况的报告';
	const lines = parts(t);
	expect(lines).toHaveLength(3);
	const [a, b, c] = lines.map(widthChars) as [number, number, number];
	expect(b).toBeGreaterThanOrEqual(a);
	expect(b).toBeGreaterThanOrEqual(c);
	expect(Math.max(a, b, c)).toBeLessThanOrEqual(cap);
});

test('blanks in the title follow it onto its lines', () => {
	const t = '关于青禾镇20__年度农业农村工作和明年重点项目安排情况的报告';
	const from = t.indexOf('20__');
	const lines = titleLines({ text: t, blanks: [{ from, to: from + 4 }] }, cap);
	const withBlank = lines.find((l) => l.blanks.length)!;
	expect(withBlank.text.slice(withBlank.blanks[0]!.from, withBlank.blanks[0]!.to)).toBe('20__');
});

test('a format’s builders can be extended: one block kind printed another way, the rest as before', () => {
	const doc = parseReport('标题\n一、总体情况\n全年运行平稳。\n');
	const custom = extendBuilders(markdownBuilders, { heading: (b) => [`**${b.text}**`, ''] });
	expect(buildMarkdown(doc, custom)).toBe('# 标题\n\n**一、总体情况**\n\n全年运行平稳。\n');
	expect(buildMarkdown(doc)).toBe('# 标题\n\n## 一、总体情况\n\n全年运行平稳。\n');
});
