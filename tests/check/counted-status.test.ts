import { describe } from 'vitest';
import { ruleTable, isBlank } from './helpers';

/**
 * counts4 (session 13): 在 + a status opening the thing counted (在职党员, 在产矿山, 在线平台): after a
 * counting verb or a frame, "classifier + 在职…" is a count whose figure is gone, as 个在建项目 is.
 * Our own sentences.
 */
describe('a status with 在 opens the counted noun', () => {
	ruleTable('after a counting verb or a frame', isBlank, {
		valid: [
			'组织36名在职党员到社区报到。',
			'对5座在产煤矿开展执法检查，年内上线3个在线服务平台。',
			'全县2860名在册党员参加集中学习，新增14个在营企业。'
		],
		invalid: [
			'组织⟦⟧名在职党员到社区报到。',
			'对⟦⟧座在产煤矿开展执法检查，年内上线⟦⟧个在线服务平台。',
			'全县⟦⟧名在册党员参加集中学习，新增⟦⟧个在营企业。'
		]
	});
	ruleTable('在 after a classifier that is no count', isBlank, {
		valid: [
			'我家在农村，父母在外务工。',
			'安排专人在岗值守，党员个个在岗在位。',
			'各个在建项目有序推进，每个在职党员都要亮身份。',
			'这家在线教育公司，那个在校生。'
		],
		invalid: []
	});
});

/** counts4 (session 13): 名 and 位 as a word of their own before a noun of people, whatever the verb before. */
describe('people counted after any word', () => {
	ruleTable('名 or 位, then a noun of people', isBlank, {
		valid: [
			'动员24名退休教师参与课后服务，邀请6位专家现场指导。',
			'本学期全组9位老师参加赛课，选送3名医生到省级医院进修。',
			'推荐5名优秀青年到基层挂职锻炼。'
		],
		invalid: [
			'动员⟦⟧名退休教师参与课后服务，邀请⟦⟧位专家现场指导。',
			'本学期全组⟦⟧位老师参加赛课，选送⟦⟧名医生到省级医院进修。',
			'推荐⟦⟧名优秀青年干部到基层挂职锻炼。'
		]
	});
	ruleTable('名 or 位 in a word, after a determiner or a vague number, or before no noun of people', isBlank, {
		valid: [
			'著名作家到校讲座，知名企业家参加座谈。',
			'推荐名单已公示，报名学生踊跃，点名表扬先进教师。',
			'每名党员联系5户群众，多名干部下沉一线，这位老师很负责，该名工作人员已调离。',
			'新设冠名基金4个，保护古树名木与野生动物。',
			'监控点位总数达到1.2万个，该村位于山区。'
		],
		invalid: []
	});
});

/** counts4 (session 13): 只 after the nouns it counts; batches before a filled count of people; a status after 名. */
describe('只 after what it counts, batches before people, a status after 名', () => {
	ruleTable('只 closing a count of meters or animals', isBlank, {
		valid: ['全年更换老旧智能水表1260只，救助受伤野生动物9只。', '只有坚持学习才能进步，只要肯干就行，他只说了一句。'],
		invalid: ['全年更换老旧智能水表⟦⟧只，救助受伤野生动物⟦⟧只。', '各楼层配备灭火器⟦⟧只。']
	});
	ruleTable('批 before people', isBlank, {
		valid: ['接待外地考察团12批86人次。', '经审批326人次参加，报批15人，获批3人，分三批120人参训。'],
		invalid: ['接待外地考察团⟦⟧批86人次，培训返乡创业人员⟦⟧批240人。']
	});
	ruleTable('名, a status, a noun of people', isBlank, {
		valid: ['发动48名在职党员到社区报到。', '我家在农村，老人在家。'],
		invalid: ['发动⟦⟧名在职党员到社区报到。']
	});
});
