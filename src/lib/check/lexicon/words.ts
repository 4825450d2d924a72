/**
 * Character classes and word lists of report prose that are neither units, classifiers nor
 * verbs. All of it is written against the folded text (simplified characters, half-width
 * digits; see text/normalize.ts).
 */
import type { WordGroup } from './types';

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

/** Suffixes of place and organisation names: a placeholder before them is a hidden name. */
export const NAME_SUFFIXES = [
	'现代产业园', '产业园', '工业园区', '工业园', '园区', '开发区', '高新区', '经开区', '新区', '保税区',
	'省', '市', '县', '区', '镇', '乡', '村', '街道', '社区', '州', '盟', '旗', '组',
	'集团', '公司', '有限', '股份', '企业', '工厂', '厂', '银行', '合作社', '协会', '商会', '基金',
	'学校', '小学', '中学', '大学', '学院', '幼儿园', '医院', '卫生院', '卫生室', '诊所', '中心',
	'局', '委', '厅', '办', '处', '科', '所', '站', '队', '部', '院', '馆', '会',
	'路', '街', '大道', '大街', '桥', '河', '湖', '山', '景区', '小区', '广场', '项目', '工程',
	'同志', '先生', '女士', '书记', '主任', '局长', '县长', '镇长', '校长', '院长', '经理', '老师'
];

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
	'董事长', '经理', '总监', '主管', '指导员', '教导员', '总工程师'
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
	{ words: ['签字', '签名'], side: 'before', why: 'a signature field, signed in the name (a seal field, 盖章, is stamped)', masked: '负责人（签字）：⟦________⟧', filled: '负责人（签字）：王建国' },
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
		words: ['新材料', '重工', '电子', '科技', '实业', '置业', '地产', '化工', '制药', '药业', '能源', '机械', '精密', '智能', '食品', '纺织', '建设', '建工', '光电', '环保', '生物', '电气', '钢铁'],
		letters: 'any',
		why: 'a company named by its trade (the trade word ends a short firm name)',
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
		words: [...OFFICE_TITLES, '同学', '同志', '老师', '先生', '女士'],
		letters: 'any',
		why: 'a person named by a letter before a title or a form of address',
		masked: '销售部⟦A⟧经理带队走访客户，⟦x⟧同学被评为市级三好学生。'
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
	{ words: ['卷宗', '卷入'], why: '卷 opens a word', example: '规范卷宗管理。' },
	{ words: ['起草', '起步'], why: '起 opens a word', example: '牵头起草实施方案。' },
	{ words: ['座谈', '座位'], why: '座 opens a word', example: '召开企业座谈会。' },
	{ words: ['份额'], why: '份 opens a word', example: '扩大市场份额。' },
	{ words: ['条线', '条例', '条件'], why: '条 opens a word', example: '改善办学条件。' },
	{ words: ['名录', '名优', '名师', '名单', '名誉', '名称', '名义', '名额', '名牌', '名片', '名胜', '名家', '名次', '名列'], why: '名 opens a word', example: '建立名师工作室。' },
	{ words: ['场景', '场所', '场地', '场次'], why: '场 opens a word', example: '规范经营场所。' },
	{ words: ['批评', '批准', '批复', '批量', '批次'], why: '批 opens a word', example: '开展批评与自我批评。' },
	{ words: ['期间', '期限'], why: '期 opens a word', example: '节日期间加强值守。' },
	{ words: ['次数', '次生'], why: '次 opens a word', example: '防范次生灾害。' },
	{ words: ['件数'], why: '件 opens a word', example: '统计办件数。' },
	{ words: ['户户', '户籍', '户用', '户外', '户主', '户型', '户均', '户数', '户口', '户内', '户厕'], why: '户 opens a word', example: '推进户用光伏，改造户厕。' },
	{ words: ['个体', '个人', '个性', '个别', '个案', '个数', '个税'], why: '个 opens a word', example: '扶持个体工商户。' },
	{ words: ['张贴'], why: '张 opens a word', example: '张贴宣传标语。' },
	{ words: ['天然', '天网'], why: '天 opens a word', example: '推进天然气入户。' },
	{ words: ['例会'], why: '例 opens a word', example: '坚持每周例会。' },
	{ words: ['块状'], why: '块 opens a word', example: '发展块状经济。' },
	{ words: ['届时'], why: '届 opens a word', example: '届时将组织验收。' },
	{ words: ['口岸'], why: '口 opens a word', example: '优化口岸营商环境。' },
	{ words: ['所有', '所得', '所属', '所在', '所谓', '所以', '所长'], why: '所 opens a word', example: '覆盖所有行政村。' },
	{ words: ['间隔'], why: '间 opens a word', example: '缩短间隔时间。' },
	{ words: ['处置', '处理'], why: '处 opens a word', example: '及时处置突发事件。' }
];
