import { expect, test } from 'vitest';
import { signatureIndents, widthChars } from '$lib/export/measure';

test('widths count CJK as one character and ASCII as half', () => {
	expect(widthChars('青禾镇')).toBe(3);
	expect(widthChars('2026年1月5日')).toBe(6);
});

test('§7.3.5: a long signature keeps two characters in, the date starts two characters right of it', () => {
	// signature 12 chars, date 6 → date right indent 12 − 6 = 6, so it starts 2 chars after the signature.
	expect(signatureIndents([12], 6)).toEqual({ signature: [2], date: 6 });
});

test('§7.3.5: a date longer than the shifted signature keeps two characters in; the signature moves left', () => {
	expect(signatureIndents([4], 7)).toEqual({ signature: [7], date: 2 });
});

test('without a date the signature is two characters in', () => {
	expect(signatureIndents([5, 3], null)).toEqual({ signature: [2, 2], date: 2 });
});

test('§7.3.5.1 with a seal: the date four characters in, the signature centred over it', () => {
	// Date 6 wide, signature 7: centred over the date, its right edge half a character further in.
	expect(signatureIndents([7], 6, true)).toEqual({ signature: [3.5], date: 4 });
	expect(signatureIndents([4, 6], 6, true)).toEqual({ signature: [5, 4], date: 4 });
	// A signature much wider than the date still keeps two characters in.
	expect(signatureIndents([14], 6, true)).toEqual({ signature: [2], date: 4 });
});
