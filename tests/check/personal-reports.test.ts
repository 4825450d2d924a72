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
