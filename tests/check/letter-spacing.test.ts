import { describe, expect, test } from 'vitest';
import { ruleTable, isBlank } from './helpers';
import { closeUp, letterSpaced } from '$lib/check/text/letter-spacing';

/** Letter-spaced lines (PDF extraction, OCR; our own sentences) are read closed up. */
describe('letter-spaced lines', () => {
	test('which lines are letter-spaced, and the map back', () => {
		expect(letterSpaced('监 测 点 位 12 个 ， 昼 间')).toBe(true);
		expect(letterSpaced('第 2 页 共 9 页')).toBe(true);
		expect(letterSpaced('全年实现工业总产值 12.6 亿元，同比增长 5%。')).toBe(false);
		expect(letterSpaced('姓名        职务        分工')).toBe(false);
		const c = closeUp('点 位  个 ，');
		expect(c.text).toBe('点位  个，');
		expect([...c.at]).toEqual([0, 2, 3, 4, 5, 7, 8]);
	});
	ruleTable('letter-spaced', isBlank, {
		valid: [
			'第 2 页 共 9 页',
			'- 3 -',
			'完 成 城 区 噪 声 监 测 点 位 12 个 ， 达 标 率 96 ％ 。',
			'全 年 减 排 二 氧 化 碳 3.5 万 吨 。',
			'项 目 名 称    单 位    数 量',
			'出 生 年 月 日 ：'
		],
		invalid: ['完 成 城 区 噪 声 监 测 点 位⟦  ⟧个 ， 达 标 率⟦  ⟧％ 。', '全 年 减 排 二 氧 化 碳⟦  ⟧万 吨 。', '于⟦  ⟧月⟦  ⟧日 通 过 验 收 。']
	});
});
