import { describe } from 'vitest';
import { ruleTable, isBlank } from './helpers';

/** Every "stays quiet" example named in the issue, each in a sentence of our own. */
describe('hard negatives from the issue', () => {
	ruleTable('hard negative', isBlank, {
		valid: [
			'全年新签约亿元以上项目12个。',
			'培育超亿元企业6家。',
			'现有5000万元以上企业9家。',
			'其中亿元企业3家。',
			'成功创建AAAA级旅游景区。',
			'获评3A级信用企业。',
			'## 工作亮点\n\n一是**党建引领**作用突出。',
			'在坐标系中画出x轴。',
			'We use Excel and Word daily.',
			'平均增速比上年高出两个百分点。',
			'带动十余家企业落户。',
			'数十家企业参加了招聘会。',
			'近百家商户入驻步行街。',
			'打造上百亿元的产业集群。',
			'谋划了一批重点项目。',
			'实现了经济增长，规模扩大。',
			'全区工业增长较快，效益明显。',
			'主要指标同比持平。',
			'实施小微企业倍增计划。',
			'加快培育新的增长极。',
			'国家有关部门高度重视。',
			'聘请专家开展评审。',
			'感谢大家的支持。',
			'督促厂家落实三包责任。',
			'弘扬企业家精神。',
			'实现营业收入３．２６亿元，同比增长１２％。',
			'全年实现营业收入3.26\n亿元，同比增长12%。',
			'个人防护用品配备到位，元旦春节期间值班有序，亩产稳定提高，专家、厂家积极参与。'
		],
		invalid: []
	});
});

/** Words that hold a classifier character, at the end of a clause a counting verb opens. */
describe('classifier characters inside words, closing a clause', () => {
	ruleTable('hard negative', isBlank, {
		valid: [
			'邀请国家、省级专家组成员现场指导，感谢大家。',
			'新增车辆，检查厂家，走访商家，聘请专家。',
			'完成本学期、上半学期的教学任务，进入攻坚期。',
			'培训个人，慰问本人，改善办学条件，覆盖大部分。',
			'建设一期工程、二期工程，办好这件事，服务人次逐年增加。',
			'发布天气预报，召开座谈会，组织全体党员，拓展发展空间。',
			'坚持“市场为先、履约为本、安全为基”，做到以人为本。',
			'帮扶脱贫户、低保户，服务老年人、残疾人。',
			'实现网络全覆盖，户户通自来水。'
		],
		invalid: []
	});
});
