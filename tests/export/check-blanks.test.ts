import { expect, test } from 'vitest';
import { checkText } from '$lib/check';
import { checkerBlankFinder, parseIgnoreList } from '$lib/export/check-blanks';
import { parseReport } from '$lib/export/parse-report';
import { countBlanks } from '$lib/export/document';

const TEXT = '全年实现农业总产值亿元，比上年增长。';

test('the checker’s blank findings become export blanks', () => {
	const blanks = checkerBlankFinder()(TEXT);
	expect(blanks.length).toBeGreaterThan(0);
	expect(blanks.some((b) => b.from === b.to && TEXT.slice(b.from - 3, b.from) === '总产值')).toBe(true);
});

test('findings the writer ignored (忽略此处) are not open blanks', () => {
	const all = checkText(TEXT).filter((f) => f.category === 'blank');
	const first = all[0]!;
	const left = checkerBlankFinder([first.key])(TEXT);
	expect(left).toHaveLength(all.length - 1);
	expect(left).not.toContainEqual({ from: first.from, to: first.to });
});

test('a filled-in report has no open blanks', () => {
	const doc = parseReport('2026年工作总结\n全年实现农业总产值3.6亿元，比上年增长5.2%。\n', checkerBlankFinder());
	expect(countBlanks(doc)).toBe(0);
});

test('stored ignore lists are read defensively', () => {
	expect(parseIgnoreList(['a', 3, '', 'b'])).toEqual(['a', 'b']);
	expect(parseIgnoreList({ a: 1 })).toEqual([]);
});
