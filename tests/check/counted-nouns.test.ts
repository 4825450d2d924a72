import { describe } from 'vitest';
import { ruleTable, isBlank } from './helpers';

/**
 * counts2 (session 11): a count whose figure is gone between a noun phrase (or verb + object)
 * and its classifier, and the words that end in the classifier and stay quiet.
 * Our own sentences, filled (valid) and with the figure gone (invalid).
 */
describe('words for a name, a slip, an office or entering a site end in a classifier', () => {
	ruleTable('名, 条, 所, 场 ending a word are no count', isBlank, {
		valid: [
			'说明书对常用药名标注了拼音，方便老人识别。',
			'教材中的书名、地名统一使用规范字。',
			'员工可登录系统查询考勤和工资条。',
			'请假须提交书面假条，现场张贴封条。',
			'走访辖区两个市场监管所，听取基层意见。',
			'乡财政所、林业所联合开展资金检查。',
			'施工队伍已于上月进场，设备陆续退场。',
			'二〇二六年度工作总结（党建篇）',
			'上半年工作回顾（民生篇）'
		],
		invalid: [
			'本季度评选先进个人⟦⟧名，表彰优秀党员⟦⟧名。',
			'施工单位进场后，新建临时停车场⟦⟧个。'
		]
	});
});

describe('prizes and their winners counted after the grade', () => {
	ruleTable('一等奖 + 人/名 after a verb of winning or awarding', isBlank, {
		valid: [
			'学生在全市作文比赛中获一等奖4人、二等奖9人。',
			'经专家评审，评出一等奖6名、二等奖10名。',
			'这次评选的一等奖人选由专家推荐。',
			'荣获一等奖的选手将代表全区参赛。'
		],
		invalid: [
			'在市青少年科技大赛中获一等奖⟦⟧人、二等奖⟦⟧人、三等奖⟦⟧人。',
			'教师基本功比赛共评出一等奖⟦⟧名、二等奖⟦⟧名。',
			'书法展评中荣获特等奖⟦⟧人。'
		]
	});
});

describe('good deeds counted in 件 (办实事, 民生实事)', () => {
	ruleTable('实事 + 件: the segmenter reads 事件, the count wins', isBlank, {
		valid: [
			'本年度为群众办实事26件。',
			'影片根据真实事件改编。',
			'对群众反映的问题逐一核实事件。',
			'及时妥善处置突发事件。',
			'聚焦民生实事件件有回音。'
		],
		invalid: ['党员志愿者为社区居民办实事⟦⟧件。', '年内完成教育领域民生实事⟦⟧件。', '全年为困难群众办实事好事⟦⟧件，群众满意度提升。']
	});
});

describe('等 closing a list, then a classifier and a noun it counts', () => {
	ruleTable('等 + classifier + collocated noun', isBlank, {
		valid: ['完成东环路、滨河路等8条道路改造。', '引进博士、硕士等人才。', '改善交通、住房等条件。'],
		invalid: ['完成东环路、滨河路等⟦⟧条道路改造。', '推动文化路、建设路等⟦⟧条道路提档升级。']
	});
});

describe('a count changed to a new value, the old one written', () => {
	ruleTable('由 + figure, then 扩充到/发展到 + bare classifier', isBlank, {
		valid: ['服务网点由12家扩充到20家。', '业务范围逐步拓展到全省，服务送到家。'],
		invalid: ['合作医院由8家扩充到⟦⟧家，覆盖全部乡镇。', '志愿服务队由5支发展到⟦⟧支。']
	});
});

describe('verbs that open a count: launches, visits, claims, messages', () => {
	ruleTable('启动, 深入, 回访, 理赔, 发送 before the count', isBlank, {
		valid: [
			'启动个人信息保护专项行动，深入个别村组调研。',
			'启动应急预案，深入一线，回访客户，及时理赔，发送短信。',
			'年内启动3个重点专科建设，组织专家深入12个村义诊。',
			'全年回访860户，理赔受灾农户36户，发送提醒短信2万条。'
		],
		invalid: [
			'市人民医院启动⟦⟧个重点学科建设。',
			'组织农技人员深入⟦⟧个村开展培训。',
			'对投诉客户全年回访⟦⟧户，满意率95%。',
			'因暴雨灾害理赔⟦⟧户、赔付金额36万元。',
			'向居民发送防诈骗提醒短信⟦⟧条，覆盖全镇。'
		]
	});
});

describe('a noun of people, a lone 人 or 名, then what they do', () => {
	ruleTable('人员/者/师 + 人 + 全部, 在, 已', isBlank, {
		valid: [
			'全院保洁人员36人全部签订责任书，社区志愿者18人在路口值守。',
			'一线工作人员人手紧张，切实保障医务人员人身安全。',
			'全体党员人人参与，驾驶员人均培训24学时。',
			'参保人员人脸识别认证后即可办理，从业人员人数稳定。'
		],
		invalid: ['全院保洁人员⟦⟧人全部签订责任书，社区志愿者⟦⟧人在路口值守。', '新招聘护士⟦⟧名已到岗。', '督导组成员⟦⟧人分别联系一个乡镇。']
	});
});
