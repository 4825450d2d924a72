import { describe } from 'vitest';
import { ruleTable, isBlank } from './helpers';

/**
 * Figures a report states by their structure rather than by a phrase: the parts of a compound
 * duration (3小时15分, 6分40秒), a span of duty (24小时值守), an anniversary (105周年), a bound at
 * the start of a clause (，35岁以下青年), a month at the head of a span (1月至3月), a range's end
 * before its unit (1—3月). Our own sentences, filled (valid) and with the figure gone (invalid).
 */
describe('compound durations: every part has its figure', () => {
	ruleTable('duration parts', isBlank, {
		valid: [
			'城区接警至到场平均用时6分40秒，较上年缩短52秒。',
			'全程用时3小时15分，安全抵达集结地。',
			'早高峰最小行车间隔由2分30秒压缩至2分10秒。',
			'全校 3 分 20 秒完成疏散，沪杭段平均用时 2 小时 40 分。',
			'时间就是生命，我们分秒必争、争分夺秒，每分每秒都不放松。',
			'考试时间120分钟，满分100分，平均得分86分。',
			'开馆时间为上午8时30分至下午5时，1小时内到达现场。',
			'用3个小时20分钟完成转移，随后用3小时分批撤离群众。'
		],
		invalid: [
			'城区接警至到场平均用时⟦⟧分40秒，较上年缩短52秒。',
			'处置仓库火灾历时7小时⟦⟧分，保护财产价值约300万元。',
			'全校疏散演练用时2分⟦⟧秒。',
			'最小行车间隔由⟦⟧分30秒压缩至2分⟦⟧秒。',
			'沪杭段平均用时⟦⟧小时40分。',
			'全程历时3小时⟦⟧分钟，比上次缩短一半。'
		]
	});
});

describe('a span of duty or service in hours', () => {
	ruleTable('hours of duty', isBlank, {
		valid: [
			'热线实行24小时专人值守，汛期坚持二十四小时值班。',
			'每小时巡查一次，按小时计费，志愿服务小时数稳步增加。',
			'打造半小时经济圈，推广小时工服务。'
		],
		invalid: ['服务热线实行⟦⟧小时专人值守。', '小区门岗实行⟦⟧小时值守，汛期坚持⟦⟧小时值班。', '政务服务大厅推行⟦⟧小时自助服务，打造⟦⟧分钟便民生活圈。']
	});
});

describe('an anniversary has its number', () => {
	ruleTable('anniversaries', isBlank, {
		valid: ['纪念五四运动105周年，举办主题团日活动。', '庆祝建校六十周年，每逢周年都举办校友会。', '周年庆典筹备工作有序推进。'],
		invalid: ['纪念五四运动⟦⟧周年，举办主题团日活动。', '隆重庆祝建院⟦⟧周年，召开建校⟦⟧周年纪念大会。']
	});
});

describe('a bound at the head of a clause', () => {
	ruleTable('clause-start bounds', isBlank, {
		valid: [
			'实施青蓝工程，35岁以下青年教师与骨干教师结对。',
			'其中提拔使用45人，40岁以下的占42.2%。',
			'；600分以上学生204人，全年未发生5分钟以上延误事件。',
			'以上情况属实，以下是几点建议。',
			'岁末年初，走访慰问困难群众。'
		],
		invalid: [
			'实施青蓝工程，⟦⟧岁以下青年教师与骨干教师结对。',
			'其中提拔使用45人，⟦⟧岁以下的占42.2%。',
			'高出全市平均水平6.9个百分点；⟦⟧分以上学生204人。',
			'全年未发生一般及以上运营安全事故，⟦⟧分钟以上延误事件控制在3起以内。',
			'城乡居民养老金提高到每月163元，⟦⟧周岁以上参保居民按月足额领取。',
			'建档率89.7%；⟦⟧岁及以上老年人健康体检人数增加。'
		]
	});
});

describe('a length of service or age before its bound', () => {
	ruleTable('age nouns', isBlank, {
		valid: ['应收账款中账龄1年以上的近千万元，工龄满三年以上的职工全部签订合同。', '账龄分析显示回款周期偏长。'],
		invalid: ['应收账款仍然偏高，账龄⟦⟧年以上的近千万元。', '教龄⟦⟧年以上的教师占七成。']
	});
});

describe('a month at the head of a span', () => {
	ruleTable('month before a span', isBlank, {
		valid: ['1月至3月日均门诊量超过500人次。', '次月至3月继续推进，每月至少检查一次。', '上月至今共接待来访群众86人次。'],
		invalid: ['流感高峰：⟦⟧月至3月日均门诊量超过500人次。', '⟦⟧月至11月，法庭共受理各类案件312件。', '汛期（⟦⟧月—9月）落实24小时值班。']
	});
});

describe('a range’s end before its unit', () => {
	ruleTable('range end before the month', isBlank, {
		valid: ['| 部署阶段 | 1—2月 | 分解任务 |', '迎峰度夏期间，7–8月连续十余天日供水量超过10万吨。', '2021—2025年规划全部完成。'],
		invalid: ['| 部署阶段 | 1—⟦⟧月 | 分解任务 |', '迎峰度夏期间，7–⟦⟧月连续十余天日供水量超过10万吨。', '力争用 3—⟦⟧ 年时间建成全市强县。']
	});
});

describe('a month’s number left as spaces', () => {
	ruleTable('spaced months', isBlank, {
		valid: ['产业园项目已于 5 月开工建设，审核验收按时在 11 月底前完成。', '本人 2019 年 3 月起任统计局局长。', '报告期按月度统计，于 2026 年完成。'],
		invalid: ['产业园项目已于⟦  ⟧月开工建设。', '审核验收按时在⟦  ⟧月底前完成。', '本人2019 年⟦  ⟧月起任统计局局长。']
	});
});

describe('a range of months with both ends gone', () => {
	ruleTable('month range, both ends', isBlank, {
		valid: ['全年办理时限压缩至5天。3—5月集中开展专项整治。', '——月度考核全部达标。', '主要做法——月月有主题，周周有活动。'],
		invalid: ['全年办理时限压缩至5天。⟦⟧—⟦ ⟧月集中开展专项整治。', '完成钢筋加工1.2万吨。⟦⟧—⟦⟧月组织两轮百日大会战。']
	});
});

describe('a deadline month after a word', () => {
	ruleTable('month deadline after a word', isBlank, {
		valid: ['县人民医院新院区10月底前投入使用，本月底前完成验收，次月中旬开学。', '每月中旬召开调度会，上月底前已全部完成。'],
		invalid: ['县人民医院新院区⟦⟧月底前投入使用。', '二是⟦⟧月底前完成全年新团员发展任务，三是⟦⟧月中旬前召开代表大会。']
	});
});

describe('a count after a closed name, title or bracket', () => {
	ruleTable('closed names', isBlank, {
		valid: [
			'编印《2025年统计年鉴》500册，发放《告知书》1.2万份。',
			'全县建成“妇女微家”200余个，生态安葬（树葬、草坪葬、海葬）412例。',
			'印发《实施方案（试行）》，落实“河长制”，其余工作按计划推进。',
			'（一）项目建设稳步推进。',
			'做到“件件有回音”，实现“最多跑一次”。',
			'出入境交通工具2.6万辆(列)次，运输工具1200艘（架）次。'
		],
		invalid: [
			'编印《2025年统计年鉴》⟦⟧册。据初步核算，全县经济稳中有进。',
			'在全县建成“妇女微家”⟦⟧余个，让妇女在家门口议事。',
			'推行生态安葬（树葬、草坪葬、海葬）⟦⟧例，生态安葬率逐年提高。',
			'向企业发放《安全生产告知书》⟦⟧份。'
		]
	});
});

describe('an empty pair of quotes', () => {
	ruleTable('empty quotes', isBlank, {
		valid: ['举办“119”消防宣传月启动仪式，开展“五进”活动。', '坚持“一岗双责”，落实“三会一课”。'],
		invalid: ['举办“⟦⟧”消防宣传月启动仪式，组织全员培训。', '开展"⟦⟧"活动，组织消防演练。']
	});
});

describe('bounds and ranges after a half-width full stop or before a count', () => {
	ruleTable('half-width stops', isBlank, {
		valid: ['是5年前的2.3倍;600分以上57人.整治企业142家.5—9月臭氧污染防控期间,开展执法检查.', '全年工作分以下3个阶段推进。'],
		invalid: ['是5年前的2.3倍;⟦⟧分以上57人,历史类最高分652分.', '整治散乱污企业142家.5—⟦⟧月臭氧污染防控期间,开展执法检查.']
	});
});

describe('a month before its event', () => {
	ruleTable('month and event', isBlank, {
		valid: [
			'确保国道改扩建工程10月建成通车，隔月召开一次调度会。',
			'单月完成产值5亿元，按月组织考核，当月投产见效，历经数月建成投用。',
			'一季度实现开门红，6月末前完成剩余行政村的整村授信。'
		],
		invalid: [
			'确保国道改扩建工程⟦⟧月建成通车、县城客运枢纽投入使用。',
			'一季度实现开门红，⟦⟧月末前完成剩余行政村的整村授信。',
			'做好个人所得税年度汇算，\n⟦⟧月组织开展全国税收宣传月活动。'
		]
	});
});

describe('a change with its figure gone and no unit', () => {
	ruleTable('bare changes', isBlank, {
		valid: ['新供工业用地平均容积率由1.2提高到1.6，由街道牵头提高服务水平。', '装配线节拍由每台26分钟缩短至21分钟。'],
		invalid: [
			'新供工业用地平均容积率由⟦⟧提高到1.6；新建标准厂房52万平方米。',
			'新供工业用地平均容积率由1.2提高到⟦⟧；新建标准厂房52万平方米。',
			'主机装配线节拍由每台⟦⟧分钟缩短至21分钟，一次交检合格率提高。'
		]
	});
});

describe('figures typed with spaces, thousands and pairs', () => {
	ruleTable('spaced parts, grouped figures, score pairs', isBlank, {
		valid: [
			'成功处置仓库火灾，历时 7 小时 30 分，保护财产价值约300万元。',
			'| 城市马拉松 | 3月24日7:30鸣枪 |',
			'按每人每月300—800元分档发放，骨灰盒价格区间为300～3 000元。',
			'历史类、物理类最高分分别为652分和681分，平均分和及格率同步提高。'
		],
		invalid: [
			'成功处置仓库火灾，历时 7 小时⟦  ⟧分，保护财产价值约300万元。',
			'| 城市马拉松 | ⟦⟧月24日7:30鸣枪 |',
			'按每人每月⟦⟧—800元分档发放，骨灰盒价格区间为⟦⟧～3 000元。',
			'历史类、物理类最高分分别为652分和⟦⟧分，综合评价列全市第3名。',
			'历史类、物理类最高分分别为⟦⟧分和681分，综合评价列全市第3名。'
		]
	});
});
