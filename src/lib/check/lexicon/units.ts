/**
 * The one unit table: every unit a report writes after a figure, with what it measures. The
 * checker, plugin rules (量化指标), skeleton slots and fill-in all read it; adding a unit is one row,
 * and the magnitudes it is written with (万吨, 亿千瓦时) are a field of that row, not rows of their own.
 */
import type { Unit } from './types';
import { escapeRe } from '../text/regex';

const u = (text: string, kind: Unit['kind'], gap: Unit['gap'], example: string, extra: Partial<Unit> = {}): Unit => ({ text, kind, gap, example, ...extra });

/** The base rows: every unit written as such, with the magnitudes it takes. */
const BASE: readonly Unit[] = [
	// Money.
	u('美元', 'money', 'loose', '人均出口额3200美元', { magnitudes: '亿 万 千', figureOnly: '百万 千万' }),
	u('欧元', 'money', 'loose', '单价90欧元', { magnitudes: '亿 万' }),
	u('港元', 'money', 'loose', '门票120港元', { magnitudes: '亿 万' }),
	u('元', 'money', 'loose', '人均可支配收入28650元', { single: true, magnitudes: '亿 万 千 百', figureOnly: '千万 百万 十万' }),
	// Magnitudes written alone (产值12亿，投资3000万).
	u('亿', 'magnitude', 'loose', '总产值突破12亿', { single: true }),
	u('万', 'magnitude', 'loose', '服务群众3万', { single: true }),
	// Percentages and points.
	u('个百分点', 'percent', 'strong', '比上年提高1.5个百分点'),
	u('百分点', 'percent', 'strong', '回落0.8百分点'),
	u('个基点', 'percent', 'strong', '贷款利率下调25个基点'),
	u('%', 'percent', 'strong', '同比增长8.2%'),
	u('‰', 'percent', 'strong', '人口自然增长率3.1‰'),
	// Area.
	u('平方公里', 'area', 'strong', '规划面积12平方公里'),
	u('平方千米', 'area', 'strong', '辖区面积86平方千米'),
	u('平方米', 'area', 'strong', '新建厂房24000平方米', { magnitudes: '万' }),
	u('平米', 'area', 'strong', '改造老旧小区3000平米'),
	u('公顷', 'area', 'strong', '治理水土流失120公顷', { magnitudes: '万' }),
	u('亩', 'area', 'loose', '流转土地860亩', { single: true, magnitudes: '万' }),
	// Volume.
	u('立方米', 'volume', 'strong', '清淤26000立方米', { size: true, magnitudes: '万 亿' }),
	// lines8 (session 16): a gas's volume at standard conditions (标立方米, Nm³), as flue gas and natural gas are stated.
	u('标立方米', 'volume', 'strong', '处理规模为30000标立方米/小时', { size: true, magnitudes: '万 亿' }),
	u('立方厘米', 'volume', 'strong', '每立方厘米含菌数不超过100个，取样5立方厘米'),
	u('平方厘米', 'area', 'strong', '创面面积12平方厘米'),
	// Length.
	u('公里', 'length', 'strong', '新改建农村公路46公里', { size: true }),
	u('千米', 'length', 'strong', '铺设管网12千米', { size: true }),
	u('延米', 'length', 'strong', '修复护栏800延米'),
	u('米', 'length', 'loose', '硬化村道1200米', { single: true, size: true, bare: true }),
	u('皮长公里', 'length', 'strong', '新建光缆360皮长公里'),
	u('芯公里', 'length', 'strong', '敷设光缆1200芯公里', { magnitudes: '万' }),
	u('厘米', 'length', 'strong', '积雪深度15厘米', { size: true }),
	u('英寸', 'length', 'strong', '建设12英寸晶圆封测项目'),
	u('毫米', 'length', 'strong', '降雨量320毫米', { size: true }),
	// Weight.
	u('吨', 'weight', 'loose', '减少化肥使用量150吨', { single: true, magnitudes: '万' }),
	u('千克', 'weight', 'strong', '人均蔬菜供应量0.8千克'),
	u('公斤', 'weight', 'strong', '水稻亩产650公斤'),
	// counts5 (session 14): market weights of crops (收购烟叶万担, 夏粮收购万斤).
	u('斤', 'weight', 'loose', '收购稻谷3600斤', { single: true, magnitudes: '万' }),
	u('万担', 'weight', 'strong', '收购烟叶12万担'),
	u('微克', 'weight', 'strong', 'PM2.5平均浓度32微克'),
	u('毫克', 'weight', 'strong', '每升含量0.5毫克'),
	// Energy and power.
	u('千瓦时', 'energy', 'strong', '年发电量3000千瓦时', { magnitudes: '万 亿' }),
	u('万度', 'energy', 'strong', '节约用电12万度'),
	u('吉焦', 'energy', 'strong', '对外供热量860吉焦', { magnitudes: '万' }),
	u('千瓦', 'power', 'strong', '安装光伏600千瓦', { magnitudes: '万', size: true }),
	u('千伏安', 'power', 'strong', '新增变电容量6300千伏安', { magnitudes: '万', size: true }),
	u('兆瓦', 'power', 'strong', '新增装机120兆瓦', { size: true }),
	u('蒸吨', 'power', 'strong', '淘汰燃煤锅炉23台、共86蒸吨'),
	// Voltage: 110千伏变电站, 10千伏线路 (千伏安 is power, above).
	u('千伏', 'voltage', 'strong', '新建110千伏变电站2座'),
	// Counts that are units of their own.
	u('人次', 'people', 'strong', '培训农民工2300人次', { magnitudes: '万' }),
	u('万人', 'people', 'strong', '常住人口12.3万人'),
	u('万户', 'count', 'strong', '改造农村电网惠及1.2万户'),
	// counts5 (session 14): words written, in ten thousands (撰写读书笔记3万字); 字 alone is a word's tail (签字, 数字).
	u('万字', 'count', 'strong', '全年撰写读书笔记3万字'),
	// counts5 (session 14): bed-days of a hospital (结算床日) and standard buses (标台): loose, as 按床日付费 names the unit.
	u('床日', 'count', 'loose', '精神类长期住院共结算36000床日', { magnitudes: '万' }),
	u('标台', 'count', 'loose', '每万人拥有公交车辆14.2标台'),
	u('台次', 'count', 'loose', '检测车辆860台次'),
	u('台套', 'count', 'loose', '购置检测设备12台套'),
	u('辆次', 'count', 'loose', '出入口总流量86000辆次', { magnitudes: '万' }),
	u('艘次', 'count', 'loose', '监管进出境船舶320艘次', { magnitudes: '万' }),
	u('册次', 'count', 'loose', '文献外借26000册次', { magnitudes: '万' }),
	u('种次', 'count', 'loose', '截获检疫性有害生物12种36种次'),
	u('场次', 'count', 'loose', '举办招聘会12场次'),
	u('批次', 'count', 'loose', '抽检食品320批次'),
	u('家次', 'count', 'loose', '检查企业450家次'),
	u('户次', 'count', 'loose', '走访困难群众260户次', { magnitudes: '万' }),
	u('例次', 'count', 'loose', '开展手术1200例次'),
	u('架次', 'count', 'loose', '保障航班300架次'),
	u('段次', 'count', 'loose', '完成水位观测2235段次'),
	u('车次', 'count', 'loose', '全年检测货车126000车次', { magnitudes: '万' }),
	u('个次', 'count', 'loose', '带队检查在建工地46个次'),
	u('项次', 'count', 'loose', '全年完成水质检测项目3650项次'),
	u('件次', 'count', 'loose', '受理群众信访事项826件次'),
	// counts6 (session 15): courses taught, rooms visited and items pushed, counted with each time (门次, 间次, 条次); tests in portions (人份).
	u('门次', 'count', 'loose', '全年开设本科课程1260门次'),
	u('间次', 'count', 'loose', '走访学生宿舍860间次'),
	u('条次', 'count', 'loose', '推送政策信息3200条次', { magnitudes: '万' }),
	u('人份', 'count', 'loose', '完成生化检测86000人份', { magnitudes: '万' }),
	u('间夜', 'count', 'loose', '全年共办理入住12600间夜', { magnitudes: '万' }),
	// 页 of pages scanned only after a figure (页面, 网页 are words); 万页 wants its figure.
	u('页', 'count', 'figure-only', '馆藏档案数字化扫描120000页', { magnitudes: '万' }),
	// 箱 of goods (卷烟, 货物) only after a figure: 冰箱, 意见箱, 集装箱 are things; 万箱 wants its figure.
	u('箱', 'count', 'figure-only', '全年累计销售卷烟12486箱', { magnitudes: '万' }),
	u('万册', 'count', 'strong', '馆藏图书8万册'),
	u('万辆', 'count', 'strong', '汽车保有量3.6万辆'),
	u('万台', 'count', 'strong', '年产空调12万台'),
	u('万套', 'count', 'strong', '交付安置房1.1万套'),
	u('万件', 'count', 'strong', '快递业务量460万件'),
	u('万头', 'count', 'strong', '生猪出栏18万头'),
	u('万只', 'count', 'strong', '家禽存栏30万只'),
	u('万羽', 'count', 'strong', '蛋鸡养殖5万羽'),
	u('万株', 'count', 'strong', '补植苗木2万株'),
	u('万棵', 'count', 'strong', '植树造林6万棵'),
	u('吨公里', 'turnover', 'strong', '单位运输能耗按每3000吨公里计', { magnitudes: '亿 万' }),
	u('人公里', 'turnover', 'strong', '旅客周转量12000人公里', { magnitudes: '亿 万' }),
	u('车公里', 'turnover', 'strong', '全年通行里程86000车公里', { magnitudes: '亿 万' }),
	u('吨标准煤', 'energy', 'strong', '折合节约460吨标准煤', { magnitudes: '万' }),
	u('卷次', 'count', 'loose', '提供利用8600卷次', { magnitudes: '万' }),
	u('画幅', 'count', 'loose', '完成扫描86000画幅', { magnitudes: '万' }),
	u('万票', 'count', 'strong', '受理报关单12万票'),
	u('剂次', 'count', 'loose', '完成加强免疫接种8600剂次', { magnitudes: '万' }),
	u('亩次', 'count', 'loose', '开展农机社会化服务12000亩次', { magnitudes: '万' }),
	u('处次', 'count', 'loose', '排查整治隐患点位860处次'),
	u('万标箱', 'count', 'strong', '集装箱吞吐量86万标箱'),
	// Concentrations and doses.
	u('mg/L', 'concentration', 'strong', '出水氨氮浓度0.8mg/L'),
	u('mg/m³', 'concentration', 'strong', '颗粒物排放浓度8mg/m³'),
	u('μg/m³', 'concentration', 'strong', 'PM2.5平均浓度32μg/m³'),
	u('DDDs', 'dose', 'strong', '抗菌药物使用强度36.5DDDs'),
	u('NTU', 'turbidity', 'strong', '出厂水浊度稳定在0.1～0.3NTU'),
	// Temperature.
	u('℃', 'temperature', 'strong', '年平均气温16.8℃'),
	u('摄氏度', 'temperature', 'strong', '最高气温达到40摄氏度'),
	// Sound levels.
	u('分贝', 'sound', 'strong', '昼间等效声级52分贝'),
	// Data.
	u('TB', 'data', 'loose', '数字资源总量达到120TB'),
	u('GB', 'data', 'loose', '存储空间扩容至512GB'),
	u('PB', 'data', 'loose', '政务数据总量2PB'),
	// Time.
	u('课时', 'time', 'loose', '完成教学任务320课时', { bare: true }),
	u('学时', 'time', 'loose', '累计培训40学时', { bare: true }),
	u('分钟', 'time', 'loose', '平均响应时间12分钟', { bare: true }),
	u('小时', 'time', 'loose', '志愿服务时长1500小时', { bare: true }),
	u('日历天', 'time', 'strong', '计划工期180日历天'),
	u('个工作日', 'time', 'strong', '办理时限压缩至5个工作日')
];

/**
 * A magnitude before a unit makes a unit of its own (万吨, 亿元, 千万元): same kind, strong (or
 * recognised only after a figure, for the ones a numeral also writes: 十万元), its example the
 * base example with the magnitude put in.
 */
function composed(base: Unit, magnitude: string, gap: Unit['gap']): Unit {
	const text = magnitude + base.text;
	const example = base.example.replace(new RegExp(`([0-9])${escapeRe(base.text)}`), `$1${magnitude}${base.text}`);
	return { text, kind: base.kind, gap, example };
}

/** Every unit: the base rows, then the units their magnitudes compose (derived, never listed). */
export const UNITS: readonly Unit[] = [
	...BASE,
	...BASE.flatMap((b) => [
		...(b.magnitudes?.split(' ') ?? []).map((m) => composed(b, m, 'strong')),
		...(b.figureOnly?.split(' ') ?? []).map((m) => composed(b, m, 'figure-only'))
	])
];

/** A unit's row by its text. */
export const UNIT_BY_TEXT: ReadonlyMap<string, Unit> = new Map(UNITS.map((x) => [x.text, x]));

/** The kind of a unit (undefined when the text is no unit in the table). */
export function unitKind(text: string): Unit['kind'] | undefined {
	return UNIT_BY_TEXT.get(text)?.kind;
}

/**
 * The kinds of unit a capacity is stated in (年产5000吨, 日处理300立方米, 年发电3000万千瓦时):
 * right after 年产 or 日处理 such a unit wants its figure (年产吨预制菜项目).
 */
export const CAPACITY_KINDS: readonly Unit['kind'][] = ['weight', 'volume', 'energy', 'power', 'count'];
