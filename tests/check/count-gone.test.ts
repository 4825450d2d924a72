import { describe, expect, test } from 'vitest';
import { ruleTable, isBlank } from './helpers';

/**
 * Counts whose figure is gone between a noun and the classifier that counts it (档案共计盒。,
 * 创作歌曲首，, 淘汰柴油货车辆；): when is "noun + classifier" a count, and when a word
 * (企业家, 银行家, 覆盖面)? Our own sentences, filled (valid) and with the figure gone (invalid).
 */
describe('a noun and the classifier that counts it (the collocation table)', () => {
	ruleTable('collocated nouns after an opening verb', isBlank, {
		valid: [
			'更换老化电缆36根，新装路灯120盏。',
			'全年创作原创歌曲8首，出版诗文集2册，扶持本土影视作品3部。',
			'为老旧小区加装电梯14部，惠及住户860户。',
			'整理历史档案共计2400盒。',
			'建立问题整改台账6本，逐项销号。',
			'拆除破损广告牌45块，淘汰老旧柴油货车120辆；',
			'馆藏电子期刊3.2万种，纸质图书86万册。',
			'这首歌曲，唱出了群众的心声。',
			'规范停放各类车辆，查扣违规车辆，加强运输车辆管理。',
			'综合排名位居全省榜首，全部作品均为原创。'
		],
		invalid: [
			'更换老化电缆⟦⟧根，新装路灯⟦⟧盏。',
			'全年创作原创歌曲⟦⟧首，出版诗文集⟦⟧册，扶持本土影视作品⟦⟧部。',
			'为老旧小区加装电梯⟦⟧部，惠及住户860户。',
			'整理历史档案共计⟦⟧盒。',
			'建立问题整改台账⟦⟧本，逐项销号。',
			'拆除破损广告牌⟦⟧块，淘汰老旧柴油货车⟦⟧辆；',
			'馆藏电子期刊⟦⟧万种，纸质图书86万册。'
		]
	});
	ruleTable('a magnitude or 余 before the classifier, its own figure gone', isBlank, {
		valid: ['开展燃气入户安检12.6万户次，排查隐患。', '全月清理违规占道经营300余起，其余路段正常。'],
		invalid: ['开展燃气入户安检⟦⟧万户次，排查隐患。', '全月清理违规占道经营⟦⟧余起，安置流动摊贩⟦⟧户。']
	});
});

describe('words that end in a classifier, and when they count', () => {
	ruleTable('企业家 after a verb or 其中 counts firms; after 的 or a word for people it is the entrepreneur', isBlank, {
		valid: [
			'本季度走访辖区企业32家，收集问题诉求56条。',
			'表彰优秀企业家，弘扬企业家精神。',
			'全镇现有市场主体1200户，其中企业260家、个体工商户940户。'
		],
		invalid: [
			'本季度走访辖区企业⟦⟧家，收集问题诉求⟦⟧条。',
			'全镇现有市场主体1200户，其中企业⟦⟧家、个体工商户⟦⟧户。',
			'辖区监管企业共⟦⟧户，资产总额持续增长。'
		]
	});
	ruleTable('glued words that only look like counts', isBlank, {
		valid: ['扩大社会保险覆盖面。', '全年发放贷款3.2亿元，个贷率保持在80%以上。', '在全县通报典型案例，起到了警示作用。'],
		invalid: []
	});
});

describe('a count beside another count of the same classifier', () => {
	ruleTable('the neighbouring item or clause holds a figure and the same classifier', isBlank, {
		valid: ['其中专题研讨6次；班子成员讲党课12场次。', '毕业生中升入本科院校120人、直接就业52人。', '交通事故死亡3人，受伤5人。', '开发校本教材6本，其中3本获评优秀。'],
		invalid: ['其中专题研讨6次；班子成员讲党课⟦⟧场次。', '毕业生中升入本科院校⟦⟧人、直接就业52人。', '交通事故死亡3人，受伤⟦⟧人。', '开发校本教材⟦⟧本，其中3本获评优秀。', '新增校企合作企业⟦⟧家，累计达到64家。']
	});
});

describe('the collocation table (lexicon/classifiers.ts COUNT_COLLOCATIONS)', async () => {
	const { COUNT_COLLOCATIONS } = await import('$lib/check/lexicon');
	const { checkText } = await import('$lib/check');
	test('every row counts its nouns in its example, figure written', () => {
		for (const c of COUNT_COLLOCATIONS) {
			expect(c.nouns.length, c.classifier).toBeGreaterThan(0);
			expect(c.example, c.classifier).toMatch(new RegExp(`[0-9.]+(?:万)?${c.classifier}$`));
			expect(checkText(c.example + '。').filter((f) => f.blank).map((f) => f.message), c.example).toEqual([]);
		}
	});
	test('every example with its figure deleted is a blank there', () => {
		for (const c of COUNT_COLLOCATIONS) {
			const gone = c.example.replace(/[0-9.]+/, '') + '。';
			const at = c.example.search(/[0-9]/);
			expect(checkText(gone).filter((f) => f.blank).map((f) => f.from), gone).toEqual([at]);
		}
	});
});

describe('runs of counts, pairs of counts', () => {
	ruleTable('a bare classifier after another count, a pair, a run of short counts', isBlank, {
		valid: [
			'接收文书档案860卷、1200件，开设选修课程12门、36节。',
			'全社区常住居民3100户8200人，监测法定传染病18种420例。',
			'全年办理转入学籍15人、转出9人，休学2人。',
			'学校坚持立德树人，育人为本。',
			'组织了科技节、读书节、艺术节等活动，服务老年人、残疾人。'
		],
		invalid: [
			'接收文书档案860卷、⟦⟧件，开设选修课程12门、⟦⟧节。',
			'全社区常住居民3100户⟦⟧人，监测法定传染病18种⟦⟧例。',
			// counts6 (session 15): 传染病|例 is in the collocation table now — a report counts the cases it
			// reports (报告法定传染病46例); with the figure gone the clause is a gap (was valid here before).
			'上半年报告法定传染病⟦⟧例，报告及时率100%。',
			'参加志愿服务的，其中党员⟦⟧名，群众⟦⟧名。',
			'专任教师增加到⟦⟧人。',
			'监督抽检钢筋⟦⟧组、混凝土试块⟦⟧组。',
			'全年新发现感染者⟦⟧例，组织科室开展专题学习⟦⟧期。'
		]
	});
});

describe('a count changed to a new value, visits counted, parts in brackets', () => {
	ruleTable('new value after 增加到/精简为, 家次, a bracket counting parts, 所 after an area', isBlank, {
		valid: [
			'代发工资单位由年初的46家增加到58家，公务用车由4辆精简为3辆。',
			'检查“九小场所”320家次，督促整改隐患85处。',
			'全站设收费车道10条（其中入口4条、出口6条）。',
			'中欧班列开行86列，较去年同期增加58列。',
			'全县16所乡镇卫生院中，已有12所达到标准；本学年承担3个教学班的教学任务。',
			'新增配变71台，台区低电压问题全部解决；辊压机系统优化后，台时产量由185吨提高到198吨。'
		],
		invalid: [
			'代发工资单位由年初的46家增加到⟦⟧家，公务用车由4辆精简为⟦⟧辆。',
			'检查“九小场所”⟦⟧家次，督促整改隐患85处。',
			'全站设收费车道⟦⟧条（其中入口4条、出口6条）。',
			'中欧班列开行⟦⟧列，较去年同期增加58列。',
			'全县⟦⟧所乡镇卫生院中，已有12所达到标准；本学年承担⟦⟧个教学班的教学任务。'
		]
	});
});

describe('names that hold digits, totals, quoted names in a list', () => {
	ruleTable('5G and hotline numbers are no written count; 共 before the classifier; a quoted item after a counted one', isBlank, {
		valid: [
			'建成5G智能营业厅6个，全年受理12345热线转办工单860件。',
			'全县纳入统计的公共机构共46家，组建青年讲师团1支、“青春宣讲团”2支。',
			'受理审查逮捕案件236件298人，柔性聘请行业专家12人。',
			'推进公共服务，共享发展成果，共有人员在岗。'
		],
		invalid: [
			'建成5G智能营业厅⟦⟧个，全年受理12345热线转办工单⟦⟧件。',
			'全县纳入统计的公共机构共⟦⟧家，组建青年讲师团1支、“青春宣讲团”⟦⟧支。',
			'受理审查逮捕案件236件⟦⟧人，柔性聘请行业专家⟦⟧人。',
			'选派骨干教师赴名校跟岗学习三批共⟦⟧人。'
		]
	});
});

describe('企业家 after a verb done to people', () => {
	ruleTable('约谈, 慰问 take the entrepreneurs; 对接, 走访 count firms', isBlank, {
		valid: ['下达整改通知书12份，约谈施工企业家，慰问返乡企业家。'],
		invalid: ['开展驻点招商6次，对接企业⟦⟧家，走访园区企业⟦⟧家。']
	});
});

describe('a count after 全部, before classifier + noun', () => {
	ruleTable('全部 frames a count of the whole', isBlank, {
		valid: ['全部12项高频业务实现“一网通办”，全部项目按期完工，全部名单已公示。'],
		invalid: ['全部⟦⟧项高频业务实现“一网通办”。']
	});
});

describe('parts in brackets, a magnitude after a counted noun, both values of a change gone', () => {
	ruleTable('the count beside its parts, its magnitude, its old value', isBlank, {
		valid: [
			'查处酒后驾驶120起（醉酒驾驶46起），交通事故死亡3人，受伤5人。',
			'馆藏电子图书126万种，法人户数由86户减至72户，建成充电站12座、充电桩260个，完成12个仓的熏蒸。'
		],
		invalid: [
			'其中酒后驾驶⟦⟧起（醉酒驾驶46起），交通事故死亡⟦⟧人，受伤⟦⟧人。',
			'馆藏电子图书⟦⟧万种，法人户数由⟦⟧户减至⟦⟧户，建成充电站⟦⟧座、充电桩⟦⟧个，完成⟦⟧个仓的熏蒸。'
		]
	});
});

describe('households and people, the clause going on after them', () => {
	ruleTable('户 and 人 both gone, or the second gone after a figure, then what was done for them', isBlank, {
		valid: [
			'全镇脱贫户人均纯收入达到1.6万元，每户人口不超过5人。',
			'美丽庭院示范户人居环境明显改善，这户人家生活困难。',
			'全村常住人口312户986人全部参加医保，监测对象58户173人已落实帮扶措施。',
			'由审批人签字，农户人均增收1200元。'
		],
		invalid: [
			'全镇脱贫户⟦⟧户⟦⟧人全部纳入动态监测。',
			'边缘易致贫户⟦⟧户⟦⟧人已落实帮扶措施，',
			'监测对象58户⟦⟧人全部落实帮扶措施。',
			'安置受灾群众 46 户⟦  ⟧人；'
		]
	});
});

describe('a classifier glued by the segmenter to the noun it counts, after a frame or a verb', () => {
	ruleTable('家门店, 家子公司, 家乡镇卫生院: the counted noun read from the character after the classifier', isBlank, {
		valid: [
			'大学毕业后回到家乡创业，为家乡建设贡献力量。',
			'在家门口就业，覆盖家门口的便民服务圈。',
			'全县18家乡镇卫生院全部达标，督促36家门店完成整改。',
			'在家乡企业工作，在家里办公。'
		],
		invalid: [
			'完成城区店、开发区店等⟦⟧家门店的升级改造。',
			'督促⟦⟧家门店完成整改，医共体覆盖⟦⟧家乡镇卫生院和45个村卫生室。',
			'新系统已在全公司⟦⟧家子公司推广应用。'
		]
	});
	ruleTable('a whole body (全集团, 全系统) or a first batch (首批) frames the count', isBlank, {
		valid: ['全集团上下齐心协力，全系统个人所得税申报率100%，首批项目已入园。', '确保首批12个项目入园，在全集团26家子公司上线。'],
		invalid: ['财务共享系统在全集团⟦⟧家子公司上线，全系统⟦⟧个基层单位完成改造。', '确保首批⟦⟧个项目入园，第二批⟦⟧家企业签约入驻。']
	});
	ruleTable('a count of people qualified by an age bound after a frame (为名65岁以上老人)', isBlank, {
		valid: ['为1200名65岁以上老年人免费体检，为65岁以上老人建立健康档案。'],
		invalid: ['为⟦⟧名65岁以上老年人提供免费体检，为辖区⟦⟧名80岁以上老人发放津贴。']
	});
});

describe('words whose last character is a classifier, by what the head character makes of it', () => {
	ruleTable('a room named by what it holds (样板间, 加氯间), a post (工位, 岗位), a vague 数 (数名), an occupation (养殖户), a receipt asked for (索票), a body (司法所), a portion per person (人份)', isBlank, {
		valid: [
			'精装修楼盘开工前先做样板间，水厂改造加氯间、加药间。',
			'产线新增在线检测工位，优化车间工位布局。',
			'当场抓获犯罪嫌疑人数名，另有数名在逃。',
			'针对生猪养殖户、果树种植户推出专属信贷产品。',
			'食堂坚持索证索票，原料来源可追溯。',
			'联合司法所、派出所开展矛盾纠纷排查。',
			'全年检测核酸样本3.6万人份，试剂储备充足。',
			'二是争资争项，争取上级资金。'
		],
		invalid: [
			'改造教室⟦⟧间，新建幼儿园⟦⟧所。',
			'发放宣传资料⟦⟧份，新增养殖户⟦⟧户。',
			'获教学成果奖特等奖⟦⟧项，一等奖3项、二等奖⟦⟧项。'
		]
	});
});

// counts3 (session 12): verbs of handling people and cases (处理, 留置, 起诉, 筛查, 随访, 建档,
// 转化, 结对, 注册, 扑救, 拜访, 脱困) open a count that closes its clause; 单 counts requests handled (报修|单).
describe('verbs of handling people and cases, the count closing the clause', () => {
	ruleTable('处理, 留置, 起诉 in discipline; 筛查, 随访 in health care; 建档, 转化, 结对, 注册 in schools; 报修, 扑救, 拜访, 脱困', isBlank, {
		valid: [
			'全年诫勉谈话和处理违规干部21人，依法留置3人，移送审查起诉2人。',
			'共筛查适龄儿童视力4800人，随访出院患者730人。',
			'为学困生建档36人，转化28人，师徒结对15对，新生注册2100人。',
			'受理租户报修560单，扑救山林火灾4起，拜访重点企业82家，帮助职工脱困64户。',
			'明确问题处理人和联系人，结对帮扶工作常态化。',
			'建立学生成长档案，做好报修登记，及时填写维修单，注册会计师全部持证上岗。'
		],
		invalid: [
			'全年诫勉谈话和处理违规干部⟦⟧人，依法留置⟦⟧人，移送审查起诉⟦⟧人。',
			'共筛查适龄儿童视力⟦⟧人，随访出院患者⟦⟧人。',
			'为学困生建档⟦⟧人，转化⟦⟧人，新生注册⟦⟧人。',
			'受理租户报修⟦⟧单，扑救山林火灾⟦⟧起，拜访重点企业⟦⟧家，帮助职工脱困⟦⟧户。'
		]
	});
});

describe('counts read by the kind of thing the classifier counts (lexicon COUNTED_KINDS)', async () => {
	const { COUNTED_KINDS } = await import('$lib/check/lexicon');
	const { checkText } = await import('$lib/check');
	test('every kind counts a noun of it in its example, figure written; with the figure deleted it is a blank there', () => {
		for (const k of COUNTED_KINDS) {
			expect(k.example, k.kind).toMatch(new RegExp(`[${k.lasts}][0-9.]+[${k.classifiers}]$`));
			expect(checkText(k.example + '。').filter((f) => f.blank).map((f) => f.message), k.example).toEqual([]);
			const gone = k.example.replace(/[0-9.]+/, '') + '。';
			expect(checkText(gone).filter((f) => f.blank).map((f) => f.from), gone).toEqual([k.example.search(/[0-9]/)]);
		}
	});
	ruleTable('nouns no row names, counted by their kind', isBlank, {
		valid: ['窗口共收到群众意见表412份，拍摄宣传海报图片96幅，剪辑抖音短视频38条。', '全年储备救生艇4艘，采购安全帽1200顶，更换水泵传动轴86根。', '定期回访投诉电话，拍摄的照片画质清晰。'],
		invalid: ['窗口共收到群众意见表⟦⟧份，拍摄宣传海报图片⟦⟧幅，剪辑抖音短视频⟦⟧条。', '全年储备救生艇⟦⟧艘，采购安全帽⟦⟧顶，更换水泵传动轴⟦⟧根。', '值班室接听求助电话⟦⟧通，整理会议录音⟦⟧段。']
	});
	ruleTable('a noun ending in the character its classifier is', isBlank, {
		valid: ['全年派发维修工单312单，开具整改项9项。', '坚持做到事事有回音、件件有着落。'],
		invalid: ['全年派发维修工单⟦⟧单，开具整改项⟦⟧项。', '新发展养殖蜂箱⟦⟧箱，组织帮扶结对⟦⟧对。']
	});
});

describe('a classifier read only after its nouns, after a verb of quantity or a measure of number', () => {
	ruleTable('the figure stood between them', isBlank, {
		valid: ['热线日均来电量1800通，单日最高达到2600通，全年卷烟销量同比增加420箱。', '以党员为首，做到首问负责。'],
		invalid: ['热线日均来电量⟦⟧通，单日最高达到⟦⟧通，全年卷烟销量同比增加⟦⟧箱。', '啤酒月均销量⟦⟧箱。']
	});
});

describe('a meeting counted in 场 after its name (lexicon MEETING_NAME_ENDS)', () => {
	ruleTable('召开…会场 in a clause a verb opens', isBlank, {
		valid: ['本学期召开家长会2场，举办田间演示会3场。', '提前布置会场，组织群众有序入场。'],
		invalid: ['本学期召开家长会⟦⟧场，举办田间演示会⟦⟧场。']
	});
});

describe('a count changed to a new value with no old one written (lexicon CHANGE_TO_COUNT)', () => {
	ruleTable('the classifier a word of its own right after the change', isBlank, {
		valid: ['志愿服务队伍扩充到86人，整改措施落实到位。', '年底扩充到120人，力争发展到家。'],
		invalid: ['志愿服务队伍扩充到⟦⟧人，巡查点位增加至⟦⟧处。']
	});
});
