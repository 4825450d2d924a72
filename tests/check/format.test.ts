import { describe, expect, test } from 'vitest';
import { ruleTable } from './helpers';
import { applyFix, checkText } from '$lib/check';

const rule = (id: string) => (f: { rule: string }) => f.rule === id;

describe('format rules', () => {
	ruleTable('lost-char', rule('lost-char'), {
		valid: ['全年完成投资5亿元。', '20□□年工作计划', '完成投资2□万元。'],
		invalid: ['第一手资料⟦□⟧园区作为转型平台，', '文本里有乱码⟦\ufffd\ufffd⟧需要核对。', '资料⟦□⟧xx开发区在县委领导下']
	});
	ruleTable('percent-lost', rule('percent-lost'), {
		valid: ['出口2364万美元，较上年增长13.6%。', '同比增长3倍。', '增加118人。'],
		invalid: ['出口2364万美元，较上年增长136⟦⟧。', '利润下降12.5⟦⟧，主要受原材料涨价影响。']
	});
	ruleTable('negative-growth', rule('negative-growth'), {
		valid: ['同比下降5%。', '增长5%。'],
		invalid: ['利润同比⟦增长-5%⟧，', '份额⟦提高-1.2个百分点⟧。']
	});
	test('the negative-growth fix rewrites 增长-5% as 下降5%', () => {
		const text = '利润同比增长-5%，收入增加－3%。';
		const fixes = checkText(text).filter((f) => f.rule === 'negative-growth').flatMap((f) => f.fix ?? []);
		expect(applyFix(text, fixes)).toBe('利润同比下降5%，收入减少3%。');
	});
	test('the percent-lost fix appends %', () => {
		const text = '同比增长118。';
		const f = checkText(text).find((x) => x.rule === 'percent-lost')!;
		expect(applyFix(text, f.fix!)).toBe('同比增长118%。');
	});
	test('none of the format findings is a blank', () => {
		const all = checkText('资料□园区，增长118。增长-5%，\ufffd');
		expect(all.length).toBeGreaterThanOrEqual(4);
		expect(all.every((f) => f.category === 'format')).toBe(true);
	});
});
