import { describe } from 'vitest';
import { ruleTable, isBlank } from './helpers';

/**
 * Cells of tables as copied pages leave them (our own rows): what a cell holds says whether a
 * figure is gone from it, whatever the line around it looks like.
 */
describe('a cell holding only a signed percent sign', () => {
	// -% and +% never name a column: a line holding one is a row whose change lost its figure,
	// even when every other figure of the row is gone too.
	ruleTable('signed lone percent', isBlank, {
		valid: [
			'指标  单位  本期  同比\n受理案件  件  318  -4.1%\n办结案件  件  296  +2.6%',
			// A unit's cell before a bound (≤0.5): the figure stands further on.
			'指标            单位      目标        实际\n投诉处理及时率  %         98.5        99.1\n差错率          %         ≤0.03       0.011\n工伤事故率      —         ≤0.5        0.2'
		],
		invalid: [
			'指标  单位  本期  同比\n受理案件  件  ⟦⟧  -⟦⟧%\n办结案件  件  296  +2.6%\n调解成功  件  ⟦⟧  +⟦⟧%',
			'指标名称      单位        完成值      同比\n公路货运量    万吨        ⟦⟧          -⟦⟧%\n水路货运量    万吨        512         3.3%\n港口吞吐量    万吨        ⟦⟧          ⟦⟧%'
		]
	});
});

describe('a list of measures, each a label and its unit', () => {
	// Rows with no header: the label, wide spaces where the figure stood, the unit in its own cell
	// (the row after one closed by its unit opens no sentence: 亿元GDP is a measure's name).
	// Each row is a row, not a sentence running on into the next (起 before 死亡 is no word 起死).
	ruleTable('label and unit rows', isBlank, {
		valid: ['附：主要环境指标\n污染事件    3    起\n受影响人数    12    人\n直接损失    86    万元'],
		invalid: [
			'附：主要安全指标\n火灾起数⟦    ⟧起\n死亡人数⟦    ⟧人\n直接财产损失⟦    ⟧万元\n亿元产值火灾发生率    同比下降⟦ ⟧%'
		]
	});
});

describe('a Markdown column emptied of its figures', () => {
	// Every cell under 参训人数 is gone, the total row's too: the header names a column of figures.
	ruleTable('emptied pipe column', isBlank, {
		valid: ['| 班次 | 期数 | 参训人数 |\n| --- | --- | --- |\n| 新任科级干部班 | 2 | 96 |\n| 合计 | 2 | 96 |'],
		invalid: ['| 班次 | 期数 | 参训人数 | 天数 |\n| --- | --- | --- | --- |\n| 新任科级干部班 | 2 | ⟦⟧ | 15 |\n| 年轻干部班 | ⟦⟧ | ⟦⟧ | 30 |\n| 合计 | ⟦⟧ | ⟦⟧ | — |']
	});
});

describe('an aligned row left with words only', () => {
	// Its figures gone, the row keeps its cell under a column of words (路面类型): still a row, its
	// cells under the columns of figures empty.
	ruleTable('words-only row', isBlank, {
		valid: [
			'    站点名称      计划里程(公里)   完成里程(公里)   路面类型\n    东环路           12.5             12.9             沥青\n    西环路           8.0              8.2              水泥\n    北环路           6.6              6.6              沥青、水泥'
		],
		invalid: [
			'    站点名称      计划里程(公里)   完成里程(公里)   路面类型\n    东环路           12.5             ⟦⟧             沥青\n    西环路        ⟦⟧                 8.2            水泥\n    北环路        ⟦⟧               ⟦⟧          沥青、水泥'
		]
	});
});

describe('tables with a column of amounts and a dash for a figure that does not apply', () => {
	ruleTable('amount columns and dashes', isBlank, {
		valid: ['  工程名称        计划投资     完成投资\n  城区道路        21600        20450\n  雨污分流        8800         9120'],
		invalid: [
			// One figure left under 完成投资 (an amount by its header): the rows' last cells are gone.
			'  工程名称        计划投资     完成投资\n  城区道路        21600        ⟦⟧\n  雨污分流        ⟦⟧           9120\n  公园绿地        5400         ⟦⟧',
			// One cell per line: a dash fills the rate's cell of a row, the row is still read.
			'指标\n单位\n目标\n完成\n完成率\n水质达标率\n%\n90\n⟦⟧\n——\n污水处理量\n万吨\n120\n126\n105%\n'
		]
	});
});

describe('a note of units over a table', () => {
	// 单位：户 closes its own line: the header or the first row under it is no sentence it runs on into.
	ruleTable('unit note line', isBlank, {
		valid: ['表2　全镇经营主体情况\n单位：户\n企业 1206 162 9.1%\n个体工商户 4587 722 6.8%', '（单位：万元）\n项目 预算 执行\n办公经费 120 118'],
		invalid: []
	});
});
