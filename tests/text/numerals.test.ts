import { describe, expect, test } from 'vitest';
import { arabicToChineseDigits, chineseDigitsToArabic, chineseNumeralToArabic, parseChineseDigits, parseChineseNumeral } from '$lib/text/numerals';
import { chineseNumeral } from '$lib/export/numbering';

describe('chineseNumeralToArabic', () => {
	test.each([
		['零', '0'],
		['一', '1'],
		['十', '10'],
		['十二', '12'],
		['二十', '20'],
		['二十三', '23'],
		['一百', '100'],
		['一百零五', '105'],
		['一百一十', '110'],
		['一千零十', '1010'],
		['两千', '2000'],
		['一百五', '150'],
		['三万五', '35000'],
		['三万五千', '35000'],
		['一万零五', '10005'],
		['十万', '100000'],
		['一亿二千万', '120000000'],
		['十二点五', '12.5'],
		['零点三', '0.3'],
		['三点一四', '3.14'],
		['负三', '-3']
	])('%s → %s', (cn, arabic) => {
		expect(chineseNumeralToArabic(cn)).toBe(arabic);
	});

	test.each(['', '主要', '一二', '二〇二六', '万', '十十', '百二', '一千零零五', '零五', '十二点', '十二点十', '几十', '约十二'])(
		'%s is not read as a number',
		(text) => {
			expect(chineseNumeralToArabic(text)).toBeNull();
		}
	);
});

test('parseChineseNumeral reads back every section number export writes', () => {
	for (let n = 1; n < 100; n++) expect(parseChineseNumeral(chineseNumeral(n))).toBe(n);
	expect(parseChineseNumeral('十二点五')).toBe(12.5);
});

test('years written digit by digit: 二〇二六 ⇄ 2026', () => {
	expect(parseChineseDigits('二〇二六')).toBe(2026);
	expect(parseChineseDigits('二零二六')).toBe(2026);
	expect(parseChineseDigits('二十')).toBeNull();
	expect(parseChineseDigits('')).toBeNull();
	expect(arabicToChineseDigits(2026)).toBe('二〇二六');
	expect(arabicToChineseDigits('26')).toBe('二六');
	expect(chineseDigitsToArabic('二〇xx年')).toBe('20xx年');
});
