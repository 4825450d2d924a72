import { describe, expect, test } from 'vitest';
import { formatQuantity, quantitiesIn, unitScale } from '$lib/check/text/quantity';

describe('quantities', () => {
	test('a unit splits into its magnitude and base only where the rest is a unit too', () => {
		expect(unitScale('亿元')).toEqual({ scale: 1e8, base: '元' });
		expect(unitScale('万千瓦时')).toEqual({ scale: 1e4, base: '千瓦时' });
		expect(unitScale('千瓦时')).toEqual({ scale: 1, base: '千瓦时' });
		expect(unitScale('千米')).toEqual({ scale: 1e3, base: '米' });
		expect(unitScale('千万元')).toEqual({ scale: 1e7, base: '元' });
		expect(unitScale('万人次')).toEqual({ scale: 1e4, base: '人次' });
		expect(unitScale('亿')).toEqual({ scale: 1e8, base: '' });
	});
	test('figures are read with their unit, value in the base unit and rounding error', () => {
		const qs = quantitiesIn('营业收入12.38亿元，净利润8960万元，投资1,250万元，新增企业35家，提高1.6个百分点，2026年');
		expect(qs.map((q) => [q.unit, q.base, q.value, q.error])).toEqual([
			['亿元', '元', 1238000000, 500000],
			['万元', '元', 89600000, 5000],
			['万元', '元', 12500000, 5000],
			['家', '家', 35, 0.5],
			['个百分点', '个百分点', 1.6, 0.05]
		]);
		expect(formatQuantity(qs[0]!)).toBe('12.38亿元');
	});
});
