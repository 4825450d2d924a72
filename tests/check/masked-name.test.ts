import { describe } from 'vitest';
import { ruleTable, isBlank } from './helpers';

describe('masked-name', () => {
	ruleTable('masked-name', isBlank, {
		valid: [
			'学生在数学课上学会了画x轴和y轴。',
			'会计人员熟练运用Excel完成报表汇总。',
			'景区成功创建国家AAAA级旅游景区。',
			'公司连续三年被评为3A级信用企业。',
			'**一、主要成绩**',
			'我们要**高度重视**安全生产工作。',
			// quiet6: bold field labels after spaces in a row of fields.
			'**单位：** 市分公司　　**职务：**客户经理　　**姓名：**张三',
			'对违反规定的张某某给予党内警告处分。',
			// 某某 as "somebody": no name suffix after it, no field before it.
			'有的群众认为找某某才能办成事，这种观念要扭转。',
			'不能因为是某某的亲戚就网开一面。',
			// 某某 after a title but running on (民警某某说): no name's place; a filled name after 民警.
			'民警某某说，书记某某一个人说了算不行。',
			'城南派出所　社区民警　王建国',
			// Doubled letters that are no name: no name's suffix after them; bold holding a clause.
			'粉碎PP料，选用HH型号，参加bb比赛，精度达mm级。',
			'今年要**抓好安全，抓实质量**工作，确保**稳中求进**。',
			// People left anonymous on purpose in a case story, and 某 alone ("a certain"): no blank (session 16's definition).
			'辖区居民赵某与邻居钱某某因噪音纠纷报警，当事人孙某当场表示谅解。',
			'经查，犯罪嫌疑人周某某伙同吴某多次盗窃电动车。',
			'个别部门存在某些形式主义问题，在某种程度上影响了进度，某地发生的事故要引以为戒。',
			'抓住某一环节不放，对某单位、某公司的违规行为依法处理。',
			// 某某 the pronoun "somebody": before no kind's word, or before a verb (lexicon SOMEBODY_BREAKS, VERBS).
			'严禁以“某某领导打过招呼”为由插手工程招标，凡是“某某”打招呼的一律登记。',
			'过去“某某家办喜事、全组跟着随份子”的风气明显好转。',
			'群众反映只有找某某办理才快，某某组织公司员工外出一事已调查清楚。',
			'村里大小事都是某某一个人拍板，某某说了算的村风要扭转。',
			// A letter naming a part of a place named before it: a zone, not a hidden name.
			'公司位于临港物流园B区8号，项目落户高新园区A区。',
			'他在box里找到了资料。',
			'* 加强学习，提高素质',
			'医院新购置X光机一台。',
			'____________________',
			'3×4的方阵队列整齐划一。',
			'详见网站 www.xx.com 的公告。',
			'Dear Mr. XX, thank you.',
			'复制时丢了字：□□发展很快。',
			'复制时丢了字：□□推进重点项目和民生工程建设。',
			// A bold run-in heading ending in CJK punctuation, the paragraph right after it.
			'**（一）稳步扩大覆盖。**全年新建站点三十余个。',
			'**二是抓落实！**各单位对照清单逐项推进。',
			'**“三个一”工作法：**每月一次走访。',
			'- **（二）建好阵地。**新建职工书屋十余家。',
			// A letter opening a term of its own (lexicon LETTER_TERMS), before no name head.
			'股民关注A股行情，医院新增B超和X光设备，员工统一穿T恤。',
			'学生用U盘拷贝K线图，在x轴上标出各点。',
			// A real letter before a part of a place or unit is a label (NAME_HEADS letters: mask).
			'比赛分A组和B组进行，B段路面已摊铺，C车间完成技改。',
			// Upper-case letters before a part of a place or a street stay labels; lower-case terms stay terms.
			'新建A园区标准厂房，B大道路灯全部更换。',
			'以x轴表示月份，y轴表示产量，z轴表示成本。',
			'开通“e政务”服务，推广i家园小程序。',
			'○ 社区网格化管理全面推行。',
			'打造“e家园”服务平台，开通B站账号，上线i社区小程序。',
			// A page title's separators.
			'2026年上半年工作总结_乡镇工作总结_公文写作网',
			'2026年度工作计划_乡镇工作计划'
		],
		invalid: [
			// quiet6: the mask after the first bold label stays a mask.
			'**单位：** ⟦**⟧市分公司　　**职务：**客户经理　　**姓名：**⟦某某⟧',
			'⟦aa⟧现代产业园位于县城东部。',
			'在⟦xx⟧工业园区管委会的支持下，项目顺利落地。',
			'⟦XX⟧县人民医院始建于上世纪五十年代。',
			'派出骨干教师到⟦××⟧镇中心小学支教。',
			'截至年底，⟦**⟧集团已上缴税收。',
			'在⟦*⟧区委的领导下，街道各项工作有序推进。',
			'⟦○○⟧村党支部书记带头致富。',
			'⟦□□⟧古镇入选省级历史文化名镇，⟦□□⟧石料厂完成整治。',
			'述职人：⟦某某⟧',
			// After a title, closed by punctuation; alone on the signature line above the date.
			'我是派驻青山村的第一书记⟦某某⟧。',
			'特此报告，请审阅。\n\n⟦某某⟧\n2026年1月8日',
			'城南派出所　社区民警　⟦×××⟧',
			// A list of masked names with other letters doubled (aa省、bb省).
			'负责⟦cc⟧省、⟦dd⟧省两省的渠道拓展。',
			// Stars inside words around a clause naming a company: two masks, not bold.
			'本人加入⟦**⟧家电有限公司，次年起担任⟦**⟧片区经理。',
			// 某某 before a kind's word (lexicon NAME_KINDS): the name of a company, a shop, a village, a
			// school, an estate, a product or a project to fill, a third party's in running text too.
			'配合稽查部门查处⟦某某⟧贸易有限公司虚开发票案。',
			'经客户推荐，深圳⟦某某⟧电子公司落户园区，⟦某某⟧小区加装电梯已完工。',
			'执法大队对⟦某某⟧超市、⟦某某⟧便利店开展食品安全抽检。',
			'⟦某某⟧中心小学改建操场，⟦某某⟧镇卫生院新增床位。',
			'年内签约⟦某某⟧（苏州）有限公司智能装备项目，⟦某某⟧冷链物流项目开工建设。',
			'⟦某某⟧牌香菇酱入选省级农产品区域公用品牌目录，展销会上“⟦某某⟧”牌茶油供不应求。',
			'联系⟦某某⟧置业协调业主办证，督促⟦某某⟧物业整改。',
			'⟦某某⟧路与⟦某某⟧街交叉口新增信号灯。',
			// After a list's circled number.
			'①⟦**⟧饮料二期扩建项目投产，②⟦××⟧村新建文化广场。',
			// Other masks before a kind's word: ××4S店, XX项目 (a classifier opening the kind's word is no count).
			'约谈⟦××⟧4S店负责人，⟦XX⟧项目暂停施工，⟦**⟧光伏组件订单回升。',
			// 某某 as a field's value or a person: a name to fill in.
			'承诺单位（盖章）：⟦某某⟧建设投资有限公司',
			'财务部⟦某某⟧同志被评为先进个人，⟦某某⟧书记带队督导。',
			'对⟦aa⟧做了深入细致的调研。',
			'他常拿⟦xx⟧和⟦aa⟧作对照。',
			'其中⟦**⟧精密制造有限公司已完成设备安装。',
			'到十月底⟦**⟧集团、⟦**⟧食品均已投产达效。',
			'合作单位有⟦**⟧集团，⟦**⟧物流两家。',
			'本人⟦____⟧郑重承诺：严守纪律。',
			'⟦XXX⟧同志任职以来，勤勉尽责。',
			'⟦X⟧市教育局组织开展了教学评估。',
			// A lone letter or mask before a name head (lexicon NAME_HEADS), glued or one space on.
			'推进⟦x⟧片区旧城改造，⟦×⟧水厂三期开工。',
			'把⟦x⟧组、⟦x⟧组的灌溉渠修通。',
			'物业服务覆盖⟦X⟧花园和⟦X⟧国际广场两个项目。',
			'举办“惠购⟦x⟧城”消费节。',
			'⟦k⟧新材料年产五万吨项目投产，⟦H⟧重工扩建完成。',
			'与⟦x⟧工业园签订合作协议，⟦q⟧港吞吐量稳步增长。',
			'⟦Z⟧ 建设集团承建的学校已交付，启动 ⟦×⟧ 片区雨污分流改造。',
			'与⟦_⟧市高新区签订合作协议，⟦□□⟧冷链物流中心投入运营。',
			// Boxes before a long unit's name that an organisation's suffix closes.
			'与⟦□□⟧农机销售服务有限公司签订协议，⟦□□□⟧物业管理服务中心通过验收。',
			// A lower-case lone letter in Chinese prose is a placeholder (labels and grades are upper
			// case): before a part of a place, before a trade word, before any word of a name.
			'推动⟦q⟧园区扩区，⟦k⟧片区完成征迁。',
			'⟦n⟧园区全年新增规上企业三家。',
			'⟦x⟧木业扩建生产线，⟦x⟧农牧公司流转土地一千亩。',
			'⟦x⟧快递班组全年揽收包裹稳步增长。',
			// A mask before a street, a mountain or a lake: the name hidden.
			'改造⟦x⟧大道和⟦X⟧大街沿线立面，打造⟦X⟧山景区与⟦X⟧湖湿地公园。'
		]
	}, undefined);

	// A template's placeholder: a bracket naming the field to fill (lexicon PLACEHOLDER_FIELDS).
	ruleTable('a placeholder naming its field', isBlank, {
		valid: [
			// A bracketed label opening its line names what follows; a reference mark holds a digit.
			'【活动时间】2026年3月至5月\n【活动地点】县文化广场',
			// A label inside a line that its value follows: a figure, a colon.
			'本期简报，【会议时间】2026年3月，[项目名称]：青石大桥。',
			'详见参考文献[3]，统计口径见附表[数据说明]部分。',
			// A real name in brackets.
			'本公司[青石建设集团]成立于2001年。'
		],
		invalid: [
			'各位同事：我代表⟦[单位名称]⟧向大家致以问候。',
			'兹有我单位⟦【员工姓名】⟧同志前往贵处联系工作。',
			'联系单位：⟦［项目全称］⟧，负责人：⟦[联系人姓名]⟧'
		]
	}, undefined);

	// Where a person's name stands (lexicon PERSON_NAME_PLACES): after a title of office, a field
	// such as 述职人 or 本人, a signature field, before 同志; a mask there is a masked name whatever
	// its form and whatever spaces or punctuation stand around it.
	ruleTable('a mask where a person\'s name stands', isBlank, {
		valid: [
			// The same places filled in, and bold around a filled name.
			'城关镇党委书记　王建国\n\n述职人：李文华\n2026年12月20日',
			'县交警大队队长 刘志强，本人 陈明，联系人：周敏',
			'党委书记**王建国**同志带队督导。',
			'本人**郑重承诺**：严守纪律。',
			// Bold around a whole unit's name, then prose or punctuation: emphasis.
			'**华远建设集团有限公司**项目管理水平持续提升。',
			'**青石镇人民医院**：全年门诊量稳步增长。',
			'**县人民医院**党委书记带队督导。',
			// Bold glued between characters in a line of filled figures, or opening a line of masks: emphasis.
			'2026年，我们要**高度重视**安全生产，投入资金3.5亿元。',
			// Bold opening before a quotation mark or closing after one, Han on the other side.
			'坚持**“稳就业、保民生”**的工作主线，围绕**"放管服"改革**和**"优环境、强服务"**两项重点。',
			// A rule line of stars between parts, a name filled under the title.
			'年度述职报告\n\n***\n\n王建国\n\n一年来，本人认真履职。',
			// A title before a word or a code, not a name.
			'项目经理B证持证率达到100%，安全员C证全部复审。',
			'负责人 A 岗和 B 岗轮换值守。',
			'技术负责人x轴方向偏差不超过2毫米。',
			// Bold opening on a name's head but closing elsewhere: emphasis.
			'**县人民医院**和**区妇幼保健院**完成等级评审。',
			'**区委**部署的任务全部完成，推动**高质量发展**市场主体增长。',
			// Bold around a title and a whole filled name.
			'**合作社理事长王建国**获评全省十佳农民。',
			// A surname and 某某 in running text, or in a field: a party named anonymously on purpose.
			'抓获犯罪嫌疑人钱某某等4人，项目负责人：周某某。'
		],
		invalid: [
			// A heading or signature line: the holder after the title, any spaces.
			'⟦xx⟧镇党委书记　⟦×××⟧',
			'⟦○○⟧县交警大队队长 ⟦××⟧',
			'分公司 项目经理  ⟦**⟧',
			'县统计局局长：⟦○○○⟧',
			// Fields filled with a name; a seal field names the unit its seal stamps.
			'述职人：⟦×××⟧',
			'协办单位（盖章）：⟦__________⟧',
			'甲方（签章）：⟦______⟧　　乙方（签章）：⟦______⟧',
			'述职人: ⟦xx⟧\n2026年12月20日',
			'汇报人 ⟦***⟧',
			'本人 ⟦×××⟧, 2019 年起任现职。',
			'本人⟦××⟧，现任县林业局副局长。',
			'报告人：⟦K⟧',
			'主持人 ⟦xx⟧　记录人 ⟦xx⟧',
			// Signature fields: signed in a name.
			'法定代表人（签字）：⟦________⟧',
			'承诺人（签名）：⟦______⟧　　2026年3月1日',
			'负责人(签字):⟦____⟧        负责人(签字):⟦____⟧',
			// A pair of ** around a whole unit's name, the closing one glued to the next unit: two masks.
			'⟦**⟧建设集团有限公司⟦**⟧项目部 项目经理 ⟦××⟧',
			'⟦**⟧医疗器械有限公司⟦**⟧分公司',
			// In a line of masked figures (20**年, 3X.5亿元), a ** closing glued between characters is a mask.
			'20⟦**⟧年，⟦**⟧税务局在⟦**⟧区委的领导下完成税收⟦3X.5⟧亿元。',
			// Bold opening inside a sentence stays bold, masks beside it.
			'推进**重点项目**建设，全年完成投资⟦3X⟧亿元。',
			// A run-in heading opening the line stays bold.
			'**一、主要成绩**全年完成投资⟦3X.5⟧亿元。',
			'20⟦××⟧年，⟦**⟧农商银行⟦**⟧支行存款稳步增长。',
			// After a title and spaces at the line's end; after a title before 的 (the pronoun 某某 never follows a title).
			'社区党委书记、居委会主任  ⟦某某⟧',
			'在车间主任⟦某某⟧的带领下，班组完成设备技改。',
			// Before 同志, spaced.
			'⟦×××⟧ 同志任职以来，勤勉尽责。',
			// Two *** runs that would pair as emphasis, the first before 同志; a period typed before a mask.
			'民警⟦***⟧同志荣立个人二等功，***、李某某被评为优秀辅警。',
			'支部荣获“先进党组织”称号.⟦***⟧同志获评优秀党员。',
			'我叫⟦×××⟧，现任村党支部书记。',
			// The writer's name alone under the title, or after the unit on a heading line.
			'年度述职报告\n\n⟦×××⟧\n\n一年来，本人认真履职。',
			'县人民医院骨科　⟦×××⟧',
			// A letter before a title or a form of address.
			'市场部⟦B⟧经理\n\n各位领导：',
			'⟦x⟧同学在演讲比赛中获一等奖。',
			// Two runs of stars that would pair as emphasis, each right before a name's head (**镇, **片区,
			// across a line's end too): bold never opens and closes both on a name's head, two names are hidden.
			'经选举担任⟦**⟧乡人民政府副乡长，分管农业，包联⟦**⟧片区五个村。',
			'业务集中在⟦**⟧区与⟦**⟧县两个团队，其余团队产能偏低。',
			'全年完成整改任务。⟦***⟧县获评省级生态县，⟦***⟧\n区创建工作通过验收。',
			'其中⟦**⟧专业合作社社长刘⟦**⟧获评市级示范社带头人。',
			'⟦**⟧村党支部书记陈⟦**⟧带头流转土地。',
			// A surname and 某某 before a form of address: a colleague's name to fill, not an anonymous party.
			'先进个人中，⟦赵某某⟧同志被评为全市优秀调解员。',
			'表彰名单如下：⟦孙某某⟧\n同志获评岗位能手。'
		]
	}, undefined);
});
