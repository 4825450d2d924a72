import { describe, expect, test } from 'vitest';
import { ruleTable } from './helpers';
import { checkText } from '$lib/check';
import { ITEM_EXAMPLE, MEASURE_EXAMPLES, PART_EXAMPLES, RATE_EXAMPLES, SHARE_EXAMPLES } from '$lib/check/rules/data/figures';

const rule = (id: string) => (f: { rule: string }) => f.rule === id;
const messages = (text: string, id: string) => checkText(text).filter(rule(id)).map((f) => f.message);

describe('parts-exceed-total', () => {
	ruleTable('parts-exceed-total', rule('parts-exceed-total'), {
		valid: [
			'全镇共有党员320名，其中女党员86名、少数民族党员12名。',
			'业务收入8600万元，其中医疗收入5200万元，药品收入2400万元，同比增加300万元。',
			'完成固定资产投资12亿元，其中工业投资8.6亿元，实现税收2.4亿元，带动就业3000人。',
			'新签约项目26个（其中亿元以上项目9个），协议总投资128亿元。',
			'营业收入1.2亿元，其中出口8600万元、内销3400万元。',
			'全县新增就业5600人，其中高校毕业生1200人，同比增长8%。',
			'业务收入8600万元，其中医疗收入0.9亿元。',
			'园区企业120家，其中35家为规上企业。',
			'教职工132名，其中专任教师118名，研究生学历教师23名。'
		],
		invalid: [
			'全镇共有党员320名，其中⟦女党员86名、少数民族党员12名、退休党员240名⟧。',
			'新签约项目26个，其中亿元以上项目⟦29个⟧。',
			'业务收入8600万元，其中医疗收入⟦0.95亿元⟧。',
			'业务收入8600万元，其中医疗收入⟦9000万元⟧。',
			'教职工132名，其中专任教师118名，退休返聘教师⟦140名⟧。',
			'营业收入1.2亿元（其中⟦出口8600万元、内销4000万元⟧），利润总额900万元。'
		]
	});
	test('the message names the part and the total it exceeds', () => {
		expect(messages('新签约项目26个，其中亿元以上项目29个。', 'parts-exceed-total')).toEqual(['分项大于总数：此处为29个，前面的总数为26个']);
		expect(messages('营业收入1.2亿元，其中出口8600万元、内销4000万元。', 'parts-exceed-total')).toEqual(['其中各项合计1.26亿元，大于前面的总数1.2亿元，请核对']);
	});
	test('the data table’s examples', () => {
		expect(messages(PART_EXAMPLES.invalid, 'parts-exceed-total')).toHaveLength(1);
		expect(messages(PART_EXAMPLES.valid, 'parts-exceed-total')).toEqual([]);
	});
});

describe('rate-mismatch', () => {
	ruleTable('rate-mismatch', rule('rate-mismatch'), {
		valid: [
			'园区企业由120家增至150家，增长25%。',
			'营业收入由11.4亿元增长到12.38亿元，增长8.6%。',
			'应收账款周转天数由上年的92天缩短到78天，缩短15.2%。',
			'优良率由82%提高到86.5%，提高4.5个百分点。',
			'优良率由82%提高到86.5%，提高5.5%。',
			'净利润从8500万元增加到1.02亿元，增长20%。',
			'参保人数由2.1万人增至2.3万人，增长9.5%。',
			'营业收入由11.4亿元增长到12.38亿元，增长8.5%。'
		],
		invalid: [
			'园区企业由120家增至150家，增长⟦30%⟧。',
			'营业收入由11.4亿元增长到12.38亿元，增长⟦9.6%⟧。',
			'优良率由82%提高到86.5%，提高⟦5.5个百分点⟧。',
			'事故起数由18起减少到12起，⟦增长⟧33.3%。',
			'净利润从8500万元增加到1.02亿元，增长⟦2%⟧。'
		]
	});
	test('the message names both values and the rate they give', () => {
		expect(messages('园区企业由120家增至150家，增长30%。', 'rate-mismatch')).toEqual(['增减幅度与数值不符：由120家到150家应为25.0%，此处写的是30%']);
		expect(messages('事故起数由18起减少到12起，增长33.3%。', 'rate-mismatch')).toEqual(['增减方向与数值不符：由18起到12起是减少，此处写的是“增长”']);
	});
	test('the data table’s examples', () => {
		expect(messages(RATE_EXAMPLES.invalid, 'rate-mismatch')).toHaveLength(1);
		expect(messages(RATE_EXAMPLES.valid, 'rate-mismatch')).toEqual([]);
	});
});

describe('share-over-100', () => {
	ruleTable('share-over-100', rule('share-over-100'), {
		valid: [
			'完成年度计划的112%，营业收入增长120%。',
			'城乡居民医保参保率达98.6%，占全市的8.6%。',
			'占年度目标任务的105%。',
			'资产负债率为104%，已资不抵债。'
		],
		invalid: ['城乡居民医保参保率达⟦102.5%⟧。', '出口额占全市的⟦112%⟧。', '高新技术产业产值占比⟦101%⟧。', '群众满意度⟦100.5%⟧。']
	});
	test('the message names the measure and the value', () => {
		expect(messages('出口额占全市的112%。', 'share-over-100')).toEqual(['占全市不应超过100%，此处为112%']);
		expect(messages('城乡居民医保参保率达102.5%。', 'share-over-100')).toEqual(['参保率不应超过100%，此处为102.5%']);
	});
	test('the data table’s examples', () => {
		expect(messages(SHARE_EXAMPLES.invalid, 'share-over-100')).toHaveLength(1);
		expect(messages(SHARE_EXAMPLES.valid, 'share-over-100')).toEqual([]);
	});
});

describe('measure-conflict', () => {
	ruleTable('measure-conflict', rule('measure-conflict'), {
		valid: [
			'2026年，公司实现营业收入12.38亿元。\n\n全年营业收入12.4亿元，超额完成任务。',
			'2026年，公司实现营业收入12.38亿元。\n\n2025年营业收入为11.4亿元。',
			'公司实现营业收入12.38亿元，比上年增加1亿元。\n\n上半年营业收入5.6亿元。',
			'公司实现营业收入12.38亿元。\n\n四、2027年工作计划\n\n营业收入达到13.5亿元。',
			'青禾村集体经济收入45万元。白石村集体经济收入38万元。',
			ITEM_EXAMPLE,
			'公司实现营业收入12.38亿元。\n\n营业收入12亿元以上的企业有3家。',
			// A line broken inside the measure's name: 案件 is the end of 民事⏎案件 and of 法律援助⏎案件.
			'全年受理各类案件420件，其中民事\n案件301件、刑事案件88件。全年办理法律援助\n案件57件，群众满意。',
			// A score belongs to the item named before it in the sentence.
			'财务系统通过三级测评，得分88.6分；\n门户网站通过二级测评，得分92.4分。'
		],
		invalid: [
			'2026年，公司实现营业收入12.38亿元。\n\n一、经营情况\n\n全年营业收入⟦12.83亿元⟧，超额完成任务。',
			'全县共有中小学校46所。\n\n……\n\n全县共有中小学校⟦64所⟧，在校学生3.8万人。',
			'2026年，公司实现营业收入12.38亿元。\n\n营业收入⟦12.38万元⟧。',
			'全年完成固定资产投资86亿元。园区完成固定资产投资⟦8.6亿元⟧。'
		]
	});
	test('the finding names the other place: its line and its value', () => {
		const text = '青禾镇2026年度工作总结\n\n2026年，全镇完成财政收入3.2亿元。\n\n二、存在问题\n\n全镇财政收入3.2万元，增长乏力。';
		expect(messages(text, 'measure-conflict')).toEqual(['“财政收入”在第3行为3.2亿元，此处为3.2万元，相差10000倍，请核对单位（万/亿）']);
		expect(messages('全年营业收入12.38亿元。\n全年营业收入12.83亿元。', 'measure-conflict')).toEqual(['“营业收入”前后不一致：第1行为12.38亿元，此处为12.83亿元']);
	});
	test('one finding per measure: further differing figures are counted in it, with their lines', () => {
		const text = ['全年营业收入12.38亿元。', '全年营业收入12.83亿元。', '全年营业收入13.5亿元。', '全年营业收入14.1亿元。'].join('\n');
		expect(messages(text, 'measure-conflict')).toEqual(['“营业收入”前后不一致：第1行为12.38亿元，此处为12.83亿元；另有2处也与第1行不同（第3、4行）']);
		const many = Array.from({ length: 30 }, (_, i) => `全年营业收入${20 + 2 * i}亿元。`).join('\n');
		const found = messages(many, 'measure-conflict');
		expect(found).toHaveLength(1);
		expect(found[0]).toContain('另有28处也与第1行不同（第3、4、5、6、7行等）');
	});
	test('a year other than the report’s makes a figure history (the report year from options or the title)', () => {
		const text = '公司实现营业收入12.38亿元。\n2025年营业收入12.83亿元。';
		expect(messages(text, 'measure-conflict')).toEqual([]);
		const withYear = checkText('公司实现营业收入12.38亿元。\n2026年营业收入12.83亿元。', { rules: { 'measure-conflict': { severity: 'warning', options: { year: 2026 } } } });
		expect(withYear.filter(rule('measure-conflict'))).toHaveLength(1);
	});
	test('the data table’s examples', () => {
		expect(messages(MEASURE_EXAMPLES.conflict, 'measure-conflict')).toHaveLength(1);
		expect(messages(MEASURE_EXAMPLES.slip, 'measure-conflict')).toHaveLength(1);
		expect(messages(MEASURE_EXAMPLES.same, 'measure-conflict')).toEqual([]);
	});
});
