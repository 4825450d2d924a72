/**
 * Classifiers and what they count. A classifier is also an ordinary character inside words
 * (国家, 个人, 事项), so a frame reads one as a count only where the words around allow it.
 * `notAfter` names the heads that make the classifier a word's last character by what they mean:
 * a room by what it holds (样板间, 加氯间), a post (工位, 岗位), an occupation (养殖户, 种植户),
 * a vague 数 (数名: several), a portion per person (人份), a body (司法所), a receipt asked for
 * (索票), a project competed for (争项: not 奖项, which counts after 获奖 and 一等奖), a special task (专项),
 * an office or a verb ending in 处 (管理处, 调处).
 */
import type { CharGroup, Classifier, Collocation, CountedKind } from './types';

const PEOPLE = '员工部生师众者口力才客童民兵业亡伤数士人子干女' /* counts6 (session 15): 妇女|人, 留守妇女|名 */;

export const CLASSIFIERS_TABLE: readonly Classifier[] = [
	{ char: '家', counts: '业司位院行店户市厂构社场点区所校园馆站体团台室堂者', notAfter: '学术作画法乐想善', framed: true, example: '新增规上企业6家' },
	{ char: '个', framed: true, example: '建成3个党群服务站' },
	{ char: '项', notAfter: '争专', framed: true, example: '实施民生工程12项' },
	{ char: '所', counts: '校园院站室', notAfter: '电出究务法', framed: true, example: '新建幼儿园2所' },
	{ char: '座', framed: true, example: '改造危桥4座' },
	{ char: '台', counts: '备机器车梯炉术仪', framed: true, example: '更新设备30台' },
	{ char: '套', example: '交付安置房560套' },
	{ char: '辆', example: '新增公交车40辆' },
	{ char: '件', notAfter: '构部配铸锻零元器附组物', example: '办理信访事项86件' },
	{ char: '次', example: '开展应急演练15次' },
	{ char: '场', example: '举办招聘会8场' },
	{ char: '名', counts: PEOPLE + '手任长官班志', notAfter: '件署签题数', framed: true, example: '招录教师45名' },
	{ char: '户', counts: '户庭房众民体厕所', notAfter: '心商业殖植', framed: true, example: '帮扶困难家庭120户' },
	{ char: '人', counts: PEOPLE, notAfter: '头器死伤诺责系告理护托让证介主私他本乏任', example: '培训新型农民300人' },
	{ char: '篇', framed: true, example: '发表论文9篇' },
	{ char: '期', counts: '班训课息报刊动会座号', notAfter: '口', example: '举办培训班6期' },
	{ char: '批', example: '抽检样品3批' },
	{ char: '栋', counts: '房楼舍宅', example: '建成标准厂房5栋' },
	{ char: '间', counts: '室房舍屋库', notAfter: '板氯药车生手衣时期空中民', example: '改造教室18间' },
	{ char: '宗', example: '供应土地7宗' },
	{ char: '起', counts: '故件灾纷访案情为驾警载驶', framed: true, example: '查处违法案件23起，接处警1260起' },
	{ char: '条', example: '收集意见建议64条' },
	{ char: '株', example: '补植苗木800株' },
	{ char: '棵', example: '栽种行道树260棵' },
	{ char: '盏', counts: '灯', example: '安装路灯350盏' },
	{ char: '艘', example: '检查渔船42艘' },
	{ char: '处', counts: '患题点段站位', notAfter: '事务育卫查调理', framed: true, example: '排查整改隐患96处' },
	{ char: '份', notAfter: '人身股省', example: '发放问卷1500份' },
	{ char: '张', example: '办理社保卡2600张' },
	{ char: '天', counts: '日产', example: '提前15天完成' },
	{ char: '例', counts: '诊术治查产娩例', example: '完成手术860例' },
	{ char: '块', example: '设置宣传牌40块' },
	{ char: '岁', counts: '龄', example: '为80岁以上老人发放补贴' },
	{ char: '届', example: '连续举办5届' },
	{ char: '口', counts: '池井塘窖', example: '新打机井12口' },
	{ char: '本', counts: '书证册刊案籍', notAfter: '为对由了', opensWords: true, example: '发放不动产权证书860本' },
	{ char: '眼', counts: '井泉', notAfter: '亲放着显字起', example: '新打抗旱机井12眼' },
	{ char: '支', counts: '队伍', opensWords: true, opensNames: true, example: '组建志愿服务队8支' },
	{ char: '面', counts: '旗', opensWords: true, opensNames: true, example: '获得锦旗6面' },
	{ char: '封', counts: '信函', opensWords: true, opensNames: true, example: '收到感谢信3封' },
	{ char: '架', counts: '机', opensWords: true, opensNames: true, example: '新增无人机5架' },
	{ char: '根', counts: '桩管杆柱', opensWords: true, opensNames: true, example: '更换电杆120根' },
	{ char: '笔', counts: '务款单易贷账', opensNames: true, example: '发放贷款320笔' },
	{ char: '门', counts: '程课科', opensWords: true, opensNames: true, example: '开设选修课程14门' },
	{ char: '节', counts: '课', opensWords: true, opensNames: true, example: '听课评课40节' },
	{ char: '位', counts: PEOPLE + '伙', notAfter: '工岗单职座车泊床席点方学地', opensWords: true, opensNames: true, example: '其中合伙人12位' },
	{ char: '卷', counts: '案宗档件书', framed: true, example: '接收档案1200卷' },
	{ char: '票', counts: '单货', notAfter: '发门彩股车选投钞机索', example: '受理报关单3200票' },
	{ char: '册', counts: '书刊籍本', example: '为农家书屋配送图书2400册' },
	{ char: '轮', counts: '动查察训巡', example: '开展集中巡查3轮' },
	{ char: '分', counts: '分绩', opensWords: true, opensNames: true, example: '考核得分96分' },
	{ char: '头', counts: '猪牛羊驴马畜栏', notAfter: '当奔带牵源龙码街势苗镜口案户抬开', opensWords: true, opensNames: true, example: '生猪存栏3200头' },
	{ char: '种', counts: '刊物苗籍药类', opensWords: true, opensNames: true, example: '订阅报刊120种' },
	{ char: '枚', counts: '弹章牌币', opensWords: true, opensNames: true, example: '发射增雨火箭弹36枚' }
];

export const CLASSIFIER_BY_CHAR: ReadonlyMap<string, Classifier> = new Map(CLASSIFIERS_TABLE.map((c) => [c.char, c]));

/**
 * The collocation table: what each classifier counts, by noun (see `Collocation`). Only nouns
 * whose count is read wrongly without it: the segmenter glues them to the classifier (车辆,
 * 台账本), or the character-level `counts` does not reach them (电缆|根, 院校|所). 首, 部, 盒 and
 * 组 are read as classifiers only after the nouns here (首次, 干部, 药盒, 组织 are words).
 */
export const COUNT_COLLOCATIONS: readonly Collocation[] = [
	{ classifier: '个', nouns: ['数据库', '台区'], example: '建成专题数据库12个' },
	// counts5 (session 14): parts of a whole opening with 子 or 分, which the segmenter glues to the
	// classifier before them (负责3个子课题 read as 个子|课题).
	{ classifier: '个', nouns: ['子课题', '子项目', '子公司', '子企业', '子系统', '分公司', '分中心', '分校', '分园区'], example: '承担省级子课题3个' },
	{ classifier: '家', nouns: ['子企业', '分支机构'], example: '新设立子企业3家' },
	{ classifier: '家', nouns: ['企业', '公司', '子公司', '分公司', '银行', '商户', '门店', '网点', '医院', '卫生院', '机构', '单位', '合作社'], example: '新增合作企业12家' },
	{ classifier: '户', nouns: ['企业', '摊贩', '商户', '农户', '家庭', '住户', '贫困户', '林农', '果农', '菜农', '茶农', '渔民', '牧民', '合作社', '报装', '光伏'], example: '市属监管企业共46户' },
	{ classifier: '例', nouns: ['感染者', '患者', '病人', '手术'], example: '新发现感染者12例' },
	{ classifier: '期', nouns: ['专题学习', '集中学习', '学习', '培训', '简报', '专刊', '讲座', '课堂', '云课堂'], example: '开展专题学习6期' },
	{ classifier: '人', nouns: ['专家', '博士', '硕士', '人才', '志愿者', '高考', '中考', '考试', /* people5 (session 14): talks held with so many people (诫勉谈话3人) */ '诫勉谈话', '提醒谈话', '谈心谈话', '廉政谈话'], example: '柔性聘请行业专家12人' },
	{ classifier: '件', nouns: ['工单', '来信', '来电', '来文', '信件', '信访件', '提案', '议案', '诉求', '投诉', '积案', '实事', '实事好事', /* counts6 (session 15) */ '作品', '赔案'], example: '受理热线转办工单860件，为群众办实事12件' },
	{ classifier: '根', nouns: ['电缆', '光缆', '线缆', '钢管', '管桩', '电杆', '立杆'], example: '更换老化电缆36根' },
	{ classifier: '首', nouns: ['歌曲', '原创歌', '诗歌', '诗词', '曲目', '童谣'], example: '创作原创歌曲8首' },
	{ classifier: '部', nouns: ['预案', '教材', '作品', '电梯', '影片', '电影', '剧本', '专著', '著作', '纪录片', '宣传片', '微视频', '微电影'], example: '为小区加装电梯14部' },
	{ classifier: '盒', nouns: ['档案', '案卷', '资料'], example: '整理历史档案2400盒' },
	{ classifier: '组', nouns: ['钢筋', '试块', '试件', '样品', '路灯', '雕塑'], example: '监督抽检钢筋36组' },
	{ classifier: '册', nouns: ['作品集', '画集', '文集', '诗集', '图书', '古籍', '台账', '年鉴'], example: '出版诗文集2册' },
	{ classifier: '本', nouns: ['台账', '教材', '证书', '手册', '书籍', '读本', '图书', '作业', '教案', '笔记'], example: '建立问题整改台账6本' },
	{ classifier: '块', nouns: ['广告牌', '标识牌', '展板', '宣传牌', '指示牌', '公示牌', '牌匾', '屏幕', /* counts6 (session 15) */ '光荣牌'], example: '拆除破损广告牌45块' },
	{ classifier: '辆', nouns: ['货车', '客车', '校车', '汽车', '出租车', '公交车', '渣土车', '罐车', '电动车', '摩托车', '消防车', '救护车'], example: '淘汰老旧柴油货车120辆' },
	{ classifier: '所', nouns: ['中小学', '学校', '幼儿园', '小学', '中学', '院校', '医院', '卫生院'], example: '覆盖中小学42所' },
	{ classifier: '条', nouns: ['车道', '道路', '线路', '河道', '意见', '建议', '线索', '稿件', '短视频', '短信', '问题'], example: '全站设收费车道10条，发送提醒短信2万条' },
	{ classifier: '列', nouns: ['班列', '列车'], example: '中欧班列开行86列' },
	// counts (session 10): nouns whose last character begins a word ending in the classifier (档案|卷 over 案卷, 客房|间 over 房间).
	{ classifier: '卷', nouns: ['档案', '文书档案'], example: '接收文书档案1200卷' },
	{ classifier: '间', nouns: ['客房', '教室', '病房', '库房', '用房', '平房', '厂房'], example: '新增客房36间' },
	{ classifier: '栋', nouns: ['住宅楼', '教学楼', '宿舍楼', '办公楼', '综合楼', '楼房', '厂房'], example: '新建住宅楼12栋' },
	{ classifier: '种', nouns: ['植物', '动物', '作物', '药物'], example: '收集珍稀植物86种' },
	// counts (session 10): documents counted in 份 (责任书, 案卷, 问卷).
	{ classifier: '份', nouns: ['责任书', '承诺书', '协议书', '申请书', '倡议书', '案卷', '材料', '问卷', '试卷', '答卷', '合同', '协议', '报告', '简报', '文件', '提案', '建议', '意见书', /* counts6 (session 15) */ '保护令'], example: '签订安全生产责任书120份' },
	// counts (session 10): pairs (师徒, 夫妇) and the paired service areas of a road, counted in 对.
	{ classifier: '对', nouns: ['师徒', '夫妇', '夫妻', '服务区', '孕前检查', '婚前检查', '孕检', '婚检', /* counts5 (session 14): couples registered, pairs formed */ '婚姻登记', '结婚登记', '离婚登记', '健康检查', '结对'], example: '全年新增结对师徒12对，办理婚姻登记860对' },
	// counts5 (session 14): people whose noun ends in no character 名 counts by itself (有名同学 reads as 有名|同学).
	{ classifier: '名', nouns: ['同学', '老人', '妇女', '青年', '少年', '学子'], example: '表彰优秀学子36名' },
	// counts5 (session 14): doses of Chinese medicine.
	{ classifier: '剂', nouns: ['中药', '汤药', '颗粒剂'], example: '全年代煎中药1.2万剂' },
	// counts5 (session 14): cigarettes and drinks sold by the case.
	{ classifier: '箱', nouns: ['卷烟', '香烟', '白酒', '啤酒', '饮料', '牛奶'], example: '全年销售卷烟3.2万箱' },
	{ classifier: '种', nouns: ['图书', '期刊', '报刊', '数据库', '产品', '药品', '品种'], example: '馆藏电子期刊3.2万种' },
	// nouns (session 11): 具 counts stretchers and bodies; 通 counts calls and messages. Not 灭火器 or
	// 呼吸器: 灭火器具 and 呼吸器具 are words of their own (各教室配备灭火器具，), and a clause ending in
	// one reads as filled.
	{ classifier: '具', nouns: ['担架', '遗体', '尸体'], example: '救护站配备担架12具' },
	{ classifier: '通', nouns: ['来电', '电话', '去电', '热线电话', '短信', '回访电话'], example: '全年受理来电12万通，拨打回访电话3600通' },
	// counts4 (session 13): 只 counts meters, extinguishers and small animals; elsewhere it is "only" (只有, 只要), never closing a clause.
	{ classifier: '只', nouns: ['水表', '电表', '气表', '智能表', '灭火器', '动物', '野生动物', '候鸟', '鸟类', '家禽', '鸡', '鸭', '鹅', '羊', '兔', '蜂箱', '垃圾桶'], example: '更换老旧水表860只，救助受伤野生动物12只' },
	// counts3 (session 12): 单 counts requests and orders handled (报修|单); elsewhere 单 opens words (单位, 单项) or ends them (清单, 名单).
	{ classifier: '单', nouns: ['报修', '维修', '派单', '订单', '保单'], example: '全年受理住户报修420单' },
	// people5 (session 14): the people a teacher, a doctor or a village secretary counts in 名 and 位
	// (班里有42名同学, 为36位高龄老人送餐), and the films a study session shows (观看警示教育片3部).
	{ classifier: '名', nouns: ['同学', '学生', '困难学生', '留守儿童', '儿童', '老人', '高龄老人', '老干部', '退休老干部', '村民', '居民', '群众'], example: '结对帮扶困难学生12名' },
	{ classifier: '位', nouns: ['同学', '学生', '老人', '高龄老人', '老干部', '退休老干部', '老党员', '村民', '居民', '群众', '教师', '老师', '医生', '专家', '家长'], example: '春节前慰问退休老干部8位' },
	{ classifier: '部', nouns: ['警示教育片', '教育片', '专题片'], example: '组织观看警示教育片3部' },
	// counts6 (session 15): nouns whose last character glues to the classifier after them (传染|病例,
	// 供应|商家, 工作|票张) or that the character-level counts miss, read as counted by it.
	{ classifier: '例', nouns: ['传染病', '法定传染病', '出生缺陷', '严重出生缺陷', '个案'], example: '全年网络直报法定传染病46例，转介心理个案12例' },
	{ classifier: '家', nouns: ['供应商', '经销商', '服务商', '承包商', '运营商', '开发商', '农家乐'], example: '新开发合格供应商8家' },
	{ classifier: '张', nouns: ['工作票', '操作票', '作业票', '动火票', '床位', '病床', '罚单', '处方', '折叠床'], example: '全年办理动火作业票420张' }
];

/*
 * ── counts (session 10): what classifiers count alike, and which follow 的 as a count ──
 */
/**
 * Classifiers that count the same kind of thing (households and people, cases): a list item
 * stating its figure with one of them (特困供养12人) makes a bare one of the same kind in the
 * item beside it a count (低保户、特困供养12人), as the same classifier does (一等奖3项、二等奖项).
 */
export const COUNT_KINDS: readonly CharGroup[] = [
	{ chars: '人名位户', why: 'people and households, counted side by side', example: '全村纳入低保36户、特困供养12人。' },
	{ chars: '起件宗', why: 'cases and matters', example: '查处违法案件12起、信访事项8件。' }
];

/**
 * Classifiers read as a count right after 的 closing a description (已办结的86件, 投资5亿元以上的
 * 12个): 的 + classifier + clause end says "so many of those". Not 人, 家, 天, 面, 口, 门, 分,
 * 头, 本, 种, 位 (的人, 的家, 的天: nouns of their own after 的) nor those read only after their
 * nouns.
 */
export const DE_COUNT_CLASSIFIERS: CharGroup = {
	chars: '个项所座台套辆件次场名户篇批栋间宗起条株棵盏艘处份张例块届笔节卷票册轮枚',
	why: 'a count of the things just described',
	example: '已经办结的86件，投资5亿元以上的12个。'
};

/**
 * counts7 (session 15): classifiers that open or close so many words the segmenter splits
 * (户厕, 家访, 推门听课, 人均, 分部, 住院部, 本责任书: 本 as "this") that a count before one is
 * read without a counting verb only after a magnitude (动员全市万户居民).
 */
export const CLASSIFIERS_IN_WORDS: CharGroup = {
	chars: '人天岁分本门轮对通户家处间例件期头种部',
	why: 'classifiers that also open or close common words',
	example: '改造农村户厕，开展家访，实行推门听课，人均收入增长，签订本责任书。'
};

/**
 * counts8 (session 16): kinds of things and the classifiers that count them, by the last
 * characters of their nouns (see `CountedKind`): 照片|幅, 视频|段, 督办单|份, 刀具|把, 新菜|道,
 * 冲锋舟|艘, 帐篷|顶 — whatever noun of the kind stands there, where the collocation table
 * names nouns one by one. Not 会|场 (会场), 车|辆 (车辆), 线|条 (线条): the segmenter glues them.
 */
export const COUNTED_KINDS: readonly CountedKind[] = [
	{ kind: 'documents, forms and writs', lasts: '单表书函卷令', classifiers: '份', example: '收回群众满意度调查表860份，签发人身安全保护令12份' },
	{ kind: 'forms, cards and tickets', lasts: '单表卡票', classifiers: '张', example: '开具电子罚单320张' },
	{ kind: 'images', lasts: '画图照像片', classifiers: '幅张', example: '征集老照片260幅' },
	{ kind: 'clips and recordings', lasts: '频像音', classifiers: '段条', example: '调取执法记录仪视频36段' },
	{ kind: 'calls', lasts: '话电', classifiers: '通', example: '拨打回访电话3600通' },
	{ kind: 'tools with a handle', lasts: '刀具锁伞椅锹扇钳斧', classifiers: '把', example: '收缴管制刀具32把' },
	{ kind: 'dishes and questions', lasts: '菜肴题', classifiers: '道', example: '推出时令新菜12道' },
	{ kind: 'boats', lasts: '船舟艇筏', classifiers: '艘', example: '储备冲锋舟6艘' },
	{ kind: 'tents, hats and helmets', lasts: '篷帽盔', classifiers: '顶', example: '储备救灾帐篷300顶' },
	{ kind: 'buildings', lasts: '楼房舍厦栋', classifiers: '幢座', example: '新建安置楼12幢' },
	{ kind: 'small structures and bridges', lasts: '亭桥', classifiers: '座', example: '设置垃圾分类投放亭36座，改造危桥4座' },
	{ kind: 'plots and zones', lasts: '块区', classifiers: '处', example: '施划非机动车停放区46处' },
	{ kind: 'beds', lasts: '床', classifiers: '张', example: '储备折叠床800张' },
	{ kind: 'grounds and fields', lasts: '场田林园', classifiers: '片', example: '新建社区运动场8片' },
	{ kind: 'long things', lasts: '轴管杆桩柱缆绳梁', classifiers: '根', example: '加工曲轴3600根' },
	{ kind: 'beams', lasts: '梁', classifiers: '片', example: '预制箱梁120片' },
	{ kind: 'camera channels', lasts: '控头', classifiers: '路', example: '新装高清监控86路' },
	{ kind: 'prescriptions', lasts: '方', classifiers: '剂料', example: '制作冬令膏方260料' },
	{ kind: 'small animals', lasts: '羊鸡鸭鹅兔鸟禽犬猫', classifiers: '只', example: '推广优良种公羊40只' },
	{ kind: 'homes', lasts: '房', classifiers: '套', example: '交付安置房560套' },
	{ kind: 'roads, ditches and streets', lasts: '路渠沟街巷河', classifiers: '条', example: '整治背街小巷14条' }
];
