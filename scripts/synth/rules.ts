/**
 * What the synthetic-masking harness leaves alone, as data: each rule names the operations it
 * forbids at a figure or name site, why a careful reader would not see a hole there (or why the
 * corpus README does not count one), and examples in our own words with the site in ⟦⟧.
 *
 * A rule matches when all of its parts match: `before` against the text that ends where the
 * site starts, `site` against the site's own text, `after` against the text from the site's end
 * (each a RegExp anchored by the rule itself: `$` for before, `^` for after). These rules are the
 * harness's own judgement, written without reading the checker's code.
 */

/** What a transformation does to a site. */
export type Op =
	/** Remove the figure's digits, keep what follows (unit, %, classifier): zero-width gold. */
	| 'delete'
	/** Remove the figure together with its percent sign (同比增长12.5%， → 同比增长，). */
	| 'delete-unit'
	/** Replace the whole figure by a mask (xx, **, ××, ○○, __ …). */
	| 'mask'
	/** Replace part of the digits by a mask (41**, xx.36, 29XX6). */
	| 'mask-part'
	/** Mask the digits of a year (20xx年, 20__年, xxxx年, 二〇××年). */
	| 'year-mask'
	/** Mask a place, organisation or person name (aa镇, **公司, ×××同志). */
	| 'name-mask';

export const ALL_OPS: readonly Op[] = ['delete', 'delete-unit', 'mask', 'mask-part', 'year-mask', 'name-mask'];

export interface SkipRule {
	id: string;
	/** Why no transformation of these kinds is made here. */
	reason: string;
	/** The operations this rule forbids at a matching site. */
	ops: readonly Op[];
	before?: RegExp;
	site?: RegExp;
	after?: RegExp;
	/** Tested against the whole line the site is on. */
	line?: RegExp;
	/** The site's shape must be one of these (see scan.ts). */
	shapes?: readonly string[];
	/** ⟦site⟧ in text where the rule applies (the ops are skipped) … */
	skip: readonly string[];
	/** … and where it does not (the ops stay allowed). */
	keep: readonly string[];
}

const FIGURE_OPS: readonly Op[] = ['delete', 'delete-unit', 'mask', 'mask-part'];
const DELETIONS: readonly Op[] = ['delete', 'delete-unit'];

export const SKIP_RULES: readonly SkipRule[] = [
	{
		id: 'latin-glued',
		reason: '数字与拉丁字母连写是型号、等级或代号（5G、3A级、4S店、C60、ISO9001），删掉或打码都不像漏填的数字',
		ops: FIGURE_OPS,
		before: /[A-Za-zＡ-Ｚａ-ｚ]$/,
		skip: ['推广C⟦60⟧混凝土', '通过ISO⟦9001⟧认证'],
		keep: ['建成基站⟦120⟧个']
	},
	{
		id: 'latin-glued-after',
		reason: '数字后紧跟拉丁字母：型号、等级（5G、3A级、4S店）',
		ops: FIGURE_OPS,
		after: /^[A-Za-zＡ-Ｚａ-ｚ]/,
		skip: ['依托⟦5⟧G网络', '创成国家⟦4⟧A级景区'],
		keep: ['建成基站⟦120⟧个']
	},
	{
		id: 'heading-number',
		reason: '行首的序号（1.、2、、（3））不是数字指标',
		ops: FIGURE_OPS,
		before: /(^|\n)[ \t\u3000#*]*[（(]?$/,
		after: /^[ \t]*[、.．)）]/,
		skip: ['⟦1⟧、加强领导', '\n（⟦2⟧）完善制度', '\n## ⟦3⟧. 下一步'],
		keep: ['全年完成⟦12⟧项，']
	},
	{
		id: 'circled-or-inline-number',
		reason: '括号里的序号（（1）（2））不是数字指标',
		ops: FIGURE_OPS,
		before: /[（(]$/,
		after: /^[)）]/,
		skip: ['一是（⟦1⟧）强化'],
		keep: ['（⟦12⟧家）']
	},
	{
		id: 'document-number',
		reason: '文号、条款号（〔2025〕12号、第3条）按语料说明不算空白',
		ops: FIGURE_OPS,
		after: /^[〕\]］]|^号(?!线)|^条|^款/,
		skip: ['政办发〔2025〕⟦12⟧号', '依据第⟦3⟧条'],
		keep: ['共⟦12⟧场']
	},
	{
		id: 'document-number-year',
		reason: '文号里的年份（〔2025〕）',
		ops: [...FIGURE_OPS, 'year-mask'],
		before: /[〔\[［]$/,
		skip: ['政办发〔⟦2025⟧〕12号'],
		keep: ['⟦2025⟧年，']
	},
	{
		id: 'phone-or-code',
		reason: '电话、邮编、编号等长数字串和用连字符连接的数字（0571-88886666、GB 50300-2013）不是指标',
		ops: FIGURE_OPS,
		site: /^[0-9０-９]{6,}$/,
		skip: ['电话⟦88886666⟧'],
		keep: ['收入⟦128000.5⟧元']
	},
	{
		id: 'hyphen-code',
		reason: '连字符两边都是数字的编号、标准号、日期（50300-2013、2025-03-01）',
		ops: [...FIGURE_OPS, 'year-mask'],
		before: /[0-9０-９][-－]$/,
		skip: ['GB 50300-⟦2013⟧'],
		keep: ['增长⟦3⟧-5个百分点']
	},
	{
		id: 'hyphen-code-after',
		reason: '连字符后面接数字的编号、日期',
		ops: [...FIGURE_OPS, 'year-mask'],
		after: /^[-－][0-9０-９]{2,}/,
		site: /^[0-9０-９]{3,}$/,
		skip: ['GB ⟦50300⟧-2013', '⟦2025⟧-03-01'],
		keep: ['⟦3⟧-5个']
	},
	{
		id: 'name-numbers',
		reason: '数字是名称的一部分（12345热线、318国道、地铁3号线、"双11"、"1+N"模式），删掉后读来仍通',
		ops: FIGURE_OPS,
		after: /^(热线|国道|省道|号线|高速|路|街|大道|工程|计划|行动|模式|机制|战略|格局|工作法|体系|\+)/,
		skip: ['拨打⟦12345⟧热线', '改造⟦318⟧国道', '推行“⟦1⟧+N”'],
		keep: ['新建道路⟦12⟧公里']
	},
	{
		id: 'plus-before',
		reason: '“1+N”“3+X”一类的名称',
		ops: FIGURE_OPS,
		before: /[+＋]$/,
		skip: ['“1+⟦3⟧”体系'],
		keep: ['（⟦3⟧）']
	},
	{
		id: 'figure-captions',
		reason: '图表、附件编号（表1、附件2），删掉后读来仍通',
		ops: FIGURE_OPS,
		before: /(图|表|附件|附表|附图|篇)[ \t]*$/,
		skip: ['见附件⟦2⟧。', '表⟦1⟧  主要指标'],
		keep: ['完成⟦12⟧项']
	},
	{
		id: 'page-furniture',
		reason: '页眉页脚（第 2 页 共 9 页、5页）不是报告内容',
		ops: FIGURE_OPS,
		before: /(第|共)[ \t]*$/,
		after: /^[ \t]*[页頁]/,
		skip: ['第 ⟦2⟧ 页', '第 2 頁 共 ⟦5⟧ 頁'],
		keep: ['第⟦2⟧季度']
	},
	{
		id: 'pages-count',
		reason: '网页残留的“5页”“3页”',
		ops: FIGURE_OPS,
		after: /^[ \t]*[页頁]/,
		skip: ['|  ⟦5⟧页  |'],
		keep: []
	},
	{
		id: 'decimal-dotted-code',
		reason: '两个以上小数点的编号（1.2.3、3.0.1版）',
		ops: FIGURE_OPS,
		after: /^[.．][0-9０-９]/,
		skip: ['第⟦1.2⟧.3条'],
		keep: ['⟦3.26⟧亿元']
	},
	{
		id: 'time-of-day',
		reason: '钟点（8:30）不是指标；比例只在“比/比例/之比”之后生成',
		ops: FIGURE_OPS,
		after: /^[:：][0-9０-９]{2}(?![0-9０-９.．:：])/,
		skip: ['上午⟦8⟧:30'],
		keep: ['三次产业比例为⟦0.2⟧:48.2:51.6']
	},
	{
		id: 'time-of-day-minutes',
		reason: '钟点的分钟（8:30）',
		ops: FIGURE_OPS,
		before: /(?<![比例为])[0-9０-９]{1,2}[:：]$/,
		site: /^[0-9０-９]{2}$/,
		skip: ['上午8:⟦30⟧'],
		keep: []
	},
	{
		id: 'merges-into-word',
		reason: '删掉数字后前后字连成常用词（近3年→近年、每2个月→每个月、多3家→多家、第1次的“首”），看不出缺字',
		ops: DELETIONS,
		before: /(近|多|连|历|今|往|当|每|全|去|明|各|这|那|整|一|数|首|几|本|该|上|下|半|个|两|十|百|千|万|亿|余|若干)[ \t]*$/,
		skip: ['近⟦3⟧年来', '每⟦2⟧个月', '上⟦3⟧个季度', '近 ⟦3⟧ 年'],
		keep: ['连续⟦3⟧年', '增长⟦3⟧倍']
	},
	{
		id: 'reads-as-vague-amount',
		reason: '语料说明：“亿元以上项目”“超亿元企业”“近万人次”不是空白；删掉数字后读成这类说法的不生成',
		ops: DELETIONS,
		before: /(超|过|近|逾|上|数|达|破)[ \t]*$/,
		skip: ['超⟦10⟧亿元企业', '近⟦1⟧万人次'],
		keep: ['完成⟦12⟧亿元']
	},
	{
		id: 'reads-as-threshold',
		reason: '“5000万元以上企业”删掉数字成“万元以上企业”，语料说明把“亿元以上”算作非空白',
		ops: DELETIONS,
		after: /^[ \t]*(万|千万|亿|百万)?元?(以上|以下|级)/,
		skip: ['⟦5000⟧万元以上项目', '⟦10⟧亿元以上'],
		keep: ['⟦5000⟧万元，']
	},
	{
		id: 'chinese-numeral-neighbour',
		reason: '紧挨着中文数字的阿拉伯数字多半是拆开的混写（3千万），删除后仍是一个数目',
		ops: DELETIONS,
		after: /^(千|百|十)/,
		skip: ['⟦3⟧千万元'],
		keep: ['⟦3⟧万元']
	},
	{
		id: 'bare-digit-between-letters-or-digits',
		reason: '与百分号以外的符号挤在一起的数字（#3、No.5、3#楼），删掉不显眼',
		ops: FIGURE_OPS,
		after: /^[#＃]/,
		skip: ['⟦3⟧#楼'],
		keep: []
	},
	{
		id: 'number-sign-before',
		reason: '“#3”“No.5”一类编号',
		ops: FIGURE_OPS,
		before: /([#＃№]|No\.?)$/,
		skip: ['#⟦3⟧机组'],
		keep: []
	},
	{
		id: 'existing-mask-near',
		reason: '紧挨着已有的占位符或 Markdown 记号（**、__），再打码会和原有记号连成一片，看不出是哪一处',
		ops: [...FIGURE_OPS, 'year-mask', 'name-mask'],
		before: /[*_xX×○＊＿]$/,
		skip: ['**⟦2025⟧年**'],
		keep: []
	},
	{
		id: 'existing-mask-near-after',
		reason: '后面紧挨着已有的占位符或 Markdown 记号',
		ops: [...FIGURE_OPS, 'year-mask', 'name-mask'],
		after: /^[*_xX×○＊＿]/,
		skip: ['**完成⟦12⟧**'],
		keep: []
	},
	{
		id: 'site-furniture',
		reason: '网站残留行（浏览次数、VIP、下载、价格、发布时间、页数）里的数字不是报告内容，删掉不算报告的空白',
		ops: [...FIGURE_OPS, 'year-mask'],
		line: /(浏览|瀏覽|阅读|閱讀|点击|點擊|下载|下載|会员|會員|VIP|vip|¥|￥|发布时间|發布時間|发布于|来源[:：]|來源[:：]|上传|字数|页数|收藏|分享|举报|首页\s*[>＞›]|首頁\s*[>＞›])/,
		skip: ['发布时间:2024-12-20  浏览次数:⟦1867⟧', 'VIP会员免费 | 非会员 ¥⟦5.00⟧', '時間:2023-12-27  瀏覽:⟦1 902⟧ 次'],
		keep: ['全年接待游客⟦12⟧万人次']
	},
	{
		id: 'note-numbering',
		reason: '注释、条目里句首的序号（注：1．……；2．……）不是数字指标',
		ops: FIGURE_OPS,
		before: /([；;：:。]|^|\n)[ \t]*$/,
		after: /^[.．、](?![0-9０-９])/,
		skip: ['注：⟦1⟧．本公报数据为初步统计', '略有差异；⟦2⟧．增长速度'],
		keep: ['：⟦12⟧.5亿元']
	},
	{
		id: 'column-row-end',
		reason: '纯文本列表格的行末一格删掉后只剩行尾空格，读者看不出少了一格（打码仍生成）',
		ops: DELETIONS,
		shapes: ['column'],
		after: /^[%％﹪‰]?[ \t]*(\r?\n|$)/,
		skip: ['开发区      9.8       ⟦8.9⟧\n'],
		keep: ['开发区      ⟦9.8⟧       8.9\n']
	},
	{
		id: 'split-figure-after',
		reason: '被空格或断行拆开的数字（“6⏎215 万元”“1 286.4”）：删掉前一段后，后一段仍是完整的数字，看不出缺字',
		ops: DELETIONS,
		after: /^[ \t]*(\r?\n)?[ \t]*[0-9０-９]/,
		skip: ['华南大区 ⟦6⟧\n 215 万元', '事故 ⟦4⟧ \n317 起'],
		keep: ['完成⟦6⟧项，']
	},
	{
		id: 'split-figure-before',
		reason: '被空格或断行拆开的数字的后一段：删掉后前一段仍是完整的数字',
		ops: DELETIONS,
		before: /[0-9０-９][ \t]*(\r?\n)?[ \t]*$/,
		skip: ['年降水量 1 \n⟦286.4⟧ 毫米'],
		keep: ['亿元，⟦12⟧家']
	},
	{
		id: 'lone-sign',
		reason: '表格里删掉负数的数字只剩“-”，读来是“无数据”，看不出空白',
		ops: DELETIONS,
		before: /(^|[ \t|])[-－−+＋]$/,
		after: /^[%％﹪‰]?([ \t]*(\||\r?\n|$)|[ \t]{2})/,
		skip: ['13.1      -⟦2.5⟧\n', '| -⟦1.2⟧ |'],
		keep: ['最低气温 -⟦6.3⟧℃']
	},
	{
		id: 'url-or-file',
		reason: '网址、文件名里的数字（/art/2024/1/15/art_9421.html、123.doc）',
		ops: [...FIGURE_OPS, 'year-mask'],
		line: /(https?:|www\.|\.(s?html?|php|aspx?|docx?|pdf)\b|[A-Za-z0-9]\/[A-Za-z0-9])/,
		before: /[\/=_.A-Za-z0-9-]$/,
		skip: ['www.x.gov.cn/art/2024/⟦1⟧/15/art_9421.html', 'demo.com/wuye/⟦15263⟧.html'],
		keep: ['全年⟦12⟧项']
	},
	{
		id: 'url-or-file-after',
		reason: '网址、文件名里的数字（后面接 / 或 .html）',
		ops: [...FIGURE_OPS, 'year-mask'],
		after: /^([\/_][A-Za-z0-9]|[.．](s?html?|php|aspx?|docx?|pdf)\b)/,
		skip: ['gov.cn/art/⟦2024⟧/1/15'],
		keep: ['⟦12⟧.5亿元']
	},
	{
		id: 'dot-date',
		reason: '“5·12”“3·15”一类的纪念日名称',
		ops: FIGURE_OPS,
		before: /[·•][ \t]*$/,
		skip: ['“5·⟦12⟧”防灾减灾日'],
		keep: []
	},
	{
		id: 'dot-date-after',
		reason: '“5·12”“3·15”一类的纪念日名称',
		ops: FIGURE_OPS,
		after: /^[ \t]*[·•][0-9０-９]/,
		skip: ['“⟦5⟧·12”防灾减灾日'],
		keep: []
	},
	{
		id: 'contact-line',
		reason: '电话、传真、邮编所在行里的数字（0512-6581 3320）是号码，不是指标',
		ops: FIGURE_OPS,
		line: /(电话|传真|手机|邮编|联系方式|电子邮箱|邮箱|QQ|微信号|服务热线)/,
		skip: ['联系电话：0512-6581 ⟦3320⟧'],
		keep: ['接到报修后⟦12⟧小时内回复']
	},
	{
		id: 'hotline-number',
		reason: '12345、12309、95598 这类服务号码本身就是名称（“95598 工单”“12309检察服务中心”），删掉后读来仍通',
		ops: FIGURE_OPS,
		site: /^(1[0-9]{4}|9[56][0-9]{3})$/,
		skip: ['⟦95598⟧ 工单同比下降', '⟦12309⟧检察服务中心'],
		keep: ['接待⟦1200⟧人次']
	},
	{
		id: 'fullwidth-comma-thousands',
		reason: '用全角逗号分节的数字（４６，２１８ 元）：删掉一段后另一段仍像完整的数字',
		ops: FIGURE_OPS,
		after: /^[，,][0-9０-９]{3}(?![0-9０-９])/,
		skip: ['收入 ⟦４６⟧，２１８ 元'],
		keep: ['⟦46⟧，同比']
	},
	{
		id: 'fullwidth-comma-thousands-tail',
		reason: '用全角逗号分节的数字的后一段',
		ops: FIGURE_OPS,
		before: /[0-9０-９][，,]$/,
		site: /^[0-9]{3}$/,
		skip: ['收入 ４６，⟦２１８⟧ 元'],
		keep: ['增长5%，⟦12⟧家']
	},
	{
		id: 'article-count',
		reason: '相关文章列表里的“（5篇）”是网站残留',
		ops: FIGURE_OPS,
		before: /[（(]$/,
		after: /^篇[)）]/,
		skip: ['气象工作计划(⟦5⟧篇)'],
		keep: ['（⟦5⟧家）']
	},
	{
		id: 'page-footer',
		reason: '页脚页码（- 3 -、— 12 —）不是报告内容',
		ops: FIGURE_OPS,
		line: /^[ \t\u3000]*[-—–－][ \t\u3000]*[0-9０-９]+[ \t\u3000]*[-—–－][ \t\u3000]*$/,
		skip: ['- ⟦3⟧ -', '— ⟦12⟧ —'],
		keep: ['增长⟦3⟧-5个']
	},
	{
		id: 'looks-like-year',
		reason: '1900–2099 之间、后面不跟“年”的四位数多是年份的别种写法（2025中国……洽谈会、2025.12）或编号，不当作数字指标',
		ops: FIGURE_OPS,
		site: /^(19|20)[0-9]{2}$/,
		skip: ['⟦2025⟧中国（东部）投资洽谈会'],
		keep: ['完成⟦2318.6⟧亿元']
	},
	{
		id: 'year-without-nian-history',
		reason: '年份后面跟“级”“届”（2023级学生）是年级名，删改不像漏填的报告年度',
		ops: ['year-mask'],
		after: /^[ \t]*年?(级|届)/,
		skip: ['⟦2023⟧级新生'],
		keep: ['⟦2025⟧年全年']
	}
];

/** Mask strings for a whole figure, with how often each is drawn. */
export const FIGURE_MASKS: readonly { form: string; weight: number }[] = [
	{ form: 'xx', weight: 5 },
	{ form: 'XX', weight: 3 },
	{ form: 'x', weight: 2 },
	{ form: 'X', weight: 1 },
	{ form: 'xxx', weight: 1 },
	{ form: '**', weight: 4 },
	{ form: '*', weight: 1 },
	{ form: '***', weight: 1 },
	{ form: '××', weight: 3 },
	{ form: '×××', weight: 1 },
	{ form: '○○', weight: 2 },
	{ form: '__', weight: 2 },
	{ form: '____', weight: 1 },
	{ form: '＿＿', weight: 1 },
	{ form: '_', weight: 1 }
];

/** Mask strings for part of a figure's digits (41**, xx.36, 29XX6). */
export const PART_MASKS: readonly { form: string; weight: number }[] = [
	{ form: 'xx', weight: 3 },
	{ form: 'XX', weight: 2 },
	{ form: '**', weight: 3 },
	{ form: '××', weight: 1 }
];

/** Mask strings for the last two digits of a year (20xx年) or all four (xxxx年). */
export const YEAR_MASKS: readonly { form: string; weight: number; whole?: boolean }[] = [
	{ form: 'xx', weight: 5 },
	{ form: 'XX', weight: 2 },
	{ form: '__', weight: 3 },
	{ form: '××', weight: 2 },
	{ form: '**', weight: 2 },
	{ form: '＿＿', weight: 1 },
	{ form: '  ', weight: 1 },
	{ form: '*', weight: 1 },
	{ form: 'xxxx', weight: 1, whole: true },
	{ form: '____', weight: 1, whole: true }
];

/** Mask strings for a Chinese-numeral year's last two numerals (二〇××年). */
export const CN_YEAR_MASKS: readonly { form: string; weight: number }[] = [
	{ form: '××', weight: 3 },
	{ form: 'xx', weight: 1 },
	{ form: '○○', weight: 1 }
];

/** Mask strings for the middle numeral of a five-year plan (十x五). */
export const CN_PLAN_MASKS: readonly { form: string; weight: number }[] = [
	{ form: 'x', weight: 2 },
	{ form: '×', weight: 2 },
	{ form: 'X', weight: 1 },
	{ form: '*', weight: 1 }
];

/** Mask strings for a name's own part (aa镇, **公司, ×××同志, x开发区). */
export const NAME_MASKS: readonly { form: string; weight: number }[] = [
	{ form: 'aa', weight: 2 },
	{ form: 'xx', weight: 4 },
	{ form: 'XX', weight: 2 },
	{ form: '**', weight: 4 },
	{ form: '××', weight: 3 },
	{ form: '×××', weight: 2 },
	{ form: '○○', weight: 1 },
	{ form: 'x', weight: 1 },
	{ form: 'k', weight: 1 },
	{ form: 'A', weight: 1 },
	{ form: '*', weight: 1 }
];

/**
 * Name sites: the suffix that ends a place, organisation or person name. The name's own part is
 * the 2–4 characters between a boundary (line start, punctuation, space) and the suffix.
 */
export const NAME_SUFFIXES: readonly string[] = [
	'股份有限公司', '有限责任公司', '有限公司', '公司', '集团', '经济开发区', '开发区', '高新区', '产业园', '工业园区', '工业园',
	'街道', '镇', '县', '村委会', '社区党委', '社区居委会', '中学', '小学', '医院', '卫生院', '支行', '分行', '银行', '同志',
	'鎮', '縣', '醫院', '街道辦', '集團', '銀行'
];

/** Characters that never belong to a name's own part (本公司, 全镇, 该集团, 我县, 广大同志). */
export const NAME_STOP_CHARS = '本全该各我此每其所其这那一二三四五六七八九十百千两名的了在和与及等为对到于是个子分总母老广大诸位体他她们乡镇县区市省村国有集强下带领建成落实';

/** Name parts that are kinds, not names (商业银行, 人民医院, 中心小学): masking them leaves no name hole. */
export const GENERIC_NAME_CORES: readonly string[] = [
	'商业', '人民', '农业', '工商', '建设', '交通', '中国', '邮储', '农商', '村镇', '政策', '开发', '国家', '中心', '实验',
	'中医', '妇幼', '卫生', '第一', '第二', '第三', '城市', '乡村', '农村', '信用', '科技', '投资', '发展', '控股', '实业'
];

/** After these suffixes, these words make the suffix part of a common word (县级, 县域, 镇村, 镇街): no name there. */
export const NAME_SUFFIX_NOT_BEFORE: Readonly<Record<string, RegExp>> = {
	县: /^[级域]/,
	镇: /^[村街]/
};

/** Words after which a percent may be deleted with its figure (同比增长12.5%， → 同比增长，). */
export const PERCENT_DELETE_CONTEXT = /(同比|环比|比上年|较上年|比去年|较去年|年均|比上年同期|较上年同期)(增长|下降|提高|降低|上升|减少|增加)$/;

/** A ratio's figures are masked only after these words (三次产业比例为0.2:48.2:51.6). */
export const RATIO_CONTEXT = /(比例|之比|比为|比例为|结构为|调整为)[为是达到：:]?$/;
