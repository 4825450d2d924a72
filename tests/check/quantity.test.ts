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
	test('a stretch of a line is read as the whole text would be, at offsets in the line', () => {
		const line = '完成投资2,345.6万元，其中中央资金1200万元、省级资金800万元；销售额12.5亿元。';
		for (const [from, to] of [
			[0, line.length],
			[5, 30],
			[8, 20],
			[17, 40],
			[4, 12]
		] as const) {
			const whole = quantitiesIn(line.slice(from, to)).map((q) => ({ ...q, from: q.from + from, numberTo: q.numberTo + from, to: q.to + from }));
			expect(quantitiesIn(line, from, to)).toEqual(whole);
		}
		// A number cut at the stretch's start is read from there; a unit cut at its end is no unit.
		expect(quantitiesIn(line, 7, 13).map((q) => [q.value, q.unit])).toEqual([[456000, '万元']]);
		expect(quantitiesIn(line, 7, 12).map((q) => [q.value, q.unit])).toEqual([[456000, '万']]);
		expect(quantitiesIn('投资12亿元', 0, 4)).toEqual([]);
		expect(quantitiesIn('投资12亿元', 0, 5).map((q) => q.unit)).toEqual(['亿']);
	});
	test('values are those of the written number, thousands commas and decimals included', () => {
		for (const n of ['0', '7', '12.38', '0.05', '1,250', '1,250,000.75', '3.14159', '99999999999999', '12345678901234567', '0.000001', '08.50']) {
			const [q] = quantitiesIn(`金额${n}万元`);
			expect(q!.value).toBe(Number(n.replace(/,/g, '')) * 1e4);
			const decimals = n.includes('.') ? n.length - n.indexOf('.') - 1 : 0;
			expect(q!.error).toBe(0.5 * 10 ** -decimals * 1e4);
		}
	});
});

describe('formatQuantity writes a value to twelve significant digits', () => {
	// What it always wrote: Number(value / scale).toPrecision(12), shortest; the fast path must agree.
	const reference = (value: number, unit: string) => `${Number((value / unitScale(unit).scale).toPrecision(12))}${unit}`;
	test('short values, sums that pick up binary noise, large and tiny ones', () => {
		const values = [3.901e10, 0.1 + 0.2, 7 * 1.1e4, 538e8 + 390.1e8, 1e21, 2.5e-7, -4.2e4, 0, 123456789012345, 1 / 3, 99999999999.95];
		for (const unit of ['亿元', '万元', '元', '名', '%'])
			for (const v of values) expect(formatQuantity({ value: v, unit })).toBe(reference(v, unit));
	});
	test('many random figures as the rule adds them up', () => {
		let seed = 7;
		const rand = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
		for (let i = 0; i < 20000; i++) {
			let sum = 0;
			for (let k = 0; k < 3; k++) sum += (Math.round(rand() * 1e5) / 10 ** Math.floor(rand() * 4)) * 1e4;
			expect(formatQuantity({ value: sum, unit: '万元' })).toBe(reference(sum, '万元'));
		}
	});
});
