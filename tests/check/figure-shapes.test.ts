import { describe } from 'vitest';
import { ruleTable, isBlank } from './helpers';

/**
 * lines8 (session 16): how reports state figures beyond one phrase — rates per a base
 * (/10万), fractions in words (千分之), an estimate's verb left bare (约为。), and the filled
 * text that only looks like a gap: a unit named as a scale (纵轴为万吨), a run-in heading that
 * names the measure its paragraph states (1.优良率。), words ending in a classifier (机台).
 * Our own sentences.
 */
describe('filled text that only looks like a gap', () => {
	ruleTable('lines8 — quiet', isBlank, {
		valid: [
			// A run-in heading names the measure; its paragraph states the figure.
			'（一）研发投入\n1.研发投入占比。全年研发投入占营业收入的比重为4.2%，较上年提高0.6个百分点。',
			'　　2.床位使用率。全年床位使用率为88.4%，较上年提高2个百分点。',
			'3.药占比：全院药占比27.1%，低于考核线。',
			// A unit named as the scale of an axis or a table, no figure ever stood before it.
			'（横轴为月份，纵轴为万千瓦时），原始数据另附。',
			'附图中x轴为时间，y轴为万吨。',
			'表中金额单位为万元，增幅单位为%。',
			// A unit the table had lacked, after a figure grouped by a space.
			'脱硫装置设计处理能力为80 000标立方米/小时，全年天然气供应量12万标立方米。',
			// Words that end in a classifier character.
			'目前能耗只统计到车间，还没有分解到机台。',
			'对连续两次考核不合格的人员一律清退出场。',
			// A rate per a base with its figure, and a base in a table's header.
			'报告发病率为215.4/10万，孕产妇死亡率（/10万）逐年下降。',
			'出生缺陷发生率控制在千分之五以内，合格率达到百分之百。'
		],
		invalid: [
			// A count gone still shows where a classifier-ending word does not stand.
			'今年新增收割机⟦⟧台，',
			// A run-in heading that is itself the sentence (a unit inside it) still has its gap.
			'1.全年完成产值⟦⟧亿元。'
		]
	});
});

describe('figures gone from rates, fractions and estimates', () => {
	ruleTable('lines8 — gaps', isBlank, {
		valid: [],
		invalid: [
			// A rate per a base: the figure before the slash is gone.
			'全区传染病报告发病率控制在⟦⟧/10万以内，孕产妇死亡率不高于⟦⟧/10万。',
			'高价值发明专利拥有量为⟦⟧/万人。',
			// Broken across a line: the figure's place is where the slash opens the next line.
			'疑似预防接种异常反应报告发生率不低于\n⟦⟧/10万剂次，调查率100%。',
			// A fraction in words with its figure gone.
			'出厂产品不良率控制在千分之⟦⟧以内，新生儿死亡率低于千分之⟦⟧。',
			// An estimate's verb with nothing after it, before a full stop either width.
			'两类学校招生规模大体相当，比例约为⟦⟧。',
			'普职招生大体相当, 约为⟦⟧.'
		]
	});
});

/** Figures typed with spaces around them and deleted, the spaces left (frames/spaced.ts). */
describe('spaced figures gone in prose', () => {
	ruleTable('lines8 — spaced', isBlank, {
		valid: ['全镇现有脱贫户 412 户 1306 人，监测对象 26 户。', '评选“最美家庭” 12 户，为辖区 320 名 80 周岁以上老人发放津贴。', '工业总产值  亿元 126.8', '（试行）    条款'],
		invalid: [
			// After a quoted name: the quote closes the name, the count after it is gone.
			'评选“最美家庭”⟦  ⟧户、“好婆媳” 5 对，收集群众"微心愿"⟦  ⟧个。',
			// A figure after the classifier is the next quantity's (80 周岁), not a table's cell.
			'为辖区⟦  ⟧名 80 周岁以上老人按月发放高龄津贴。',
			// Households then people, both gone: the second count follows the first's classifier.
			'全镇现有脱贫户⟦  ⟧户⟦  ⟧人，监测对象 26 户。'
		]
	});
});

/** A change to a value with nothing after 到 or 至 (frames/ratios.ts change-to-value). */
describe('a change to a value, the value gone', () => {
	ruleTable('lines8 — change to', isBlank, {
		valid: ['城乡居民收入比缩小到2.31:1，空置率降低到8%以下，审批时限压缩至\n5个工作日。', '把服务标准提高到新水平，将责任落实到人。'],
		invalid: ['城乡居民收入差距缩小到⟦⟧，商品房空置率降低到⟦⟧。', '企业开办时间压缩至⟦⟧；亏损面扩大到⟦⟧，']
	});
});

/** Ratios written right after 比 or in brackets, and rates held within a bound (frames/ratios.ts). */
describe('ratio terms and bounded rates, the figure gone', () => {
	ruleTable('lines8 — ratios and bounds', isBlank, {
		valid: ['全院医护比1:1.2，床护比1:0.6，生师比为（16:1），优于标准。', '工时伤害率控制在0.5‰以内，事故死亡率控制在以往水平以下。', '工作量为以下三个方面：'],
		invalid: [
			'全院医护比1:⟦⟧，床护比1:⟦⟧。',
			'学院生师比为（⟦⟧:⟦⟧），优于教育部规定。',
			'工时伤害率控制在⟦⟧以内，事故发生率保持在⟦⟧以下。'
		]
	});
});

/** A list of figures all gone, only their joiners and the unit left (frames/ratios.ts list-of-figures-gone). */
describe('a list of figures gone, the joiners left', () => {
	ruleTable('lines8 — figures listed', isBlank, {
		valid: ['二氧化硫、氮氧化物、烟尘排放浓度分别为12、35、5毫克/立方米，均达标。', '两项分别为城区、乡镇，'],
		invalid: ['二氧化硫、氮氧化物、烟尘排放浓度分别为⟦⟧、⟦⟧、⟦⟧毫克/立方米，均达标。', '两校招生分别为⟦⟧和⟦⟧人。']
	});
});
