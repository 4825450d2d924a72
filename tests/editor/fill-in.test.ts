import { describe, expect, test } from 'vitest';
import { applyEdits, buildFillInItems, describeItem, editForValue, planFillIn } from '../../src/lib/editor/fill-in';
import { after, blank } from './fixtures';

const num = (label: string, unit: string) => ({ kind: 'missing-number', label, unit, valueKind: 'number' }) as const;

function section(body: string, findings: ReturnType<typeof blank>[], id = 's1') {
	return { id, title: '主要成绩', body, findings };
}

describe('buildFillInItems', () => {
	test('lists blanks in order with context, label and whether the unit is already there', () => {
		const body = '今年全镇实现农业总产值亿元，同比增长，完成了全年任务。';
		const gap1 = after(body, '农业总产值');
		const gap2 = after(body, '同比增长');
		const items = buildFillInItems([
			section(body, [
				blank(body, gap2, gap2, { kind: 'missing-number', label: '同比增长', unit: '%', valueKind: 'percent' }),
				blank(body, gap1, gap1, num('农业总产值', '亿元'))
			])
		]);
		expect(items.map((i) => i.label)).toEqual(['农业总产值', '同比增长']);
		expect(items[0]).toMatchObject({ masked: '', unitInText: true, before: '今年全镇实现农业总产值', after: '亿元，同比增长，完成了全年任' });
		expect(items[1]).toMatchObject({ unitInText: false, after: '，完成了全年任务。' });
		expect(describeItem(items[0]!)).toEqual({ ask: '农业总产值', unit: '亿元' });
	});

	test('context stops at the line break', () => {
		const body = '第一段。\n招商引资到位资金亿元\n第三段';
		const gap = after(body, '到位资金');
		const [item] = buildFillInItems([section(body, [blank(body, gap, gap, num('到位资金', '亿元'))])]);
		expect(item!.before).toBe('招商引资到位资金');
		expect(item!.after).toBe('亿元');
	});

	test('a masked year keeps the century digits as its prefix', () => {
		const body = '回顾20__年，学校各项工作稳步推进。';
		const from = body.indexOf('__');
		const [item] = buildFillInItems([
			section(body, [blank(body, from, from + 2, { kind: 'masked-year', label: '', unit: '', valueKind: 'year' })])
		]);
		expect(item).toMatchObject({ masked: '__', yearPrefix: '20', before: '回顾' });
	});

	test('other categories are not blanks', () => {
		const body = '小编为大家整理了以下内容。';
		const f = { ...blank(body, 0, 2, num('', '')), category: 'leftover' as const };
		expect(buildFillInItems([section(body, [f])])).toEqual([]);
	});
});

describe('editForValue', () => {
	const body = '实现工业总产值亿元，同比增长，新增企业家。';
	const items = buildFillInItems([
		section(body, [
			blank(body, after(body, '工业总产值'), after(body, '工业总产值'), num('工业总产值', '亿元')),
			blank(body, after(body, '同比增长'), after(body, '同比增长'), {
				kind: 'missing-number',
				label: '同比增长',
				unit: '%',
				valueKind: 'percent'
			}),
			blank(body, after(body, '新增企业'), after(body, '新增企业'), num('新增企业', '家'))
		])
	]);
	const [output, growth, firms] = items as [NonNullable<(typeof items)[0]>, NonNullable<(typeof items)[0]>, NonNullable<(typeof items)[0]>];

	test('inserts the number into the gap and keeps the unit that follows', () => {
		expect(editForValue(output, '12.5')).toEqual({ ok: true, edit: { from: output.from, to: output.from, insert: '12.5' } });
		// The writer typed the unit too: it is not doubled.
		expect(editForValue(output, '12.5亿元')).toMatchObject({ ok: true, edit: { insert: '12.5' } });
	});

	test('adds the unit the text lost, unless the writer typed another one', () => {
		expect(editForValue(growth, '8.3')).toMatchObject({ ok: true, edit: { insert: '8.3%' } });
		expect(editForValue(growth, '8.3%')).toMatchObject({ ok: true, edit: { insert: '8.3%' } });
		expect(editForValue(growth, '1.5个百分点')).toMatchObject({ ok: true, edit: { insert: '1.5个百分点' } });
	});

	test('full-width digits are normalised; a Chinese numeral is offered in Arabic figures, not taken', () => {
		expect(editForValue(firms, '１２')).toMatchObject({ ok: true, edit: { insert: '12' } });
		expect(editForValue(output, '1,234.5')).toMatchObject({ ok: true, edit: { insert: '1,234.5' } });
		expect(editForValue(output, '十二点五')).toEqual({ ok: false, error: '数字请用阿拉伯数字：“十二点五”是 12.5 吗？', suggestion: '12.5' });
		expect(editForValue(output, '十二点五亿元')).toMatchObject({ ok: false, suggestion: '12.5' });
		expect(editForValue(firms, '一百零五')).toMatchObject({ ok: false, suggestion: '105' });
		expect(editForValue(growth, '百分之八点三')).toMatchObject({ ok: false, suggestion: '8.3' });
		// The confirmed spelling goes in as a number.
		expect(editForValue(output, '12.5')).toMatchObject({ ok: true, edit: { insert: '12.5' } });
	});

	test('rejects what is not a number, and skips an empty value', () => {
		expect(editForValue(output, '很多')).toEqual({ ok: false, error: '请用阿拉伯数字填写，如 12.5 或 -3。' });
		expect(editForValue(output, '十几')).toMatchObject({ ok: false });
		expect(editForValue(output, '十几')).not.toHaveProperty('suggestion');
		expect(editForValue(output, '   ')).toBeNull();
	});

	test('all three filled give the finished sentence', () => {
		const plan = planFillIn(items, { [output.id]: '12.5', [growth.id]: '8.3', [firms.id]: '6' });
		expect(plan.filled).toBe(3);
		expect(plan.errors).toEqual({});
		expect(applyEdits(body, plan.edits.get('s1')!)).toBe('实现工业总产值12.5亿元，同比增长8.3%，新增企业6家。');
	});
});

describe('years, names and masked numbers', () => {
	function one(body: string, mask: string, info: Parameters<typeof blank>[3]) {
		const from = body.indexOf(mask);
		return buildFillInItems([section(body, [blank(body, from, from + mask.length, info)])])[0]!;
	}
	const year = { kind: 'masked-year', label: '', unit: '', valueKind: 'year' } as const;

	test('a full year replaces only the mask when the century matches', () => {
		const body = '20__年工作总结';
		const item = one(body, '__', year);
		const r = editForValue(item, '2026');
		expect(r).toMatchObject({ ok: true, edit: { from: 2, to: 4, insert: '26' } });
		expect(applyEdits(body, [(r as { edit: { from: number; to: number; insert: string } }).edit])).toBe('2026年工作总结');
		expect(editForValue(item, '2026年')).toMatchObject({ ok: true, edit: { insert: '26' } });
		// Years are four digits.
		expect(editForValue(item, '26')).toEqual({ ok: false, error: '年份请填写四位阿拉伯数字，如 2026。' });
		expect(editForValue(item, '二六')).toMatchObject({ ok: false });
		expect(editForValue(item, '203')).toMatchObject({ ok: false });
		expect(editForValue(item, '二〇二六')).toMatchObject({ ok: false, suggestion: '2026' });
	});

	test('a year from another century replaces the kept digits too', () => {
		const item = one('19xx年', 'xx', year);
		expect(editForValue(item, '2026')).toMatchObject({ ok: true, edit: { from: 0, to: 4, insert: '2026' } });
	});

	test('a whole masked year and years in Chinese numerals or full-width digits', () => {
		expect(editForValue(one('xxxx年', 'xxxx', year), '2025')).toMatchObject({ ok: true, edit: { from: 0, to: 4, insert: '2025' } });
		expect(editForValue(one('二〇××年', '××', year), '2026')).toMatchObject({ ok: true, edit: { insert: '二六' } });
		expect(editForValue(one('２０ｘｘ年', 'ｘｘ', year), '2026')).toMatchObject({ ok: true, edit: { insert: '２６' } });
	});

	test('a masked name is replaced by the real name, never by another placeholder', () => {
		const item = one('aa现代产业园建设', 'aa', { kind: 'masked-name', label: '', unit: '', valueKind: 'name' });
		expect(editForValue(item, '滨江')).toMatchObject({ ok: true, edit: { from: 0, to: 2, insert: '滨江' } });
		expect(editForValue(item, 'xx')).toMatchObject({ ok: false });
	});

	test('a masked number is replaced whole and its unit kept', () => {
		const item = one('支出41**万元', '41**', { kind: 'masked-number', label: '支出', unit: '万元', valueKind: 'number' });
		expect(editForValue(item, '4126')).toMatchObject({ ok: true, edit: { from: 2, to: 6, insert: '4126' } });
	});
});

test('planFillIn reports bad values by item and fills the rest', () => {
	const body = '完成投资亿元，新增就业人。';
	const items = buildFillInItems([
		section(body, [
			blank(body, after(body, '完成投资'), after(body, '完成投资'), num('完成投资', '亿元')),
			blank(body, after(body, '新增就业'), after(body, '新增就业'), num('新增就业', '人'))
		])
	]);
	const plan = planFillIn(items, { [items[0]!.id]: '约', [items[1]!.id]: '120' });
	expect(Object.keys(plan.errors)).toEqual([items[0]!.id]);
	expect(plan.filled).toBe(1);
	expect(applyEdits(body, plan.edits.get('s1')!)).toBe('完成投资亿元，新增就业120人。');
});

describe('dates as GB/T 9704 writes them', () => {
	const date = { kind: 'masked-number', label: '成文日期', unit: '', valueKind: 'date' } as const;
	function dateItem(body: string, mask: string) {
		const from = body.indexOf(mask);
		return buildFillInItems([section(body, [blank(body, from, from + mask.length, date)])])[0]!;
	}
	const signed = dateItem('青禾镇人民政府\n____', '____');

	test.each([
		['2026年12月1日', '2026年12月1日'],
		['2026-12-01', '2026年12月1日'],
		['2026/12/1', '2026年12月1日'],
		['2026.3.5', '2026年3月5日'],
		['２０２６年１２月１日', '2026年12月1日'],
		['12月1日', '12月1日']
	])('%s is written %s', (typed, written) => {
		expect(editForValue(signed, typed)).toMatchObject({ ok: true, edit: { insert: written } });
	});

	test('a day that does not exist, a shape that is no date, and a date in Chinese numerals', () => {
		expect(editForValue(signed, '2026年2月30日')).toEqual({ ok: false, error: '没有这一天：2026年2月30日。' });
		expect(editForValue(signed, '2025-2-29')).toMatchObject({ ok: false });
		expect(editForValue(signed, '2028-2-29')).toMatchObject({ ok: true, edit: { insert: '2028年2月29日' } });
		expect(editForValue(signed, '下周一')).toEqual({
			ok: false,
			error: '日期请写成“2026年12月1日”：阿拉伯数字，年份写全，月、日前不加 0。'
		});
		expect(editForValue(signed, '二〇二六年十二月一日')).toMatchObject({ ok: false, suggestion: '2026年12月1日' });
	});

	test('a blank holding only the month or the day takes a number', () => {
		const month = dateItem('于xx月完成验收', 'xx');
		expect(editForValue(month, '10')).toMatchObject({ ok: true, edit: { insert: '10' } });
		expect(editForValue(month, '10月')).toMatchObject({ ok: true, edit: { insert: '10' } });
		expect(editForValue(month, '13')).toMatchObject({ ok: false, error: '月份请填写 1 到 12 的阿拉伯数字。' });
		expect(editForValue(month, '十')).toMatchObject({ ok: false, suggestion: '10' });
		const day = dateItem('3月xx日召开', 'xx');
		expect(editForValue(day, '15')).toMatchObject({ ok: true, edit: { insert: '15' } });
		expect(editForValue(day, '32')).toMatchObject({ ok: false, error: '日请填写 1 到 31 的阿拉伯数字。' });
	});
});
