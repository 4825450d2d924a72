/**
 * The language of reports, as character classes and word lists the blank rules read. All of it
 * is written against the folded text (simplified characters, half-width digits; see normalize.ts).
 * Kept in one place so a reader can see what the checker "knows" about Chinese report prose.
 */

/** Characters that stand in for a digit or a name in template texts. */
export const MASK = 'xX*×_?□';
/** Chinese numerals and vague-quantity characters: a unit after them already has its number. */
export const CN_NUMERAL = '〇零一二三四五六七八九十百千万亿两几数半多余廿卅';

/**
 * Units that, right after text with no number, mean the number is gone. Longest first, so the
 * alternation picks 万千瓦时 before 千瓦时 and 个百分点 before 百分点.
 */
export const STRONG_UNITS = [
	'亿美元', '万美元', '千美元', '美元', '亿欧元', '万欧元', '欧元', '亿港元', '万港元', '港元',
	'亿元', '万元', '千元', '百元', '亿', '万',
	'个百分点', '百分点', '个基点', '%', '‰',
	'平方公里', '平方千米', '平方米', '平米', '立方米', '万立方米', '公顷', '万亩', '亩', '万平方米', '万公顷', '亿立方米',
	'公里', '千米', '延米',
	'万吨', '吨', '千克', '公斤', '微克', '毫克', '毫米', '厘米',
	'万千瓦时', '千瓦时', '万千瓦', '千瓦', '兆瓦', '万度',
	'万人次', '人次', '台次', '场次', '批次', '家次', '户次', '例次', '架次', '万人', '万户', '万册', '万辆', '万台', '万套', '万件', '万头', '万只', '万羽', '万株', '万棵',
	'元'
].sort((a, b) => b.length - a.length);

/**
 * Classifiers (家、个、项…): also ordinary characters inside words (国家、个人、事项), so they
 * count as a unit only when the word segmenter leaves them standing alone after a noun and
 * the clause ends right after them (or a counting verb stands before them).
 */
export const CLASSIFIERS = '家个项所座台套辆件次场名户人篇期批栋间宗起条株棵盏艘处份张天例块岁届口支面封架根笔门节分';

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

/** Verbs of change that demand a figure after them. */
export const CHANGE_VERBS = [
	'增长', '下降', '增加', '减少', '提高', '降低', '提升', '上升', '下滑', '回落', '上涨', '下跌', '增收',
	'减收', '增幅', '降幅', '增速', '减幅', '扩大', '缩小', '增亏', '减亏', '节约', '压减'
];

/** Words right before a verb of change that make it a measured change (同比增长). */
export const CHANGE_PREFIXES = [
	'同比', '环比', '比上年同期', '较上年同期', '比上年', '较上年', '比去年同期', '较去年同期', '比去年',
	'较去年', '比同期', '较同期', '相比', '比年初', '较年初', '比上月', '较上月', '年均', '平均', '分别', '同期'
];

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

/** Verbs that open a counting clause: 新增规上企业家 wants a number before 家. */
export const COUNTING_VERBS = [
	'新增', '新建', '新培育', '培育', '引进', '新引进', '建成', '完成', '共有', '拥有', '现有', '累计', '共计',
	'达到', '签约', '落地', '入驻', '帮扶', '救治', '接诊', '培训', '举办', '开展', '组织', '发放', '慰问',
	'走访', '查处', '排查', '整改', '受理', '办结', '办理', '收治', '招录', '招聘', '录取', '表彰', '发展',
	'吸纳', '安置', '新办', '创办', '认定', '评定', '申报', '获批', '实施', '新开工', '竣工', '投产', '关停',
	'淘汰', '整治', '检查', '处罚', '立案', '结案', '调解', '化解', '培训', '解决', '新发展', '其中'
];
