import { describe, expect, test } from 'vitest';
import { lineIndex } from '$lib/text/line-index';

/** The slow, obviously right reading: count the line breaks before the offset. */
function byCounting(text: string, offset: number): { line: number; column: number } {
	const before = text.slice(0, offset);
	return { line: before.split('\n').length, column: offset - before.lastIndexOf('\n') };
}

describe('lineIndex: line and column (1-based) of an offset', () => {
	const text = '一、总体情况\n全年完成产值亿元，\r\n同比增长%。\n\n二、存在问题\n';
	test.each([0, 1, 6, 7, 12, 16, 17, 23, 24, 25, text.length])('offset %i reads as counting the breaks does', (offset) => {
		expect(lineIndex(text)(offset)).toEqual(byCounting(text, offset));
	});
	test('a text without a break is one line', () => {
		expect(lineIndex('同比增长%')(3)).toEqual({ line: 1, column: 4 });
	});
	test('an empty text', () => {
		expect(lineIndex('')(0)).toEqual({ line: 1, column: 1 });
	});
});
