import { describe } from 'vitest';
import { ruleTable, isBlank } from './helpers';

/**
 * counts6 (session 15): figures gone in running prose, grouped by why the checker missed them —
 * 余 of a word read as "more than" (结余|万元), nouns glued to their classifier by the segmenter
 * (传染|病例, 供应|商家, 工作|票张), verbs of handling the lexicon lacked, compound count units
 * (门次, 人份), periods before "classifier + noun" (一季度个项目), 余 + a count of people and the act
 * after it. Our own sentences, filled (valid) and with the figures gone (invalid).
 */
describe('a word ending in 余 before a strong unit (结余, 剩余)', () => {
	ruleTable('结余|亿元 measures the balance, its figure gone', isBlank, {
		valid: ['基金本年结余3.2万元，累计结余12.6亿元；其余资金用于业余文化活动，结余亿元以上的项目纳入审计。'],
		invalid: ['基金本年结余⟦⟧万元，累计结余⟦⟧亿元，运行平稳。']
	});
});

describe('nouns the collocation table now counts (lexicon/classifiers.ts)', () => {
	ruleTable('传染病|例, 供应商|家, 工作票|张', isBlank, {
		valid: [
			'全年报告传染病32例，新开发合格供应商5家，执行工作票218张。',
			'发现疑似传染病例时立即上报，及时隔离疑似传染病例，落实传染病例报告制度。',
			'引导入驻商家诚信经营，组织经销商家访活动，督促供应商、经销商落实主体责任。',
			'严格执行工作票制度，规范填写操作票，工作票张贴在现场，调整床位张数。'
		],
		invalid: [
			'共报告法定传染病⟦⟧例，其中乙类传染病⟦⟧例。',
			'新开发合格供应商⟦⟧家，淘汰6家；其中县级经销商⟦⟧家。',
			'全年共执行工作票⟦⟧张、操作票386张，办理动火作业票⟦⟧张。'
		]
	});
	ruleTable('what a classifier counts by its last character (分析仪|台, 书籍|本, 超载|起)', isBlank, {
		valid: ['购置分析仪12台，赠送书籍300本，查处超载12起，无证驾驶5起。', '仪台整洁，从超载起步，车辆行驶起来平稳。'],
		invalid: ['购置免疫分析仪⟦⟧台、血细胞分析仪2台，阅读教育类书籍⟦⟧本，查处超员超载⟦⟧起，无证驾驶⟦⟧起。']
	});
});

describe('verbs of handling, the count closing its clause (lexicon/verbs.ts, role works)', () => {
	ruleTable('免除, 补种, 拆迁, 避让, 退税, 查阅, 核销, 入司', isBlank, {
		valid: [
			'免除学费的政策落实到位，补种工作有序开展，房屋拆迁户安置到位。',
			'严格避让生态红线，退税户办理便捷，新上项目进展顺利，及时核销坏账；新人入司后参加培训，查阅资料。'
		],
		invalid: [
			'为家庭困难学生免除学费⟦⟧人，开展查漏补种，补种⟦⟧人。',
			'完成征收土地80亩、房屋拆迁⟦⟧户，实施搬迁避让⟦⟧户，办理留抵退税⟦⟧户、2.3亿元。',
			'查阅凭证⟦⟧册，线上核销订单⟦⟧单，最终入司⟦⟧人。'
		]
	});
});

describe('compound count units (lexicon/units.ts)', () => {
	ruleTable('门次, 间次, 条次, 人份', isBlank, {
		valid: ['开设课程120门次，走访宿舍86间次，推送信息3万条次，检测2.6万人份。', '课程门次逐年增加，按人份计价，宿舍间次安排合理。'],
		invalid: ['全年开设本科课程⟦⟧门次，走访学生宿舍⟦⟧间次，推送惠企信息⟦⟧条次，完成肝功能检测⟦⟧人份。']
	});
});

describe('a period before "classifier + noun" (lexicon/exceptions.ts PERIOD_FRAME_ENDS)', () => {
	ruleTable('一季度, 全年, 年内 + 个项目', isBlank, {
		valid: [
			'一季度8个项目集中开工，全年12个重点项目落地，年内3家企业上市。',
			'全年个人所得税增长，上半年个体工商户增加，一季度个别指标回落，全年家庭农场发展良好。',
			'下半年名单公布后，全年项目推进，二季度起逐月回升，第四季度起推行“一户一表”。'
		],
		invalid: ['一季度⟦⟧个项目集中开工，二季度⟦⟧个项目竣工投产，全年⟦⟧个重点项目落地，年内⟦⟧家企业完成技改。']
	});
});

describe('余 + a count of people, then what they did (MORE_THAN_COUNT_CLASSIFIERS)', () => {
	ruleTable('党员余人参与, 学子余名回乡', isBlank, {
		valid: [
			'组织党员300余人参与，邀请学子50余名回乡，带动群众1万余人增收。',
			'其余人员返乡创业，富余人员转岗；其余人参加培训，节余个人账户资金。'
		],
		invalid: ['组织党员⟦⟧余人参与片区志愿服务，邀请在外求学学子⟦⟧余名回乡。']
	});
});

describe('people leaving, checks made, things recovered (role works), credentials held, cases referred', () => {
	ruleTable('离职, 对账, 追回, 注销, 转介, 供养, 考取驾驶证', isBlank, {
		valid: [
			'全年离职6人，配合财务部对账12次，追回被盗电动车46辆，注销税务登记86户，转介心理个案12例，特困供养18人，新考取驾驶证36人。',
			'办理离职手续，及时对账，做好追回工作，注销户及时清理，个案转介顺畅，供养标准提高，驾驶证人证合一。'
		],
		invalid: [
			'人员流动性偏大，全年离职⟦⟧人；配合财务部对账⟦⟧次。',
			'追回被盗电动车⟦⟧辆，新办税务登记500户，注销⟦⟧户，开展心理讲座6场，转介个案⟦⟧例，新考取驾驶证⟦⟧人。'
		]
	});
});

describe('the whole staff before "classifier + noun", those described who have so many', () => {
	ruleTable('全体名同事, 的有人', isBlank, {
		valid: [
			'全体35名同事齐心协力；全体名誉会员，全体名单公布，全体家长，全体人员。',
			'安装反诈APP的有860人，外出务工的有120户，反映问题的有人说明情况。'
		],
		invalid: ['在各部门的配合下，全体⟦⟧名同事齐心协力；村里安装反诈APP的有⟦⟧人，常年在外务工的有⟦⟧人。']
	});
});

describe('the number of a unit, then the unit (小时数小时); nouns ending in a vague character (骨干, 彩超, 订单)', () => {
	ruleTable('小时数, 床日数', isBlank, {
		valid: ['年等效利用小时数1260小时，利用小时数逐年提高，床日数统计准确。'],
		invalid: ['年等效利用小时数⟦⟧小时，实际占用总床日数⟦⟧床日。']
	});
	ruleTable('骨干名, 彩超人次, 订单万元 (VAGUE_ENDING_NOUNS)', isBlank, {
		valid: ['培养技术骨干12名，完成彩超检查860人次，新签订单3200万元，选派若干人，若干名骨干。', '发挥骨干作用，开展彩超检查，落实订单农业，工单闭环管理。'],
		invalid: ['抽调各工区的技术骨干⟦⟧名，完成CT检查1200人次、彩超⟦⟧人次，全年新签订单⟦⟧万元，受理95598工单⟦⟧件。']
	});
});

describe('classifiers framed by their nouns (COLLOCATED_FRAME_CLASSIFIERS), 条 after an object', () => {
	ruleTable('和间教室, 对城区条道路', isBlank, {
		valid: [
			'对12条道路实施改造，完成8间教室改造，对城区12条道路实施改造。',
			'对条例进行修订，和间接费用，对城区条件较差的小区改造，在各条战线上，对这条路进行改造。'
		],
		invalid: ['争取资金200万元，对城区⟦⟧条道路实施改造，完成学生宿舍改造和⟦⟧间教室的照明改造。']
	});
});

describe('so many of those described, the predicate after (的 + classifier + 全部/已)', () => {
	ruleTable('未通过的例全部召回, 危房的栋已全部管控', isBlank, {
		valid: ['初筛未通过的12例全部召回复筛，危房的8栋已全部管控。'],
		invalid: ['筛查阳性120例，初筛未通过的⟦⟧例全部召回复筛；C、D级危房的⟦⟧栋已全部采取管控措施。']
	});
});

describe('件 and 支 after 有 before the noun they count (HAVE_COUNT_CLASSIFIERS)', () => {
	ruleTable('仍有件文件, 全市有支实践团队', isBlank, {
		valid: ['今年仍有3件文件超期办理，全市有12支实践团队。', '还有件事要说明，全市有支付宝网点，有件数统计，有支部书记参加。'],
		invalid: ['今年仍有⟦⟧件文件超期办理，另有⟦⟧件作品获省级奖项，全市有⟦⟧支实践团队参与。']
	});
});

describe('a span after which something happened, or within which (frames/durations.ts)', () => {
	ruleTable('患者天后康复, 、天内答复', isBlank, {
		valid: [
			'患者术后12天后康复出院，企业入驻3个月后投产，24小时内响应、3天内答复。',
			'术后三天后复查，两个月后回访，一周后出院，当天后半夜，每天后勤保障，本周后两天，前天后院，青年后备干部。'
		],
		invalid: ['开通了血管，患者⟦⟧天后康复出院；24小时内响应、⟦⟧天内答复。']
	});
});

describe('months since a step (已满个月), firms newly signed (新签), a total after a closed quote (“最美庭院”共户)', () => {
	ruleTable('已满个月, 新签经销商家, ”共户', isBlank, {
		valid: ['去年3月入职，到现在已满9个月；新签经销商12家；评选“最美庭院”共12户。', '新签合同后及时备案，已满月的婴儿按时接种，“五好家庭”共有户口本。'],
		invalid: ['去年3月入职，到现在已满⟦⟧个月；渠道建设.新签经销商⟦⟧家,其中东部新增一家总代理；评选“最美庭院”共⟦⟧户。']
	});
});

describe('visits after a quoted name (“首违不罚”户次), women counted (妇女|人)', () => {
	ruleTable('”户次, ”个次, 妇女余人', isBlank, {
		valid: [
			'适用“首违不罚”36户次，评出“文明班级”12个次，开展“送温暖”活动户次统计。',
			'带动周边妇女300余人增收，吸纳留守妇女12名就业；妇女人数增加，男女人数比例均衡，妇女名额落实，独生子女人均补贴。'
		],
		invalid: ['适用“首违不罚”⟦⟧户次，评出“文明班级”⟦⟧个次、流动红旗30面，带动周边妇女⟦⟧余人在家门口增收。']
	});
});

describe('more verbs before "classifier + noun", works counted in 件, classes counted in 个', () => {
	ruleTable('扩展到项参数, 统筹家乡镇卫生院, 、件作品, 达到个班', isBlank, {
		valid: ['检测能力扩展到126项参数，我院统筹12家乡镇卫生院，招生达到12个班，8件作品获奖。', '统筹个人与集体利益，扩展到个人，做好统筹兼顾。'],
		invalid: [
			'检测能力扩展到⟦⟧项参数，我院统筹⟦⟧家乡镇卫生院帮扶，分园秋季招生达到⟦⟧个班。',
			'6件作品获省级奖项、⟦⟧件作品获市级奖项。'
		]
	});
});

describe('claims, orders and plaques counted (collocations 赔案|件, 保护令|份, 光荣牌|块), posts vacant (空编)', () => {
	ruleTable('赔案件, 保护令份, 光荣牌块, 空编个', isBlank, {
		valid: ['累计处理农险赔案320件，签发人身安全保护令12份，新挂光荣牌860块，储备折叠床300张，卫生院空编36个。', '做好赔案件处理，保护令份量重，空编个别岗位，签发文件后及时归档，新挂牌的企业。'],
		invalid: ['累计处理农险赔案⟦⟧件，依法签发人身安全保护令⟦⟧份，补挂、新挂光荣牌⟦⟧块，乡镇卫生院空编⟦⟧个。']
	});
});

describe('a part of the prizes after 其中 (其中国家级一等奖项)', () => {
	ruleTable('其中一等奖项', isBlank, {
		valid: ['获省级以上奖励12项，其中国家级一等奖2项；其中一等奖项目3个。'],
		invalid: ['获省级以上奖励12项，其中国家级一等奖⟦⟧项。']
	});
});

describe('the mean stay in hospital measured in days (SPAN_MEASURES 住院日)', () => {
	ruleTable('平均住院日为天', isBlank, {
		valid: ['患者平均住院日为7.2天，比上年缩短0.5天；缩短平均住院日，住院日均费用下降。'],
		invalid: ['患者平均住院日为⟦⟧天，比上年缩短⟦⟧天。']
	});
});
