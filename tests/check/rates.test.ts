import { describe } from 'vitest';
import { ruleTable, isBlank } from './helpers';

/**
 * Rates, shares, multiples, ratios, ranges and units across the shapes real text takes (line
 * breaks, half-width marks): our own sentences. The frames' own examples are in frames.test.ts.
 */
describe('a blank split by a line break is one blank', () => {
	ruleTable('line break inside a figure statement', isBlank, {
		valid: ['全年政务服务办理率达\n到85%。', '全市旅游接待量达\n42万人次。'],
		invalid: [
			'全县地区生产总值达到⟦⟧\n亿元，同比增长5%。',
			'推动主导产业产值突破⟦⟧\n亿元。',
			'利润较上年增加⟦⟧\n万元；',
			'优良率85%，同比提高⟦⟧\n个百分点；',
			'比重达\n⟦⟧%。'
		]
	});
});
