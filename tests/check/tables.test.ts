import { describe, expect, test } from 'vitest';
import { checkText } from '$lib/check';
import { ruleTable, isBlank } from './helpers';

/**
 * Markdown tables as a user pastes them (our own rows): with or without the outer pipes, read row
 * by row; a row is never read as a sentence running on from the line above.
 */
describe('Markdown tables', () => {
	ruleTable('pipe tables', isBlank, {
		valid: ['指标名称 | 全年目标 | 上半年完成 | 完成进度\n限上零售企业(家) | 40 | 36 | 90%\n新增城镇就业(人) | 1500 | 820 | 55%'],
		invalid: [
			'指标名称 | 全年目标 | 上半年完成 | 完成进度\n招商引资到位资金(亿元) | 30 | ⟦⟧ | ⟦⟧%\n限上零售企业(家) | 40 | 36 | 90%\n新增城镇就业(人) | 1500 | ⟦⟧ | ⟦⟧',
			'指标|计划|完成|差额\n售电量(万千瓦时)|⟦⟧|⟦⟧|⟦⟧\n电费回收率(%)|100|100|0'
		]
	});
	// A header row names the columns and their units, a row's label names its measure: no figure
	// ever stood in them (our own tables).
	ruleTable('header rows and row labels', isBlank, {
		valid: [
			'| 科目 | 今年 | 去年 | 增减% |\n| --- | --- | --- | --- |\n| 营业收入(万元) | 820 | 760 | 7.9 |',
			'指标 | 完成额 | 同比增长\n营业收入 | 12.6 | 8.1',
			'项目名称    计划完成    实际完成    同比增幅',
			'科目\t2025年\t1—6月完成\t增减%',
			'| 服务人次 | 万人次 | 12.6 | 11.8 |',
			'主要指标\n\n就诊人次\n\n\n住院人次\n'
		],
		invalid: [
			// A masked year in a header is still a blank; a cell of prose is no label.
			'| 指标 | 20⟦XX⟧年 | 上年 | 增减% |',
			'| 1 | 完成投资⟦⟧亿元 | 发改局 |',
			// A data row: its empty cell, and a unit alone after its figures.
			'| 服务人次 | 万人次 | 12.6 | ⟦⟧ |',
			'| 出口额 | 3.2亿元 | ⟦⟧亿元 | 增减 |'
		]
	});
	test('a row under a header without outer pipes names its own measure', () => {
		const text = '指标名称 | 全年目标 | 上半年完成 | 完成进度\n招商引资到位资金(亿元) | 30 |  | 40%';
		const labels = checkText(text)
			.filter(isBlank)
			.map((f) => f.blank?.label);
		expect(labels).toEqual(['招商引资到位资金']);
	});
});
