/**
 * The one unit table: every unit a report writes after a figure, with what it measures. The
 * checker, plugin rules (量化指标), skeleton slots and fill-in all read it; adding a unit is one row.
 */
import type { Unit } from './types';

const u = (text: string, kind: Unit['kind'], gap: Unit['gap'], example: string, extra: Partial<Unit> = {}): Unit => ({ text, kind, gap, example, ...extra });

export const UNITS: readonly Unit[] = [
	// Money.
	u('亿美元', 'money', 'strong', '实际利用外资1.2亿美元'),
	u('万美元', 'money', 'strong', '进出口额860万美元'),
	u('千美元', 'money', 'strong', '单笔订单约40千美元'),
	u('美元', 'money', 'loose', '人均出口额3200美元'),
	u('亿欧元', 'money', 'strong', '签约金额2.5亿欧元'),
	u('万欧元', 'money', 'strong', '引进外资150万欧元'),
	u('欧元', 'money', 'loose', '单价90欧元'),
	u('亿港元', 'money', 'strong', '港资项目投资3亿港元'),
	u('万港元', 'money', 'strong', '捐赠物资折合80万港元'),
	u('港元', 'money', 'loose', '门票120港元'),
	u('百万美元', 'money', 'figure-only', '融资5百万美元'),
	u('千万美元', 'money', 'figure-only', '出口额3千万美元'),
	u('亿元', 'money', 'strong', '完成投资12.6亿元'),
	u('千万元', 'money', 'figure-only', '研发投入1千万元'),
	u('百万元', 'money', 'figure-only', '奖补资金3百万元'),
	u('十万元', 'money', 'figure-only', '单笔贷款5十万元'),
	u('万元', 'money', 'strong', '实现税收4800万元'),
	u('千元', 'money', 'strong', '人均补助3千元'),
	u('百元', 'money', 'strong', '人均补贴5百元'),
	u('元', 'money', 'loose', '人均可支配收入28650元', { single: true }),
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
	u('平方米', 'area', 'strong', '新建厂房24000平方米', { size: true }),
	u('平米', 'area', 'strong', '改造老旧小区3000平米'),
	u('万平方米', 'area', 'strong', '竣工面积18万平方米'),
	u('公顷', 'area', 'strong', '治理水土流失120公顷'),
	u('万公顷', 'area', 'strong', '粮食播种面积4.2万公顷'),
	u('万亩', 'area', 'strong', '建成高标准农田1.5万亩'),
	u('亩', 'area', 'loose', '流转土地860亩', { single: true }),
	// Volume.
	u('立方米', 'volume', 'strong', '清淤26000立方米', { size: true }),
	u('万立方米', 'volume', 'strong', '新增蓄水库容30万立方米'),
	u('亿立方米', 'volume', 'strong', '年供水量1.1亿立方米'),
	// Length.
	u('公里', 'length', 'strong', '新改建农村公路46公里', { size: true }),
	u('千米', 'length', 'strong', '铺设管网12千米', { size: true }),
	u('延米', 'length', 'strong', '修复护栏800延米'),
	u('米', 'length', 'loose', '硬化村道1200米', { single: true, size: true, bare: true }),
	u('厘米', 'length', 'strong', '积雪深度15厘米', { size: true }),
	u('毫米', 'length', 'strong', '降雨量320毫米', { size: true }),
	// Weight.
	u('万吨', 'weight', 'strong', '粮食总产量28万吨'),
	u('吨', 'weight', 'loose', '减少化肥使用量150吨', { single: true }),
	u('千克', 'weight', 'strong', '人均蔬菜供应量0.8千克'),
	u('公斤', 'weight', 'strong', '水稻亩产650公斤'),
	u('微克', 'weight', 'strong', 'PM2.5平均浓度32微克'),
	u('毫克', 'weight', 'strong', '每升含量0.5毫克'),
	// Energy and power.
	u('万千瓦时', 'energy', 'strong', '年发电量1800万千瓦时'),
	u('千瓦时', 'energy', 'strong', '年发电量3000千瓦时'),
	u('万度', 'energy', 'strong', '节约用电12万度'),
	u('万千瓦', 'power', 'strong', '新增装机容量5万千瓦'),
	u('千瓦', 'power', 'strong', '安装光伏600千瓦'),
	u('兆瓦', 'power', 'strong', '新增装机120兆瓦'),
	// Counts that are units of their own.
	u('万人次', 'people', 'strong', '接待游客56万人次'),
	u('人次', 'people', 'strong', '培训农民工2300人次'),
	u('万人', 'people', 'strong', '常住人口12.3万人'),
	u('万户', 'count', 'strong', '改造农村电网惠及1.2万户'),
	u('台次', 'count', 'loose', '检测车辆860台次'),
	u('场次', 'count', 'loose', '举办招聘会12场次'),
	u('批次', 'count', 'loose', '抽检食品320批次'),
	u('家次', 'count', 'loose', '检查企业450家次'),
	u('户次', 'count', 'loose', '走访困难群众260户次'),
	u('例次', 'count', 'loose', '开展手术1200例次'),
	u('架次', 'count', 'loose', '保障航班300架次'),
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
	u('亿吨公里', 'turnover', 'strong', '货物周转量52.3亿吨公里'),
	u('万吨公里', 'turnover', 'strong', '完成货运周转量860万吨公里'),
	u('吨公里', 'turnover', 'strong', '单位运输能耗按每3000吨公里计'),
	u('亿人公里', 'turnover', 'strong', '旅客周转量1.2亿人公里'),
	u('万吨标准煤', 'energy', 'strong', '综合能耗12万吨标准煤'),
	u('吨标准煤', 'energy', 'strong', '折合节约460吨标准煤'),
	u('万卷次', 'count', 'strong', '查阅档案3.9万卷次'),
	u('卷次', 'count', 'loose', '提供利用8600卷次'),
	u('万画幅', 'count', 'strong', '数字化扫描120万画幅'),
	u('画幅', 'count', 'loose', '完成扫描86000画幅'),
	u('万票', 'count', 'strong', '受理报关单12万票'),
	u('万剂次', 'count', 'strong', '接种疫苗3.6万剂次'),
	u('剂次', 'count', 'loose', '完成加强免疫接种8600剂次'),
	u('万标箱', 'count', 'strong', '集装箱吞吐量86万标箱'),
	// Time.
	u('课时', 'time', 'loose', '完成教学任务320课时', { bare: true }),
	u('学时', 'time', 'loose', '累计培训40学时', { bare: true }),
	u('分钟', 'time', 'loose', '平均响应时间12分钟', { bare: true }),
	u('小时', 'time', 'loose', '志愿服务时长1500小时', { bare: true }),
	u('日历天', 'time', 'strong', '计划工期180日历天'),
	u('个工作日', 'time', 'strong', '办理时限压缩至5个工作日')
];

/** A unit's row by its text. */
export const UNIT_BY_TEXT: ReadonlyMap<string, Unit> = new Map(UNITS.map((x) => [x.text, x]));

/** The kind of a unit (undefined when the text is no unit in the table). */
export function unitKind(text: string): Unit['kind'] | undefined {
	return UNIT_BY_TEXT.get(text)?.kind;
}
