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

describe('quiet on the words that look like rates, multiples, ranges and units', () => {
	ruleTable('hard negatives (rates family)', isBlank, {
		valid: [
			'干部职工倍感振奋，倍加珍惜，深入实施企业倍增计划，倍受社会关注。',
			'工作事半功倍，收入成倍增长，效益翻倍，大家加倍努力。',
			'新签约亿元以上项目12个，培育超亿元企业5家，服务群众近万人次。',
			'单位：万元\n生产总值(万元)',
			'人均办件120件，工作效率明显提升，降低事故发生概率。',
			'对违法占用耕地的，依法从严查处；占地面积的核定由国土部门负责。',
			'按照GB/T 9704排版，元旦春节期间值守到位。',
			'2021—2025年规划，一年—两年内完成，主要成效——3个方面。',
			'由专人负责，由人社部门牵头，由元旦起执行新标准。',
			'营业收入增长-5%，毛利率同比下降—1.2个百分点。',
			'每户补助800—1200元不等，降幅在5%-10%之间。',
			'比较高的分数段人数增加，比重高达40%，比赛多场次在外地举行。',
			'主要做法为：\n一是加强领导。',
			'着力提高服务业占比，优化营商环境。'
		],
		invalid: []
	});
});
