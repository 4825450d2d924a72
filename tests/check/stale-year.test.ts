import { describe, expect, test } from 'vitest';
import { ruleTable } from './helpers';
import { applyFix, checkText } from '$lib/check';
import type { CheckConfig } from '$lib/check';
import { YEAR_FRAMES } from '$lib/check/rules/data/years';

const config = (year: number): CheckConfig => ({ rules: { 'stale-year': { severity: 'warning', options: { year } } } });
const stale = (f: { rule: string }) => f.rule === 'stale-year';
const found = (text: string, year = 2026) => checkText(text, config(year)).filter(stale);

describe('stale-year (report year 2026)', () => {
	ruleTable(
		'stale-year',
		stale,
		{
			valid: [
				'2026年，园区新引进企业18家，其中规上企业5家。',
				'自2019年以来，园区累计引进企业96家。',
				'2021年以来，园区累计引进企业96家。',
				'2020年建成的污水处理厂运行平稳，日处理能力较2022年提高三成。',
				'园区于2018年获批省级开发区，2023年升格为国家级。',
				'2021年是建党一百周年，全镇开展了系列纪念活动。',
				'2019年，我调任城东街道党工委书记，至今已满七年。',
				'2027年，我们将力争实现营业收入15亿元。',
				'2027年是“十五五”规划承上启下的一年。',
				'青禾镇2026年度工作总结',
				'四、2027年工作打算',
				'三、2026年下半年工作计划',
				'今年（2026年）全镇粮食总产量再创新高，明年（2027年）将启动二期工程。',
				'去年（2025年）全县接待游客310万人次。',
				'- 2019年至2023年，累计完成投资48亿元。',
				'本报告期内，与2023年相比，企业数量翻了一番。'
			],
			invalid: [
				'⟦2023⟧年，园区新引进企业18家。',
				'一、主要工作\n\n⟦2023⟧年，全镇上下团结一心。',
				'⟦2024⟧年全年，公司实现营业收入12亿元。',
				'回看这一年，⟦2023⟧年是全面落实规划的关键之年。',
				'青禾镇⟦2023⟧年度工作总结\n\n全镇上下团结一心。',
				'城东街道⟦二〇二三⟧年上半年工作总结',
				'今年（⟦2023⟧年）全镇粮食总产量再创新高。',
				'明年（⟦2024⟧年）将启动二期工程。',
				'去年（⟦2022⟧年）全县接待游客310万人次。',
				'四、⟦2024⟧年工作思路',
				'## ⟦2023⟧年度述职报告'
			]
		},
		config(2026),
		'stale-year'
	);

	test('without a report year the rule stays quiet', () => {
		expect(checkText('2023年，园区新引进企业18家。').filter(stale)).toEqual([]);
		expect(checkText('2023年，园区新引进企业18家。', { rules: { 'stale-year': { severity: 'warning', options: { year: '2026' } } } }).filter(stale)).toEqual([]);
	});

	test('the fix writes the report year (or the next year) in the text’s own digits', () => {
		const text = '青禾镇2023年度工作总结\n\n2023年，全镇上下团结一心。明年（2024年）将启动二期工程。\n\n城东街道二〇二三年上半年工作总结';
		const fixes = found(text).flatMap((f) => f.fix ?? []);
		expect(applyFix(text, fixes)).toBe('青禾镇2026年度工作总结\n\n2026年，全镇上下团结一心。明年（2027年）将启动二期工程。\n\n城东街道二〇二六年上半年工作总结');
	});

	test('the message says which year the report is and what the text says', () => {
		const [a, b] = found('2023年，园区新引进企业18家。明年（2024年）将启动二期工程。');
		expect(a!.message).toBe('年份可能未更新：本报告是2026年度的，此处写的是“2023年”');
		expect(b!.message).toBe('此处应为下一年度（2027年），写的是“2024年”');
		expect(a!.severity).toBe('warning');
		expect(a!.category).not.toBe('blank');
	});

	test('every year frame’s own examples: the invalid one flagged, the valid one not (year 2026)', () => {
		for (const frame of YEAR_FRAMES) {
			expect(found(frame.invalid).length, `${frame.id}: ${frame.invalid}`).toBe(1);
			expect(found(frame.valid), `${frame.id}: ${frame.valid}`).toEqual([]);
		}
	});
});
