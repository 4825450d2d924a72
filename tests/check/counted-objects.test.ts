import { describe } from 'vitest';
import { ruleTable, isBlank } from './helpers';

/**
 * counts5 (session 14): counts whose figure is gone, grouped by how the figure was stated — a verb
 * of planning or doing before "classifier + noun", a verb of recording or taking in before a count
 * closing its clause, a preposition before a count, parallel counts of people, spans of time, dates
 * of a career and spaced gaps. Our own sentences, filled (valid) and with the figures gone (invalid).
 */
describe('a verb before classifier + noun (lexicon/verbs.ts, role classifier)', () => {
	ruleTable('planning, assessing and doing', isBlank, {
		valid: [
			'信息中心完成等保测评5个系统，编制18个村级应急预案。',
			'社区划分24个责任网格，全年为居民办好12件实事，扶持6个青年创业项目。',
			'对照32项考核指标逐项整改，窗口增加8名引导员。',
			'完成个人述职，编制工作方案，划分责任区域，对照标准整改。'
		],
		invalid: [
			'信息中心完成等保测评⟦⟧个系统，编制⟦⟧个村级应急预案。',
			'社区划分⟦⟧个责任网格，全年为居民办好⟦⟧件实事，扶持⟦⟧个青年创业项目。',
			'对照⟦⟧项考核指标逐项整改，窗口增加⟦⟧名引导员。'
		]
	});
});

describe('a verb of recording or taking in, the count closing its clause (role works)', () => {
	ruleTable('入库, 参保, 建册, 接收, 转正, 清退, 纳入', isBlank, {
		valid: [
			'人才库入库86人，资助低保对象参保420人，孕妇建册310人。',
			'年内新接收安置对象15人，预备党员按期转正9名，清退失信企业3家，新纳入帮扶对象27户。',
			'做好人员入库工作，动员群众参保，规范孕产妇建册。'
		],
		invalid: [
			'人才库入库⟦⟧人，资助低保对象参保⟦⟧人，孕妇建册⟦⟧人。',
			'年内新接收安置对象⟦⟧人，预备党员按期转正⟦⟧名，清退失信企业⟦⟧家，新纳入帮扶对象⟦⟧户。'
		]
	});
	ruleTable('pairs counted in 对, cases counted in 箱 (the collocation table)', isBlank, {
		valid: ['全年受理结婚登记1320对、离婚登记240对，新增结对师徒16对；零售店销售卷烟860箱。', '开展结对帮扶，规范婚姻登记。'],
		invalid: ['全年受理结婚登记⟦⟧对、离婚登记⟦⟧对；零售店销售卷烟⟦⟧箱，同比持平。']
	});
	ruleTable('其中 + a count + what happened to it (被采纳, 被转发)', isBlank, {
		valid: ['报送信息96条，其中41条被市委采用；编发简报24期，其中6期被省厅转发。'],
		invalid: ['报送信息⟦⟧条，其中⟦⟧条被市委采用；编发简报⟦⟧期，其中⟦⟧期被省厅转发。']
	});
});

describe('a preposition or 将 before a count and the noun it counts (framed classifiers)', () => {
	ruleTable('为, 对, 将 before 处, 卷, 个', isBlank, {
		valid: [
			'为12处古建筑安装监控，对280卷档案开展鉴定，将15个事项下放到乡镇。',
			'为处理好信访积案，对件件提案认真答复，做到处处有人管，举办处级干部读书班。'
		],
		invalid: ['为⟦⟧处古建筑安装监控，对⟦⟧卷档案开展鉴定，将⟦⟧个事项下放到乡镇。']
	});
});

describe('people counted in parallel, and people then what was done for them', () => {
	ruleTable('的人 after a sibling count of people (parallel descriptions)', isBlank, {
		valid: ['今年毕业生中选择就业的312人，选择升学的86人。', '关心有困难的人，帮助需要帮助的人。'],
		invalid: ['今年毕业生中选择就业的312人，选择升学的⟦⟧人。', '今年毕业生中，其中选择就业的⟦⟧人，选择升学的⟦⟧人。']
	});
	ruleTable('a noun of people, the count, then what was done for or by them', isBlank, {
		valid: ['为受灾群众860人提供临时住所，选派技术骨干6人参加省级集训。', '依靠群众，培养骨干。', '全年培训基层骨干320人次；分三批组织。'],
		invalid: ['为受灾群众⟦⟧人提供临时住所，选派技术骨干⟦⟧人参加省级集训。', '全年培训基层骨干⟦⟧人次；分三批组织。']
	});
});

describe('spans of time and dates', () => {
	ruleTable('a course or a use lasting so long, days at work', isBlank, {
		valid: ['集中轮训为期5天，新泵站投用已满3年；全年应出勤248天，实际出勤246天，在村工作210天。', '为期一周的培训，出勤天数统计，工作天数核定。'],
		invalid: ['集中轮训为期⟦⟧天，新泵站投用已满⟦⟧年；全年应出勤⟦⟧天，实际出勤⟦⟧天，在村工作⟦⟧天。']
	});
	ruleTable('a span typed with spaces, its figure gone', isBlank, {
		valid: ['本村连续 6 年无刑事案件，提前 20 天完成任务。'],
		invalid: ['本村连续⟦  ⟧年无刑事案件，提前⟦  ⟧天完成任务。']
	});
	ruleTable('a title earned or an office won, dated by its year', isBlank, {
		valid: ['本人2009年参加工作，2016年取得中级职称，2021年当选为村委会主任。', '今年取得明显成效，全年取得新突破。'],
		invalid: ['本人⟦⟧年参加工作，⟦⟧年取得中级职称，⟦⟧年当选为村委会主任。']
	});
	ruleTable('an as-of date naming no month before a comma (截至月底，)', isBlank, {
		valid: ['截至11月底，交办事项全部办结；截至月底已完成九成。'],
		invalid: ['截至⟦⟧月底，交办事项全部办结。']
	});
});

describe('units and spaced counts', () => {
	ruleTable('a bound\'s sign before a percentage (≥%, ≤%)', isBlank, {
		valid: ['设备完好率≥96%，故障停机率≤1.5%。'],
		invalid: ['设备完好率≥⟦⟧%，故障停机率≤⟦⟧%。']
	});
	ruleTable('words written in ten thousands (万字), a pair of scores with the second masked', isBlank, {
		valid: ['全年撰写学习笔记约3万字，两个班平均分分别为86.5分和84分。', '做好签字确认，推进数字化。'],
		invalid: ['全年撰写学习笔记约⟦⟧万字，两个班平均分分别为⟦⟧分和⟦8x.5⟧分。']
	});
	ruleTable('bed-days and standard buses (床日, 标台)', isBlank, {
		valid: ['长期住院共结算3.6万床日，每万人拥有公交车辆14.2标台；推行按床日付费。'],
		invalid: ['长期住院共结算⟦⟧床日，每万人拥有公交车辆⟦⟧标台。']
	});
	ruleTable('market weights and heat (斤, 万担, 吉焦)', isBlank, {
		valid: ['全年收购稻谷86万斤、烟叶3.6万担，对外供热120万吉焦。', '斤斤计较，缺斤短两。'],
		invalid: ['全年收购稻谷⟦⟧万斤，烟叶⟦⟧万担，对外供热⟦⟧万吉焦。']
	});
	ruleTable('parts of a whole after a classifier the segmenter glues to them (个子课题, 家子企业)', isBlank, {
		valid: ['本人负责3个子课题，个子不高；集团12家子企业全部完成改制。'],
		invalid: ['本人负责⟦⟧个子课题的研究，年内完成⟦⟧家子企业改制。']
	});
	ruleTable('people after 有 glued to 名 by the segmenter, doses counted in 剂', isBlank, {
		valid: ['班里有6名同学获奖，全年代煎中药8600剂；做好物资调剂，采购检测试剂。'],
		invalid: ['班里有⟦⟧名同学获奖，全年代煎中药⟦⟧剂。']
	});
	ruleTable('余 after a noun ending in a head of 余 words (就业|余人): more than a figure gone', isBlank, {
		valid: ['带动群众就近就业300余人，其余人员返乡创业，职工业余生活丰富。'],
		invalid: ['带动群众就近就业⟦⟧余人，其余人员返乡创业。']
	});
	ruleTable('spaces left after a classifier ending a word or a count', isBlank, {
		valid: ['全村有低保户 24 户 51 人。', '单位：户    人'],
		invalid: ['全村有低保户⟦  ⟧户，五保户 6 户⟦  ⟧人。']
	});
});
