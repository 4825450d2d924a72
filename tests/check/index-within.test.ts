import { describe, expect, test } from 'vitest';
import { indexWithin } from '$lib/check/text/chars';

/** indexWithin: a character looked for within one line of a text, never past it. */
describe('indexWithin', () => {
	const text = '营业收入万元\n指标  本年  上年\n合计';
	const [a, b] = [0, text.indexOf('\n')];
	test('finds the first one inside the range', () => {
		const line2 = b + 1;
		expect(indexWithin(text, ' ', line2, text.indexOf('\n', line2))).toBe(text.indexOf(' '));
	});
	test('a character only on a later line is not found', () => {
		expect(indexWithin(text, ' ', a, b)).toBe(-1);
		expect(text.indexOf(' ', a)).toBeGreaterThan(b);
	});
	test('ranges past either end of the text are clipped', () => {
		expect(indexWithin(text, '合', -5, 10_000)).toBe(text.indexOf('合'));
		expect(indexWithin('', '合', 0, 3)).toBe(-1);
	});
});
