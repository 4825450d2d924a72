import { describe } from 'vitest';
import { ruleTable, isBlank } from './helpers';

/**
 * Ordinals, streaks, grades, tenths, thresholds, list items and capacities: ways reports state a
 * figure that is not "figure + unit after a noun". Our own sentences, filled (valid) and with the
 * figure gone (invalid, every blank of the checker marked).
 */
describe('第 + what it numbers, the figure gone', () => {
	ruleTable('第 before a period, a body, a section or a rank', isBlank, {
		valid: [
			'全市连续第8年实现粮食增产，这是我县连续第三次承办该项赛事。',
			'配合省委第三巡视组开展巡视，第二督导组进驻以来发现问题12个。',
			'项目分第一标段、第二标段同步施工，列入第五批国家级非遗名录。',
			'第一批、第二批、第三批项目已全部完工。',
			'各项工作次第展开，门第之见早已打破。',
			'在全省14个地市中综合排名第 3 名，第 二 季度考核优秀。',
			'该企业第十二年入选全国民营企业500强。',
			'以美元和第纳尔结算的合同已全部履约。',
			'合同第叁条约定了违约责任，第某次会议由张某主持。'
		],
		invalid: [
			'全市连续第⟦⟧年实现粮食增产，这是我县连续第⟦⟧次承办该项赛事。',
			'配合省委第⟦⟧巡视组开展巡视，第⟦⟧督导组进驻以来发现问题12个。',
			'项目位于第⟦⟧标段，主体工程已完成第⟦⟧层浇筑。',
			'这是该企业第⟦⟧年入选全国民营企业500强。',
			'在全省14个地市中综合排名第⟦⟧ 。',
			'考核结果位列全市第⟦⟧ ，较上年前移两位。'
		]
	});
});

describe('连续 + a period, the count of periods gone', () => {
	ruleTable('连续 before 年, 期, 届, 次, 轮, 天, 周, 月', isBlank, {
		valid: [
			'连续5年被评为全省文明单位，连续三届获评先进集体。',
			'连续多年保持零事故，连续几次督查均未发现问题。',
			'政策的连续性和稳定性得到保持，干部连续作战、攻坚克难。',
			'连续年度考核优秀的干部优先提拔，连续天气晴好有利于施工，推广连续轮作模式。',
			'团员参学率连续12期位居全市前列。'
		],
		invalid: [
			'连续⟦⟧年被评为全省文明单位，连续⟦⟧届获评先进集体。',
			'团员参学率连续⟦⟧期位居全市前列，已连续⟦⟧次通过复审。',
			'汛期连续⟦⟧天驻守一线，连续⟦⟧周开展夜查。'
		]
	});
	ruleTable('a streak written N连丰, N连增, N连冠', isBlank, {
		valid: [
			'粮食生产实现“二十连丰”，农民收入实现十连增。',
			'校篮球队夺得全市联赛5连冠。',
			'连丰村党支部书记李连胜同志作表态发言。',
			'农民收入实现连年增长。'
		],
		invalid: [
			'粮食生产实现“⟦⟧连丰”，农民收入实现⟦⟧连增。',
			'校篮球队夺得全市联赛⟦⟧连冠，喜获“⟦⟧连胜”。'
		]
	});
});

describe('X级 as a grade, its figure gone', () => {
	ruleTable('级 before an assessment, after a scheme with no grade', isBlank, {
		valid: [
			'医院通过电子病历系统应用水平五级评审，互联互通测评达到四级甲等。',
			'数据中心通过等级保护三级测评，省级、市级、县级联动开展评审。',
			'组织高级职称评审，落实上级评审要求，完成年级评价。',
			'打造千亿级产业集群，创成国家4A级旅游景区。',
			'星级评定工作有序推进，开展分级评价。',
			'方案通过公司级评审和部门级评审，项目级评估同步开展，区域级认证已启动。'
		],
		invalid: [
			'医院通过电子病历系统应用水平⟦⟧级评审，互联互通测评达到⟦⟧级甲等。',
			'信息化建设与电子病历⟦⟧级评价要求尚有差距。',
			'数据中心通过网络安全等级保护⟦⟧级测评。'
		]
	});
});

describe('成 (tenths) after a bound, its figure gone', () => {
	ruleTable('不低于成, 超过成, 达到成以上', isBlank, {
		valid: [
			'制造业项目占比不低于六成，满意率超过九成。',
			'销售价格不低于成本价，工作达到成效明显的目标。',
			'约三成的农户参加了培训，回款达到八成以上。'
		],
		invalid: [
			'制造业项目占比不低于⟦⟧成；满意率超过⟦⟧成。',
			'回款达到⟦⟧成以上，约⟦⟧成左右的农户参加了培训。'
		]
	});
});

describe('a threshold after a verb and its object', () => {
	ruleTable('quantity verb + object + 亿元以上 closing the clause is a target', isBlank, {
		valid: [
			'全年引进县外内资12亿元以上，实际到位外资800万美元。',
			'新签约亿元以上项目5个，其中亿元以上项目开工3个。',
			'重点引进投资亿元以上的产业项目。',
			'该项目投资规模在亿元以上，计划用地200亩。',
			'全县超亿元企业12家，其中亿元以上、5亿元以下的企业9家。'
		],
		invalid: [
			'全年引进县外内资⟦⟧亿元以上，实际到位外资⟦⟧万美元。',
			'力争全年招引产业项目资金⟦⟧亿元以上；',
			'培育规上工业企业营收⟦⟧亿元以上，新增就业岗位⟦⟧个以上。',
			'全年招商引资到位资金⟦⟧亿元以上，年接待游客⟦⟧万人次以上，新改建农村公路⟦⟧公里以上。'
		]
	});
});

describe('a later item of a list, its amount gone', () => {
	ruleTable('、 + amount + 的 + item, after an item stating the same unit', isBlank, {
		valid: [
			'其中，总投资5亿元的动力电池壳体项目、3亿元的食品产业园项目已开工。',
			'金额单位：元、万元、亿元。'
		],
		invalid: [
			'其中，总投资⟦⟧亿元的动力电池壳体项目、⟦ ⟧亿元的食品产业园项目已开工。',
			'其中，总投资5亿元的动力电池壳体项目、⟦⟧亿元的食品产业园项目已开工。'
		]
	});
});

describe('a unit right after a capacity', () => {
	ruleTable('年产 + unit + product', isBlank, {
		valid: [
			'建设年产5000吨预制菜项目，日处理300吨生活垃圾。',
			'新建年产能30万吨的生产线，年产值突破10亿元。'
		],
		invalid: [
			'建设年产⟦⟧吨预制菜项目，日处理⟦⟧吨生活垃圾。',
			'食品公司年产⟦⟧吨冻干果蔬生产线投产，年加工⟦⟧吨饲料项目开工。',
			'建设年产⟦  ⟧吨预制菜项目，日处理⟦ ⟧吨生活垃圾。'
		]
	});
});

describe('units of one trade, written after their figure', () => {
	ruleTable('皮长公里 and 芯公里 of cable, 蒸吨 of boilers, 段次 of gauging: one unit each', isBlank, {
		valid: [
			'新建光缆360皮长公里，敷设光缆1200芯公里。',
			'淘汰燃煤锅炉23台、共86蒸吨，完成12家重点企业改造。',
			'全年完成水位观测2235段次，流量测验126次。',
			'项目\t计划\t完成\n水位观测（段次）\t2190\t2235'
		],
		invalid: [
			'新建光缆⟦⟧皮长公里，敷设光缆⟦⟧芯公里。',
			'淘汰燃煤锅炉23台、共⟦⟧蒸吨，完成12家重点企业改造。'
		]
	});
	ruleTable('户厕 is a word (a household toilet), not a count of households', isBlank, {
		valid: ['完成12个村提升任务、户厕改造不少于900户，新改建户厕460座。'],
		invalid: ['完成⟦⟧个村提升任务、户厕改造不少于⟦⟧户，新改建户厕⟦⟧座。']
	});
});
