import { describe } from 'vitest';
import { ruleTable, isBlank } from './helpers';

/**
 * Real text as it arrives from template sites and PDF extraction (our own sentences): half-width
 * punctuation, spaces in and around tokens, figures and units broken onto lines of their own,
 * every mask form, masks inside numbers, ranges and ratios, templates with alternatives, tables —
 * and the many things that look like blanks and are not.
 */
describe('messy text: blanks', () => {
	ruleTable('messy blanks', isBlank, {
		valid: [],
		invalid: [
			// Half-width punctuation everywhere.
			'全镇规上工业增加值同比增长⟦⟧,固定资产投资同比增长⟦⟧;',
			'新培育专精特新企业⟦⟧家.实现税收收入⟦⟧万元.',
			'(一)经济运行.地区生产总值达到⟦⟧亿元,比上年增长⟦⟧.',
			'完成年度计划的⟦⟧;占全区比重⟦⟧.',
			// Spaces in and around tokens.
			'全年实现工业总产值 ⟦xx⟧ 亿元,同比增长 ⟦x.x⟧%.',
			'20⟦xx⟧ 年,我们认真落实各项部署.',
			'全年退出不胜任人员⟦  ⟧人,举办专题讲座⟦  ⟧场.',
			'完成⟦  ⟧个村级服务站改造,为⟦  ⟧名困难学生发放助学金.',
			'提供就业岗位⟦  ⟧余个,帮助 36 名失业人员再就业.',
			'A级景区达到⟦  ⟧家,其中4A级 3 家.',
			// A figure, a mask or a unit alone on a line (PDF extraction).
			'实现营业收入\n⟦xx⟧\n万元,同比\n增长⟦⟧,',
			'年末存款余额\n\n⟦⟧亿元\n,较年初增加 1.2 亿元.',
			'累计发放贷款\n⟦***⟧\n万元,惠及农户 300 户.',
			'接待游客\n⟦XX.X⟧\n万人次,旅游收入 8.6 亿元.',
			'发展村级综合服务站\n\n⟦⟧家,覆盖全部行政村.',
			'受理出口报关单\n\n⟦⟧万票,同比增长 6%.',
			'与用人单位达成就业意向\n⟦⟧人.',
			// The small percent sign and full-width digits.
			'城镇化率提高到⟦x⟧﹪,比上年提高 １.２ 个百分点.',
			'实现利润总额⟦⟧万元,同比增长１２．６％,',
			// Every mask form.
			'⟦xx⟧镇⟦XX⟧村新建文化广场⟦x⟧处,投入资金⟦**⟧万元.',
			'⟦××⟧街道⟦○○⟧社区全年开展志愿服务⟦***⟧次.',
			'⟦__⟧乡完成造林⟦____⟧亩.',
			'⟦k⟧县农业农村局联合⟦m⟧市开展技术培训.',
			'⟦A⟧公司与⟦H⟧镇政府签订合作协议.',
			// Masked parts of numbers.
			'完成税收⟦xx.36⟧亿元,人均可支配收入⟦xx702⟧元,产量⟦2X30⟧吨.',
			'利润总额⟦1X,X35⟧万元.',
			// Masks in ranges and ratios.
			'⟦x⟧-⟦x⟧季度共走访居民 860 户次.',
			'⟦X⟧-⟦X⟧月集中开展项目攻坚.',
			'投资占比按⟦x⟧:⟦x⟧:⟦x⟧分布,产业结构持续优化.',
			// Years: without 年, with *, in 十x五.
			'⟦20xx⟧中国(⟦k⟧县)绿色食品产业博览会顺利举办.',
			'20⟦*⟧年全县招商工作取得新成效.',
			'以"十⟦x⟧五"规划收官为契机,',
			// Figures deleted before classifiers and commas.
			'新建(改造)基层供销社⟦⟧个,安装太阳能路灯⟦⟧盏.',
			'全年办理群众"微心愿"⟦⟧件,查处违法违规行为⟦⟧起;',
			'应收账款周转天数⟦⟧天,较年初缩短 9 天.',
			// Templates with alternatives.
			'床位使用率比上年上升(下降)⟦⟧个百分点.',
			'财务费用比上年多(少)⟦⟧万元;',
			'完成家庭无障碍改造 86 户,比计划多(少)⟦⟧户.',
			// More units and classifiers, each one row of the lexicon.
			'完成货运周转量⟦⟧万吨公里,折合节约⟦  ⟧吨标准煤.',
			'接收档案⟦  ⟧卷,提供利用⟦⟧卷次.',
			'律所现有执业律师 32 人,其中合伙人⟦⟧位.',
			'退保率同比下降⟦⟧成.',
			'在全市年度评估中排名前⟦⟧位.',
			'每亩补助标准⟦x00⟧~⟦x,x00⟧元.',
			'征集老物件 ⟦x00⟧ 余件.',
			'在 ⟦A⟧ 镇、⟦B⟧ 镇开展试点,代理⟦C⟧银行借款合同纠纷.',
			'督促 ⟦××⟧ 房地产公司解决问题.',
			'受⟦xx⟧单位选派,到⟦y⟧乡⟦xxx⟧村担任第一书记.',
			'负责人:张⟦**⟧ 电话:',
			// Tables.
			'| 营业收入 | ⟦xx⟧ | 186,420 | 6.6% |',
			'| 利润总额（万元） | ⟦⟧ | 11,862 | -4.8% |',
			'| 各项存款 | 86.2 | +⟦⟧ |',
			'1     年产5万吨新材料项目          ⟦2X⟧           主体完工',
			// A road code with masked digits, a signature left blank.
			'牵头推进国道 G⟦3**⟧ 线改扩建工程.',
			'述职人:⟦xxx⟧',
			'承诺人:⟦×××⟧',
			// A signature line is signed in a name: its blank is the name.
			'法定代表人(签字):⟦________⟧\n项目负责人:王某某'
		]
	});
});

describe('messy text: quiet', () => {
	ruleTable('messy quiet', isBlank, {
		valid: [
			// Pinyin in brackets, English words and codes.
			'加强对古桥(qiáo)的保护修缮,做好Excel台账和PPT汇报.',
			'项目编号XM-2023-015,采用BIM技术和EPC模式建设.',
			'型号X200设备运行正常,开展3x3篮球赛.',
			// URLs and file names.
			'原文地址:https://www.example.com/fanwen/20240611_55821.html',
			'附件:工作总结_终稿_v2.docx',
			// Site watermarks, VIP and download notices, page furniture.
			'第 2 页 共 9 页',
			'本文档共 7 页,当前为第 2 页,开通VIP免费下载全文.',
			// Real figures split from their units by spaces or line breaks.
			'全年完成投资 64.15 亿元,同比增长 8.2 %.',
			'产值突破\n520亿元,',
			'实现营业收入\n12.6\n亿元,同比增长 5%.',
			// A word wrapped across a line break (国⏎家, 档⏎次), a unit split by it (手术台⏎次).
			'建设美丽中国\n家,园共建.',
			'提升服务档\n次.',
			'全年完成手术 860 台\n次,同比增长 5%.',
			// Classes and estimates: 亿元以上 / 超亿元 / 近万人次.
			'新签约亿元以上项目 12 个,培育超亿元企业 5 家,接待游客近万人次.',
			// Field labels.
			'单位:万元',
			'单位：万元',
			'生产总值(万元)',
			'计量单位    万元',
			'工业总产值    亿元    126.8',
			// 倍感 / 倍增, idioms of multitudes.
			'倍感责任重大,深入实施企业倍增计划.',
			'健康工作关系千家万户.',
			'新签约投资亿元以上的项目 8 个.',
			'货物周转量 52.3 亿吨公里,推进"智慧园所"建设,查阅档案 3.9 万卷次.',
			// Filled tables.
			'| 营业收入（万元） | 16,300 | 18,620 | 14.2% |',
			'指标          本年        上年同期    增减(%)',
			'营业收入      56,201      52,318      7.4',
			// Markdown bold around real words and figures.
			'**全年实现营业收入3.2亿元**,同比增长**12%**.',
			// A field filled by the anonymous party it names.
			'项目负责人:王某某'
		],
		invalid: []
	});
});
