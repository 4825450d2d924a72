import { describe, expect, test } from 'vitest';
import { checkText } from '$lib/check';

/** What the fill-in form will ask for: the measure's name and unit from the context. */
const cases: Array<[string, string, string, string]> = [
	['全镇完成技改投资亿元。', '技改投资', '亿元', '此处缺少数值：技改投资（亿元）'],
	['其中区级财政收入万元，', '区级财政收入', '万元', '此处缺少数值：区级财政收入（万元）'],
	['营业收入4亿元，同比增长，', '同比增长', '%', '此处缺少数值：同比增长（%）'],
	['利润同比增长倍。', '同比增长', '倍', '此处缺少数值：同比增长（倍）'],
	['拉动全区增长个百分点。', '拉动全区增长', '个百分点', '此处缺少数值：拉动全区增长（个百分点）'],
	['清理批而未供土地亩；', '清理批而未供土地', '亩', '此处缺少数值：清理批而未供土地（亩）'],
	['全年开发区亿元企业家；', '开发区亿元企业', '家', '此处缺少数值：开发区亿元企业（家）'],
	['合格率达到，', '合格率', '%', '此处缺少数值：合格率（%）'],
	['完成年度计划的；', '完成年度计划的', '%', '此处缺少数值：完成年度计划的（%）'],
	['實現營業收入億元。', '营业收入', '亿元', '此处缺少数值：营业收入（亿元）']
];

describe('blank labels and units', () => {
	for (const [text, label, unit, message] of cases) {
		test(text, () => {
			const blanks = checkText(text).filter((f) => f.category === 'blank');
			expect(blanks).toHaveLength(1);
			expect(blanks[0]!.blank).toMatchObject({ kind: 'missing-number', label, unit });
			expect(blanks[0]!.message).toBe(message);
		});
	}
	test('years, names and masked numbers say what they are', () => {
		const f = checkText('20xx年，aa镇实现产值xx亿元，于月日验收。').filter((x) => x.category === 'blank');
		expect(f.map((x) => [x.blank!.kind, x.blank!.valueKind])).toEqual([
			['masked-year', 'year'],
			['masked-name', 'name'],
			['masked-number', 'number'],
			['missing-number', 'date'],
			['missing-number', 'date']
		]);
		expect(f[2]!.blank).toMatchObject({ label: '产值', unit: '亿元' });
		expect(f[1]!.blank!.label).toBe('镇');
	});
});
