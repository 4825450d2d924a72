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

/**
 * A Markdown table read as a whole (our own tables): a column holds figures when other rows hold
 * figures there, so an empty cell in it is a figure gone even in a row with no figure left. Header
 * rows, the delimiter row, group headings (一、…, 其中：) and note rows are never gaps; a column of
 * words (备注, a cell of words in another row) may stay empty.
 */
describe('Markdown tables read by column', () => {
	ruleTable('empty cells in columns of figures', isBlank, {
		valid: [
			'| 月份 | 营收（万元） | 利润（万元） | 说明 |\n| --- | --- | --- | --- |\n| 一月 | 320 | 41 | 春节备货 |\n| 二月 | 298 | 37 | 节后复工 |\n| 三月 | 356 | 47 |  |',
			'| 行业 | 户数 | 产值(亿元) |\n| --- | --- | --- |\n| 一、第一产业 |  |  |\n| 种植业 | 320 | 4.6 |\n| 养殖业 | 115 | 2.9 |\n| 二、第二产业 |  |  |\n| 制造业 | 86 | 31.2 |',
			'| 地区 | 企业数 | 营收(亿元) |\n| --- | --- | --- |\n| 全市 | 1,208 | 96.3 |\n| 其中： |  |  |\n| 城区 | 640 | 58.1 |\n| 郊县 | 568 | 38.2 |',
			'| 岗位 | 人数 | 负责人 |\n| --- | --- | --- |\n| 综合岗 | 3 | 王某 |\n| 财务岗 | 2 |  |\n| 后勤岗 | 4 | 李某 |',
			'| 事项 | 完成情况 | 时限 |\n| --- | --- | --- |\n| 台账整理 | 已完成 | 3月 |\n| 数据核对 | 85% | 5月 |\n| 报告撰写 |  | 6月 |',
			'  | 项目 | 目标 | 实际 | 完成率 |\n  | 新增用户(户) | 500 | 612 | 122.4% |\n  | 营业收入(万元) | 900 | 950 | 105.6% |',
			// Words stating a figure (同比持平) under a header naming a column of figures that holds one.
			'| 指标 | 单位 | 本年 | 同比增长 |\n| --- | --- | --- | --- |\n| 营业收入 | 万元 | 1,260 | 同比持平 |\n| 利润总额 | 万元 | 96 | 4.1 |\n| 上缴税金 | 万元 | 58 | 2.6 |'
		],
		invalid: [
			'| 月份 | 营收（万元） | 利润（万元） | 说明 |\n| --- | --- | --- | --- |\n| 一月 | 320 | 41 | 春节备货 |\n| 二月 | ⟦⟧ | ⟦⟧ | 节后复工 |\n| 三月 | 356 | 47 | 新品上市 |',
			'| 片区 | 户数(户) | 占比(%) |\n| --- | --- | --- |\n| 东片 | ⟦⟧ | ⟦⟧ |\n| 西片 | 210 | 41.2 |\n| 南片 | 300 | 58.8 |',
			'| 业务 | 去年 | 今年 | 增速 |\n|---|---|---|---|\n| 快递 | 1,200 | 1,380 | 15.0% |\n| 零担 | 860 | 902 | 4.9% |\n| 合计 | ⟦⟧ | ⟦⟧ | ⟦⟧% |',
			// Rows indented as a template site leaves them.
			'  | 项目 | 目标 | 实际 | 完成率 |\n  | 新增用户(户) | 500 | 612 | ⟦⟧% |\n  | 营业收入(万元) | 900 | ⟦⟧ | ⟦⟧% |',
			// A column of scores with a text target beside it.
			'| 考核项 | 分值 | 要求 |\n| --- | --- | --- |\n| 安全培训 | ⟦⟧ | 全员参训 |\n| 隐患排查 | 30 | 每月一次 |\n| 应急演练 | 20 | 每季度一次 |',
			'| 指标 | 单位 | 本年 | 同比增长 |\n| --- | --- | --- | --- |\n| 营业收入 | 万元 | 1,260 | 同比持平 |\n| 利润总额 | 万元 | ⟦⟧ | 4.1 |\n| 上缴税金 | 万元 | 58 | ⟦⟧ |'
		]
	});
	// A bound written with ≤ or ≥ whose figure is gone before its unit (≤起, 每季度≥次).
	ruleTable('a bound without its figure', isBlank, {
		valid: ['| 考核项 | 分值 | 目标 |\n| --- | --- | --- |\n| 一般事故 | 30 | ≤2起 |\n| 消防演练 | 15 | ≥4次 |'],
		invalid: ['| 考核项 | 分值 | 目标 |\n| --- | --- | --- |\n| 一般事故 | 30 | ≤⟦⟧起 |\n| 消防演练 | 15 | 每季度≥⟦⟧次 |\n| 整改率 | 20 | ≥⟦⟧% |']
	});
});

describe('Markdown tables: rows under 其中 and headers naming periods', () => {
	ruleTable('a part row and a header with a spaced year', isBlank, {
		valid: ['| 科目 | 2026 年末 | 上年末 |\n| 存款余额(亿元) | 82.4 | 76.9 |\n| 其中：个人存款 | 51.2 | 47.3 |'],
		invalid: [
			'| 科目 | 2026 年末 | 上年末 |\n| 存款余额(亿元) | 82.4 | 76.9 |\n| 其中：个人存款 | 51.2 | ⟦⟧ |\n| 贷款余额(亿元) | ⟦⟧ | 60.5 |',
			'科目 | 2026年 | 2025年 | 增减(%)\n存款余额 | 82.4 | 76.9 | ⟦⟧\n贷款余额 | 64.1 | ⟦⟧ | 5.9'
		]
	});
});

/** Notes stating a table's units (our own): they name units, no figure stood in them; a figure gone in a note is still a gap. */
describe('notes of units', () => {
	ruleTable('unit notes', isBlank, {
		valid: ['主要产品销量（单位：万件、吨，同比为%）', '附表（单位：亿元，增速为%）', '注：完成率一栏为%；占比一栏的变动为百分点。', '注：表中增减为个百分点。'],
		invalid: ['全年销售额同比增幅为⟦⟧%。', '注：本年新增企业⟦⟧家，已计入合计。', '附表一（单位：万元）\n营业收入同比增长⟦⟧%。']
	});
});

/**
 * A cell whose figure is gone before its unit (增加个百分点, 下降万元) is what is left of a figure, not
 * a cell of words: its column is still a column of figures, and an empty cell there is a gap (our own).
 */
describe('Markdown tables: a column holding a figure’s remains', () => {
	ruleTable('a unit left without its figure does not make a column of words', isBlank, {
		valid: [
			'| 指标 | 今年 | 去年 | 变动 |\n| --- | --- | --- | --- |\n| 优良天数比例 | 86.1% | 84.0% | 上升2.1个百分点 |\n| 空气质量指数 | 61 | 66 | 下降7.6% |',
			'| 项目 | 完成 | 状态 |\n| --- | --- | --- |\n| 道路硬化 | 12公里 | 已完工 |\n| 管网铺设 | 8公里 |  |'
		],
		invalid: [
			'| 指标 | 今年 | 去年 | 变动 |\n| --- | --- | --- | --- |\n| 优良天数比例 | 86.1% | 84.0% | 上升⟦⟧个百分点 |\n| 空气质量指数 | 61 | 66 | ⟦⟧ |',
			'| 科目 | 本期 | 上期 | 增减 |\n| --- | --- | --- | --- |\n| 管理费用 | 310 | 352 | 减少⟦⟧万元 |\n| 销售费用 | ⟦⟧ | 128 | ⟦⟧ |\n| 财务费用 | 44 | 41 | 7.3% |'
		]
	});
});

/**
 * A cell holding only a unit, in a column whose other rows write their figures with that unit
 * (| 8,600万元 |): the figure before it is gone. A column of units alone (the rows' unit column)
 * stays quiet, and so does a header naming a rate column (增减%). A bound whose figure is gone
 * (控制在%以内) keeps the column one of figures.
 */
describe('Markdown tables: a unit alone among figures written with their unit', () => {
	ruleTable('unit left in a column of figures with units', isBlank, {
		valid: [
			'| 指标 | 明年目标 | 较上年增长 |\n| --- | --- | --- |\n| 营业收入 | 8,600万元 | 10% |\n| 新增客户 | 1,200户 | 8% |',
			'| 指标 | 单位 | 本年 | 上年 |\n| --- | --- | --- | --- |\n| 营业收入 | 万元 | 18,620 | 16,300 |\n| 新增客户 | 户 | 1,200 | 1,050 |\n| 客户经理 | 人 | 36 | 33 |',
			'| 项目 | 本年 | 上年 | 增减% |\n| --- | --- | --- | --- |\n| 售电量 | 3,480 | 3,215 | 8.2 |\n| 线损率 | 5.1 | 5.4 | -0.3 |'
		],
		invalid: [
			'| 指标 | 明年目标 | 较本年增长 |\n| --- | --- | --- |\n| 存款余额 | ⟦⟧万元 | 9% |\n| 贷款余额 | 31,200万元 | 7% |\n| 手续费收入 | 420万元 | 11% |',
			'| 项目 | 计划投资 | 完成投资 |\n| --- | --- | --- |\n| 雨污分流 | 1,800万元 | ⟦⟧万元 |\n| 背街小巷 | 950万元 | 1,020万元 |',
			'| 指标 | 明年目标 | 较本年增长 |\n| --- | --- | --- |\n| 资产负债率 | 控制在⟦⟧%以内 | — |\n| 营业收入 | 12,400万元 | 8% |\n| 净利润 | ⟦⟧万元 | 5% |'
		]
	});
});
