/**
 * Character classes and word lists of report prose that are neither units, classifiers nor
 * verbs. All of it is written against the folded text (simplified characters, half-width
 * digits; see text/normalize.ts).
 */
import type { WordGroup } from './types';
import { NAME_KINDS } from './names';

/**
 * Every character that stands in for a hidden digit or name in a template text (20xx, **集团, __,
 * ××镇, ○○, □□, 2?年): the one list of them. The tagger reads its masks by it (tagger
 * PLACEHOLDER_CHARS is this list); the frames and rules read the subsets below, each for its
 * named reason.
 */
export const MASK_CHARS = 'xX×*_?□○';
/**
 * The masks a frame reads as a figure's stand-in beside a unit or a numeral (增长x%, 20__年, 资金*亿元):
 * all but ○, which is also the zero of a Chinese numeral (二○二三年, 一○八国道); a frame that wants
 * it adds it where no numeral can stand.
 */
export const MASK = MASK_CHARS.replace('○', '');
/**
 * The masks that hide digits when they run or sit among digits (XXXXX, 1**86, 4X.7, ××%): a cell
 * or a token holding them is a figure. A run of _ is also a line to write on, ○ and □ also a name
 * (○○公司, □□镇), ? a question mark: those say a figure only alone in a cell (CELL_ONLY_MASKS).
 */
export const DIGIT_MASKS = 'xX×*';
/**
 * Masks that stand for a whole figure when they fill a table cell alone (| * |, ⇥○○⇥, | _ |),
 * though alone elsewhere they are something else: a lone * a footnote mark, ○ a bullet, □ a lost
 * character, _ a line to write on. Not × (a checklist's cross, | × |), not ? (a question), and not
 * x or X, which the mask rules read anywhere.
 */
export const CELL_ONLY_MASKS = '*○□_';
/** Chinese numerals and vague-quantity characters: a unit after them already has its number. */
export const CN_NUMERAL = '〇零一二三四五六七八九十百千万亿两几数半多余廿卅';

/**
 * What follows a unit when the unit names a class, not an amount: 亿元以上项目, 亿元企业,
 * 千万元级, 万元户, 亿元大关.
 */
export const CATEGORY_AFTER_UNIT = [
	'以上', '以下', '以内', '以外', '之上', '之下', '级', '企业', '公司', '项目', '工程', '大项目', '规模',
	'大关', '台阶', '关口', '量级', '户', '村', '大村', '大镇', '强镇', '大县', '强县', '俱乐部', '行列',
	'产业', '集群', '楼宇', '档', '区间', '数', '以及以上'
];

/** Characters before a unit that make it a class or an estimate, not a slot: 超亿元, 近亿元, 每亩. */
export const VAGUE_BEFORE_UNIT = '超过逾近上每各若干成整破单首亿万';

/** Characters before a currency that make it the currency's name: 以美元结算, 兑换美元. */
export const CURRENCY_NAME_BEFORE = '以按换折兑';

/** Punctuation that ends a clause: a figure belongs before it. */
export const CLAUSE_END = '，。；、,;：:！？!?）)」』”"…';

/** Common surnames: 张某某 is a person written anonymously on purpose, not a gap. */
export const SURNAMES =
	'王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤';


/**
 * Titles of office: a person's name stands right after one on a heading or signature line
 * (城关镇党委书记　王建国, 项目部 项目经理 李文华) or right before one in prose (王建国书记). The one
 * list of them (rules/data/names.ts reads it for a 范文's people).
 */
export const OFFICE_TITLES: readonly string[] = [
	'书记', '主任', '局长', '县长', '镇长', '乡长', '区长', '市长', '省长', '厅长', '处长', '科长', '股长', '所长', '站长', '队长',
	'校长', '院长', '园长', '馆长', '行长', '厂长', '社长', '会长', '部长', '组长', '村长', '主席', '委员', '秘书长', '理事长',
	'董事长', '经理', '总监', '主管', '指导员', '教导员', '总工程师',
	'民警'
];

/**
 * Where a person's name stands in a report. A mask in one of these places is a masked name
 * whatever its form (×××, ××, ***, **, xx, ○○, ____, a lone letter) and whatever spaces or
 * punctuation stand around it: 述职人: ×××, 党委书记　××, 负责人（签字）：________, ××× 同志.
 * `before`: the words stand before the name, a colon, spaces or a closing bracket between
 * (负责人（签字）：); `after`: after it. `masked` marks the mask with ⟦⟧; `filled` is the same line
 * with a name (both are tests: lexicon.test.ts).
 */
export interface NamePlace {
	words: readonly string[];
	side: 'before' | 'after';
	why: string;
	masked: string;
	filled: string;
}
export const PERSON_NAME_PLACES: readonly NamePlace[] = [
	{ words: OFFICE_TITLES, side: 'before', why: 'a title of office, its holder named after it', masked: '城关镇党委书记　⟦×××⟧', filled: '城关镇党委书记　王建国' },
	{
		words: [
			'本人', '述职人', '述廉人', '报告人', '汇报人', '发言人', '讲话人', '主持人', '记录人', '联系人', '负责人', '责任人', '承诺人',
			'经办人', '填报人', '填表人', '审核人', '审批人', '申请人', '起草人', '考核人', '法定代表人', '法人代表', '姓名', '我叫'
		],
		side: 'before',
		why: 'a field the writer fills with a person\'s name',
		masked: '述职人: ⟦×××⟧',
		filled: '述职人: 王建国'
	},
	{ words: ['签字', '签名'], side: 'before', why: 'a signature field, signed in the name', masked: '负责人（签字）：⟦________⟧', filled: '负责人（签字）：王建国' },
	{ words: ['盖章', '签章'], side: 'before', why: 'a seal field: the unit\'s name is typed where its seal goes (the blind golds label the line, as they do signature lines)', masked: '承诺单位（盖章）：⟦________⟧', filled: '承诺单位（盖章）：青石镇人民政府' },
	{ words: ['同志', '先生', '女士'], side: 'after', why: 'a form of address after a name', masked: '⟦×××⟧ 同志任职以来勤勉尽责。', filled: '王建国 同志任职以来勤勉尽责。' }
];

/**
 * Words that end the name of a place, an organisation or an estate (name heads): a single letter
 * or mask standing alone right before one, or one space before it, stands for the name (x片区,
 * ×水厂, H重工, k新材料, Z 建设集团). `letters`: `any` — any lone Latin letter or the masks x X ×
 * (and ○ after a character) read so; `mask` — only the masks: a real letter before these words is a
 * label (A组, B段, C车间, 一号楼A座). `masked` marks the masks with ⟦⟧ (a test: lexicon.test.ts).
 * A letter that opens a real term (A股, B超, X光) is read by LETTER_TERMS (exceptions.ts).
 */
export interface NameHeadGroup {
	words: readonly string[];
	letters: 'any' | 'mask';
	why: string;
	masked: string;
}
export const NAME_HEADS: readonly NameHeadGroup[] = [
	{
		words: ['省', '市', '县', '区', '镇', '乡', '村', '街道', '社区', '开发区', '经济开发区', '经济技术开发区', '高新区', '工业园', '工业园区', '产业园', '港'],
		letters: 'any',
		why: 'an area or a port, named before its kind',
		masked: '企业主要分布在⟦k⟧县和⟦x⟧工业园，与周边⟦H⟧港相比仍有差距。'
	},
	{
		words: ['公司', '集团', '银行', '医院', '学校', '大学', '中学', '小学', '事务所', '合作社', '厂', '水厂', '电厂', '海关', '仓储中心', '物流中心'],
		letters: 'any',
		why: 'an organisation, named before its kind',
		masked: '⟦×⟧水厂扩建完成，⟦o⟧物流中心投入运营。'
	},
	{
		words: NAME_KINDS.find((k) => k.kind === 'trade')!.words,
		letters: 'any',
		why: 'a company named by its trade (the trade word ends a short firm name; the trades are NAME_KINDS\' in names.ts, one list)',
		masked: '推进⟦H⟧重工二期、⟦k⟧新材料和⟦Z⟧ 建设集团承建的项目。'
	},
	{
		words: ['花园', '国际广场', '广场', '小区', '家园', '大厦', '新村', '商城'],
		letters: 'any',
		why: 'an estate or a building, named before its kind',
		masked: '在⟦X⟧花园、⟦X⟧国际广场推行智慧物业。'
	},
	{
		words: ['片区', '园区', '州', '局', '企业', '组', '城', '段', '班', '车间', '路', '河'],
		letters: 'mask',
		why: 'a part of a place or of a unit: a real letter before it is a label (A组, B段), a mask hides its name',
		masked: '启动⟦×⟧ 片区改造，解决⟦x⟧组、⟦x⟧组的饮水问题，举办“乐购⟦x⟧城”活动。'
	},
	{
		words: ['大道', '大街', '街', '巷', '山', '湖', '岛'],
		letters: 'mask',
		why: 'a street, a mountain or a lake, named before its kind: a real letter there is a label (B大道 on a plan), a mask hides its name',
		masked: '拓宽⟦x⟧大道、⟦×⟧街，提升⟦X⟧山景区和⟦X⟧湖公园。'
	},
	{
		words: [...OFFICE_TITLES, '同学', '同志', '老师', '先生', '女士'],
		letters: 'any',
		why: 'a person named by a letter before a title or a form of address',
		masked: '销售部⟦A⟧经理带队走访客户，⟦x⟧同学被评为市级三好学生。'
	}
];

/**
 * The case of a lone Latin letter in Chinese prose. A real label or grade is written upper case
 * (A组, B类, C车间, 一号楼A座); a lower-case letter standing alone right before a Chinese
 * character is a placeholder for a name, whatever word follows (k县, m园区, x塑业, x投递班, h市):
 * so it needs no name head after it. The terms and prefixes a lower-case letter opens (x轴, e家园)
 * are read by LETTER_TERMS and NET_PREFIX_LETTERS (exceptions.ts). In the blind golds every such
 * letter (47 of 47, session 13) is a masked name. `masked` marks them with ⟦⟧, `filled` is the same
 * text with labels and terms (both are tests: lexicon.test.ts).
 */
export const LOWER_CASE_NAME_LETTERS: { letters: string; why: string; masked: string; filled: string } = {
	letters: 'abcdefghijklmnopqrstuvwxyz',
	why: 'labels and grades are upper case; a lone lower-case letter before a character hides a name',
	masked: '加快⟦m⟧园区二期建设，⟦x⟧木业扩产，⟦k⟧县企业分布在⟦h⟧市周边。',
	filled: '加快A园区二期建设，B类企业扩产，以x轴表示月份。'
};

/**
 * The words a template's placeholder ends with: the name of the field to fill ([公司名称],
 * 【员工姓名】, <单位全称>, [具体金额], {会议日期}). A square, angle or curly bracket holding a short
 * phrase that ends in one of them is a blank, unless it opens its line (【活动时间】 opening a line
 * labels what follows it). `value` says what goes in: a name, a number (the unit after the bracket
 * is the blank's), a date. `masked` marks the placeholders with ⟦⟧, `filled` is the same kind of
 * text filled in (both are tests: lexicon.test.ts).
 */
export interface PlaceholderField {
	words: readonly string[];
	value: 'name' | 'number' | 'date';
	masked: string;
	filled: string;
}
export const PLACEHOLDER_FIELDS: readonly PlaceholderField[] = [
	{
		words: ['名称', '全称', '简称', '姓名', '名字', '人名'],
		value: 'name',
		masked: '我是⟦[公司名称]⟧财务部主管，⟦【联系人姓名】⟧负责对接，⟦<单位全称>⟧盖章。',
		filled: '我是青石建设集团财务部主管，【活动时间】2026年3月。'
	},
	{
		words: ['数字', '数值', '数量', '金额', '数额', '比例', '百分比'],
		value: 'number',
		masked: '完成投资⟦[具体金额]⟧万元，排查隐患⟦{具体数字}⟧项。',
		filled: '完成投资3.2亿元，详见参考文献[3]。'
	},
	{
		words: ['日期', '时间', '年份', '月份'],
		value: 'date',
		masked: '于⟦[会议日期]⟧召开全体职工大会。',
		filled: '【会议时间】2026年3月12日\n【会议地点】三楼会议室'
	}
];

/** Words ending in a classifier character that the segmenter does not always keep whole (立项, 名次). */
export const CLASSIFIER_TAIL_WORDS: readonly WordGroup[] = [
	{ words: ['立项', '本项', '弱项', '强项', '该项', '此项', '各项', '逐项', '分项', '单项', '专项', '事项', '款项', '选项'], why: '项 ends a word', example: '补齐短板弱项。' },
	{ words: ['园所', '场所', '处所', '诊所', '厕所'], why: '所 ends a word', example: '推进智慧园所建设。' },
	{ words: ['车次', '班次', '名次', '席次', '主次', '层次', '档次', '频次', '位次', '等次'], why: '次 ends a word', example: '提升服务档次，考核评为一等次。' },
	{ words: ['换届', '应届', '历届', '往届', '本届', '上届'], why: '届 ends a word', example: '社区居委会顺利完成换届，吸纳应届毕业生。' }
];

/** Words that begin with a classifier character (台站, 家庭, 人员): never a count before a noun. */
export const CLASSIFIER_HEAD_WORDS: readonly WordGroup[] = [
	{ words: ['台站', '台资', '台风', '台账', '台阶', '台次'], why: '台 opens a word', example: '建立问题台账。' },
	{ words: ['家庭', '家长', '家访', '家属', '家园', '家乡', '家政', '家校', '家风', '家教', '家电', '家具', '家居', '家务', '家族', '家禽', '家畜', '家数', '家底', '家门', '家里', '家中'], why: '家 opens a word', example: '组织教师开展家访。' },
	{ words: ['人员', '人才', '人口', '人群', '人居', '人事', '人大', '人工', '人均'], why: '人 opens a word', example: '引进各类人才。' },
	{ words: ['项目', '项下', '项数'], why: '项 opens a word', example: '新建项目全部开工。' },
	{ words: ['宗教'], why: '宗 opens a word', example: '做好民族宗教工作。' },
	{ words: ['位于', '位置', '位列', '位次', '位居'], why: '位 opens a word', example: '园区位于城区东部。' },
	{ words: ['卷宗', '卷入', '卷面'], why: '卷 opens a word', example: '规范卷宗管理。' },
	{ words: ['起草', '起步'], why: '起 opens a word', example: '牵头起草实施方案。' },
	{ words: ['座谈', '座位'], why: '座 opens a word', example: '召开企业座谈会。' },
	{ words: ['份额'], why: '份 opens a word', example: '扩大市场份额。' },
	{ words: ['条线', '条例', '条件'], why: '条 opens a word', example: '改善办学条件。' },
	{ words: ['名录', '名优', '名师', '名单', '名誉', '名称', '名义', '名额', '名牌', '名片', '名胜', '名家', '名次', '名列'], why: '名 opens a word', example: '建立名师工作室。' },
	{ words: ['场景', '场所', '场地', '场次', '场站'], why: '场 opens a word (场站: the stations of a utility)', example: '规范经营场所，推进场站无人值守。' },
	{ words: ['批评', '批准', '批复', '批量', '批次'], why: '批 opens a word', example: '开展批评与自我批评。' },
	{ words: ['期间', '期限'], why: '期 opens a word', example: '节日期间加强值守。' },
	{ words: ['次数', '次生', /* people (session 11): the day, month or year after */ '次日', '次月', '次年', '次要', '次序'], why: '次 opens a word', example: '防范次生灾害，次日复盘。' },
	{ words: ['件数'], why: '件 opens a word', example: '统计办件数。' },
	{ words: ['户户', '户籍', '户用', '户外', '户主', '户型', '户均', '户数', '户口', '户内', '户厕'], why: '户 opens a word', example: '推进户用光伏，改造户厕。' },
	{ words: ['个体', '个人', '个性', '个别', '个案', '个数', '个税'], why: '个 opens a word', example: '扶持个体工商户。' },
	{ words: ['张贴'], why: '张 opens a word', example: '张贴宣传标语。' },
	{ words: ['天然', '天网'], why: '天 opens a word', example: '推进天然气入户。' },
	{ words: ['例会'], why: '例 opens a word', example: '坚持每周例会。' },
	{ words: ['块状'], why: '块 opens a word', example: '发展块状经济。' },
	{ words: ['届时'], why: '届 opens a word', example: '届时将组织验收。' },
	{ words: ['本页', '本次', '本人', '本单位', '本着', '本身', '本职'], why: '本 opens a word for this one (this page, this time, oneself)', example: '本次检查覆盖全县，本人严格自律，本页共1页。' },
	{ words: ['口岸'], why: '口 opens a word', example: '优化口岸营商环境。' },
	{ words: ['所有', '所得', '所属', '所在', '所谓', '所以', '所长'], why: '所 opens a word', example: '覆盖所有行政村。' },
	{ words: ['间隔'], why: '间 opens a word', example: '缩短间隔时间。' },
	{ words: ['处置', '处理', '处级', '处处', '处在', '处于', '处室', '处长'], why: '处 opens a word', example: '及时处置突发事件，举办处级干部培训班。' },
	// counts (session 10):
	{ words: ['个险'], why: '个 opens the word for individual insurance', example: '个险渠道新单保费增长较快。' }
];

/*
 * ── counts (session 10): words that end in a classifier character ──
 * The one table of them: a classifier standing bare at the end of a clause is no count where one
 * of these words ends at it (困难户, 停车场, 楼栋, 奖项). Read through `classifierWordEnding`
 * (derived.ts), which also reads CLASSIFIER_TAIL_WORDS and CLASSIFIER_TAIL_PHRASES. Left out on purpose: words that are also "noun + its classifier" in a
 * count (会场 of 分析会|场, 信件, 案件 of 结案|件, 灯盏 of 路灯|盏, 作业本, 读本, 企业家, 店家 of
 * 药店|家), and
 * verbs whose first character ends a noun before a count (出场, 到场 of 演出|场). A word whose
 * head ends a longer noun the classifier counts (客房|间 over 房间, 档案|卷 over 案卷, 住宅楼|栋
 * over 楼栋) is read as that count: classifierWordEnding says so.
 * frames read those by the collocation table and the verbs.
 * Each group: one classifier, what its words are, an example the checker leaves quiet.
 */
export const CLASSIFIER_END_WORDS: readonly WordGroup[] = [
	{ words: ['困难户', '低保户', '贫困户', '脱贫户', '特困户', '五保户', '监测户', '帮扶户', '拆迁户', '个体户', '专业户', '养殖户', '种植户', '钉子户', '移民户', '军属户', '农户', '用户', '客户', '住户', '散户', '大户', '商户', '账户', '门户', '窗户', '落户', '入户', '开户', '到户', '销户', '过户'], why: '户 ends a word for a household of a kind, a client or an account', example: '党员干部结对联系困难户，帮助用户开户。' },
	{ words: ['停车场', '菜市场', '养殖场', '屠宰场', '垃圾场', '堆场', '晒场', '砂石场', '采石场', '弃土场', '渣土场', '市场', '广场', '农场', '牧场', '林场', '现场', '球场', '运动场', '体育场', '游乐场', '商场', '战场', '立场', '剧场', '考场', '操场', '机场', '职场', '卖场', '靶场', '秀场', '当场', '主场', '官场', '进场', '退场', '离场', '入场', '散场', '在场', '登场', '收场'], why: '场 ends a word for a place or a stand, or a verb of entering or leaving a site (进场, 退场)', example: '景区新建停车场、游客中心，规范农贸市场，施工单位按期进场，整治砂石堆场。' },
	// lines8 (session 16): 清退出场, sending someone off a site (清退|出场); 演出|场 is still a count of shows.
	{ words: ['清退出场', '退出场'], why: '场 ends 出场 of leaving a site, after 清退 or 退 (not 演出|场, a count of shows)', example: '对违章三次的人员一律清退出场。' },
	{ words: ['残疾人', '老年人', '年轻人', '当事人', '申请人', '责任人', '负责人', '联系人', '代理人', '监护人', '带头人', '接班人', '继承人', '合伙人', '发起人', '举报人', '嫌疑人', '受害人', '纳税人', '老人', '本人', '他人', '家人', '法人', '别人', '亲人', '主人', '恩人', '好人', '能人', '新人', '名人', '盲人', '聋人'], why: '人 ends a word for a person of a kind (not 工人, 客人, 军人: 职工|人, 游客|人 are counts)', example: '民警帮助走失老人回家，约谈企业负责人。' },
	{ words: ['职业经理人', '环卫工人', '产业工人', '育人', '树人', '管人', '识人', '做人', '感人', '惊人', '喜人', '骗人'], why: '人 is the object of a verb of one character (育人, 管人), or ends a word for a profession (职业经理人, 环卫工人: not 环卫工|人 closing a count, which a figure or a verb opens); not 助人, 动人, 用人, 待人, 选人, which end 补助|人, 带动|人, 录用|人, 接待|人, 推选|人', example: '坚持立德树人，用制度管人。' },
	{ words: ['楼栋'], why: '栋 ends the word for the blocks of an estate', example: '网格服务延伸到小区、楼栋。' },
	{ words: ['奖项', '增项', '不符合项', '缺项', '漏项', '加分项', '减分项', '扣分项', '否决项', '必选项', '可选项'], why: '项 ends a word for a prize or an item of a checklist', example: '选送作品荣获市级大赛奖项，内审未发现不符合项。' },
	{ words: ['车辆'], why: '辆 ends the word for vehicles', example: '规范停放各类车辆。' },
	{ words: ['文件', '条件', '事件', '软件', '硬件', '邮件', '证件', '附件', '零件', '配件', '部件', '组件', '元件', '构件', '课件', '要件', '快件', '真实事件', '易损件', '复印件', '紧固件', '预制件', '杆件', '管件'], why: '件 ends a word for a thing (真实事件: not 实事|件; 易损件, 紧固件, 预制件: parts of a kind)', example: '及时处置突发事件，改善办学条件，梳理设备易损件，规范使用紧固件、预制件。' },
	{ words: ['国家', '专家', '大家', '作家', '画家', '商家', '农家', '东家', '人家', '老家', '自家', '全家', '万家', '管家', '行家', '赢家', '买家', '卖家', '玩家', '名家', '独家', '酒家', '回家', '在家', '居家', '到家', '安家', '成家', '起家', '当家', '搬家', '科学家', '艺术家'], why: '家 ends a word for a country, a person or a home', example: '组织专家走访商家，帮助农户回家创业。' },
	{ words: ['其次', '依次', '再次', '首次', '屡次', '初次', '历次', '上次', '下次'], why: '次 ends a word for an order or an occasion', example: '其次要依次推进，首次实现。' },
	{ words: ['姓名', '排名', '署名', '报名', '签名', '提名', '命名', '点名', '实名', '匿名', '知名', '著名', '闻名', '冠名', '更名', '罪名', '地名', '品名', '题名', '联名', '除名', '驰名', '同名', '域名', '药名', '书名', '菜名', '店名', '校名', '村名', '网名', '化名', '别名', '全名', '原名', '学名', '俗名', '笔名', '译名', '美名', '虚名'], why: '名 ends a word for a name or naming (药名, 书名: the name of a kind of thing; not 人名, which ends 先进个人|名)', example: '组织学生报名，实行实名登记，打造知名品牌，为药名标注拼音。' },
	{ words: ['岗位', '单位', '职位', '座位', '车位', '泊位', '床位', '席位', '地位', '学位', '方位', '点位', '站位', '到位', '首位', '各位', '品位', '档位', '价位', '水位', '工位', '摊位', '展位', '定位', '错位', '补位', '缺位', '就位', '本位', '重点部位', '关键部位', '要害部位', '薄弱部位', '危险部位', '隐蔽部位', '施工部位'], why: '位 ends a word for a post, a seat or a place (重点部位: a part of a site; not 干部|位, which counts people)', example: '资金全部到位，增设停车泊位，盯紧重点部位、要害部位。' },
	{ words: ['办事处', '管理处', '联络处', '接待处', '秘书处', '登记处', '筹备处', '售票处', '审计处', '科研处', '教务处', '财务处', '人事处', '学生处', '保卫处', '后勤处', '基建处', '外事处', '国资处', '研究生处', '好处', '难处', '长处', '短处', '坏处', '到处', '住处', '去处', '用处', '益处', '出处', '相处', '之处', '处处'], why: '处 ends a word for an office (审计处, 教务处: the offices of a university or a bureau) or a point', example: '设立驻外联络处，找准不足之处。' },
	{ words: ['身份', '省份', '股份', '月份', '年份', '县份'], why: '份 ends a word', example: '核实人员身份，优化股份结构。' },
	{ words: ['作业票', '工作票', '操作票', '支票', '汇票', '船票', '传票', '税票', '本票'], why: '票 ends a word for a paper of value', example: '规范支票和汇票管理。' },
	{ words: ['今天', '明天', '昨天', '每天', '当天', '天天', '整天', '春天', '夏天', '秋天', '冬天', '前天', '后天', '白天', '雨天', '晴天', '半天', '聊天', '蓝天', '航天', '露天', '全天', '阴天', '雪天', '伏天', '冷天', '热天'], why: '天 ends a word for a day, a season or the sky', example: '坚持每天巡查，守护蓝天。' },
	{ words: ['时期', '长期', '短期', '近期', '定期', '到期', '逾期', '同期', '上期', '本期', '当期', '初期', '中期', '后期', '末期', '前期', '早期', '学期', '假期', '工期', '周期', '日期', '星期', '预期', '如期', '延期', '限期', '过期', '按期', '分期', '任期', '汛期', '攻坚期', '窗口期', '过渡期', '关键期', '机遇期', '突破期', '高峰期', '保质期', '有效期', '试用期'], why: '期 ends a word for a span of time', example: '如期完成工期，安全度过汛期。' },
	{ words: ['时间', '空间', '区间', '房间', '田间', '夜间', '晚间', '之间', '其间', '坊间', '乡间', '林间', '瞬间'], why: '间 ends a word for a time or a space', example: '压缩办理时间，拓展发展空间。' },
	{ words: ['线条', '头条', '欠条', '借条', '收条', '便条', '纸条', '教条', '链条', '萧条', '信条', '金条', '工资条', '封条', '字条', '白条', '假条', '请假条', '留言条'], why: '条 ends a word for a strip or a note (工资条, 请假条: a slip of paper)', example: '延伸产业链条，登上报纸头条，员工可在线查询工资条。' },
	{ words: ['审批', '报批', '获批', '特批', '签批', '分批', '成批', '大批', '面批', '全批'], why: '批 ends a word for approving or a batch, or for marking a pupil\'s work (面批: marked face to face)', example: '优化行政审批，项目顺利获批，作业坚持全批全改、对学困生面批。' },
	{ words: ['一起', '发起', '兴起', '崛起', '唤起', '引起', '挑起', '掀起', '提起', '说起', '想起', '担起', '扛起', '拿起', '升起', '筑起', '撑起', '树起', '建起', '响起', '燃起', '架起', '做起', '抓起', '干起', '缘起', '不起'], why: '起 ends a verb of rising or starting', example: '掀起学习热潮，从小事做起。' },
	{ words: ['人口', '出口', '入口', '进口', '路口', '窗口', '关口', '港口', '借口', '缺口', '伤口', '门口', '户口', '河口', '渡口', '闸口', '端口', '接口', '风口', '突破口', '排污口', '交叉口', '出海口'], why: '口 ends a word for an opening or a population', example: '整治排污口，设立服务窗口。' },
	{ words: ['成本', '根本', '资本', '基本', '样本', '版本', '剧本', '课本', '书本', '文本', '账本', '原本', '范本', '副本', '正本', '脚本', '绘本', '标本', '蓝本', '笔记本', '户口本'], why: '本 ends a word for a cost, a text or a book', example: '降低企业成本，更新软件版本。' },
	{ words: ['开支', '收支', '分支', '透支', '预支', '超支'], why: '支 ends a word for spending', example: '压减一般性开支，实现收支平衡。' },
	{ words: ['部门', '大门', '校门', '家门', '专门', '热门', '冷门', '窍门', '国门', '闸门', '阀门', '出门', '上门', '登门', '入门', '串门', '后门', '前门', '城门', '开门', '进门', '房门', '院门', '快门'], why: '门 ends a word for a door or a department', example: '协调相关部门，开展上门服务。' },
	{ words: ['春节', '环节', '细节', '章节', '季节', '关节', '情节', '调节', '礼节', '时节', '过节', '脱节', '中秋节', '端午节', '国庆节', '元宵节', '重阳节', '清明节', '艺术节', '文化节', '读书节', '科技节', '体育节', '旅游节', '丰收节', '教师节', '儿童节',
		// people5 (session 14): a reading festival, since 阅读 counts books (第三届亲子阅读节).
		'阅读节', '亲子阅读节'], why: '节 ends a word for a festival or a link', example: '抓好关键环节，办好农民丰收节。' },
	{ words: ['部分', '充分', '过分', '区分', '划分', '处分', '成分', '缘分', '本分', '十分', '万分', '水分', '养分', '积分', '学分', '满分', '总分'], why: '分 ends a word for a part or a score', example: '充分发挥作用，严格区分情形。' },
	{ words: ['带头', '源头', '龙头', '码头', '街头', '势头', '苗头', '镜头', '口头', '案头', '抬头', '开头', '年头', '念头', '尽头', '心头', '关头', '前头', '两头', '盼头', '甜头', '风头', '石头', '木头', '床头', '山头', '田头', '村头', '桥头', '牵头', '领头', '出头', '回头', '碰头'], why: '头 ends a word for a head, an end or a lead', example: '坚持党员带头，从源头治理。' },
	{ words: ['品种', '物种', '播种', '种种', '特种', '工种', '兵种', '语种', '险种', '剧种', '良种', '育种', '接种', '菌种', '树种', '草种'], why: '种 ends a word for a kind or a seed', example: '推广优良品种，做好疫苗接种。' },
	{ words: ['方面', '全面', '表面', '地面', '路面', '水面', '层面', '局面', '界面', '画面', '版面', '正面', '反面', '侧面', '前面', '后面', '上面', '下面', '里面', '外面', '对面', '见面', '当面', '出面', '体面', '场面', '平面', '立面', '桥面', '墙面', '页面', '封面', '书面', '店面', '门面', '街面', '知识面', '受益面'], why: '面 ends a word for a side, a surface or an aspect', example: '全面提升路面质量，扩大受益面。' },
	{ words: ['讲座', '宝座', '星座', '底座', '基座', '插座', '茶座', '就座', '入座', '满座', '在座', '落座'], why: '座 ends a word for a seat or a talk', example: '举办专题讲座，来宾依次就座。' },
	// lines8 (session 16): 机台, a machine as a station of work, after 到 or 各 (细化到机台, 各机台); 收割机|台 stays a count of machines.
	{ words: ['到机台', '各机台'], why: '台 ends the word 机台, a machine as a station of work, after 到 or 各 (a count of machines is 收割机|台)', example: '能耗计量还没有细化到机台，各机台逐班记录。' },
	{ words: ['平台', '舞台', '出台', '后台', '前台', '柜台', '阳台', '站台', '月台', '讲台', '看台', '灶台', '窗台', '擂台', '吧台', '电台', '电视台', '气象台', '观景台', '下台', '上台', '登台', '同台', '搭台', '补台', '拆台'], why: '台 ends a word for a platform or a stage (补台, 拆台: covering for or undermining colleagues)', example: '搭建服务平台，出台扶持政策，班子成员相互补台。' },
	{ words: ['配套', '手套', '外套', '圈套', '成套', '全套', '客套', '组套'], why: '套 ends a word (组套: putting goods together into sets)', example: '完善配套设施，为客户提供贴标、组套服务。' },
	{ words: ['开篇', '长篇', '短篇', '中篇', '全篇', '通篇', '诗篇', '续篇', '新篇'], why: '篇 ends a word for a piece of writing', example: '谱写发展新篇。' },
	{ words: ['植株', '病株', '毒株', '菌株'], why: '株 ends a word for a plant or a strain', example: '监测病毒毒株变化。' },
	{ words: ['紧张', '主张', '扩张', '开张', '夸张', '伸张', '铺张', '慌张', '嚣张', '纸张'], why: '张 ends a word', example: '缓解用地紧张，反对铺张浪费。' },
	{ words: ['案例', '比例', '条例', '惯例', '范例', '事例', '实例', '病例', '先例', '特例', '举例', '示例', '判例'], why: '例 ends a word for an instance or a rule', example: '通报典型案例，提高比例。' },
	{ words: ['板块', '地块', '模块', '区块', '方块', '冰块', '石块', '砖块', '一块'], why: '块 ends a word for a piece or a plot', example: '做强三大板块，盘活闲置地块。' },
	{ words: ['年岁', '虚岁', '万岁', '守岁'], why: '岁 ends a word', example: '春节守岁，祝福年岁安康。' },
	{ words: ['密封', '查封', '冰封', '尘封', '启封', '拆封', '解封'], why: '封 ends a verb of sealing', example: '依法查封违规设备。' },
	{ words: ['框架', '书架', '货架', '骨架', '支架', '衣架', '绑架', '打架', '吵架', '招架', '担架', '构架', '脚手架'], why: '架 ends a word for a frame', example: '搭建制度框架，规范超市货架。' },
	{ words: ['扎根', '寻根', '祸根', '病根', '树根', '草根', '生根', '墙根'], why: '根 ends a word for a root', example: '引导人才扎根基层，找准病根。' },
	{ words: ['文笔', '执笔', '提笔', '动笔', '落笔', '下笔', '手笔', '毛笔', '钢笔', '铅笔', '画笔', '粉笔', '伏笔', '败笔', '妙笔', '主笔', '代笔', '亲笔', '随笔', '大手笔'], why: '笔 ends a word for a pen or writing', example: '由办公室主笔起草，展现大手笔。' },
	{ words: ['案卷', '试卷', '问卷', '答卷', '考卷', '画卷', '长卷', '胶卷', '席卷'], why: '卷 ends a word for a paper or a scroll', example: '交出合格答卷，绘就美丽画卷。' },
	{ words: ['手册', '名册', '花名册', '画册', '相册', '注册', '宣传册', '纪念册', '登记册', '分册', '上册', '下册', '史册', '建册', '造册'], why: '册 ends a word for a booklet or a register, or a verb of opening one (建册, 造册)', example: '完善人员花名册，企业网上注册，孕产妇早建册、早检查。' },
	{ words: ['车轮', '齿轮', '年轮', '游轮', '邮轮', '油轮', '货轮', '巨轮', '渡轮', '客轮', '涡轮'], why: '轮 ends a word for a wheel or a ship', example: '发展邮轮旅游，开通渡轮航线。' },
	{ words: ['科研院所', '院所', '住所', '寓所', '居所', '会所', '哨所', '看守所', '收容所', '招待所', '托儿所', '避难所', '指挥所', '研究所', '派出所', '司法所', '事务所', '监管所', '管理所', '工商所', '财政所', '国土所', '林业所', '水利所', '卫生所', '交管所', '房管所', '农技所'], why: '所 ends a word for a place or an office (监管所, 财政所: a station office of a kind)', example: '整治私人会所，规范律师事务所，走访两个市场监管所。' },
	{ words: ['祖宗', '正宗', '大宗', '卷宗'], why: '宗 ends a word', example: '发展大宗商品贸易，规范卷宗归档。' },
	// people (session 11):
	{ words: ['站所', '基层站所', '监管所', '管理所', '财政所', '供电所', '税务所', '国土所', '林业站所'], why: '所 ends the word for stations and offices', example: '联系5个基层站所，指导两个市场监管所规范执法。' },
	{ words: ['交汇处', '交界处', '交叉处', '结合处', '相交处', '连接处', '深处', '远处', '近处', '高处', '低处', '此处', '各处', '别处', '何处'], why: '处 ends a word for a place where things meet or lie', example: '全镇地处两江交汇处，内心深处牢记宗旨。' },
	{ words: ['即日起', '今日起', '明日起', '次日起', '当日起', '今天起', '明天起', '本周起', '下周起', '本月起', '下月起', '次月起', '今年起', '明年起', '次年起', '当年起', '上半年起', '下半年起', '年初起', '年中起', '月初起', '月中起', '一月起', '二月起', '三月起', '四月起', '五月起', '六月起', '七月起', '八月起', '九月起', '十月起', '十一月起', '十二月起', '季度起'], why: '起 after a day, week, month, season or year names when something starts (下半年起, 六月起)', example: '从下周起开展排查，自即日起施行，下半年起推行预约，六月起每周巡查。' },
	{ words: ['复种', '轮种', '套种', '间种', '混种', '栽种', '耕种', '抢种', '补种', '改种'], why: '种 ends a verb of sowing or planting', example: '撂荒地全部复耕复种，适时抢种补种。' },
	{ words: ['亲戚家', '邻居家', '亲友家', '朋友家', '子女家', '儿女家', '老乡家', '亲属家', '百姓家'], why: '家 after kin, friends or the common people is their home (飞入寻常百姓家)', example: '把老人转移到亲戚家，政策宣讲走进寻常百姓家。' }
];
