import { describe } from 'vitest';
import { ruleTable, isBlank } from './helpers';

/**
 * Personal reports (述职, 述职述廉, 个人总结, 承诺书, 表态发言): the figures of one person's
 * working life and duties. Our own sentences, filled (valid) and with the figure gone (invalid).
 */
describe('the years of a working life', () => {
	ruleTable('the year of a life event (参加工作, 入党, 毕业, 任现职)', isBlank, {
		valid: [
			'本人2003年参加工作，2008年加入中国共产党。',
			'我于1998年7月毕业于师范学院，2019年起任现职。',
			'今年参加工作的新同志有6人，每年入党积极分子都参加培训。',
			'青年入党积极分子培训班如期举办，近年参加工作的年轻人增多。'
		],
		invalid: ['本人⟦⟧年参加工作，⟦⟧年加入中国共产党。', '我于⟦⟧年毕业于农业大学，⟦⟧年起任现职。', '该同志⟦⟧年入党，⟦⟧年调入本单位。']
	});
	ruleTable('years of service before 党龄, 工龄, 教龄', isBlank, {
		valid: ['作为一名有着26年党龄的老党员，我有12年教龄。', '他是有多年工龄的老职工，党龄长的同志带头。'],
		invalid: ['作为一名有着⟦⟧年党龄的党员，我有⟦⟧年教龄。', '已有⟦⟧年工龄的老职工带徒弟。']
	});
	ruleTable('years in a post before 来 or closing the clause (任职年来, 从事财务工作年)', isBlank, {
		valid: ['任职三年来，我始终把学习放在首位。', '从事审计工作15年，熟悉各项业务。', '近年来，多年来，一年来，几年来的工作表明。', '从事工作年限较长的同志带头。'],
		invalid: ['任职⟦⟧年来，我始终把学习放在首位。', '从事审计工作⟦⟧年，熟悉各项业务；从教⟦⟧年以来，带出了一批骨干。']
	});
});

describe('spans of time in a pledge or a duty', () => {
	ruleTable('a span before 内 opening its clause', isBlank, {
		valid: ['发现问题立即报告，24小时内书面说明情况。', '，年内完成全部任务，月内办结。', '，当天内处理完毕。'],
		invalid: ['发生险情立即电话报告，⟦⟧小时内报送书面材料。', '收到通知后，⟦⟧个工作日内反馈意见。']
	});
	ruleTable('a span of years ahead before 年内 (今后年内)', isBlank, {
		valid: ['取消其今后三年内参加评优的资格。', '在年内完成改造，今后年年都要检查。'],
		invalid: ['取消其今后⟦⟧年内参加评优的资格，未来⟦⟧年内不得参与投标。']
	});
	ruleTable('days a thing is made public or kept (公示天)', isBlank, {
		valid: ['拟表彰名单在单位公示5天。', '公示天数不少于5个工作日。'],
		invalid: ['拟推荐人选在单位公示栏公示⟦⟧天。', '结果在网站公告⟦⟧天，无异议后发文。']
	});
});

describe('counts of the duties a person holds', () => {
	ruleTable('units a person is in charge of (分管, 联系, 负责)', isBlank, {
		valid: ['本人分管3个科室，联系5个乡镇。', '负责个人档案管理，联系个别后进学生的家长。'],
		invalid: ['本人分管⟦⟧个科室，联系⟦⟧个乡镇，负责⟦⟧个重点项目的推进。', '主要领导包联⟦⟧家重点企业，每月听取⟦⟧次工作汇报。']
	});
});

describe('words that end in a classifier in personal reports stay quiet', () => {
	ruleTable('a place, a start, sowing, someone\'s home (站所, 交汇处, 下周起, 复种, 亲戚家)', isBlank, {
		valid: [
			'本人联系4个基层站所，推动站所规范化建设。',
			'全村地处三河交界处，群众心灵深处感受到变化。',
			'从下月起，全面推行新的考勤办法；自即日起施行。',
			'闲置耕地全部复耕复种，抢种补种晚稻。',
			'汛期把独居老人转移到邻居家，暂住亲戚家。'
		],
		invalid: ['本人联系⟦⟧个基层站所，推动站所规范化建设。']
	});
	ruleTable('a yearly date: the year is named (每年月日前), only month and day are gone', isBlank, {
		valid: ['每年1月31日前如实报告个人有关事项。'],
		invalid: ['每年⟦⟧月⟦⟧日前如实报告个人有关事项，今年⟦⟧月⟦⟧日前补报。']
	});
	ruleTable('a difference after 比 (高出, 多出) and people harmed (造成人以上)', isBlank, {
		valid: ['所带班级平均分比全县高出6.5分，比计划多出12人。', '造成3人以上死亡的，实行一票否决；造成人员伤亡的从严追责。'],
		invalid: ['所带班级平均分比全县高出⟦⟧分，参训人数比计划多出⟦⟧人。', '发生事故造成⟦⟧人以上重伤的，取消评优资格。']
	});
});

describe('counts the segmenter splits after a verb (支 of teams, 次 of events)', () => {
	ruleTable('支 counting a team or a troop after a verb (组建支青年突击队)', isBlank, {
		valid: ['组建5支青年突击队，成立2支党员服务队伍。', '组建支援队伍赶赴灾区，建立支部工作法，开展支教活动。', '成立支部委员会，设立支行营业部。'],
		invalid: ['组建⟦⟧支青年突击队，成立⟦⟧支党员志愿服务队。', '全镇建立⟦⟧支应急抢险队伍，随时待命。']
	});
	ruleTable('次 of an event after a verb, the noun split by the segmenter (开展次廉政谈话)', isBlank, {
		valid: ['每季度开展2次廉政谈话，组织3次警示教育。', '开展次生灾害排查，组织次数不少于往年。'],
		invalid: ['每季度至少开展⟦⟧次廉政谈话，组织⟦⟧次廉洁教育。']
	});
});

describe('hours of study and the length of a term', () => {
	ruleTable('hours of study closing the clause after what was studied (学习学时)', isBlank, {
		valid: ['全年完成网络学习56学时，参加继续教育90学时。', '学习学时数达到要求，继续教育学时要求不低于往年。'],
		invalid: ['全年完成网络学院学习⟦⟧学时，参加继续教育⟦⟧学时，超额完成任务。']
	});
	ruleTable('the length of a term after its noun (有效期年, 任期年)', isBlank, {
		valid: ['本承诺书有效期3年，试用期6个月。', '有效期年限届满前续签，任期年度考核合格。'],
		invalid: ['本承诺书自签订之日起生效，有效期⟦⟧年。', '新录用人员试用期⟦⟧个月，服务期⟦⟧年的约定不变。']
	});
	ruleTable('the years since a career began, after 的 (参加工作的年)', isBlank, {
		valid: ['回顾参加工作的20年，我在基层成长。', '参加工作的年轻同志要多下基层。'],
		invalid: ['回顾参加工作的⟦⟧年，我在基层成长。']
	});
});

describe('the units in one\'s charge named after an object or a total', () => {
	ruleTable('a count after the system one is in charge of (联系外科系统个临床科室)', isBlank, {
		valid: ['本人联系内科系统6个临床科室，分管城建系统4个单位。', '负责本村个人信息采集，联系企业个别问题的解决。'],
		invalid: ['本人联系内科系统⟦⟧个临床科室，分管城建系统⟦⟧个二级单位。']
	});
	ruleTable('a count after a total (共个教学班)', isBlank, {
		valid: ['初二年级共8个教学班，其中2个实验班。', '加强公共场所管理，完善公共台账。'],
		invalid: ['初二年级共⟦⟧个教学班，其中⟦⟧个实验班。']
	});
});
