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
	test('a row under a header without outer pipes names its own measure', () => {
		const text = '指标名称 | 全年目标 | 上半年完成 | 完成进度\n招商引资到位资金(亿元) | 30 |  | 40%';
		const labels = checkText(text)
			.filter(isBlank)
			.map((f) => f.blank?.label);
		expect(labels).toEqual(['招商引资到位资金']);
	});
});
