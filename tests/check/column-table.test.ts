import { describe } from 'vitest';
import { ruleTable, isBlank } from './helpers';

/** Tables laid out in columns with spaces: an empty cell under a column of figures is a blank. */
describe('column-table-gap', () => {
	ruleTable('column-table-gap', isBlank, {
		valid: [
			'指标          本年        上年同期    增减(%)\n营业收入      56,201      52,318      7.4\n利润总额      3,906       3,810       2.5',
			'序号  项目名称              总投资(亿元)   进度\n1     年产5万吨新材料项目    18.6           主体完工\n2     冷链物流园             6.2            已投产',
			'承诺人:              日期:\n联系人:              电话:',
			'姓名        职务        分工\n王某某      书记        全面工作\n李某某      主任        经济发展',
			'活动 上半年 下半年 合计\n义诊进社区 12 15 27\n健康讲座 8 9 17',
			'学校  班级数  学生数\n城关小学  24  1080\n东街小学  18  806',
			// Tabs: every cell filled; a text column (备注) may stay empty.
			'项目\t计划\t完成\t备注\n道路硬化(公里)\t12\t12.6\t\n路灯安装(盏)\t300\t326\t提前完成',
			// Column-aligned words without figures, and page furniture.
			'责任单位        牵头领导        联络员\n县发改局        王某某\n县财政局        李某某          张某某',
			'第 2 页 共 9 页',
			// A header alone, and a heading row inside a table of figures.
			'类别            户数(户)    同比(%)',
			'类别              本年        上年\n一、种植业：\n水稻(亩)          3200        3050\n小麦(亩)          1800        1760',
			// A label one space from its first figure: the figure still fills its column.
			'  指标            本年      上年      增减\n  客运量(万人次)  318       296       22\n  人均运距(公里) 42.6      41.8      0.8\n  班线(条)        56        54        2'
		],
		invalid: [
			'指标          本年        上年同期    增减(%)\n营业收入      56,201      52,318      ⟦⟧\n利润总额      3,906       3,810       2.5\n上缴税费      ⟦⟧            2,157       6.8',
			'商品          进口额      同比(%)\n铁矿砂        36.2        -5.2\n原油          28.4        ⟦⟧\n集成电路      ⟦⟧          12.7',
			// Cells separated by one space, or two ideographic spaces, an empty cell or a lone % a figure gone.
			'活动 上半年 下半年 合计\n义诊进社区 ⟦⟧ ⟦⟧ 27\n健康讲座 8 9 ⟦⟧',
			'工程　　　　计划投资（万元）　　完成比例\n东湖水库加固　　860　　⟦⟧％\n西河治理　　⟦⟧　　⟦⟧',
			// Tabs: an empty cell is a figure gone, at the end of a row too, and a row left empty.
			'项目\t计划\t完成\t完成率\n道路硬化(公里)\t12\t⟦⟧\t⟦⟧\n路灯安装(盏)\t⟦⟧\t326\t108.7%\n村道养护(公里)\t⟦⟧\t⟦⟧\t⟦⟧',
			// A column with one figure under a header naming its unit; gaps at a row's end; a total row left empty.
			'类别            新增（户）    同比（%）   累计（户）\n种植大户        126           5.1         ⟦⟧\n家庭农场        ⟦⟧              -2.4        1 208\n合计            ⟦⟧            ⟦⟧              ⟦⟧',
			// A cell holding only % in a column-aligned table.
			'站点        计划        完成        完成率\n东站        4200        4390        ⟦⟧%\n西站        3100        2980        96.1%',
			// A header of words (进度) over percentages: a lone % under it is a figure gone.
			'指标 全年任务 上半年完成 完成进度\n义务植树（万株） 60 ⟦⟧ ⟦⟧﹪\n防火巡查（次） ⟦⟧ 318 ⟦⟧﹪\n病虫害防治（亩） 4000 2150 53.8﹪'
		]
	});
	// One space between cells, a row labelled with a Latin name (PM2.5, COD): empty cells are figures gone.
	ruleTable('column-table-gap with Latin labels', isBlank, {
		valid: ['监测项目 单位 2025年 2024年 变化\nPM2.5 μg/m³ 29 31 -2\nCOD mg/L 18 17 1'],
		invalid: ['监测项目 单位 2025年 2024年 变化\nPM2.5 μg/m³ ⟦⟧ 31 ⟦⟧\nCOD mg/L 18 17 1\n优良天数比例 % ⟦⟧ 84.1 ⟦⟧']
	});
	// Tabs after a row number (序号): the label is the second cell; a cell holding only its unit or
	// classifier (条, 场、…) is its figure gone, and so is a deadline left without its month.
	ruleTable('column-table-gap with row numbers', isBlank, {
		valid: [
			'序号\t任务\t责任科室\t完成时限\n1\t入户走访\t综合科\t全年\n2\t政策宣讲\t宣传科\t6月底',
			'序号\t任务\t指标\t责任科室\n1\t入户走访\t300户\t综合科\n2\t个税宣讲\t12场\t税政科'
		],
		invalid: [
			'序号\t任务\t指标\t责任科室\t完成时限\n1\t入户走访\t⟦⟧户\t综合科\t全年\n2\t政策宣讲\t⟦⟧场、1500人次\t宣传科\t6月底\n3\t经营收入\t⟦8**⟧万元\t财务科\t⟦⟧月底前'
		]
	});
	// Masks shorter than the figures they hide pull a row's cells out of line: a full row is still full.
	ruleTable('column-table-gap with masks', (f) => f.rule === 'column-table-gap', {
		valid: ['项目        计划      完成      完成率\n道路养护    _     xx      ××%\n桥梁检测    120       118       98.3%\n隧道巡查    xx     XX      **%'],
		invalid: ['项目        计划      完成      完成率\n道路养护    _     xx      ⟦⟧\n桥梁检测    120       118       98.3%\n隧道巡查    xx     XX      **%']
	});
	// A cell's figure belongs to a column of its kind: a figure without % is not a percentage, so a
	// row whose masked cell pulled its last figure left of the percent column has lost the percentage;
	// the gap stands between its neighbours as far along as the column stands between theirs.
	ruleTable('column-table-gap: a figure keeps to a column of its kind', (f) => f.rule === 'column-table-gap', {
		valid: [
			'门店类型      门店数    营业额(万元)    同比      人效(元/人)\n旗舰店        6         18,240          3.2%      6,420\n社区店        41        2*,***     4.6%        5,180\n便利店        88        9,760           -0.8%     3,910',
			'片区        户数      增速      户均收入(元)\n东片        320       5.1%      42,600\n西片        286       4.8%   39,800\n南片        301       6.0%      41,200'
		],
		invalid: [
			'门店类型      门店数    营业额(万元)    同比      人效(元/人)\n旗舰店        6         18,240          3.2%      6,420\n社区店        41        2*,***      ⟦⟧       5,180\n便利店        88        9,760           -0.8%     3,910',
			'片区        户数      增速      户均收入(元)\n东片        320       5.1%      42,600\n西片        286   ⟦⟧  39,800\n南片        301       6.0%      41,200',
			'项目          投资(万元)    完成率      到位资金(万元)\n道路工程      3,200         85.0%       2,900\n管网工程      ⟦⟧        72.5%⟦⟧\n绿化工程      1,100         90.0%       1,050'
		]
	});
});

// The corpus's rule for a gap in a column table: it stands where its cell would start, the writer's
// spaces kept; each gap before it in the row still pulls it two columns left (the spaces were counted
// for the mark written there, 【】). A column whose every figure is gone (本期完成) is a column of
// figures when its header names a period or a comparison; a column of words (备注) stays empty.
describe('column-table-gap: where a gap stands', () => {
	ruleTable('column-table-gap', (f) => f.rule === 'column-table-gap', {
		valid: [
			'巡查类别        巡查次数    发现问题    已处置    处置率\n日常巡查        48          120         120       100%\n夜间巡查        31          63          61        96.8%\n联合巡查        9           27          27        100%',
			'  畜种          存栏          出栏          增幅\n  生猪          3,200头       2,950头       4.1%\n  肉牛          860头（只）   720头（只）   2.6%\n  山羊          1,400只       1,260只       5.3%',
			// A column holding words (经办科室) is no column of figures for one figure in it.
			'事项        受理数    办结数    经办科室\n户籍迁移    126       124       户政科\n证件补办    88        88        2\n居住登记    203       197       治安科',
			'工程          单位      年度计划    本期完成    累计完成    备注\n管道铺设      公里      48          21          39\n泵站建设      座        6           3           11          含改造2座\n闸门更换      扇        120         64          118         汛前完成',
			'门店            客流(万人次)  销售额(万元)  毛利率      备注\n城东店          41            2,860         18.2%\n城西店          86            3,115         21.4%\n城北店          27            1,930         16.8%       新开业'
		],
		invalid: [
			// A unit alone in its cell under a column whose cells give figures with their units: the figure gone before it.
			'  畜种          存栏          出栏          增幅\n  生猪          3,200头       ⟦⟧头          4.1%\n  肉牛          ⟦⟧头（只）    ⟦⟧头（只）    ⟦⟧%\n  山羊          1,400只       1,260只       5.3%',
			// A column with one figure left, alone in its cell, and no words (已处置): a column of figures.
			'巡查类别        巡查次数    发现问题    已处置    处置率\n日常巡查        48          ⟦⟧          ⟦⟧        100%\n夜间巡查        ⟦⟧          63          ⟦⟧        ⟦⟧%\n联合巡查        9           ⟦⟧          ⟦⟧        100%\n暗访抽查        ⟦⟧          14          14        100%',
			'工程          单位      年度计划    本期完成    累计完成    备注\n管道铺设      公里      48          ⟦⟧          ⟦⟧\n泵站建设      座        6           ⟦⟧          11          含改造2座\n闸门更换      扇        120         ⟦⟧          ⟦⟧          汛前完成',
			'门店            客流(万人次)  销售额(万元)  毛利率      备注\n城东店          ⟦⟧            ⟦⟧            ⟦⟧%\n城西店          86            ⟦⟧            21.4%\n城北店          ⟦⟧            1,930         ⟦⟧%         新开业'
		]
	});
});

/**
 * A table flattened onto one line, its cells parted by single spaces (our own tables): the header
 * names the columns, each row opens with its label; two spaces stand around an empty cell. The
 * header (增减%) and a label with its unit (客流量 万人次) are names, never gaps.
 */
describe('tables flattened onto one line', () => {
	ruleTable('flat tables', isBlank, {
		valid: [
			'各项收入如下(单位:万元):\n项目 本年 上年 增减% 门票收入 8620 7935 8.6 餐饮收入 4210 4005 5.1 住宿收入 3318 2960 12.1',
			'主要经营指标: 指标 单位 本期 上期 同比 销售额 万元 2468 2310 6.8% 毛利率 % 18.4 17.9 提高0.5个百分点 库存周转 天 38 41 减少3天',
			'景区指标: 指标 单位 全年 增幅 客流量 万人次 312 4.2% 过夜游客 万人次 86 6.0%'
		],
		invalid: [
			'各项收入如下(单位:万元):\n项目 本年 上年 增减% 门票收入 8620 7935 8.6 餐饮收入 4210 ⟦⟧ 5.1 住宿收入 3318 2960 ⟦⟧ 文创收入 ⟦⟧ 612 增长',
			'主要经营指标: 指标 单位 本期 上期 同比 销售额 万元 ⟦⟧ 2310 ⟦⟧ 毛利率 % 18.4 17.9 提高0.5个百分点 库存周转 天 ⟦⟧ 41 减少3天',
			'经营指标: 指标 单位 本期 上期 同比 销售额 万元 2468 2310 ⟦⟧ 毛利率 % 18.4 17.9 下降⟦⟧个百分点 客单价 元 96 ⟦⟧ 增长',
			'景区指标: 指标 单位 全年 增幅 客流量 万人次 ⟦⟧ 4.2% 过夜游客 万人次 86 ⟦⟧ 一日游 万人次 226 3.1%'
		]
	});
});

/**
 * A table flattened one cell per line (as a copied PDF leaves it): the header's names on lines of
 * their own, then each row's label and as many lines as the header has columns after it; an empty
 * line among them is a cell left empty (our own tables).
 */
describe('tables one cell per line', () => {
	ruleTable('one cell per line', isBlank, {
		valid: [
			'业务量对比\n项目\n本年\n上年\n增减\n来访人数\n3,412\n3,105\n9.9%\n办结件数\n1,208\n1,150\n5.0%\n二、存在问题',
			'年度工作总结\n\n汇报单位\n综合办公室\n\n汇报人\n王某某\n\n2026年1月',
			'附件\n姓名\n职务\n电话\n张某\n科长\n\n李某\n科员\n',
			// A header naming its year, rows whose labels name a unit or hold quotes, a column of words (进度).
			'三、主要指标（单位：元、%）\n指标\n2025年\n上年\n增减\n农户人均收入\n16840\n15920\n+5.8﹪\n合作社分红\n420\n380\n+10.5﹪',
			'项目\n库容（万吨）\n投资（万元）\n进度\n“智慧粮库”改造\n3\n1260\n已完工\n东区平房仓（维修）\n2\n480\n主体完工'
		],
		invalid: [
			'业务量对比（单位：件、%）\n项目\n本年\n上年\n增减\n来访人数\n⟦⟧\n⟦⟧\n⟦⟧\n办结件数\n1,208\n⟦⟧\n⟦⟧\n满意率\n⟦⟧\n96.1%\n⟦⟧\n二、存在问题',
			'主要指标\n指标\n上半年\n去年同期\n增减\n门诊人次\n4,086\n⟦⟧\n⟦⟧\n出院人次\n⟦⟧\n⟦⟧\n⟦⟧\n',
			'三、主要指标（单位：元、%）\n指标\n20⟦xx⟧年\n上年\n增减\n农户人均收入\n⟦⟧\n15920\n+5.8﹪\n合作社分红\n420\n⟦⟧\n——\n危房改造率（%）\n⟦⟧\n96\n⟦⟧',
			'项目\n库容（万吨）\n投资（万元）\n进度\n“智慧粮库”改造\n3\n⟦⟧\n已完工\n东区平房仓（维修）\n⟦⟧\n⟦⟧\n85%'
		]
	});
});

/** A page break inside a table of separated cells (our own): its page number and running head do not end the table. */
describe('tables across a page break', () => {
	ruleTable('page break', isBlank, {
		valid: ['附表：重点项目进度\n项目  年度计划  已完成  完成率\n- 2 -\n青山区发展和改革局\n道路建设（公里）  12  9  75%\n管网改造（公里）  30  24  80%\n公园绿地（处）  6  6  100%'],
		invalid: [
			'附表：重点项目进度\n项目  年度计划  已完成  完成率\n- 2 -\n青山区发展和改革局\n道路建设（公里）  12  ⟦⟧  ⟦⟧%\n管网改造（公里）  ⟦⟧  ⟦⟧  —\n公园绿地（处）  6  6  100%',
			'项目  年度计划  已完成  完成率\n道路建设（公里）  12  9  75%\n第 3 页\n管网改造（公里）  30  ⟦⟧  ⟦⟧%\n公园绿地（处）  6  6  100%'
		]
	});
	// The page number set off by blank lines, cells one space apart, a row's last cell empty after its space.
	ruleTable('page break set off by blank lines', isBlank, {
		valid: [
			'表2 小型水利工程\n工程类别 处数 投资（万元） 受益人口\n\n- 4 -\n\n塘坝清淤 18 64.5 3200\n机井修复 14 56.5 2100\n合计 32 121.0 5300\n二、下一步打算',
			'车间 班组数 人数 产值（万元）\n\n第 2 页\n一车间 6 84 2310\n二车间 5 71 1980\n三车间 4 66 1745'
		],
		invalid: [
			'表2 小型水利工程\n工程类别 处数 投资（万元） 受益人口\n\n- 4 -\n\n塘坝清淤 ⟦⟧ ⟦⟧ 3200\n机井修复 14 56.5 ⟦⟧\n合计 ⟦⟧ ⟦⟧ ⟦⟧\n二、下一步打算',
			'车间 班组数 人数 产值（万元）\n\n第 2 页\n一车间 6 ⟦⟧ 2310\n二车间 5 71 1980\n三车间 ⟦⟧ 66 ⟦⟧'
		]
	});
	ruleTable('page break in a table one cell per line', isBlank, {
		valid: [
			'绿化工程分类\n类别\n处数\n面积（亩）\n街头游园\n12\n86\n\n- 3 -\n青石县住房和城乡建设局\n行道树\n26\n140\n防护林带\n7\n410\n四、明年打算',
			'绿化工程分类\n类别\n处数\n面积（亩）\n街头游园\n12\n86\n\n第 3 页\n\n行道树\n26\n140\n防护林带\n7\n410\n四、明年打算'
		],
		invalid: [
			// A running head's 某某 before a unit's name is a masked name too (lexicon NAME_KINDS).
			'绿化工程分类\n类别\n处数\n面积（亩）\n街头游园\n⟦⟧\n⟦⟧\n\n- 3 -\n⟦某某⟧县住房和城乡建设局\n行道树\n26\n⟦⟧\n防护林带\n⟦⟧\n410\n四、明年打算',
			'绿化工程分类\n类别\n处数\n面积（亩）\n街头游园\n12\n⟦⟧\n\n第 3 页\n\n行道树\n⟦⟧\n140\n防护林带\n7\n⟦⟧\n四、明年打算'
		]
	});
	// The break right under the header, and a column of units (单位): a unit alone on its line is its cell.
	ruleTable('page break under the header, a column of units', isBlank, {
		valid: [
			'年度指标完成情况：\n指标\n单位\n计划\n实际\n\n- 2 -\n安平市水利局\n水库除险加固\n座\n12\n12\n河道清淤\n公里\n46\n51.5\n（三）防汛备汛'
		],
		invalid: [
			'年度指标完成情况：\n指标\n单位\n计划\n实际\n\n- 2 -\n⟦某某⟧市水利局\n水库除险加固\n座\n⟦⟧\n⟦⟧\n河道清淤\n公里\n46\n⟦⟧\n灌区改造\n万亩\n⟦⟧\n3.2\n（三）防汛备汛',
			// A rate's % left on its line, a unit named with its magnitude (万人次).
			'服务指标\n项目\n单位\n目标\n完成\n完成率\n门诊接诊\n万人次\n⟦⟧\n12.6\n⟦⟧%\n家庭签约\n户\n3000\n3120\n104%\n健康讲座\n场\n⟦⟧\n48\n100%\n三、存在问题'
		]
	});
});

/**
 * A total row without its row number (our own): the label stands in the number's column, so the row
 * has one cell fewer than the header; its cells read from the left, the name's cell holds no figure.
 */
describe('a total row in a numbered table', () => {
	ruleTable('total row', isBlank, {
		valid: [
			'序号 工程名称 预算（万元） 已拨付（万元） 进度\n1 东渠改造 420 380 90%\n2 西闸维修 110 96 87%\n合计  530 476',
			'序号\t工程名称\t预算（万元）\t已拨付（万元）\t进度\n1\t东渠改造\t420\t380\t90%\n2\t西闸维修\t110\t96\t87%\n合计\t\t530\t476'
		],
		invalid: [
			'序号 工程名称 预算（万元） 已拨付（万元） 进度\n1 东渠改造 420 ⟦⟧ 90%\n2 西闸维修 110 96 ⟦⟧%\n合计  ⟦⟧ ⟦⟧',
			'序号\t工程名称\t预算（万元）\t已拨付（万元）\t进度\n1\t东渠改造\t⟦⟧\t380\t90%\n2\t西闸维修\t110\t96\t87%\n合计\t\t⟦⟧\t476'
		]
	});
});

/**
 * Tables typed by hand with spaces, their columns aligned by eye: two-character names spread to a
 * column's width (品  种, 合    计) are one cell; a figure deleted with the spaces around it kept pulls
 * the cells after it left by its width, so a row is placed by the order of its cells, how far they may
 * have been pulled, and what each column holds (rates near 100 under 完成率, amounts in thousands never
 * there); sub-rows indented under a 其中 row are rows; a row left with only its % has lost every figure.
 */
describe('column-table-gap: hand-aligned tables whose cells drift', () => {
	ruleTable('drifting columns', isBlank, {
		valid: [
			'品  种      本季销量    上季销量    增  速    目标完成率\n螺纹钢      2,316.4     2,201.9     5.2       103.4\n线  材      847.0       812.5       4.2       98.7\n中厚板      1,530.8     1,488.1     2.9       101.2\n冷轧卷      962.3       1,004.6     -4.2      96.5\n镀锌板      415.6       398.2       4.4       100.3\n合    计    6,072.1     5,905.3     2.8       101.1',
			'  项  目              本月     上月     环比    累计\n  售电量              3,480    3,215    8.2     40,126\n  其中：大工业        2,106    1,950    8.0     24,511\n        一般工商业    861      803      7.2     9,840\n        居民生活      513      462      11.0    5,775',
			'  指  标        计  划    实  际    完成率    去年同期\n  营业收入      52,000    49,870    95.9      47,310\n  净利润        3,600     3,712     103.1     3,205\n  经营现金流    4,100     3,954     96.4      3,770',
			'科室        男    女    合计\n内科        12    30    42\n外科        18    21    39\n合    计    30    51    81',
			'车间      产量(吨)    能耗(吨标煤)    合格率\n一车间    1,240       316             99.2%\n二车间    980         274             98.7%\n三车间    1,105       298             99.0%'
		],
		invalid: [
			'品  种      本季销量    上季销量    增  速    目标完成率\n螺纹钢      ⟦⟧     2,201.9     5.2       103.4\n线  材      847.0       812.5       4.2       ⟦⟧\n中厚板      1,530.8      ⟦⟧      ⟦⟧     101.2\n冷轧卷      962.3       1,004.6     -4.2      96.5\n镀锌板      415.6       398.2       4.4       100.3\n合    计    ⟦⟧     5,905.3     ⟦⟧       101.1',
			'  项  目              本月     上月     环比    累计\n  售电量              3,480    3,215    8.2     40,126\n  其中：大工业        2,106    1,950    8.0     24,511\n        一般工商业    861      ⟦⟧      7.2     9,840\n        居民生活      ⟦⟧      462     ⟦⟧     5,775',
			'  指  标        计  划    实  际    完成率    去年同期\n  营业收入      52,000    ⟦⟧     ⟦⟧     47,310\n  净利润        3,600     3,712    ⟦⟧      3,205\n  经营现金流    4,100    ⟦⟧      96.4      3,770',
			'科室        男    女    合计\n内科        12    30    42\n外科        18    21    39\n儿科        9     14    23\n合    计    39    ⟦⟧    104',
			'项目        本年      上年      增减率\n营业收入    18,432    17,100    7.8%\n销售费用    1,028     973       5.65%\n利润总额    ⟦⟧        ⟦⟧        ⟦⟧%'
		]
	});
});

/**
 * A table whose every figure is gone (our own): each row is its label and the spaces its figures
 * left, under a header naming columns of figures; when the spaces stop short of the last column the
 * gaps share them out, the last where the row ends. Empty rows under a header of names stay quiet.
 */
describe('column-table-gap: a table emptied of its figures', () => {
	ruleTable('emptied table', isBlank, {
		valid: ['责任单位        牵头领导        联络员\n县发改局                        \n县财政局                        '],
		invalid: [
			// A title line above the header (and its masked year) does not hide the table under it.
			'    20⟦xx⟧年经营收入表          单位：万元\n  项目            年度预算      实际完成      完成率\n  场地租赁         3600         ⟦⟧         97.2%\n  广告发布          840           812         96.7%\n  会员服务          510           533        104.5%',
			'附表：主要农产品产量（单位：万吨）\n品种        播种面积    总产量    单产    同比增长(%)\n小麦       ⟦⟧       ⟦⟧       ⟦⟧       ⟦⟧\n玉米       ⟦⟧       ⟦⟧       ⟦⟧       ⟦⟧\n大豆       ⟦⟧       ⟦⟧       ⟦⟧       ⟦⟧'
		]
	});
});

/**
 * A table whose rows kept only the signs of their figures (our own): a lone % and a rank without its
 * number (第名) stand where figures were, so such rows are rows of figures, a line holding them is no
 * header, and each sign goes under a column of its kind (% under a rate, 第名 under a rank) however
 * far the deleted figures pulled it left.
 */
describe('column-table-gap: rows left with only their signs', () => {
	ruleTable('signs only', isBlank, {
		valid: [
			'科目    考生数    平均成绩    达标率    优秀率    全区排名\n语文    386    91.2    98%    41%    第2名\n数学    386    88.7    95%    37%    第4名',
			'奖项        第一名      第二名      第三名\n奖金（元）  5000        3000        1000\n名额（个）  1           2           3',
			// % under a column of units is the row's unit, no figure gone.
			'指标          单位        上年        本年        增减\n处理水量      万吨        2310        2465        +6.7%\n出水达标率    %           99.2        99.6        +0.4个百分点\n污泥处置率    %           97.5        98.8        +1.3个百分点'
		],
		invalid: [
			'科目      考生数      平均成绩      达标率      优秀率      全区排名\n语文      ⟦⟧     ⟦⟧      ⟦⟧%      ⟦⟧%      第⟦⟧名\n数学      ⟦⟧      86.1      ⟦⟧%      ⟦⟧%      第⟦⟧名',
			'  年级     在校人数     及格率     全市名次\n  初一     ⟦⟧      ⟦⟧%     第⟦⟧名\n  初二     ⟦⟧      ⟦⟧%     第⟦⟧名\n  初三     1,024    ⟦⟧%     第⟦⟧名'
		]
	});
});

/**
 * Rows of single-spaced cells one cell short of the header (our own): the writer stopped before the
 * last column, so the row reads from the left. Where the table keeps a rate's % when its figure goes,
 * an empty cell there in a row that still holds figures is a rate never worked out, not a gap.
 */
describe('column-table-gap: short rows and rates left out', () => {
	ruleTable('short rows', isBlank, {
		valid: [
			'指标 单位 目标 实绩 完成率\n渔船总数 艘 420 431 103%\n捕捞产量 吨 3600 3580 99%\n持证率 % 95 97\n冷库容量 万吨 2.4 2.6 108%'
		],
		invalid: [
			'指标 单位 目标 实绩 完成率\n渔船总数 艘 ⟦⟧ 431 ⟦⟧%\n持证率 % 95 ⟦⟧\n捕捞产量 吨 ⟦⟧ 3580\n养殖面积 亩 1500 ⟦⟧ ⟦⟧%\n冷库容量 万吨 2.4 ⟦⟧ '
		]
	});
});

/**
 * Hand-aligned columns whose gone figures kept their signs (our own): a change left as -% is a row
 * of figures (the change frames read its own gap); an empty cell under that column, in a row still holding figures, is a change
 * never worked out.
 */
describe('column-table-gap: aligned columns that keep their signs', () => {
	// (Only this rule: the spaces between a label and its unit cell are another rule's reading.)
	ruleTable('kept signs', (f) => f.rule === 'column-table-gap', {
		valid: ['指标名称        单位        本期值        增幅\n货物吞吐量      万吨        3120           -2.4%\n集装箱          万标箱      48.6           5.1%\n新辟航线        条          12             6.3%'],
		invalid: [
			'指标名称        单位        本期值        增幅\n货物吞吐量      万吨        ⟦⟧             -%\n集装箱          万标箱      ⟦⟧             ⟦⟧%\n港口营收        亿元        ⟦⟧             4.2%\n新辟航线        条          12             '
		]
	});
});
