import { describe, expect, test } from 'vitest';
import { figureSites } from '$lib/check/text/figure-sites';
import { checkText } from '$lib/check';

const brief = (text: string) => figureSites(text).map((f) => [f.kind, f.value, f.unit, f.label]);

describe('figureSites: the figures of a filled text, labelled as their blanks would be', () => {
	test.each([
		['园区实现工业总产值12.38亿元，同比增长8.6%。', [['number', '12.38', '亿元', '工业总产值'], ['percent', '8.6', '%', '同比增长']]],
		['新引进企业23家，完成固定资产投资4.5亿元。', [['number', '23', '家', '新引进企业'], ['number', '4.5', '亿元', '固定资产投资']]],
		['2025年，参保率达98.6%。', [['year', '2025', '年', '年份'], ['percent', '98.6', '%', '参保率']]],
		['12月31日前完成验收，该厂房2019年建成。', [['date', '12', '月', '月份'], ['date', '31', '日', '日期'], ['year', '2019', '年', '年份']]],
		['2021—2025年规划', [['year', '2021', '', '年份'], ['year', '2025', '年', '年份']]],
		['一、加强党建。1.健全制度。', []]
	])('%s', (text, expected) => {
		expect(brief(text)).toEqual(expected);
	});

	test('full-width digits are read, offsets stay on the text as written', () => {
		const text = '完成投资４.５亿元';
		const [site] = figureSites(text);
		expect(site).toMatchObject({ value: '４.５', unit: '亿元', label: '投资' });
		expect(text.slice(site!.from, site!.to)).toBe('４.５');
	});

	test('removing a figure gives the blank the checker labels the same way', () => {
		const text = '园区实现工业总产值12.38亿元，新引进企业23家。';
		for (const site of figureSites(text)) {
			const masked = text.slice(0, site.from) + text.slice(site.to);
			const blank = checkText(masked).find((f) => f.category === 'blank' && f.from === site.from);
			expect(blank?.blank).toMatchObject({ label: site.label, unit: site.unit });
		}
	});
});
