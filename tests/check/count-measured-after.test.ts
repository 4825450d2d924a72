import { describe } from 'vitest';
import { ruleTable, isBlank } from './helpers';

/**
 * counts4 (session 13): a count closing its clause, and the clause after it measuring that count —
 * its rate (随访管理人，随访管理率%) or its change against a period (受理投诉件，同比下降12%).
 * A report writes such a pair only after a figure: the bare classifier before is a count whose
 * figure is gone, whatever the noun or the verb before it. Our own sentences.
 */
describe('a count, then the rate of the same thing', () => {
	ruleTable('the rate names the act the count counts (管理 … 管理率)', isBlank, {
		valid: [
			'辖区重点人群随访管理1820人，随访管理率92.6%；',
			'新生儿疾病筛查3406人，筛查率99.1%。',
			'完成农户危房鉴定412户，鉴定率100%。',
			'城乡居民养老保险参保2.3万人，参保率96%以上。'
		],
		invalid: [
			'辖区重点人群随访管理⟦⟧人，随访管理率⟦⟧%；',
			'新生儿疾病筛查⟦⟧人，筛查率99.1%。',
			'完成农户危房鉴定⟦⟧户，鉴定率100%。'
		]
	});
	ruleTable('another rate of the count (报告及时率, 覆盖率, 合格率)', isBlank, {
		valid: [
			'全年上报突发公共卫生事件6起，报告及时率100%。',
			'免费为育龄夫妇开展健康检查1320对，目标人群覆盖率93.5%；',
			'抽检食品样品860批，合格率达到98.2%。'
		],
		invalid: [
			'全年上报突发公共卫生事件⟦⟧起，报告及时率100%。',
			'免费为育龄夫妇开展健康检查⟦⟧对，目标人群覆盖率93.5%；',
			'抽检食品样品⟦⟧批，合格率达到98.2%。'
		]
	});
	ruleTable('a figure elsewhere in the clause is another quantity; one right before is this count', isBlank, {
		valid: ['完成小麦病虫害统防统治3.2万亩次，统防统治覆盖率45%。', '飞防作业面积12万亩次，覆盖率60%。', '接种流感疫苗12万剂次，接种率96%。', '辖区65岁以上老年人健康管理3260人，健康管理率71%；'],
		invalid: ['飞防作业面积⟦⟧万亩次，覆盖率⟦⟧%。', '辖区65岁以上老年人健康管理⟦⟧人，健康管理率⟦⟧%；', '（2）开展婚前医学检查⟦⟧对，婚检率88%。', '城乡居民参保⟦⟧人，参保率 99%；', '慢病患者随访⟦⟧人，随访率⟦⟧；']
	});
	ruleTable('no count before the rate: a word, a goal, a rate that names a quality', isBlank, {
		valid: [
			'落实包保责任到人，到位率100%。',
			'关爱空巢老人，走访率达到100%。',
			'压实安全生产第一责任人，整改率100%。',
			'服务好每一位办事群众，满意率98%。',
			'培育新型职业农民，合格率稳步提升。',
			'建立帮扶联系人，提高工作效率。',
			'选树身边好人，率先垂范。'
		],
		invalid: []
	});
});

describe('a count, then its change against a period', () => {
	ruleTable('同比, 较上年, 比上年 after a bare count', isBlank, {
		valid: [
			'全年受理群众投诉214件，同比下降12%。',
			'新登记个体工商户1306户，较上年增加98户。',
			'纳入特困供养人员432人，比上年减少6人；'
		],
		invalid: [
			'全年受理群众投诉⟦⟧件，同比下降12%。',
			'新登记个体工商户⟦⟧户，较上年增加98户。',
			'纳入特困供养人员⟦⟧人，比上年减少⟦⟧人；'
		]
	});
	ruleTable('no count before the change: a word ending in a classifier', isBlank, {
		valid: [
			'持续优化营商环境，服务民营企业家，同比新增市场主体12%。',
			'安全生产责任落实到人，同比事故起数下降8%。',
			'深入开展走村入户，同比增长的诉求及时化解。'
		],
		invalid: []
	});
});

/** counts4 (session 13): cases and the people in them (56件72人), both figures gone. */
describe('a pair of counts, cases and people, both gone', () => {
	ruleTable('件人 after a noun of cases or a verb of handling them', isBlank, {
		valid: ['依法受理行政诉讼案件56件72人，审结48件60人。', '批准逮捕31件40人，不批准逮捕5件6人。'],
		invalid: ['依法受理行政诉讼案件⟦⟧件⟦⟧人，审结⟦⟧件⟦⟧人。', '批准逮捕⟦⟧件⟦⟧人，不批准逮捕⟦⟧件⟦⟧人。']
	});
	ruleTable('件 and 人 in words', isBlank, {
		valid: ['核对收件人，寄件人，确定收件人。', '每份文件人手一册，各类证件人证合一。'],
		invalid: []
	});
});

/** counts4 (session 13): a sibling stating its count in spaced text (特级企业 2 家、一级企业家). */
describe('a sibling count typed with spaces', () => {
	ruleTable('the item before states its figure with a space before the classifier', isBlank, {
		valid: ['全县有特级资质企业 2 家、一级资质企业 15 家；'],
		invalid: ['全县有特级资质企业 2 家、一级资质企业⟦⟧家；']
	});
});
