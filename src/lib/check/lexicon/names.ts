/**
 * What a placeholder can stand before: the kinds of named things a report names, by the words that
 * end their names (公司, 超市, 村, 学校, 小区, 牌, 项目, 书记). The one owner of "a name ends here";
 * NAME_SUFFIXES, the flat list every mask rule reads, is derived from it.
 *
 * The definition (session 16, the lead's decision; the new blind sets are labelled to it): 某某,
 * ××, XX, xx, **, ○○ standing before the name of a company, a shop, a village, a school, an
 * estate, a product or a project that the writer must fill in is a masked-name blank spanning the
 * placeholder only: 某某集团, ××4S店, 某某超市, 某某小区, **光伏组件, XX项目. People left
 * anonymous on purpose in a case story (王某, 李某某, 当事人张某, 犯罪嫌疑人刘某某) are not blanks, nor
 * 某 alone (某些, 某种, 某地, 某一).
 *
 * Cases the definition leaves open, decided here:
 * - 某 alone before a kind (某单位, 某公司, 某县) is the determiner "a certain", written on purpose:
 *   no blank. 某某 before a kind is a name to fill even where the kind is generic (某某单位,
 *   某某部门: a template's blank for the writer's own unit), and even in running text about a third
 *   party (查处某某商贸有限公司): a report names the firm it fined.
 * - 某某 before no kind is the pronoun "somebody", quoted in a rule or a saying (不以“某某领导打过
 *   招呼”为由, 找某某才能办成事, 某某家办酒): no blank (SOMEBODY_BREAKS below).
 * - A 范文网's own name in its furniture (© 某某范文网) is residue, not a name the writer fills: 网
 *   is no kind here.
 */

/** One kind of named thing: the words that end its names, and a masked and a filled line (both tests: lexicon.test.ts). */
export interface NameKind {
	kind: 'park' | 'place' | 'company' | 'institution' | 'office' | 'road' | 'estate' | 'project' | 'shop' | 'product' | 'trade' | 'person';
	words: readonly string[];
	/**
	 * `any`: the word closes a name right after any mask (xx公司, **集团, □□镇), in NAME_SUFFIXES.
	 * `opened`: the word is also a common noun (建设, 能源, 品牌), so it closes only a name that a
	 * 某某 or a lone letter opens (某某置业, k新材料); right after ** it may close bold instead
	 * (推进**重点项目**建设).
	 */
	closes: 'any' | 'opened';
	why: string;
	/** The placeholders marked ⟦⟧: exactly these are masked names. */
	masked: string;
	/** The same kind of text with real names: no blank. */
	filled: string;
}

/**
 * The kinds, in the order their words are tried after a mask (a longer word before the shorter
 * one it opens with: 工业园区 before 工业园; 县 before 县长 is kept as it was read before session 16).
 */
export const NAME_KINDS: readonly NameKind[] = [
	{
		kind: 'park',
		words: ['现代产业园', '产业园', '工业园区', '工业园', '园区', '开发区', '高新区', '经开区', '新区', '保税区'],
		closes: 'any',
		why: 'an industrial park or a development zone',
		masked: '⟦某某⟧经济开发区新落户企业三家，⟦xx⟧工业园区完成扩区。',
		filled: '青石经济开发区新落户企业三家，临港工业园区完成扩区。'
	},
	{
		kind: 'place',
		words: ['省', '市', '县', '区', '镇', '乡', '村', '街道', '社区', '州', '盟', '旗', '组'],
		closes: 'any',
		why: 'a place or an administrative area, down to a village and its groups',
		masked: '⟦某某⟧村被评为省级美丽乡村，⟦某某⟧社区完成老旧小区改造，⟦某某⟧县新建乡镇卫生院两所。',
		filled: '青石村被评为省级美丽乡村，东岭社区完成老旧小区改造，安平县新建乡镇卫生院两所。'
	},
	{
		kind: 'company',
		words: ['集团', '公司', '有限', '股份', '企业', '工厂', '厂', '银行', '合作社', '协会', '商会', '基金'],
		closes: 'any',
		why: 'a company, a cooperative or an association',
		masked: '成功引进⟦某某⟧集团区域总部，配合稽查局查处⟦某某⟧商贸有限公司虚开发票案，⟦某某⟧（深圳）有限公司追加投资。',
		filled: '成功引进华远集团区域总部，配合稽查局查处青禾商贸有限公司虚开发票案，某公司追加投资。'
	},
	{
		kind: 'institution',
		words: ['学校', '小学', '中学', '大学', '学院', '幼儿园', '医院', '卫生院', '卫生室', '诊所', '中心', '养老院', '敬老院', '福利院', '机构'],
		closes: 'any',
		why: 'a school, a hospital, a care home or a service centre or agency',
		masked: '⟦某某⟧中学、⟦某某⟧小学新建塑胶跑道，⟦某某⟧县人民医院通过二甲复审，⟦某某⟧敬老院、⟦某某⟧艺术培训机构停业整顿。',
		filled: '城关中学、实验小学新建塑胶跑道，县人民医院通过二甲复审。'
	},
	{
		kind: 'office',
		words: ['局', '委', '厅', '办', '处', '科', '所', '站', '队', '部', '院', '馆', '会', '室', '单位'],
		closes: 'any',
		why: 'an office or a station of a government or a unit, or the generic 单位 and 部门 a template leaves for the writer\'s own (after a mask right away: 某某局, ××所, 某某单位)',
		masked: '⟦某某⟧局牵头制定方案，⟦××⟧办完成辖区排查，⟦某某⟧单位、⟦某某⟧部门按期报送。',
		filled: '县商务局牵头制定方案，城南派出所完成辖区排查，某单位、某部门按期报送。'
	},
	{
		kind: 'road',
		words: ['路', '街', '大道', '大街', '桥', '河', '湖', '山'],
		closes: 'any',
		why: 'a road, a bridge, a river or a mountain',
		masked: '完成⟦某某⟧大道提升改造，⟦某某⟧河综合治理通过验收。',
		filled: '完成迎宾大道提升改造，清水河综合治理通过验收。'
	},
	{
		kind: 'estate',
		words: ['景区', '小区', '广场', '花园', '家园', '大厦', '公寓'],
		closes: 'any',
		why: 'a scenic area, a housing compound or a building',
		masked: '⟦某某⟧小区加装电梯四部，⟦某某⟧花园业主投诉已办结，⟦某某⟧景区创建4A级景区。',
		filled: '锦绣小区加装电梯四部，御景花园业主投诉已办结，青龙山景区创建4A级景区。'
	},
	{
		kind: 'project',
		words: ['项目', '工程'],
		closes: 'any',
		why: 'a project or a works, named before its kind',
		masked: '⟦某某⟧新型建材项目完成土地摘牌，⟦某某⟧水库除险加固工程开工。',
		filled: '新型建材项目完成土地摘牌，水库除险加固工程开工。'
	},
	{
		kind: 'shop',
		words: ['超市', '商店', '商行', '酒店', '饭店', '宾馆', '餐厅', '饭馆', '药店', '药房', '门店', '专卖店', '便利店', '加油站', '4S店', '店'],
		closes: 'any',
		why: 'a shop, a hotel or a restaurant (4S店 ends in 店: ××4S店)',
		masked: '在查处的⟦某某⟧超市销售过期食品一案中，⟦××⟧4S店被责令整改，⟦某某⟧大药房完成改造。',
		filled: '在查处的惠民超市销售过期食品一案中，城东4S店被责令整改，仁心大药房完成改造。'
	},
	{
		kind: 'product',
		words: ['牌', '品牌', '系列'],
		closes: 'opened',
		why: 'a product or a brand, named before its kind (a product\'s own head, 光伏组件, is read as a trade)',
		masked: '⟦某某⟧牌大米获评省级名牌产品，⟦**⟧光伏组件出口增长。',
		filled: '青石牌大米获评省级名牌产品，光伏组件出口增长。'
	},
	{
		kind: 'trade',
		words: ['科技', '实业', '置业', '地产', '商贸', '贸易', '物流', '物业', '建材', '五金', '建设', '建工', '化工', '制药', '药业', '能源', '机械', '电子', '电气', '食品', '餐饮', '纺织', '木业', '农牧', '光伏', '光电', '精密', '智能', '环保', '生物', '钢铁', '新材料', '重工'],
		closes: 'opened',
		why: 'a firm named by its trade, the trade word ending a short firm name (某某五金, 某某置业)',
		masked: '对评价为C级的⟦某某⟧五金等三家供应商下达整改通知，⟦某某⟧置业按期交房，上海⟦某某⟧科技落户园区。',
		filled: '对评价为C级的两家五金供应商下达整改通知，开发商按期交房，上海一家科技企业落户园区。'
	},
	{
		kind: 'person',
		words: ['同志', '先生', '女士', '书记', '主任', '局长', '县长', '镇长', '校长', '院长', '经理', '老师'],
		closes: 'any',
		why: 'a person named before a title or a form of address: a colleague\'s name to fill (a surname before 某某 is an anonymous party: 张某某)',
		masked: '⟦某某⟧同志被评为先进个人，⟦某某⟧书记带队督导。',
		filled: '王建国同志被评为先进个人，抓获犯罪嫌疑人张某某。'
	}
];

/** Every word that ends a name right after any mask (xx公司, **集团, ××镇), in the order of NAME_KINDS: derived. */
export const NAME_SUFFIXES: readonly string[] = NAME_KINDS.filter((k) => k.closes === 'any').flatMap((k) => k.words);
/** Every word that closes a name a 某某 opens (某某建设集团, 某某五金): derived, all kinds. */
export const NAME_CLOSERS: readonly string[] = NAME_KINDS.flatMap((k) => k.words);

/**
 * What stops the name a 某某 opens before a kind's word further on: a character that never stands
 * inside a firm's or a place's name, so 某某 there is the pronoun "somebody" (某某领导到村里检查,
 * 找某某的公司办事). Each with why and an example that stays quiet (a test: lexicon.test.ts).
 */
export const SOMEBODY_BREAKS: { chars: string; why: string; example: string } = {
	chars: '的了在到是被把将让给对向从说和与或等也都就要想找',
	why: 'particles, prepositions, conjunctions and verbs of saying or wanting: a clause goes on, no name does',
	example: '不能以某某领导打过招呼为由干预执法，过去某某家办酒全村跟着随礼，某某说了算的公司作风要扭转。'
};
