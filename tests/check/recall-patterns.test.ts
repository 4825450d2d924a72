import { describe } from 'vitest';
import { ruleTable, isBlank } from './helpers';

/**
 * How reports phrase a quantity beyond "measure + unit": a figure after a verb that demands one,
 * a count before "classifier + noun", the counted thing before its classifier, bounds with 以上,
 * month gaps, ratios. Our own sentences, filled (valid) and with the figure gone (invalid).
 */
describe('figure after a verb that demands one', () => {
	ruleTable('quantity verbs', isBlank, {
		valid: [
			'全年税收收入完成3.4亿元，为年度预算的102%。',
			'园区固定资产投资突破50亿元大关。',
			'每个标段配备安全员不少于3人。',
			'本月门诊量超过1.2万人次，较上月增加800人次。',
			'产值超亿元企业达到12家。',
			'该乡已提前完成年度考核任务。',
			'他们把困难群众的事当成家事来办，以厂为家，以院为家。',
			'我们要抓住机遇，迈入一个关键攻坚期。',
			'抓住政策机遇期，用好项目窗口期。',
			'这家新厂计划投资在亿元以上，拟征地150亩。',
			'新签约亿元以上项目8个，超亿元企业5家。'
		],
		invalid: [
			'全镇一般公共预算收入完成⟦⟧万元，完成年度预算的⟦⟧%。',
			'力争明年全区工业投资突破⟦⟧亿元。',
			'每季度组织应急演练不少于⟦⟧次，每次参演人员不少于⟦⟧人。',
			'本学期新入学儿童约⟦⟧人。',
			'村集体收入全部超过⟦⟧万元，经营性收入稳定增长。',
			'路面硬化工程已完成⟦⟧%，管网铺设完成⟦⟧米。',
			'平均办件时长缩短到⟦⟧天，群众满意度明显提升。',
			'急诊平均等候时间减少⟦⟧分钟。'
		]
	});
	ruleTable('unit + 以上 after a verb', isBlank, {
		valid: ['引进3000万元以上项目4个。', '全县年销售收入亿元以上企业已有9家。', '粮食总产稳定在60万吨以上。'],
		invalid: [
			'确保村级集体经济收入全部达到⟦⟧万元以上。',
			'油菜种植面积稳定在⟦⟧万亩以上，总产保持在⟦⟧万吨以上。',
			'全年力争完成项目投资⟦⟧亿元以上；',
			'新增规上企业⟦⟧家以上，新增就业⟦⟧人以上。'
		]
	});
});

describe('counted thing before its classifier', () => {
	ruleTable('noun + classifier', isBlank, {
		valid: [
			'大力弘扬企业家精神，表彰优秀企业家，走访民营企业家。',
			'全市规模以上工业企业达到420家，其中龙头企业35家。',
			'新建电池结构件、汽车零部件、精密铸件等配套项目。',
			'我镇农民专业合作社发展迅速。',
			'统计人数人员名单已报送。',
			'玉米、大米、香米等农产品畅销。',
			'病区严格执行病例讨论制度。'
		],
		invalid: [
			'全县规模以上工业企业⟦⟧家，新增入规企业⟦⟧家。',
			'培育省级龙头企业⟦⟧家、专精特新中小企业⟦⟧家。',
			'新发展家庭农场⟦⟧家、农民合作社⟦⟧家。',
			'城乡居民医保参保人数⟦⟧人，参训人数⟦⟧人次。',
			'开展多学科会诊⟦⟧例，完成疑难手术⟦⟧例。',
			'走访慰问困难群众⟦⟧户，帮扶脱贫户⟦⟧户。',
			'今年新铺设供水管道⟦⟧米。',
			'组建志愿服务队⟦⟧支，收到群众送来的锦旗⟦⟧面。',
			'统战部门联系党外知识分子和社会人士⟦⟧人。',
			'灌注桩基完成⟦⟧根，新购置植保无人机⟦⟧架。',
			'平均住院日⟦⟧天，比上年缩短0.3天。'
		]
	});
});

describe('count before classifier + noun', () => {
	ruleTable('attributive count', isBlank, {
		valid: [
			'四、家校共育深入开展。',
			'全县各级党组织积极响应，个别单位落实不到位。',
			'为家庭经济困难学生发放补助。',
			'全镇人民群众安居乐业。',
			'与工商银行、农业银行等5家金融机构签订合作协议。',
			'审批时限压缩至3个工作日，项目从签约到投产仅用了8个月。',
			'在所辖范围内推广，为所在单位争光，在所需物资保障上下功夫。',
			'坚持送服务到家门口，为户主办理登记，辖区户籍人口稳定。',
			'全区户外广告整治有序，向名家学习，为名校输送人才。',
			'打造一批名优特产品，推进家电下乡、家政服务进社区。',
			'对个人所得税进行专项检查，在个别地方仍存在问题。'
		],
		invalid: [
			'与县农商行、邮储银行等⟦⟧家金融机构开展合作。',
			'坚持党建引领，⟦⟧个党支部全部完成标准化建设。',
			'全县⟦⟧个行政村实现集体经济“清零”。',
			'企业开办时间压缩至⟦⟧个工作日，项目仅用了⟦⟧个月就建成投产。',
			'为⟦⟧户困难家庭、⟦⟧名留守儿童送去慰问。',
			'在⟦⟧个老旧小区加装电梯。',
			'全年为辖区⟦⟧户低保家庭发放补贴，为⟦⟧名特困人员办理救助。',
			'与甲市、乙市等⟦⟧个地市签订协议。',
			'全县⟦⟧所中小学全部完成标准化建设。'
		]
	});
});

describe('month gaps', () => {
	ruleTable('于月 / 年月', isBlank, {
		valid: ['坚持每月召开一次调度会，于月初下达任务，于月末通报。', '由于月初连续降雨，工期有所延误，终于月底完工。', '截至月底各项任务已全部完成。', '本月度考核结果已公示。', '计划于2025年5月开工建设。', '2024年月均客流量稳定。'],
		invalid: [
			'教学楼主体工程于⟦⟧月封顶，附属工程于⟦⟧月底前完工。',
			'力争于20⟦xx⟧年⟦⟧月建成投用。',
			// counts5 (session 14): an as-of date before a comma names its month (month-as-of).
			'截至⟦⟧月底，各项任务已全部完成。'
		]
	});
});

describe('wrapped figure', () => {
	ruleTable('number on the next line', isBlank, {
		valid: ['全年农业总产值突破\n86亿元，同比增长4%。', '上半年规上工业增加值同比增长\n 5.6%。'],
		invalid: ['全年农业总产值突破⟦⟧\n下一步，我们将继续努力。']
	});
});

describe('masks inside numbers and markdown', () => {
	ruleTable('masked digits', isBlank, {
		valid: [
			'教室按60×40厘米规格张贴展板，开展3x3篮球赛。',
			'公司自主研发的**智慧园区平台V2.1**顺利上线。',
			'**重点项目**：新建**5G基站**120个。',
			'乘法口诀3*4=12。'
		],
		invalid: [
			'全年新建农村户厕⟦2x5⟧户，帮扶资金⟦4*6⟧万元。',
			'节约利息支出约⟦x⟧百万元，新签合同额约⟦x⟧千万元。',
			'到位债券资金⟦*⟧亿元、银行贷款⟦*.*⟧亿元，缺口⟦⟧万元。'
		]
	});
});

describe('ratios, shares and table cells', () => {
	ruleTable('ratio terms', isBlank, {
		valid: [
			'三次产业结构调整为8.2：41.5：50.3。',
			'城乡居民收入比缩小到2.1：1。',
			'主要做法为：',
			'会议时间为：9:30，地点为三楼会议室。',
			'研发费用占营业收入的6.3%，比上年提高0.4个百分点。',
			'进一步提高研发投入占营业收入的比重，'
		],
		invalid: [
			'全镇三次产业结构优化为⟦⟧：⟦⟧：⟦⟧。',
			'城乡居民人均收入之比缩小到⟦⟧：1。',
			'销售费用占营业收入的⟦⟧，比上年下降⟦⟧个百分点。'
		]
	});
	ruleTable('markdown table cells', isBlank, {
		valid: [
			'| 指标 | 本年 | 上年 | 增长 |',
			'| --- | --- | --- | --- |',
			'| 营业收入（万元） | 12,300 | 11,050 | 11.3% |',
			'| 备注 |  |  |'
		],
		invalid: ['| 利润总额（万元） | ⟦⟧ | 2,180 | ⟦⟧% |', '| 净利润（万元） | 1,960 | ⟦⟧ | 8.5% |']
	});
	ruleTable('ordinal floor and basis points', isBlank, {
		valid: ['住院楼主体施工至第12层。', '贷款利率下降25个基点。', '登记软件著作权12项。'],
		invalid: ['住院楼主体施工至第⟦⟧层。', '综合融资成本比上年下降⟦⟧个基点。', '全年登记软件著作权⟦⟧项。', '对在建的⟦⟧个重点项目挂图作战。']
	});
});

describe('events and equipment sets', () => {
	ruleTable('会场 and 台（套）', isBlank, {
		valid: ['设主会场和分会场，会前提前布置会场。', '新购置检测设备5台（套），举办招聘会6场。'],
		invalid: ['举办企业招聘会⟦⟧场，参加各类展会⟦⟧场次。', '新购置检测设备⟦⟧台（套）。']
	});
});

describe('durations, ages and paired counts', () => {
	ruleTable('time spans, 岁以上, 家和家', isBlank, {
		valid: [
			'由天津市牵头，我们提前天亮出发。',
			'审批时长由5天缩短到2天，提前3天通知住户。',
			'为60岁以上老人免费体检，年满六十周岁以上的老人享受补贴。',
			'新增高新技术企业和科技型中小企业分别为12家和30家。',
			'国家和家庭都很重要。',
			'安装监控探头120个。'
		],
		invalid: [
			'停水前提前⟦⟧天通知住户，办件时长由⟦⟧天缩短到⟦⟧天。',
			'为全村⟦⟧岁以上老人购买意外保险。',
			'新增高新技术企业和科技型中小企业分别为⟦⟧家和⟦⟧家。',
			'新装高清监控探头⟦⟧个。'
		]
	});
});

describe('services counted in people', () => {
	ruleTable('筛查人 / 体检人 / 处分人', isBlank, {
		valid: ['完成适龄妇女两癌筛查3200人，免费体检1.2万人。', '对3名相关责任人给予党纪处分。'],
		invalid: ['完成两癌筛查⟦⟧人，为老年人免费体检⟦⟧人。', '全年给予党纪政务处分⟦⟧人。']
	});
});

describe('more counting verbs before classifier + noun', () => {
	ruleTable('惠及/带动/改造 + count', isBlank, {
		valid: [
			'带动人民群众致富，建设家园，改造户厕，培养人才，打造个性化产品。',
			'落实责任人、联系人制度，资助家庭困难学生。',
			'项目惠及1200户群众，带动300户农户增收。'
		],
		invalid: ['项目建成后惠及⟦⟧户群众，带动⟦⟧户农户增收，改造⟦⟧个老旧小区。']
	});
});

describe('quoted names before a classifier', () => {
	ruleTable('“…”名', isBlank, {
		valid: ['聘请“招商大使”12名。', '他是群众心中的“好书记”。', '评选“最美家庭”活动圆满结束。'],
		invalid: ['聘请“金牌调解员”⟦⟧名，评选“星级文明户”⟦⟧户。']
	});
});

describe('financial and petition counts', () => {
	ruleTable('笔 / 件 / 户均', isBlank, {
		valid: ['打开大门，部门协作，专门研究，开设课程12门，建立门户网站。', '这一笔钱用在了刀刃上，是一个大手笔。', '农民人均收入2.1万元，户均增收3200元。', '全年受理信访件320件，办结率100%。'],
		invalid: ['开设选修课程⟦⟧门，新增学科⟦⟧门。', '全年办理信贷业务⟦⟧笔，发放贷款⟦⟧笔、金额⟦⟧万元。', '受理群众信访⟦⟧件，户均增收⟦⟧元。']
	});
});

describe('a list of units whose figures are all gone', () => {
	ruleTable('批次、人次', isBlank, {
		valid: ['全年接待群众来访32批次、560人次。', '国家、集体、个人三方共担，大家、专家、厂家齐参与。'],
		invalid: ['全年接待群众集体来访⟦⟧批次、⟦⟧人次。']
	});
});

describe('masked digits with decimals or a mask in the middle', () => {
	ruleTable('4X.7亿元, 1X0块', isBlank, {
		valid: ['教室张贴60×40厘米展板，开展3x3篮球赛，型号X200运行正常。', '实现产值42.7亿元，平均分93.5分。'],
		invalid: [
			'实现营业收入⟦3X.5⟧亿元，利润⟦6*.2⟧万元，增长⟦1x.4⟧%。',
			'全校平均分⟦8X.5⟧分，参赛⟦3*2⟧人，发放课桌⟦2X0⟧张，流转土地⟦6X0⟧亩。'
		]
	});
});

describe('counts after 有, verbs with 了, ranking moves and prize grades', () => {
	ruleTable('有家 / 增加了人 / 引进家； / 前进个名次 / 等奖 / 课时 / 节 / 分', isBlank, {
		valid: [
			'荣获一等奖、特等奖，获得荣誉证书等奖项，有个别问题，有名的企业，有所提高。',
			'保证课时，落实学时，新增家庭医生签约服务。',
			'让群众有家的感觉，剩余资金按规定使用，其余人员全部到岗。',
			'完成120课时，授课36节，平均分92分，全市排名前进3个名次。'
		],
		invalid: [
			'全县有⟦⟧家企业参与，比上年增加了⟦⟧人，新引进⟦⟧家；',
			'剩余⟦⟧个村庄年内完成改造，其余⟦⟧家企业限期整改。',
			'全市排名前进⟦⟧个名次，荣获市级⟦⟧等奖。',
			'教师人均完成⟦⟧课时，累计授课⟦⟧节，平均分⟦⟧分。'
		]
	});
});

describe('分 as a score, not a branch', () => {
	ruleTable('x分 vs xx分公司', isBlank, {
		valid: ['全校平均得分92分。'],
		invalid: [
			{ text: 'xx分公司负责人，XX分局局长。', errors: [{ id: 'masked-name', from: 0, to: 2 }, { id: 'masked-name', from: 9, to: 11 }] },
			{ text: '考核得分x分。', errors: [{ id: 'masked-number', from: 4, to: 5 }] }
		]
	});
});

describe('places of works and visits to shops', () => {
	ruleTable('拆除…处 / 门店家次', isBlank, {
		valid: ['新建街心公园一处，拆除违法建筑5处。', '工作中还存在不足之处，整改不到位之处要限期解决。', '检查经营门店320家次。'],
		invalid: ['拆除违法搭建的棚舍⟦⟧处，整治黑臭水体⟦⟧处。', '全年检查药品经营门店⟦⟧家次。']
	});
});

describe('people sent, their count gone before what they do', () => {
	ruleTable('选派干部名驻村', isBlank, {
		valid: ['选派12名干部驻村，抽调技术人员8人参与排查。', '选派干部名单已公示，派出人员名称已登记，招募志愿者人数创新高。'],
		invalid: ['选派机关干部⟦⟧名驻村帮扶，抽调专业技术人员⟦⟧人参与排查。']
	});
});

describe('households and people', () => {
	ruleTable('户人', isBlank, {
		valid: ['搬迁涉及12户36人，农户人均收入稳步提高，每户人都有保障。'],
		invalid: ['全村搬迁群众⟦⟧户⟦⟧人，安置到位。']
	});
});

describe('books and rounds counted, their count gone', () => {
	ruleTable('图书册 / 行动轮', isBlank, {
		valid: [
			'为农家书屋配送图书1800册，开展集中巡查4轮。',
			'编印办事指南手册，更新党员花名册，制作宣传画册。',
			'开展新一轮巡察，推进干部轮岗交流，车轮滚滚向前。'
		],
		invalid: ['全年向社区书屋配送各类图书⟦⟧册。', '组织开展集中清查行动⟦⟧轮，出动人员120人次。']
	});
});

describe('a rate whose value is gone after 仅 / 仅为', () => {
	ruleTable('活跃率仅 / 占比仅为', isBlank, {
		valid: ['线上渠道活跃率仅58.3%，仍有提升空间。', '新兴产业占比仅为两成。', '合格率仅次于上年水平。'],
		invalid: ['线上渠道活跃率仅⟦⟧；二是队伍老化。', '新兴产业占比仅为⟦⟧，结构偏重。']
	});
});

describe('a blank split by a line break is one blank', () => {
	ruleTable('同比增长⏎% / 比重达⏎%', isBlank, {
		valid: ['营业收入同比增长\n8.5%，利润稳步增长。', '教育支出占全部支出的比重达\n18%。'],
		invalid: [
			'营业收入同比增长⟦⟧\n%，利润稳步增长。',
			'教育支出占全部支出的比重达⟦⟧\n%。城镇新增就业⟦⟧万人。',
			'利润总额同比增长⟦⟧\n﹪，成本下降⟦⟧%。'
		]
	});
});

describe('counts closing their clause, and the later items of a list', () => {
	ruleTable('count closing a clause a verb opens', isBlank, {
		valid: [
			'全年举办银企对接会6期，订阅报刊130种，抽查学生作业本400本。',
			'开展法治讲座8期、义诊活动12场，生猪存栏2100头、出栏3600头。',
			'我们正处在转型攻坚期，要把握好发展机遇期。',
			'组织数十家企业进场招聘，获得荣誉证书等奖项。'
		],
		invalid: [
			'全年举办银企对接会⟦⟧期，订阅报刊⟦⟧种，抽查备课教案⟦⟧本。',
			'开展法治讲座⟦⟧期，发布暴雨预警信号⟦⟧期，发射增雨火箭弹⟦⟧枚。',
			'引入战略投资者⟦⟧家，新建充电桩⟦⟧个；完成牲畜免疫⟦⟧万头(只)。'
		]
	});
	ruleTable('a verb right before the classifier', isBlank, {
		valid: ['他们以厂为家，以课堂改革为突破口。', '法官人均结案160件，分别为12人、9人。'],
		invalid: ['法官人均结案⟦⟧件，两类患者分别为⟦⟧人、⟦⟧人。', '体检活动惠及⟦⟧人；向农户授信⟦⟧户、金额⟦⟧亿元。']
	});
	ruleTable('later items of a list of counts', isBlank, {
		valid: ['开设选修课程5门、8门、6门，获一等奖2项、二等奖4项。', '开拓国内市场、国际市场，完善服务平台、办事窗口。', '做到进村入户、走村串户，科技节、读书节轮流举办。'],
		invalid: [
			'开设选修课程⟦⟧门、⟦⟧门、⟦⟧门，获一等奖2项、二等奖⟦⟧项。',
			'牛存栏⟦⟧头、出栏⟦⟧头，开展健康讲座⟦⟧期、义诊⟦⟧场。',
			'抽查备课教案⟦⟧本、作业⟦⟧本，发现问题⟦⟧个。'
		]
	});
	ruleTable('a title or a quoted name counted', isBlank, {
		valid: ['编印《安全生产简报》12期、《工作动态》30期。', '举办“青年讲坛”6期，坚持“质量为本、服务为先”。'],
		invalid: ['编印《安全生产简报》⟦⟧期、《工作动态》⟦⟧期，上报《专题分析》⟦⟧篇。', '举办“青年讲坛”⟦⟧期，开展“送戏下乡”⟦⟧场。']
	});
});

describe('counts of firms, places, prizes and households', () => {
	ruleTable('more counts closing a clause', isBlank, {
		valid: [
			'新登记企业1860家，覆盖企业420家、职工3.1万人。',
			'召开质量分析会4场，设置便民服务站12处，实际报到新生1200人。',
			'获市级教学成果奖特等奖2项，其中副高以上职称36人。',
			'布置主会场，颁发一等奖项证书。'
		],
		invalid: [
			'新登记企业⟦⟧家，覆盖企业⟦⟧家、职工⟦⟧万人。',
			'召开质量分析会⟦⟧场，设置便民服务站⟦⟧处，实际报到新生⟦⟧人。',
			'获市级教学成果奖特等奖⟦⟧项，其中副高以上职称⟦⟧人。'
		]
	});
	ruleTable('counts before the thing counted', isBlank, {
		valid: ['新建3个千吨级泊位，更新彩超等5台(套)设备，对12起违法行为立案。', '对起草工作高度重视，引起各方关注。'],
		invalid: ['新建⟦⟧个千吨级泊位，更新彩超等⟦⟧台(套)设备，对⟦⟧起违法行为立案，村党支部领办⟦⟧个专业合作社。']
	});
});

describe('units relayed from the layout branch (台套, 分贝) and a list of counts before 均已', () => {
	ruleTable('台套 and 分贝 as units', isBlank, {
		valid: ['新购置检测设备12台套，昼间平均等效声级52分贝，夜间不超过45分贝。'],
		invalid: ['新购置检测设备⟦⟧台套，实验室面积扩大至⟦⟧平方米。', '昼间平均等效声级⟦⟧分贝，功能区达标率⟦⟧%。']
	});
	ruleTable('均 of "all have been" does not end a list of measures', isBlank, {
		valid: ['门诊人次、住院人次均比上年有所增长。', '其中废水38家次、废气26家次，发现超标排放3家，均已移交执法部门处理。'],
		invalid: ['其中废水⟦⟧家次、废气⟦⟧家次，发现超标排放⟦⟧家，均已移交执法部门处理。']
	});
});

describe('counts left as spaces, audits and 只有', () => {
	ruleTable('spaces where the count was', isBlank, {
		valid: ['对全镇 18个党支部开展星级评定，带动 300户群众务工。', '四、 家校共育'],
		invalid: ['对全镇⟦ ⟧个党支部开展星级评定，带动⟦ ⟧户群众在家门口务工。']
	});
	ruleTable('audited, only so many', isBlank, {
		valid: ['完成经济责任审计26人，具备专业资格的只有6人。'],
		invalid: ['完成经济责任审计⟦⟧人，具备专业资格的只有⟦⟧人，新增客房⟦⟧间。']
	});
});

describe('safe days, backlog cases, a whole bureau', () => {
	ruleTable('counts glued to their classifier', isBlank, {
		valid: ['实现安全生产1200天，化解信访积案16件。', '检查车辆，规范运输车辆管理，在全局18个所队推广。'],
		invalid: ['实现安全生产⟦⟧天，化解信访积案⟦⟧件，在全局⟦⟧个所队推广。']
	});
});
