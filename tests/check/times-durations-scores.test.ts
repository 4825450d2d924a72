import { describe } from 'vitest';
import { ruleTable, isBlank } from './helpers';

// Session 11 (times): durations, scores and months whose figures are gone.
describe('times, scores and months', () => {
	ruleTable('both parts of a duration gone after its opener (用时分秒)', isBlank, {
		valid: ['抢修队伍分秒必争，全程用时4分05秒。', '历时3小时20分，耗时2分30秒完成。', '记录精确到时分秒，用时分秒不差。'],
		invalid: ['学生从教室撤到操场用时⟦⟧分⟦⟧秒，比去年快。', '接警后消防车到场耗时⟦⟧分⟦⟧秒；', '整条生产线换型历时⟦⟧小时⟦⟧分。']
	});
	ruleTable('a change counted in seconds, minutes or hours closing its clause', isBlank, {
		valid: ['平均等待时间缩短了30秒，排队时长减少5分钟。', '办事时间大大缩短，审批流程减少。', '接诉响应比去年缩短12小时。'],
		invalid: ['平均排队时间比上月缩短⟦⟧秒。', '每单办理时长减少⟦⟧分钟，', '急救反应时间缩短⟦⟧秒；']
	});
	ruleTable('a month gone after a date opener before an event, or after a plan before 月份', isBlank, {
		valid: ['全县运动会在10月举行，在月初召开调度会。', '预计8月份试运行，岁月如歌。', '计划月份与实际完成月份一致。'],
		invalid: ['初三年级在⟦⟧月举行的全区联考中成绩提升。', '二期车间预计⟦⟧月份投产。', '职工运动会于⟦⟧月举行。']
	});
});

describe('scores noted with their scale', () => {
	ruleTable('a score before a bracket noting its scale (满意度分（满分100分）)', isBlank, {
		valid: ['窗口服务满意度98.2分（满分100分），满分100分。', '满意度分析（第三方）显示群众认可。', '评分（百分制）由专家打出。'],
		invalid: ['窗口服务满意度⟦⟧分（满分100分），位居全市第一。', '年终考核得分⟦⟧分(百分制)，位列第一。']
	});
});

describe('days away inside an exception', () => {
	ruleTable('days away or on leave closing 除…外 (除外出天外)', isBlank, {
		valid: ['除外出培训5天外，全年坚守岗位。', '除阴雨天外，每天坚持户外锻炼。', '除请事假1天以外，从未缺勤。'],
		invalid: ['本年度除参加省里集训外出⟦⟧天外，始终在岗。', '除请事假⟦⟧天以外，没有缺过一节课。']
	});
});

describe('月份 before an event', () => {
	ruleTable('a month written 月份 before the works it dates (项目月份开工)', isBlank, {
		valid: ['污水处理厂改造工程9月份开工建设，当月份投产。', '本月份开工的项目有3个。'],
		invalid: ['污水处理厂改造工程⟦⟧月份开工建设。', '县体育馆⟦⟧月份建成投用，全民健身中心同步推进。']
	});
});

describe('a span of time measured', () => {
	ruleTable('a measure of a span (时长, 工期, 周期) then its unit of time closing the clause', isBlank, {
		valid: ['不动产登记平均时长1.5天，竣工验收周期20个工作日。', '进一步压缩审批时长，工期天数写入合同。'],
		invalid: ['不动产登记平均时长⟦⟧天，较上年明显压缩。', '竣工验收周期⟦⟧个工作日；']
	});
});
