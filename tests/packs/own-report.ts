/**
 * A fully filled report of our own (written for these tests, not taken from any site): a small
 * industrial park's 2025 annual summary, every figure filled in.
 */
import type { Section } from '$lib/model';

export const OWN_REPORT_YEAR = 2025;

export const ownReport: { title: string; year: number; sections: Omit<Section, 'id'>[] } = {
	title: '青禾工业园区2025年工作总结',
	year: OWN_REPORT_YEAR,
	sections: [
		{
			kind: 'overview',
			title: '一、总体情况',
			body: '2025年，园区围绕“稳增长、强招商”开展工作，实现工业总产值38.6亿元，同比增长9.2%。'
		},
		{
			kind: 'achievements',
			title: '二、主要成绩',
			body:
				'（一）招商引资。全年新引进企业17家，完成固定资产投资6.4亿元。\n' +
				'（二）园区建设。建成标准厂房4.2万平方米，一号路于2019年建成，今年完成改造。\n' +
				'（三）服务企业。走访企业260家次，帮助解决问题85个。'
		},
		{
			kind: 'problems',
			title: '三、存在的问题',
			body: '一是龙头企业偏少，二是配套服务还不完善。'
		},
		{
			kind: 'plan',
			title: '四、2026年工作打算',
			body: '2026年，园区将继续抓好招商，力争引进企业20家。'
		},
		{
			kind: 'signature',
			title: '落款',
			body: '青禾工业园区管委会\n2025年12月30日'
		}
	]
};

/** The report's figures in text order, as 逐项填空 should ask for them next year: label, unit, old value. */
export const ownReportFigures: [label: string, unit: string, hint: string][] = [
	['工业总产值', '亿元', '上年：38.6 亿元'],
	['同比增长', '%', '上年：9.2%'],
	['新引进企业', '家', '上年：17 家'],
	['固定资产投资', '亿元', '上年：6.4 亿元'],
	['建成标准厂房', '万平方米', '上年：4.2 万平方米'],
	['走访企业', '家次', '上年：260 家次'],
	['帮助解决问题', '个', '上年：85 个'],
	['力争引进企业', '家', '上年：20 家'],
	['月份', '月', '上年：12 月'],
	['日期', '日', '上年：30 日']
];
