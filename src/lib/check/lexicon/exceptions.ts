/**
 * Exceptions of frames as named groups: the words and characters around a frame's site that make
 * it prose rather than a figure left out. Each group says why and carries our own example (the
 * example is prose the frame must leave quiet). Frames name these groups in their patterns.
 */
import type { CharGroup, WordGroup } from './types';
import { CN_NUMERAL } from './words';

const chars = (c: string, why: string, example: string): CharGroup => ({ chars: c, why, example });
const words = (w: readonly string[], why: string, example: string): WordGroup => ({ words: w, why, example });

/** A Chinese numeral right before a unit or classifier: the number is written in characters. */
export const NUMERAL_BEFORE: CharGroup = chars(CN_NUMERAL, 'the figure is written in Chinese numerals', '荣获一等奖，为八十岁以上老人体检。');

// Counts that close their clause (frames/count-close.ts: 订阅报刊种，, 分别为人、人).
/** Marks that bound a clause or a list item when reading back from a classifier. */
export const CLAUSE_BOUNDS: CharGroup = chars('，。；：、！？,;:!?（(', 'a clause or a list item starts after these', '其中企业12户、个体工商户30户。');
/** Characters right before a classifier that make it prose, not a count (的人, 之处, 一起, 为家). */
export const PROSE_BEFORE_CLASSIFIER: CharGroup = chars(
	'的之了着过得地其各每该此本某哪这那等为是于在向到给把被让对与和同及或而并又也都就才还很最更太不没无非未',
	'a particle, determiner or preposition before the classifier: it belongs to a word or a phrase',
	'把群众当家人，做到以院为家，发现一起、查处一起。'
);
/**
 * counts9 (session 16): of those, the particle and prepositions a count can follow when a noun the
 * classifier counts comes after it (开了次会, 对件超期工单进行督办, 由栋高层住宅组成): read by
 * count-before-counted-noun, which asks for that noun. (Not 了 before 家: 实现了家门口就业.)
 */
export const PROSE_BEFORE_COUNTED_NOUN: CharGroup = chars('对由', 'a count can stand after these before a noun it counts', '对26件超期工单进行督办，小区由8栋高层住宅组成。');
/*
 * counts4 (session 13): the clause after a count that measures it. A report follows a count with
 * the rate of the same thing (随访管理1820人，随访管理率92%) or its change against a period
 * (投诉214件，同比下降12%) only once the figure is written: a bare classifier closing the clause
 * before is a count whose figure is gone. The rate's name ends in RATE_NAME_ENDINGS (not
 * RATE_NOT_FIGURE); the change opens with a comparison (COMPARISONS) and a verb of change.
 */
/** What stands right after a rate's name when its value is stated or left blank (率98%, 率%, 率、完整率, 率（NPL）). */
export const RATE_VALUE_MARKS: CharGroup = chars('0123456789%％﹪、（(', 'the value of the rate follows its name', '筛查3406人，筛查率99.1%，报告及时率、完整率均为100%。');
/** Phrases of three characters or more that open with a classifier character (名特优): never a count. */
export const CLASSIFIER_HEAD_PHRASES: WordGroup = words(
	['名特优', '家喻户晓', '家门口',
		// people5 (session 14): one child a teacher tells of (班上有个男生总不交作业): 个 is "a", never a
		// count — reports count pupils in 名 or 人 (男生22名).
		'个男生', '个女生', '个男孩', '个女孩', '个孩子', '个小伙子', '个小姑娘',
		// quiet5 (session 14): the parents' committee of a school.
		'家委会'],
	'a phrase opening with a classifier character',
	'入选全国名特优新农产品名录，实现家门口就业，班上有个男生进步很大，家委会参与伙食监督。'
);
/** What a body did so many times, right after 次 (党组次专题研究, 主要领导次主持召开). */
export const TIMES_ACTS: WordGroup = words(
	['专题研究', '专题研讨', '专题部署', '专题听取', '专题学习', '主持召开', '主持专题', '研究部署', '听取汇报', '带队督导', '带队检查', '深入一线', '调度',
		// people (session 11): so many times rated or honoured (年度考核3次被评为优秀).
		'被评为', '获评', '被授予', '荣获'],
	'a body acting so many times: the count of times stands before 次',
	'局党组6次专题研究安全生产工作。'
);
/** What people at the start of a clause achieved (；人入选, ，名教师获评): the count opens the clause. */
export const PEOPLE_OUTCOMES: WordGroup = words(
	['入选', '获评', '荣获', '获得', '被评为', '考取', '晋升', '通过', '取得'],
	'a count of people opening the clause, then what they achieved',
	'其中博士12人；3人入选省级人才计划。'
);
/**
 * quiet5 (session 14): 有个 is 有一个 in plain speech (班上有个男生…我每天留他十分钟): a singular pronoun
 * later in the sentence (他, 她, not 他们) refers to the one counted, so no figure is gone before 个.
 */
export const SINGULAR_PRONOUNS: CharGroup = chars('他她', 'one person referred to after 有个', '班上有个女生总爱提问，我鼓励她参加竞赛。');
/** The classifiers 有 + classifier is 有一 + classifier before in plain speech (有个同事, 有名学生, 有家企业). */
export const SINGULAR_AFTER_YOU: CharGroup = chars('个名家位', 'one of a kind, 一 left out in plain speech', '有名学生家庭困难，我帮他申请了助学金。');
/** What opens a part of a count or a count that exists (其中3人, 有5人): a figure follows right after. */
export const PART_OPENERS: WordGroup = words(['其中', '有'], 'a part of a count follows, or how many there are', '其中3篇获评优秀论文，有5人取得中级职称。');
/** Characters before 有 that make it a word's end (所有, 没有, 具有, 拥有): no count follows it. */
export const HAVE_WORD_HEADS: CharGroup = chars('所没具拥只还占享持固特现共富含留保原尚既', '有 ends a word', '所有人通过考核，没有人缺席。');
/** Classifiers of a part that then achieved something (其中篇获奖, 有人取得). */
export const PART_COUNT_CLASSIFIERS: CharGroup = chars('人名篇项个件家所条期', 'counts of people, papers, items or issues that achieved something', '其中12人获评优秀，3篇入选优秀论文集。');
/** What a part of a count achieved or went through, right after its classifier (人已顺利拿证, 篇获奖, 人取得职称). */
export const PART_OUTCOMES: WordGroup = words(
	['入选', '获评', '荣获', '获得', '获', '被评为', '考取', '晋升', '通过', '取得', '已顺利', '顺利', '已取得', '已获', '被'],
	'what the part of the count achieved',
	'其中38人已顺利拿证，5人取得中级会计职称。'
);
/** The scope of a rank between the verb and 前 (进入全省前10位). */
export const RANK_SCOPES: WordGroup = words(['全国', '全省', '全市', '全县', '全区', '全系统', '全行业', '同类', '同行业'], 'the field a rank is counted in', '进入全省前10位。');
/** Events the segmenter glues to the classifier counting them (分析会|场 read as 会场, 对接会|期 as 会期). */
export const GLUED_EVENT_COUNTS: WordGroup = words(['会场', '会期', '赛场'], 'an event noun ending in 会 or 赛, counted in 场 or 期', '召开质量分析会3场，举办对接会2期。');
/** Counted nouns whose last character the segmenter glues to the classifier (积案|件 read as 案件). */
export const GLUED_NOUN_COUNTS: WordGroup = words(['积案件', '实事件', '实事好事件'], 'a noun glued to its classifier by the segmenter (积案|件, 实事|件 read as 案件, 事件)', '化解信访积案16件，为群众办实事12件。');
/** Last characters of meeting names before 会 (分析会, 对接会, 推介会): 布置会场 is no count. */
export const MEETING_NAME_ENDS: CharGroup = chars('析接谈介流进调训讲聘销览洽证评布结明摩享展演' + /* counts8 (session 16): 家长会, 演示会, 表彰会, 动员会, 专题会 */ '长示彰员题', 'a meeting named by its purpose', '召开项目推介会4场、家长会2场，布置会场。');
/** Verbs of winning before a prize grade counted in 项 or 个 (获一等奖项). */
export const PRIZE_WIN_VERBS: WordGroup = words(['获', '获得', '荣获', '斩获', '夺得', '评出', '评选出', '决出'], 'prizes won or awarded, counted after their grade', '荣获教学成果奖一等奖2项，评出一等奖5名。');
/** Credentials whose holders are counted in people (取得AFP证书人, 资格证书的人). */
export const CREDENTIAL_NOUNS: WordGroup = words(['证书', '资格证', '资格', '职称', '执照', '驾照', '学位', /* counts6 (session 15) */ '驾驶证', '上岗证', '操作证'], 'a credential, its holders counted', '新取得CFA证书12人，持有职业资格证书的36人。');
/** Verbs of obtaining or holding a credential earlier in the clause (新取得, 持有, 考取). */
export const CREDENTIAL_VERBS: WordGroup = words(['取得', '获得', '考取', '持有', '具有', '具备', '领取', '通过'], 'holders of the credential', '考取执业药师资格的8人。');
/** Words for people ending in 人 that the segmenter may split (残疾|人, 老年|人): a group of people, not a count in 人. */
export const PEOPLE_WORDS_IN_REN: WordGroup = words(
	['残疾人', '老年人', '年轻人', '贫困人', '当事人', '申请人', '责任人', '负责人', '联系人', '代理人', '监护人', '带头人', '领头人', '接班人', '继承人', '经纪人', '合伙人', '发起人', '举报人', '被执行人', '嫌疑人', '受害人', '持卡人', '纳税人', '参保人', '投保人', '法人', '本人', '他人', '家人', '病人', '军人', '工人', '能人', '新人', '老人', '盲人', '聋人'],
	'people named by a word, not counted',
	'帮扶脱贫劳动力和残疾人，关爱老年人。'
);
/** Words of a total right before a classifier (档案共计盒, 监管企业共户): the count is gone after them. */
export const TOTAL_BEFORE_COUNT: WordGroup = words(['共', '共计', '累计', '合计', '总计', '共有'], 'a total whose figure is gone', '市属监管企业共46户，整理档案共计2400盒。');
/**
 * Words that end in a classifier and name a thing or a person (企业家, 银行家, 养殖户): read as
 * a count only where a verb or 其中 opens the clause, with no 的 and no word for people before
 * the noun (走访企业家、 counts firms; 田埂上的银行家, 优秀企业家 are people).
 */
export const LEXICAL_COUNT_WORDS: WordGroup = words(
	['企业家', '银行家', '养殖户', '专业户', '种植户', '个体户', '车辆'],
	'a word ending in a classifier: a count only after an opening verb',
	'表彰优秀企业家，规范停放各类车辆。'
);
/** Verbs done to people: after them 企业家, 银行家 name the people, not a count of firms (约谈施工企业家). */
export const PEOPLE_OBJECT_VERBS_GROUP: WordGroup = words(['约谈', '慰问', '看望', '表彰', '邀请', '宴请', '会见', '接见'], 'the word names the people acted on', '约谈施工企业家，慰问优秀企业家。');
/** Words ending in a classifier after a verb that are never a count (覆盖面, 样板间). */
export const CLASSIFIER_TAIL_PHRASES: WordGroup = words(['覆盖面', '样板间', '争资争项', '索证索票'], 'a word ending in a classifier, never a count', '扩大社会保险覆盖面。');
/** Words opening with a classifier character that the segmenter splits (个|贷率, 起|到了): never a count before a noun. */
export const CLASSIFIER_HEAD_SPLIT: WordGroup = words(['个贷', '起到', '起好', '起来', '台区', '台时'], 'a word opening with a classifier character', '个贷率保持在80%以上，起到了警示作用，台区低电压问题全部解决，台时产量提高。');
/**
 * Verbs of change to a new value right before a classifier (由46家增加到家, 由4辆精简为辆): the
 * new count is gone even though the old one stands earlier in the clause.
 */
export const CHANGE_TO_COUNT: WordGroup = words(
	['增加到', '增加至', '增至', '扩大到', '扩大至', '减少到', '减少至', '减至', '精简为', '精简到', '压减到', '压减至', '提高到', '提高至', '缩减为', '缩减到', '调整为', '降至', '降到', '上升到', '上升至', '扩充到', '扩充至', '扩展到', '扩展至', '发展到', '发展至', '拓展到', '拓展至', '增长到', '增长至', '压缩到', '压缩至', '缩小到', '缩小至'],
	'a count changed to a new value, its figure gone',
	'代发工资单位由年初的46家增加到58家。'
);
/** Classifiers that make a compound count with 次 (家次, 艘次, 户次): the count closes after 次. */
export const TIMES_COMPOUND_CLASSIFIERS: CharGroup = chars('家艘户架辆人', 'a compound count of visits, trips or attendances', '检查“九小场所”320家次，监督检查船舶46艘次，培训业务骨干120人次。');
/** A bound on a rank before a count of people (副高以上人): the figure counts the people above it. */
export const RANK_BOUND_WORDS: WordGroup = words(['以上', '及以上'], 'people at or above a rank, counted', '其中副高级职称以上36人。');

// Counts before "classifier + noun" (frames/counts.ts: count-after-verb, count-after-frame, people-sent).
/**
 * counts6 (session 15): a period a count falls in, ending right before "classifier + noun"
 * (一季度个项目集中开工, 全年个重点项目落地); 起 after one is "from then on" (二季度起逐月回升), no count.
 */
export const PERIOD_FRAME_ENDS: WordGroup = words(
	['一季度', '二季度', '三季度', '四季度', '上半年', '下半年', '全年', '年内'],
	'a period the count falls in; 起 after it is "from then on"',
	'一季度8个项目集中开工，二季度起逐月回升。'
);
/** What ends right before a count that opens "classifier + noun" with no counting verb (，个党支部, 全县个村, 压缩至个工作日). */
export const COUNT_FRAME_ENDS: WordGroup = words(
	[
		'，', '、', '；', '：', '。', '等', '与', '和', '同', '及',
		'全县', '全镇', '全区', '全市', '全乡', '全省', '全村', '全院', '全校', '全厂', '全国', '全局',
		'有', '剩余', '其余', '帮助', '辖区', '辖内', '县域', '市域', '区域内', '的', '为', '向', '在', '对', /* counts5 (session 14): 将 before its object (将个条款分解到科室) */ '将',
		'派驻', '选派', '分解到', '分解为', '压缩至', '压缩到', '缩短至', '缩短到', '用了', '仅用', '历时', '耗时',
		'连续', '前进', '后退', '上升', '提升', '跃升', '进位', '全部',
		'首批', '首期', '第一批', '第二批', '第三批', '新一批',
		// counts (session 10): the whole a body holds (所管个仓房).
		'所管', '所辖',
		// people (session 11): a total or a part of one (年级共12个教学班, 负责其中2个子课题).
		'共', '共计', '总共', '其中',
		// counts6 (session 15): the whole staff (全体名同事).
		'全体',
		...PERIOD_FRAME_ENDS.words
	],
	'a list, an area, a target, a duration or a recipient: a count of "classifier + noun" follows',
	'实现全县18个行政村全覆盖，办理时限压缩至3个工作日。'
);
/** What opens a counted noun phrase right after a classifier, though a particle or a lone character to the segmenter (个|在|建项目, 个|新|签约项目). */
export const COUNTED_PHRASE_OPENERS: WordGroup = words(
	[
		'在建', '续建', '拟建', '新建', '新签约', '新开工', '新引进', '新增', '重点', '省级', '市级', '县级',
		// counts4 (session 13): 在 + a status, what the counted people or things are now (在职党员, 在编人员, 在产矿山, 在线平台).
		'在职', '在编', '在岗', '在校', '在读', '在册', '在产', '在营', '在用', '在运', '在线', '在库', '在押', '在研', '在聘'
	],
	'a stage, a status or a level opening the thing counted',
	'加快推进12个在建项目，组织36名在职党员到社区报到，对5座在产矿山开展检查。'
);
/** Adverbs of the predicate right after a count of a whole area (全村户都吃上, 全镇个村已全部通车): the counted noun goes unsaid. Not 均 (户均 is per household). */
export const COUNT_PREDICATE_ADVERBS: WordGroup = words(['都', '已', '全部', '已经', '均已'], 'the predicate follows the count', '让全村326户都用上自来水。');
/** Prepositions and verbs whose object a count of "classifier + noun" follows (对部门个关键岗位, 带领全所名干部, 将下属家子公司). */
export const OBJECT_OPENERS: WordGroup = words(['对', '在', '将', '带领', '带动', '下属', '所管', '所辖', '交由', '组织', /* counts (session 10): */ '与', /* people (session 11): the units in one's charge */ '分管', '联系', '负责', '包联'], 'an object named, then a count of its parts', '对部门12个关键岗位实行轮岗，带领全所36名干部下沉一线。');
/** Classifiers that open a count of parts after an object (部门|个|关键岗位): rarely a word's first character before a noun. */
export const OBJECT_COUNT_CLASSIFIERS: CharGroup = chars('个名家项所座栋处位件户条' /* counts6 (session 15): 对城区条道路 */, 'classifiers of a count of parts', '对局机关46项行政审批事项全面梳理。');
/** counts4 (session 13): classifiers that count people only (名, 位): as a word of their own before a noun of people, a count (动员名老干部, 邀请位专家). */
export const PEOPLE_COUNT_CLASSIFIERS: CharGroup = chars('名位', 'classifiers of people', '动员36名退休教师参与志愿服务，邀请5位专家授课。');
/** Last characters of a noun of people counted after 名 or 位 (教师, 干部, 学生, 专家, 脱贫人口, 同志, 村民, 妇女, 法官, 选手). Not 数: 总数 is no people. */
export const PEOPLE_NAMED_ENDS: CharGroup = chars('员部师生众者士工家口志民童女友兵官手', 'a noun of people', '送3名医生进修，动员12名老干部、20位村民和6名妇女参与调解。');
/**
 * counts4 (session 13): openers of an act done without a break, measured by its span (连续运行120天,
 * 连续作战15天): right after the act, a span's unit standing alone wants its figure.
 */
export const UNBROKEN_ACT_OPENERS: WordGroup = words(['连续', '持续', '坚持'], 'an act done without a break, then its span', '主装置连续运行120天，坚持跟班早读180天。');
/** What right after 连续 says the span is written or vague (连续三年, 连续多天, 连续数月): no gap. */
export const UNBROKEN_VAGUE_AFTER: CharGroup = chars('多几数两一二三四五六七八九十百千万整每余第', 'a span written in words, vague or an ordinal, anywhere in the act', '连续三年获评先进，连续多天降雨，连续奋战十余天，连续第五年保持。');
/** What may follow the span's unit besides the clause's end (仅用5天就完成, 连续工作3天后): not 数, 气, 度 (天数, 天气, 年度: words). */
export const UNBROKEN_SPAN_AFTER: CharGroup = chars('就即便才后内', 'the span, then what was done in it', '仅用5天就完成改造，连续工作3天后轮休。');
// people5 (session 14): 面 — 面批 is marking face to face (全年面批320人次).
/** counts4 (session 13): characters before 批 that make it a verb of approval (审批, 报批, 获批, 送批): no count of batches. */
export const BATCH_VERB_HEADS: CharGroup = chars('审报获送待核签批面', '批 ends a verb of approval or of marking', '经审批326人次参加，报批15人，获批3人，面批40人次。');
/**
 * counts4 (session 13): what a score stated with 以 achieved (以96分的成绩位居第一, 以92分排名第一):
 * after 以 and a lone 分, the score's figure is gone.
 */
export const SCORE_WITH_OUTCOMES: WordGroup = words(['的成绩', '的总分', '的总成绩', '的高分', '的优异成绩', '的好成绩', '排名', '位居', '位列', '名列', '居', '获得', '夺得', '荣获', '通过'], 'a score stated, then what it achieved', '以96分的成绩位居全市第一，以92分排名第一。');
/** Frames of a duration, before 个月 (仅用了个月). */
export const DURATION_OPENERS: WordGroup = words(['用了', '仅用', '历时', '耗时'], 'a duration follows', '仅用了4个月完成建设。');
/** What 所 counts when it is a classifier (所学校, 所医院); before anything else 所 + verb is a nominal (所辖, 所需). */
export const SUO_COUNTED_HEADS: CharGroup = chars('学医中小幼卫养敬福诊乡', '所 counts schools, clinics and homes', '新建2所幼儿园，改造3所卫生院。');
/** Particles right after a classifier: never the start of the counted thing (个的, 家和). */
export const PARTICLES_AFTER_CLASSIFIER: CharGroup = chars('的得了着过和与及或在是也都就有', 'a particle does not start a counted noun', '与家长和个别学生谈心。');
/** Counted things named by one character (个村, 所校, 个站): the segmenter reads them as words of one. */
export const ONE_CHAR_COUNTED: CharGroup = chars('村镇乡校站点厂店馆园党仓班' /* counts6 (session 15): 招生达到个班 */, 'one-character nouns of counted places', '覆盖全县18个村，新建2个站。');
/** Areas of one character counted after a frame (全市个县（区）): only after a frame, never after a verb (改造台区一批). */
export const ONE_CHAR_AREAS: CharGroup = chars('县区市', 'areas counted after a whole area', '在全市12个县（区）中排名第三。');
/** A passive mark before a classifier: 被检查人 names a party, not a count. */
export const PASSIVE_MARKS: CharGroup = chars('被', 'a passive verb before the classifier names a party', '被检查人签字确认。');
/** Verbs sending or engaging people, their count before what they do (选派干部名驻村, 抽调名干部). */
export const PEOPLE_SENDING_VERBS: WordGroup = words(['选派', '抽调', '派出', '派驻', '招募', '聘请', '带领', '下派', '外派'], 'people sent, drawn or engaged', '选派12名年轻干部驻村帮扶。');
/** Last characters of the people named between the verb and 名/人 (机关干部名, 安全专家名, 团队名). */
export const PEOPLE_NOUN_ENDS: CharGroup = chars('员部生师众者士工队家', 'nouns of people or teams', '聘请安全专家6名参与检查。');
/** Characters after 名/人 that make a word with it (名单, 人才, 名誉): no count. */
export const PEOPLE_CLASSIFIER_TAILS: CharGroup = chars('单称字义誉额民们心格生事才员口', '名 or 人 opens a word', '抽调业务骨干名单报县委组织部。');
/** Marks closing a title or a quoted name right before a classifier (《专报》期, “汇报课”节). */
export const TITLE_CLOSE_MARKS: CharGroup = chars('》〉', 'a title counted in issues or copies', '编印《工作简报》12期。');
export const QUOTE_CLOSE_MARKS: CharGroup = chars('”"」', 'a quoted name counted', '举办“青年讲坛”6期。');
/**
 * Units written as a classifier and a unit after their figure (2xxx口人, 24个小时): one unit, counted
 * — unlike two counts side by side (3期120人次, 96批300人次), where the second figure may be gone.
 */
export const COMPOUND_COUNT_UNITS: WordGroup = words(['口人', '个小时', '个钟头', '个星期', '个月', /* quiet6 (session 15): the seats of a table */ '人位'], 'a classifier and a unit that make one unit after a figure', '全村共418户1086口人，24个小时内办结，宴会厅设12人位圆桌。');
/** Marks closing a quoted slogan or name: a classifier right before them is its last word (“党员进楼栋”, “访万户”), no count. */
export const SLOGAN_CLOSE_MARKS: CharGroup = chars('”"」', 'a classifier ends the words of a slogan or a name', '开展“干部进万家”活动，创建“温馨小家”。');

// Prize grades (荣获等奖).
/** Characters before 等奖 that make it a named grade or another word (特等奖, 同等奖励, 优等). */
export const PRIZE_GRADE_NAMES: CharGroup = chars('特同优', 'a grade named by a word, not a numeral', '获得特等奖和优秀组织奖。');
/** Characters after 等奖 that make it a word (等奖项, 等奖励, 等奖品). */
export const PRIZE_AFTER: CharGroup = chars('项励品金杯章状牌', '等 closes a list before a noun starting with 奖', '颁发证书等奖品。');

// Age bounds (为辖区岁以上老人).
/** What follows an age when it bounds a group of people. */
export const AGE_BOUND_AFTER: WordGroup = words(['以上', '以下', '及以上'], 'an age bound', '为80岁以上老人发放补贴。');
/** Words right before one's own age (今年42岁，, 现年56岁，): the figure stands between them and 岁. */
export const AGE_STATED_AFTER: WordGroup = words(['今年', '现年', '时年'], 'one states one\'s age', '我叫王某，今年42岁，现年42岁。');
/** Characters before 岁 that make it a phrase of age, not a bound with its figure gone (满周岁, 到岁). */
export const AGE_REACHED: CharGroup = chars('满到至', 'reaching an age (满周岁以上) names no figure', '满周岁以上的儿童按时接种。');

// Households and people (常住人口户人).
// people5 (session 14): 面 — 面批 is a teacher's marking face to face (面批120人次), no batch.
/** Characters before 户/批 that make it a word or a determiner (每户人, 农户人, 审批人). */
export const HOUSEHOLD_NOT_COUNT: CharGroup = chars('每这那该此各本农用住客散大审报获分面', '户 or 批 is part of a word or follows a determiner (面批: marking face to face)', '每户人口不超过五人，由审批人签字，坚持面批作业。');
/**
 * What goes on after a count of households and people in mid-clause (监测对象户人全部落实帮扶,
 * 脱贫户户人已纳入监测): what was done for them. Not 均 (人均 is a measure: 脱贫户人均纯收入).
 */
export const HOUSEHOLDS_PEOPLE_GO_ON: WordGroup = words(
	['全部', '已', '得到', '纳入', '落实', '实现', '享受', '参加', '参保', '签订', '入住', '稳定', '受益', '完成', '办理'],
	'the clause goes on after the count of households and people',
	'监测对象58户173人全部落实帮扶措施。'
);
/** Marks that close a count of households and people. */
export const COUNT_CLOSE_MARKS: CharGroup = chars('，。；、,;）)', 'the count closes its clause', '涉及搬迁群众12户36人。');

// Spans of time (提前天完成).
/** Words opening a span of time whose length follows. */
export const TIME_SPAN_OPENERS: WordGroup = words(['提前', '每隔', '历时', '耗时', '用时', '已有', '连续', '工作了', /* counts4 (session 13): the time a task took (仅用5天完成) */ '仅用', '用了', /* counts5 (session 14): how long a course lasts, how long a thing has been in use (为期3天, 投用已满8年) */ '为期', '已满'], 'a span of time follows', '项目提前20天完成，开展此项工作已有12年，连续5年获评先进，在基层工作了6年，培训为期3天，设备投用已满8年。');
/** Units of a span of time. */
export const TIME_SPAN_UNITS: WordGroup = words(['天', '小时', '分钟', '个工作日', '个月', '年'], 'units of a span of time', '历时3个工作日。');
// Compound durations, spans of duty, anniversaries (frames/durations.ts).
/** Hours, the largest part of a compound duration (3小时15分): each part has its own figure. */
export const DURATION_HOURS: WordGroup = words(['个小时', '小时'], 'the hours of a compound duration', '全程用时3小时15分。');
/** Minutes, the middle part of a compound duration (6分40秒, 2小时40分). */
export const DURATION_MINUTES: WordGroup = words(['分钟', '分'], 'the minutes of a compound duration', '城区接警至到场平均用时6分40秒。');
/** Seconds, the last part of a compound duration (2分10秒). */
export const DURATION_SECONDS: WordGroup = words(['秒'], 'the seconds of a compound duration', '早高峰最小行车间隔压缩至2分10秒。');
/** Characters after 秒 that make it a word's head (秒杀, 秒表), not a duration's last part. */
/** Words a whole duration follows, so its parts (分 and 秒, 小时 and 分) each want a figure (用时分秒 lost both). */
export const DURATION_WHOLE_OPENERS: WordGroup = words(['用时', '历时', '耗时', '用了', '仅用', '共用'], 'a duration of parts follows', '疏散演练用时2分15秒，抢修历时3小时40分。');
/** Verbs that change a span of time: the change is itself a span, counted in a unit of time. */
export const TIME_CHANGE_VERBS: WordGroup = words(['缩短', '延长', '减少', '节省', '节约', '压缩', '提前', '加快', '快了', '慢了', '推迟'], 'a span of time changed by so much', '平均通话时长减少12秒，疏散用时比上学期缩短20秒。');
/** Measures of a span of time: counted in a unit of time right after them (办电平均时长3天, 工期180天). */
export const SPAN_MEASURES: WordGroup = words(['时长', '工期', '周期', '时限', '耗时', '用时', /* counts6 (session 15): 平均住院日为天 */ '住院日', /* counts8 (session 16): any time measured (平均首次响应时间秒, 到场时间分钟) */ '时间'], 'a span of time measured', '用户办电平均时长3天，建设工期180天，平均首次响应时间12秒。');
/** counts9 (session 16): statistics of a span measure, the unit right after them (溶栓时间中位数42分钟, 住院时长平均值6天). */
export const SPAN_STATISTICS: WordGroup = words(['中位数', '平均值', '平均数', '均值'], 'a statistic of a span of time', '急诊溶栓时间中位数42分钟，平均住院时长平均值6.5天。');
/** Units a change of a span of time is counted in (缩短秒, 延长分钟): after such a verb, closing the clause, its figure is gone. */
export const TIME_CHANGE_UNITS: WordGroup = words(['秒钟', '秒', '分钟', '个小时', '小时', '个工作日', '工作日', '天', '个月'], 'a change of a span of time', '审批时限缩短5个工作日，接通时间减少8秒。');
export const SECOND_WORD_TAILS: CharGroup = chars('杀表针懂批', '秒 opens a word here', '比赛用秒表计时，开展秒杀促销活动。');
/** A span of duty or service an hour or minute count names (24小时值守, 15分钟生活圈): its figure stands before the unit. */
export const DUTY_AFTER_HOURS: WordGroup = words(
	['专人值守', '值守', '值班', '在岗', '在线', '营业', '不间断', '自助服务', '服务', '监控', '监测', '巡逻', '轮班', '便民生活圈', '生活圈', '服务圈', '经济圈', '通勤圈'],
	'a span of duty or service after its hours',
	'热线实行24小时专人值守，打造15分钟便民生活圈。'
);
/** Characters before 小时 or 分钟 that name a rate or a span with no figure (每小时, 按小时, 半小时, 个小时). */
export const HOURS_NOT_AFTER: CharGroup = chars('每按逐个钟', 'a rate, a manner or a classifier before the unit: no figure is gone', '每小时巡查一次，按小时计费。');
/** Words bounding or measuring a span of months before 个月 (不超过6个月, 为期3个月, 约18个月): with nothing between, its figure is gone. */
export const MONTH_SPAN_OPENERS: WordGroup = words(
	['不超过', '不少于', '不多于', '少于', '多于', '超过', '控制在', '缩短至', '缩短到', '压缩至', '压缩到', '延长至', '延长到', '长达', '为期', '约', /* counts6 (session 15): 入职到现在已满个月 */ '已满'],
	'a span of months bounded or measured',
	'项目落地时间原则上不超过6个月，建设周期约18个月，开展为期3个月的集中整治。'
);
/** Work counted in the days spent on it (全年下村200天, 下基层调研63天): 天 closing the clause after it wants its figure. */
export const DAYS_SPENT_ON: WordGroup = words(
	// counts (session 10): patrols (巡山, 巡河…) are work counted in days too.
	['下基层调研', '下基层', '深入基层', '下村', '下乡', '驻村', '蹲点', '调研', '出差', '值班', '巡山', '巡河', '巡湖', '巡林', '巡护', '巡线', '巡逻',
		// people (session 11): a notice or a list made public is counted in the days it stays up (公示5天).
		'公示', '公告',
		// people (session 11): leave is counted in days too (请假2天, 休年休假5天).
		'请假', '休假', '年休假', '病假', '事假',
		// times (session 11): time away is counted in days (外出3天, 除外出2天外).
		'外出',
		// counts5 (session 14): attendance and days at work (应出勤250天, 在村工作220天).
		'出勤', '工作', '在岗',
		// people5 (session 14): overtime in a personal report (加班12天).
		'加班'],
	'work counted in days',
	'全年下村200天，下基层调研63天，巡山260天。'
);
/** Characters before 周年 that leave no figure out (每逢周年, 整周年, 个周年). */
export const ANNIVERSARY_NOT_AFTER: CharGroup = chars('每逢整个上下本这该当次', 'a recurrence or a week (上周|年终), not an anniversary of so many years', '每逢周年都举办校友会，上周年终考核已结束。');
/** Units of a span a deadline is set within (3个月内, 5日内答复, 24小时内). Not 年 (年内 is this year) nor 月 (月内). */
export const SPAN_WITHIN_UNITS: WordGroup = words(['个工作日', '工作日', '个小时', '小时', '个月', '天', '日', '周', /* counts8 (session 16): a turnout's deadline (接警后60秒内出动) */ '分钟', '秒钟', '秒'], 'a span a deadline is set within', '到任后3个月内走遍全镇，不能当场办的5日内答复，接警后60秒内出动。');
/**
 * counts8 (session 16): units of a span right after an event (接警后8分钟到场, 期满后6个月): after
 * 后 no unit of these opens a word, so one with nothing between is a figure gone. Not 天, 日, 周,
 * 年 (后天, 午后天晴, 日后, 周后: words of their own), which are read only after a word of
 * estimate (拿地后平均15天即可开工).
 */
export const SPAN_FROM_EVENT_UNITS: WordGroup = words(['个工作日', '个小时', '小时', '分钟', '秒钟', '秒', '个月'], 'a span right after an event', '接警后8分钟到场，产品保质期满后6个月内可退。');
/** Words of estimate between 后 and a span (拿地后平均15天, 到场后约10分钟): any unit of a span after them wants its figure. */
export const SPAN_FROM_EVENT_ESTIMATES: WordGroup = words(['平均', '约', '仅', '仅需', '只需', '最快', '最多', '不超过'], 'an estimate of the span after an event', '企业拿地后平均15天即可开工，到场后约10分钟完成处置。');
/** Determiners and words before a span that name it without a figure (这个月内, 本周内, 当天内, 上周内). */
/** counts6 (session 15): units of a span after which something happened (患者天后康复出院, 企业入驻个月后投产). */
export const SPAN_AFTER_UNITS: WordGroup = words(['个工作日', '个小时', '小时', '个月', '天', '周'], 'a span after which something happened', '患者术后12天后康复出院，企业入驻3个月后投产。');
/** counts6 (session 15): what names a span, not counts it, before 天后, 个月后 (今天后, 多天后, 数月后). */
export const SPAN_AFTER_NOT_AFTER: CharGroup = chars('今明昨前翌隔多数几半', 'the span is named or vague', '几天后复查，半个月后回访。');
export const SPAN_WITHIN_NOT_AFTER: CharGroup = chars('这那本每该此各其当同次整全上下', 'the span is named, not counted', '本周内完成，当天内办结。');
/** Verbs of change that make 由 + a span the start of a change (由天缩短到天). */
export const CHANGE_FROM_VERBS: WordGroup = words(['缩短', '减少', '降', '压缩', '提高', '增加', '延长'], '由 opens the old value of a change', '审批时限由20天缩短到5天。');

// Months (自月份以来).
/** Characters before 月份 that open a date (于, 自, 从…): the month's number stands between. */
export const DATE_OPENERS_MONTH: CharGroup = chars('于自从在至到止', 'a date follows', '自8月份以来进展顺利。');

// A unit or classifier with nothing before it (frames/unit-without-figure.ts).
/** Characters that end nouns of things that get counted: a classifier after them counts them. */
export const COUNTED_NOUN_ENDINGS: CharGroup = chars(
	'班书室站点村校园馆队组厂店库房车船机器表证卡员生师者品物类种树苗林田路桥井池塘渠户网屋楼灯会课权头访案社厕场线段舍棚仓位坝闸泵人',
	'nouns of counted things end in these (教学班, 通知书, 服务站)',
	'新开设教学班3个，'
);
/** Characters after 人次 when the count names a measure, not a gap (服务人次达到5万). */
export const MEASURE_NAME_FOLLOW: CharGroup = chars('达为同比较增下均和与及占是有突超累提上减逐稳大明持显创居首再实呈力双', '人次 names the measure that follows', '门诊人次同比增长8%，门诊量和住院人次双双增长。');
/*
 * quiet5 (session 14): a unit that is part of a name, not a figure's unit.
 */
/**
 * A share's base after 占 (占总诊疗人次的31.2%, 占门诊总人次的): the unit, then 的, names the whole the
 * share is taken of; its own figure is never written there. What may stand between 占 and the unit.
 */
export const SHARE_BASE_OPENERS: WordGroup = words(['占'], 'a share of a whole named by its unit', '中医诊疗人次占总诊疗人次的31.2%。');
/**
 * Measures of output that a per-unit intensity is taken of (万元工业增加值能耗, 亿元GDP生产安全事故死亡率):
 * a money unit right before one of them, then one of INTENSITY_MEASURES, names the base of the
 * indicator, not a figure gone.
 */
export const OUTPUT_MEASURES: WordGroup = words(['GDP', '地区生产总值', '生产总值', '工业增加值', '增加值', '工业产值', '产值', '营业收入'], 'the output an intensity is measured per', '万元工业增加值能耗下降4.1%，亿元GDP生产安全事故死亡率0.02。');
/** What an intensity indicator measures per unit of output (能耗 of 万元GDP能耗). */
export const INTENSITY_MEASURES: WordGroup = words(['综合能耗', '能耗', '水耗', '电耗', '煤耗', '用水量', '耗水量', '用电量', '二氧化碳排放', '碳排放', '生产安全事故死亡率', '死亡率'], 'an intensity per unit of output', '万元GDP用水量下降3%。');
/** Goods named with 米 (rice) in a list of staples (米、面、油): 米 is rice there, not metres. */
export const STAPLES_AFTER_RICE: CharGroup = chars('面油粮肉菜蛋奶', 'rice listed with other staples', '节前为困难群众送去米、面、油等慰问品。');
/**
 * What is priced or paid by a unit after 按 or 以 (按平方米计价, 按千瓦时收费, 以立方米计): the unit is the measure a
 * charge is reckoned in, no figure is gone.
 */
export const PER_UNIT_CHARGES: WordGroup = words(['计', '收费', '收取', '结算', '核算', '付费', '缴费', '缴纳', '补贴', '补助', '奖补', '奖励', '定价'], 'a charge reckoned per unit', '物业费按平方米计价，电费按千瓦时结算。');
/** Devices named by the unit they show (分贝显示屏): the unit names the device, no figure is gone. */
export const UNIT_NAMED_DEVICES: WordGroup = words(['显示屏', '显示牌', '监测仪', '检测仪', '测试仪'], 'a device named by the unit it shows', '在噪声敏感路段设置分贝显示屏。');
/** Works counted in places (拆除违建处): one of these opens the clause before 处. */
export const SITE_WORK_VERBS: WordGroup = words(['新建', '新增', '拆除', '整治', '修复', '排查', '改造', '设置', '安装', '清理', '治理', '完成'], 'works counted in places', '拆除违法建筑12处。');
/** Services and measures counted in people (筛查人，体检人): the count before 人 is gone. */
export const PEOPLE_SERVICES: WordGroup = words(
	['筛查', '体检', '处分', '处理', '留置', '起诉', '救治', '接种', '义诊', '资助', '救助', '安置', '问责', '诫勉', '录用', '转移', '转诊', '拘留', '上线', '抓获', '录取', '职称', '学历', '结业', '拘传'],
	'services counted in people',
	'免费体检860人。'
);
/** Templates offering alternatives (上升(下降)个百分点, 多(少)万元): the figure goes after the bracket. */
export const TEMPLATE_ALTERNATIVES: WordGroup = words(
	['下降', '减少', '降低', '回落', '下滑', '增长', '增加', '上升', '提高', '多', '少', '增', '减', '升', '降'],
	'a template offering alternatives in brackets',
	'比上年上升(下降)1.2个百分点。'
);
/** Qualifiers right before 企业家 that make 家 count firms (规上企业家，新增企业家). */
export const FIRM_QUALIFIERS: WordGroup = words(['以上', '元', '规上', '规模以上', '限上', '新增', '新办', '入驻', '落户', '登记', '覆盖'], '家 counts firms of this kind', '新增规上企业12家。');
/** Actions on firms a few characters before 企业家 (关停污染企业家): 家 counts the firms. */
export const FIRM_ACTIONS: WordGroup = words(['关闭', '取缔', '关停', '淘汰', '整治', '检查', '查处', '处罚', '整改', '停产', '停业'], '家 counts the firms acted on', '关停落后产能企业6家。');
/** Classes of firms anywhere in the clause before 企业家 (龙头企业家，): 家 counts them. */
export const FIRM_CLASSES: WordGroup = words(
	['引进', '招引', '认证', '新培育', '培育', '新办', '注册', '规模以上', '规上', '限额以上', '限上', '龙头', '入规', '入库', '中小', '小巨人', '专精特新', '高新技术', '科技型', '商贸', '外资', '外商投资', '上市', '骨干', '重点', '工业', '商贸', '入园', '签约', '净增', '达到', '累计'],
	'a class of firms, so 家 counts them',
	'培育专精特新中小企业15家。'
);
/** Words for people right before 企业 (优秀企业家): 企业家 is the entrepreneur. */
export const ENTREPRENEUR_PEOPLE: WordGroup = words(
	['优秀', '民营', '知名', '青年', '杰出', '著名', '广大', '乡贤', '本土', '新生代', '私营', '女', '籍', '家', '个体'],
	'企业家 names people',
	'表彰优秀民营企业家。'
);

/** Land named right before 亩 (流转土地亩种植): its area is gone even where the clause goes on. */
export const LAND_BEFORE_MU: CharGroup = chars('地田', 'land counted in 亩', '流转土地860亩种植优质水稻。');

/** Verbs of reaching earlier in the clause before a unit and 以上 (完成投资亿元以上；): a bound on a figure. */
export const BOUND_VERBS: WordGroup = words(['完成', '达到', '确保', '力争', '突破', '超过', '稳定', '保持', '控制在', '新增', '实现', '新建', '改造', '建成', '铺设'], 'the bound is a target with its figure gone', '力争完成投资12亿元以上；');
/** Characters before a classifier of particular things that leave it open to a count (和家, 余家, ”家). */
export const CLASSIFIER_OPEN_AFTER: CharGroup = chars('和与及余万亿 ”」）)"', 'a pair, a magnitude or a closed quote before the count', '签约企业12家和3家，培育“专精特新”企业5家。');
/** Classifiers counting a quoted name closed right before them (聘请“招商大使”名。). */
export const QUOTED_COUNT_CLASSIFIERS: CharGroup = chars('名个家户项人件条起篇宗处次场册份例本套所座', 'a count of a quoted name, a title or a bracketed list', '聘请“招商大使”12名，编印《统计年鉴》500册，生态安葬（树葬、海葬）412例。');
/** Marks closing a quoted name, a title or a bracketed list of what is counted (“妇女微家”个, 《年鉴》册, （树葬、海葬）例). */
export const NAME_CLOSE_MARKS: CharGroup = chars('”」"》）)', 'a name, title or list closes right before the count', '建成“妇女微家”200余个，编印《统计年鉴》500册。');
/** Characters before 余 that make a word (其余, 业余, 剩余, 盈余): not the 余 of a count. */
export const SURPLUS_WORD_HEADS: CharGroup = chars('其业剩盈结节多富有残', '余 ends a word', '其余资金用于业余文化活动。');
/**
 * counts6 (session 15): classifiers of people, households and firms read after 余 ("more than") with
 * the thing done right after them (组织党员余人参与, 邀请学子余名回乡): the figure before 余 is gone.
 */
/**
 * counts6 (session 15): classifiers read after 的有 closing the clause (安装反诈APP的有人。, 外出务工的有户，):
 * those described have so many, the figure gone after 有.
 */
export const DESCRIBED_HAVE_CLASSIFIERS: CharGroup = chars('人名户家位个项件', 'a count of those just described, after 的有', '村里安装反诈APP的有860人，外出务工的有120户。');
/**
 * counts6 (session 15): classifiers that open a count of "classifier + noun" right after 有 (仍有件文件超期,
 * 全市有支实践团队), though no frame opens them elsewhere. Not before 事 (有件事: "there is a matter").
 */
export const HAVE_COUNT_CLASSIFIERS: CharGroup = chars('件支', 'a count after 有, a noun after it', '今年仍有3件文件超期办理，全市有12支实践团队。');
export const MORE_THAN_COUNT_CLASSIFIERS: CharGroup = chars('人名户家个', 'a count of more than a figure gone, a verb after it', '组织党员300余人参与，邀请学子50余名回乡。');
/** Classifiers before 数 that make “the number of” a noun (人数人, 户数户). */
/**
 * counts6 (session 15): nouns ending in a character that is otherwise vague before a unit (若干, 单笔,
 * 超亿元): the thing counted, its figure gone after it (技术骨干名, 彩超人次, 新签订单万元).
 */
export const VAGUE_ENDING_NOUNS: WordGroup = words(
	['骨干', '专干', '彩超', 'B超', '订单', '工单', '保单', '报关单', '运单', '罚单'],
	'a noun ending in a vague character: what is counted',
	'培养技术骨干12名，完成彩超检查860人次，新签订单3200万元。'
);
export const COUNT_NOUN_HEADS: CharGroup = chars('人户次件家个项所场天', '数 ends a noun of counting', '参保人数12万人，户数3000户。');
/** Characters before 米 that make a grain or a word (玉米, 大米, 纳米): not the unit. */
export const MI_WORD_HEADS: CharGroup = chars('玉大稻小糯黑籼粳虾海开香粟谷纳', '米 ends a word', '收购玉米和大米，发展纳米材料。');
/** Characters before 处 that make a word or a pronoun phrase (之处, 到处, 各处, 难处). */
export const CHU_NOT_AFTER: CharGroup = chars('之到各此出难好用益长短坏深住去何某', '处 ends a word', '不足之处在于到处都有难处。');
/** Words of a yearly or daily capacity (年产万套汽车线束): a unit right after them wants its figure, a noun may follow. */
export const CAPACITY_BEFORE: WordGroup = words(['年产', '年产能', '日产', '年加工', '年处理', '日加工', '日处理', '年吞吐'], 'a capacity, its figure right after', '建设年产5万套汽车线束项目，日产300吨。');
/** Characters before a 万-unit that make an idiom of multitudes (千家万户, 千军万马). */
export const MULTITUDE_HEADS: CharGroup = chars('千百', 'an idiom of multitudes', '服务走进千家万户。');
/** Characters after 亩 that make a measure per 亩 (亩产, 亩均): not a count of 亩. */
export const MU_MEASURE_AFTER: CharGroup = chars('产均', 'a measure per 亩', '水稻亩产650公斤，亩均税收提高。');
/** Field labels before a spaced unit (单位 万元): a column's unit, not a gap. */
export const UNIT_FIELD_LABELS: WordGroup = words(['单位', '计量', '金额'], 'a label naming the unit of a column', '单位 万元');
/** Characters before 会 that make an event counted in 场 (推介会场, 恳谈会场次). */
export const EVENT_MEETING_HEADS: CharGroup = chars('介谈展聘接明布训讲摩流面洽销享证', 'an event counted in 场', '举办推介会12场。');
/** Classifiers too often a word's last character or a verb's object to read a noun before them as counted. */
export const COUNTED_NOUN_NOT: CharGroup = chars('天分面口位门节根支封架岁届期笔本人', 'a classifier that often ends a word', '做好春节期间值班。');
/** Characters before a classifier that make it prose, not a count (的人, 之处, 一起). */
export const NOT_BEFORE_COUNT: CharGroup = chars(
	'的之了着过得地其各每该此本某哪这那等为是于在向到给把被让对与和同及或而并又也都就才还很最更太不没无非未',
	'a particle or a function word before the classifier',
	'关心身边的人，做好本职工作。'
);

/** Words after a list of counts named as measures (门诊人次、住院人次分别增长): the list names, not gaps. */
export const LIST_MEASURE_FOLLOW: WordGroup = words(['分别', '均为', '均达', '均比', '均较', '均同比', '均增长', '均下降', '均有', '均居', '均实现'], 'the counts are measures named in a list', '门诊人次、住院人次均比上年有所增加。');

// A change with its figure gone (frames/change.ts).
/**
 * quiet5 (session 14): a comparison with another change earlier in the clause (增速不低于各项贷款平均增速):
 * the change after it is the benchmark, named, not stated with its figure.
 */
export const BENCHMARK_COMPARISONS: WordGroup = words(['不低于', '不高于', '高于', '低于', '快于', '慢于', '优于', '好于', '跑赢', '赶超'], 'a change compared with a benchmark change', '小微企业贷款增速不低于各项贷款平均增速。');
/** Classifiers a compared change may be counted in (同比下降人。). */
export const CHANGE_COUNT_CLASSIFIERS: CharGroup = chars('人个家起次户名件项所辆台例分', 'a change counted in a classifier (or in points of a score: 分)', '死亡人数同比下降3人，满意度同比提高1.8分。');
/** Words before a compared change that make it an achievement named in prose (实现同比增长). */
export const PROSE_BEFORE_CHANGE: WordGroup = words(
	['实现', '实现了', '保持', '保持了', '呈现', '出现', '继续', '持续', '均', '都', '也', '有所', '略有', '稳步', '快速', '逐步', '明显', '大幅', '小幅', '双'],
	'a change named as an achievement',
	'外贸进出口实现同比增长。'
);
/** Statistical indicators only ever followed by their figure of change (工业增加值增长，). */
export const CHANGE_INDICATORS: WordGroup = words(
	['阅量', '运量', '电量', '吐量', '水量', '气量', '客量', '货量', '增加值', '总产值', '生产总值', '总值', '总额', '税金', '销售额', '营业额', '进出口额', '出口额', '进口额', '零售额', '成交额', '余额'],
	'an indicator whose change is a figure',
	'工业增加值增长6.5%。'
);
/**
 * Rates and shares a bare change may be said of (占比较上年下降。): a rate changes by points, and a
 * template that loses the figure keeps 个百分点 (满意率提高个百分点); with nothing after the verb
 * the writer stated the direction only.
 */
export const RATE_CHANGE_SUBJECTS: WordGroup = words(['比重', '比例', '占比', '率'], 'a rate or share said to rise or fall, its points not stated', '低成本存款占比较上年下降，投诉率同比回落。');
/**
 * Openers of a count of the things a change is said of (有3家企业产值同比下降；): the clause's
 * figure is the count, the change tells what befell them.
 */
export const COUNTED_SUBJECT_OPENERS: WordGroup = words(['有', '共有'], 'a count of the things that changed opens the clause', '上半年有3家企业产值同比下降；');
/** What a clause ends in when it states a quantity (12亿元，增长): the change after it is measured. */
export const QUANTITY_TAILS: WordGroup = words(
	['元', '%', '亿', '万', '倍', '千瓦时', '吨', '亩', '米', '家', '个', '项', '户', '人', '次', '所', '台', '套'],
	'a quantity just stated',
	'实现产值12亿元，增长8%。'
);

// Rates, shares and multiples with their figure gone (frames/ratios.ts, frames/multiples.ts).
/** Words that end the name of a rate or share stated as a figure (流转率, 占比, 所占比重). */
export const RATE_NAME_ENDINGS: WordGroup = words(['比重', '比例', '占比', '率'], 'the name of a rate or share, whose figure follows it', '土地流转率达到65%。');
/** Rates that name a quality, not a figure, even right after a quantity (工作效率, 发生概率). */
export const RATE_NOT_FIGURE: WordGroup = words(['效率', '概率', '频率', '功率', '税率', '汇率', '坦率', '草率', '轻率', '表率', '直率', '统率', '督率'], 'a rate named as a quality or a word', '人均办件120件，工作效率明显提升。');
/** Words in a clause about a rate as a goal or a task, not a rate stated (提高覆盖率，). */
export const RATE_GOAL_OPENERS: WordGroup = words(
	['提高', '提升', '降低', '扩大', '增加', '加大', '优化', '稳定', '控制', '保持', '确保', '力争', '争取', '关注', '重视', '统计', '计算', '考核', '监测', '分析', '加强', '抓好', '着力', '努力', '推动', '促进'],
	'a rate named as a goal or a task',
	'新建示范田3个，提高良种覆盖率，'
);
/** Verbs of occupying that start with 占 (占用耕地的，): no share follows. */
export const SHARE_VERB_WORDS: WordGroup = words(['占用', '占据', '占领', '占有', '占地', '占满', '占压', '占道'], '占 opens a verb of occupying, not a share', '对违法占用耕地的，依法查处。');
/** Characters before 倍 that make it an idiom or a word, not a multiple (加倍, 成倍, 翻倍, 事半功倍, 双倍). */
export const MULTIPLE_IDIOM_HEADS: CharGroup = chars('加成翻功双干', '倍 closes an idiom or a word here', '干部加倍努力，收入成倍增长，事半功倍。');
/** What may follow a multiple before its clause ends (是上年的倍以上). */
export const MULTIPLE_AFTER: WordGroup = words(['以上', '左右', '多'], 'a bound or an estimate after a multiple', '是上年的2倍以上。');
/** Characters before 由 that make it part of a word (理由, 缘由, 自由, 经由): no change opens there. */
export const FROM_WORD_HEADS: CharGroup = chars('理缘自经事来', '由 ends a word', '以经费不足为理由提高到标准的申请未获批准。');
/** Verbs of change right after an old value (由上年的：优化为1.2:1, 由元提高到元). */
export const FROM_TO_VERBS: WordGroup = words(
	['优化', '调整', '提高', '提升', '降低', '下降', '上升', '缩小', '扩大', '改善', '变为', '降至', '降到', '增至', '增加', '增长', '减少', '减至', '压缩', '缩短', '延长', '充实', '精简'],
	'a value changed from its old figure',
	'师生比由上年的18:1优化为16:1，每亩租金由600元提高到800元。'
);
/** Words of departure from a norm (较常年偏多2成): a figure in tenths (成) or another unit follows. */
export const DEPARTURE_WORDS: WordGroup = words(['偏多', '偏少', '偏高', '偏低', '偏早', '偏晚'], 'a departure from the norm, its size after it', '降水量较常年偏多2成，气温偏高0.8℃。');
/** Openers of a pair of figures (分别为12小时和1.2小时): the first figure stands right after them. */
export const PAIR_OPENERS: WordGroup = words(['分别达到', '分别为', '分别是', '分别增长', '分别下降', '分别提高', '分别压缩至', '分别缩短至', '分别缩短到', '分别降至', '分别增至', '分别提高到'], 'a pair of figures follows', '进出口整体通关时间分别为12.5小时和1.2小时，分别压缩至8小时和1小时。');
/** What joins the two figures of a pair or the items of a list. */
export const PAIR_JOINERS: CharGroup = chars('和与及、', 'the second figure of the pair follows', '收入分别达到4.6万元和2.1万元。');
/** Marks between the two ends of a range (5%～8%, 2—3亿元, 投资1–2亿元). */
export const RANGE_DASHES: CharGroup = chars('—~-–', 'the two ends of a range', '增长5%～8%，投资2—3亿元。');
/** Words of a comparison's amount after 比上年 (比上年多万元, 较同期低个百分点): the figure follows. */
export const AMOUNT_COMPARATIVES: CharGroup = chars('多少高低', 'a compared amount follows', '税收比上年多860万元，均价比同期低12元/吨。');
/** A difference after a comparison with any base (比市均分高3分, 比同期市场价低12元). */
export const DIFFERENCE_WORDS: CharGroup = chars('高低', 'a compared difference follows', '平均分比市均分高3.2分。');
/** Characters that end the base of a comparison or make 比 a word (比较, 比例, 比重): no base read past them. */
export const COMPARED_BASE_STOPS: CharGroup = chars('较例重赛高低多少，。；、', 'not the base of a comparison', '比较高的分数段人数增加。');
// Bounds (frames/ranges.ts: ，岁以下青年教师, 账龄年以上).
/** Units a bound follows (35岁以下, 600分以上, 5分钟以上, 1年以上): the figure stands before the unit. */
export const BOUND_UNITS: WordGroup = words(['周岁', '岁', '分钟', '小时', '个月', '分', '年', '天'], 'units a bound of age, time or score follows', '35岁以下青年教师占四成，600分以上学生204人。');
/**
 * Units of a threshold after a word (单笔万元以上的, 价值元以上的礼品, 得分在分以上, 逾期天以上):
 * right after a word that is no numeral, the threshold's figure is gone. Not 亿元, 千万元: 亿元以上
 * 项目 and 超亿元 name a tier with 亿 as its own figure (亿 and 千 are numerals before 元, 万元).
 */
export const THRESHOLD_UNITS: WordGroup = words(
	['万美元', '美元', '万元', '元', '周岁', '岁', '分钟', '小时', '个月', '个工作日', '工作日', '分', '年', '天', '万人次', '人次', '万吨', '吨', '万亩', '亩', '万平方米', '平方米'],
	'units a threshold is written in after its figure',
	'单笔5万元以上的开支集体研究，得分在90分以上为优秀，亿元以上项目12个。'
);
/** Characters before a threshold's unit that leave no figure out (每天以上 is no bound; 单笔 ends in 笔, not 单). */
export const THRESHOLD_NOT_AFTER: CharGroup = chars('每各该本这那此某其第等级满', 'a determiner, an ordinal or 满 (reaching an age: 满周岁以上) before the unit', '每年以下三项任务，县级以上表彰，满周岁以上的儿童。');
/**
 * quiet5 (session 14): classes of things a bound of 万 or 亿 names right before them (车险万元以下案件,
 * 亿元以上项目): 万元 alone is ten thousand yuan there, the class needs no figure of its own.
 */
export const BOUND_CLASS_NOUNS: WordGroup = words(['案件', '项目', '企业', '工程', '客户', '订单', '合同', '贷款', '投资项目', '重点项目', '产业项目'], 'a class named by a bound of ten thousand or a hundred million', '车险万元以下案件平均结案周期缩短，亿元以上项目加快落地。');
/** Classifiers of a list of steps or points after a bound word (分以下3个阶段, 以下三项): 以下 introduces a list, not a bound. */
export const LIST_COUNT_CLASSIFIERS: CharGroup = chars('个项步点条', 'the items of a list', '全年工作分以下3个阶段推进。');
/** Words of a bound after its unit (以上, 及以下, 以内). */
export const BOUND_WORDS: WordGroup = words(['及以上', '及以下', '以上', '以下', '以内'], 'a bound after its figure and unit', '65岁及以上老年人健康体检，5分钟以内响应。');
/** Last characters of a length of service or an age (账龄, 工龄, 教龄): a unit after it counts it. */
export const SERVICE_LENGTH_ENDS: CharGroup = chars('龄', 'a length of service or an age', '应收账款中账龄1年以上的近千万元。');
/** Units of time closing a range (均在3—5天内, 可支付6—8个月, 账龄在1—2年的). */
export const RANGE_TIME_UNITS: WordGroup = words(['个月', '年', '天', '周', '小时', '分钟'], 'a span of time as a range', '均在3—5天内得到控制，候车时间压缩到8～10分钟。');
/** Last characters of a change before a signed figure (增长-5%, 下降—3%): the dash is a sign. */
export const SIGNED_AFTER: CharGroup = chars('长降增减幅速比', 'a dash after a change is a minus sign', '营业收入增长-5%，同比—3.2%。');
/** Last words of a measure whose value a rate verb introduces (参合率达, 工作量为, 占比达到). */
export const RATE_MEASURE_ENDINGS: WordGroup = words(['率', '量', '额', '数', '值', '比重', '占比', '面积', '规模'], 'a measure whose value follows its verb', '全县新农合参合率达98.6%。');
/** Verbs introducing a measure's value (参合率达到98%, 覆盖面积约为12公顷). */
export const RATE_VERBS: WordGroup = words(
	['达到', '达', '为', '约为', '约', '仅为', '仅有', '仅', '超过', '突破', '提高到', '提高至', '下降到', '下降至', '降至', '升至', '增至', '达至', '控制在', '保持在', '稳定在'],
	'the value of the measure follows',
	'覆盖面积约为12公顷，参合率达到98%。'
);
/** Wholes a share of a plan or total is taken of (完成计划数的, 占全年任务的, 控制在预算的). */
export const PLAN_WHOLES: WordGroup = words(
	['计划', '任务', '目标', '预算', '指标', '总量', '总数', '总额', '总值', '全年', '全县', '全市', '全区', '全省', '全镇', '全乡', '全国', '全州', '总'],
	'a plan or a total a share is taken of',
	'完成全年目标任务的103%，占全县总量的12%。'
);
/** Wholes a share of a measure is taken of (占营业收入的, 占全社会用电量的). */
export const SHARE_WHOLES: WordGroup = words(
	['收入', '支出', '总额', '总量', '总数', '总值', '产值', '增加值', '面积', '人口', '投资', '资产', '利润', '成本', '费用', '税收', '营收', '销售额', 'GDP', '比重', '量', '额', '数', '值'],
	'a measure a share is taken of',
	'研发投入占营业收入的4.6%。'
);
/** Verbs of a goal about a share, a few words before it (提高研发投入占营收的比重，). */
export const SHARE_GOAL_VERBS: WordGroup = words(['提高', '提升', '降低', '扩大', '增加', '加大', '优化', '稳定', '控制', '保持'], 'a share named as a goal', '着力提高服务业占地区生产总值比重。');
/** quiet5 (session 14): words that define a measure as a share (“完成目标”一列为完成数占全年目标的比重): a definition, no figure. */
export const SHARE_DEFINITION_WORDS: WordGroup = words(['是指', '系指', '指的是', '即为', '列为', '栏为', '定义为', '计算方法为', '计算公式为', '口径为'], 'a measure defined as a share', '注：“完成进度”一栏为累计完成数占全年目标的比重。');
/**
 * lines8 (session 16): names of a scale whose unit a sentence gives (纵轴为万千瓦时, 金额单位为万元, y轴为万立方米):
 * the unit after them is what a measure is counted in, no figure stood before it (text/cells.ts unitNotes).
 */
export const UNIT_SCALE_NAMES: WordGroup = words(['单位', '轴', '坐标'], 'a scale whose unit is named, not a figure stated', '横轴为月份，纵轴为万千瓦时；表中金额单位为万元。');
/** lines8 (session 16): a fraction written in words, its figure after it (千分之三, 百分之九十五): with none after it, the figure is gone (frames/ratios.ts fraction-without-figure). */
export const FRACTION_WORDS: WordGroup = words(['百分之', '千分之', '万分之'], 'a fraction in words, its figure right after', '废品率控制在千分之三以内，合格率达到百分之百。');
/** lines8 (session 16): what an estimate's 约 opens before a figure (约为, 约占, 约合): with the clause ending right after it, the figure is gone. */
export const ESTIMATE_VERB_TAILS: WordGroup = words(['为', '占', '合', '达', '计'], 'after 约 or 大约, the verb an estimated figure follows', '两者比例约为1:1，约占全年的四成。');
/** Words for a ratio or a structure before its terms (结构调整为：：, 之比约为：). */
export const RATIO_WORDS: WordGroup = words(['比', '结构', '比例', '配比', '比值'], 'a ratio whose terms follow', '三次产业结构调整为8.2:41.5:50.3。');
/** Names of a score measured in 分 (平均分为86.5分, 满意度92.4分). */
export const SCORE_NAMES: WordGroup = words(['平均分', '均分', '总分', '得分', '满意度', '分数', '评分', '综合得分'], 'a score whose points follow', '模拟测试平均分为86.5分，满意度92.4分。');
/** Bracketed abbreviations of an index between its name and its verb (生态质量指数（EQI）为). */
export const INDEX_ABBREVIATION: CharGroup = chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789.-', 'the abbreviation of an index in brackets', '生态质量指数（EQI）为62.4。');

// A decimal with its integer gone (增长.5%).
/** Units a decimal is written before in reports (.5%, .8亿). */
export const DECIMAL_UNITS: WordGroup = words(['%', '个百分点', '百分点', '倍', '亿', '万', '元'], 'units a bare decimal stands before', '同比增长0.5%。');

// Dates with their day, or month and day, gone (frames/dates.ts: 于月日, 2026年12月日, 做好月日强降雨应对).
/** Characters after 日 that make it open a word, not close a date (日常, 日益, 日均, 日照). */
export const DAY_WORD_TAILS: CharGroup = chars('常益趋渐期报记程志用夜间子光本均照', '日 opens a word here', '12月日均客流3000人次，日常巡查不断线。');
/** Characters before 月日 that open a date whose month and day are gone (于, 自, a comma…). */
export const DATE_OPENERS_DAY: CharGroup = chars('于在至到自从是为止年每，,、：:（( ；;。—～~－', 'a date follows', '学校于5月12日通过验收。');
/** Characters before 月 that make it part of a word (岁月, 蜜月, 正月, 个月): no month number is gone. */
export const MONTH_WORD_HEADS: CharGroup = chars('岁蜜正腊满半个日明望新残圆闰本上下当次逐按风月每同该此各隔全单这那多', '月 ends a word (多: a span of more than so many months, 一个多月)', '在岁月日积月累中成长，本月17日召开会议，隔月召开调度会，单月完成产值5亿元，工程提前一个多月完工。');
/** Characters before 年 naming a year by this one (今年, 去年, 上年): a month after it may be gone (今年月接受验收). */
export const RELATIVE_YEAR_HEADS: CharGroup = chars('今去明当同次上本前', 'a year named relative to this one', '今年5月接受了市教育局的督导。');
/** Conjunctions joining two months of a list (3月和9月, 5月、6月). */
export const MONTH_LIST_JOINS: CharGroup = chars('和、与及或', 'two months in a list', '于3月和9月召开全体会议。');
/** Marks joining two days of a range (12日—日): the second day's number follows them. */
export const DAY_RANGE_MARKS: CharGroup = chars('—～~-－至到', 'a range of days', '8月12日—18日集中开展');
/** Words before 年月日 that make it a field label (出生年月日：). */
export const BIRTH_DATE_LABELS: WordGroup = words(['出生', '生'], '年月日 names a field', '出生年月日：');
/** Numerals a month is written in (十二月): a month with only its day gone. */
export const MONTH_NUMERALS: CharGroup = chars('一二三四五六七八九十', 'a month written in Chinese numerals', '二〇二六年十二月28日');

/** Characters after 月 that make it open a word, not close a month (月份, 月度, 月报, 月饼, 月光). */
export const MONTH_WORD_TAILS: CharGroup = chars('日号份度报刊薪票均季饼球光亮色', '月 opens a word here', '按月度考核，赏月光，吃月饼。');
/** Characters before 于 that make it part of a word (由于, 对于, 关于, 位于): no date opens there. */
export const YU_WORD_HEADS: CharGroup = chars('由对关属至等处位终基鉴善便易过', '于 ends a word', '由于月初连续降雨，工期有所推迟。');
/** Words of a monthly routine earlier in the sentence: 于月初 is then "at the start of each month". */
export const MONTHLY_ROUTINE: WordGroup = words(
	['每月', '每个月', '按月', '按个月', '当月', '当个月', '次月', '次个月', '本月', '本个月', '逐月', '逐个月'],
	'a monthly routine, where 月初 is the start of each month',
	'每月于月初下达任务。'
);

// Months in spans and deadlines (（月—月）, 预计月底前).
/** Marks that open a range of months or a bracket (（3月—5月）). */
export const MONTH_RANGE_BEFORE: CharGroup = chars('（(—～~－', 'a month opening a range or a bracket', '第一阶段（3月—5月）完成摸底。');
/** Marks that close a month in a range (3月—, 5月）). */
export const MONTH_RANGE_AFTER: CharGroup = chars('—～~－）)', 'a month closing a range or a bracket', '第二阶段（6月—8月）集中整治。');
/** Words of a plan before its deadline month (预计10月底前). */
export const DEADLINE_OPENERS: WordGroup = words(['预计', '计划', '力争', '争取', '确保', '将于', '拟于', '要在', '力争在', '争取在', '计划在', '确保在', '预计在'], 'a planned deadline', '预计10月底前竣工，力争在6月份前投用。');
/** Plans that date a step by its month (预计9月份试生产); 计划 is left out: 计划月份 is also "the planned month". */
export const MONTH_PLAN_OPENERS: WordGroup = words(['预计', '力争', '争取', '确保', '将于', '拟于', '预计于', '力争在', '争取在', '确保在', '预计在'], 'a step planned for a month', '预计9月份试生产，力争10月份投产。');
/** Parts of a month after its number (月底, 月中旬). */
export const MONTH_PARTS: WordGroup = words(['底', '初', '中旬', '上旬', '下旬', '前', '份前'], 'a part of the month', '力争6月中旬投产，9月份前完工。')
/** Works dated by their month (工程10月建成通车, 新院区6月投用): after a word, the month's number is gone before them. */
export const MONTH_WORKS_EVENTS: WordGroup = words(
	['建成', '完工', '竣工', '开工', '投产', '投用', '投运', '通车', '开业', '上线', '挂牌', '揭牌'],
	'works dated by their month',
	'国道改扩建工程10月建成通车，安全生产月启动仪式如期举行。'
);
/** Events dated by a month opening their clause (，4月组织开展): a campaign month (宣传月开展) has its name before 月. */
export const MONTH_CLAUSE_EVENTS: WordGroup = words(['组织', '开展', '召开', '举办', '举行', '启动'], 'an event dated by the month opening its clause', '做好年度汇算，4月组织开展税收宣传月活动，安全生产月开展应急演练，在5月举行的联考中名列前茅。');
/** Parts of a month that make it a deadline (月底前, 月中旬): after a word, the month's number is gone (新院区10月底前投入使用). */
export const MONTH_DEADLINE_PARTS: WordGroup = words(['底前', '末前', '份前', '中旬前', '上旬前', '下旬前', '中旬', '上旬', '下旬'], 'a deadline within a month', '新院区10月底前投入使用，次月中旬开学。');
/** What follows a month that opens its clause as a deadline or a start (；6月底前完成, ，9月起试行). */
export const MONTH_CLAUSE_DEADLINES: WordGroup = words(['底前', '末前', '份前', '前', '起', '中旬前', '上旬前', '下旬前', '份起'], 'a deadline or a start opening its clause', '；6月底前完成改造，9月起试行新办法。');

// Figures typed with spaces around them and deleted (frames/spaced.ts: 退出  人).
/** Marks closing a name or a quote: a unit after them and spaces is no count of theirs. */
// lines8 (session 16): quotes left out: a quoted name closes before its count (评选“最美家庭”  户, "微心愿"  个), the figure between gone.
export const CLOSING_MARKS: CharGroup = chars('）)」', 'a closed bracket before the spaces: a note in a table cell', '（试行）    条款');
/** Words that label a column or a field: spaces after them stand between cells (单位  万元). */
export const FIELD_LABELS: WordGroup = words(
	['单位', '计量', '金额', '数量', '名称', '指标', '项目', '合计', '备注', '单价'],
	'a column or field label, not a count',
	'计量单位    万元'
);

// Tables (rules/column-table.ts, frames/tables.ts).
/** Header words of columns that hold words, not figures: their cells may stay empty. */
export const TEXT_COLUMN_HEADERS: WordGroup = words(
	['备注', '说明', '单位', '负责人', '责任人', '联系人', '名称', '类型', '类别', '状态', '进度', '措施', '内容', '方式', '地点', '情况'],
	'a column of words, which may stay empty',
	'项目\t计划\t完成\t备注'
);
/** Header endings naming a column of figures, so one figure in it is enough to read it so (完成率, 户数). */
export const MEASURE_HEADER_ENDINGS: WordGroup = words(['率', '数', '额', '量', '比', '比例', '值', '投资', '收入', '支出', '产值'], 'a header naming a measure (an amount of money too: 完成投资, 营业收入)', '站点  计划  完成  完成率');
/**
 * Header endings naming a column of figures by its period or its comparison (上半年, 去年同期, 增减,
 * 累计): under them a cell holds a figure even where no row of the table kept one.
 */
export const FIGURE_COLUMN_ENDINGS: WordGroup = words(
	['年', '同期', '季度', '计划', '目标', '完成', '实际', '增减', '增长', '累计', '合计'],
	'a column of figures named by its period or comparison',
	'指标  上半年  去年同期  增减'
);
/** Magnitudes a unit cell may open with (万台次, 亿元, 千千瓦时): still the row's unit, no figure. */
export const UNIT_MAGNITUDES: CharGroup = chars('十百千万亿', 'a unit named with its magnitude', '治超检测车辆  万台次  38.5');
/** Header endings of a column of ranks (全市排名, 名次): its cells are ranks (第3名), never amounts or rates. */
export const RANK_HEADER_ENDINGS: WordGroup = words(['排名', '名次', '位次', '排位'], 'a column of ranks', '单位  得分  全市排名');
/** Header endings of a column of percentages (完成率, 同比): an empty cell there is a percentage gone. */
export const PERCENT_HEADER_ENDINGS: WordGroup = words(['率', '占比', '比重', '同比', '环比', '增幅', '增速'], 'a column of percentages', '站点  计划  完成  完成率');

// Rank bounds (排名前位; the ordinals themselves are in ordinals.ts).
/** Verbs before 前 + 名/位 that bound a rank (排名前3位). */
export const RANK_VERBS: WordGroup = words(['排名', '排在', '位列', '进入', '跻身', '位居'], 'a rank bound follows', '排名全省前10位。');

// Masked names (rules/mask-scan.ts).
/**
 * What a figure numbers when written right after it (3路, 15路公交): a route or a line. A masked
 * figure before one (2X60路, 1X路) is the number hidden, never a product of sizes (2×60) or a model.
 */
export const NUMBERED_AFTER_FIGURE: CharGroup = chars('路', 'the figure before numbers a route', '开通3路、15路和102路公交线路。');
/**
 * Links between the two ends of a route or a span of places (湘潭至衡阳段): bold never holds one
 * alone, so **至** between star runs is two names masked (**至**高速公路), not emphasis.
 */
export const ROUTE_LINKS: CharGroup = chars('至到—－-～~', 'the link of a route between two places', '京港澳高速公路湘潭至衡阳段完成改扩建。');
/** A place or site ending right before a lone letter: the letter names a part of it (物流园B区). */
export const ZONE_HOLDERS: CharGroup = chars('园区港场厂楼馆站校院城', 'a letter after a named place labels a part of it, a zone or a block', '项目落户临港物流园B区，高新园区A区。');
/**
 * Real terms that open with a single Latin letter (A股, B超, X光, x轴): the letter is the term's
 * own, never a name hidden before a name head (NAME_HEADS in words.ts).
 */
export const LETTER_TERMS: WordGroup = words(
	['A股', 'B股', 'H股', 'B超', 'X光', 'X射线', 'T恤', 'K线', 'U盘', 'Q版', 'C位', 'B端', 'C端', 'B站', 'A级', 'A类', 'B类', 'x轴', 'y轴', 'z轴',
		// quiet5 (session 14): the same terms written in lower case, and shapes named by a letter (S形弯道, U型槽).
		'b超', 'x光', 'x射线', 't恤', 'k线', 'u盘', 'q版', 'b站', 'Q币', 'q币',
		'S形', 'U形', 'V形', 'L形', 'T形', 'Z形', 'Y形', 'O形', 's形', 'u形', 'v形', 'l形', 'z形', 'o形',
		'S型', 'U型', 'V型', 'L型', 'T型', 'Y型', 'O型', 's型', 'u型', 'v型', 'l型', 'o型'],
	'a term of its own opened by a letter',
	'股民关注A股走势，门诊开展B超检查，3A级景区游客增长，关注k线走势，举办s形绕桩比赛，安装U型槽。'
);
/** Lower-case letters that open the name of an online service or a product (e家园, i城, e电子政务): a prefix, not a hidden name. */
export const NET_PREFIX_LETTERS: CharGroup = chars('ei', 'e- and i- open names of online services', '打造“e家园”社区服务平台，推广i智能停车和e电子政务。');
/** Units of time after a product of two filled numbers (7×24小时, 5×8小时): a schedule, not a masked digit. */
export const SCHEDULE_UNITS: WordGroup = words(['小时'], 'a product of days and hours names a schedule', '政务热线实行7×24小时服务，窗口推行5×8小时值守。');

/*
 * ── counts (session 10) ──
 */
/**
 * Nouns that end in a character PROSE_BEFORE_CLASSIFIER or VAGUE_BEFORE_UNIT names (向, 的; 干 of
 * 若干): a count may follow them (达成就业意向126人, 选派业务骨干12名; not 若干名).
 */
export const NOUNS_ENDING_LIKE_PARTICLES: WordGroup = words(
	['意向', '方向', '导向', '取向', '动向', '去向', '志向', '倾向', '目的', '骨干'],
	'a noun, not a preposition, particle or vague number, before the count',
	'招聘会上达成就业意向126人，明确主攻方向；选派业务骨干12名。'
);
/** Heads before 数 that make it a measure of number (人数, 出生数, 总数), not "several" (数人, 少数). */
export const NUMBER_MEASURE_HEADS: CharGroup = chars('总人户次件家个项所场天生产员', 'a measure named by its number (a classifier before 数 counts in itself: 人数人), its figure right after', '年末职工总数312人，辖区出生数96人。');
/** Heads before 量 that make it an amount, not a measure of number (大量, 少量, 尽量, 力量). */
export const AMOUNT_NOT_MEASURE: CharGroup = chars('大少适过尽力等商思考度测衡数质', 'an amount or a verb, not a measure counted', '投入大量人力，尽量减少打扰。');
/** Service numbers named by their digits before a noun (95598工单, 12345热线): a name, not a figure. */
export const HOTLINE_NOUNS: WordGroup = words(['热线', '工单', '专线', '服务热线'], 'a service number names the line, not a count', '受理95598工单1260件，12345热线接通率98%。');
/** Heads before 均 that make it a mean per household or per span (户均, 日均), its figure right after. */
export const MEAN_HEADS: CharGroup = chars('户日年月周', 'a mean per household or per span', '全村户均3人，日均接待12人次。');
/** Characters before 近 that make it a word (附近, 最近), not "nearly". */
export const JIN_WORD_HEADS: CharGroup = chars('附最靠邻亲贴就', '近 ends a word', '附近居民踊跃参与，最近两年发展迅速。');
/** Words in a list item that make its figure a share or a total, not a sibling count (每人联系3户, 等86人). */
export const NOT_SIBLING_MARKS: CharGroup = chars('每均等共计合', 'a rate per head or the total of a list', '帮助老人、儿童等86人，每人联系3户。');

// people (session 11): counts the segmenter splits after a counting verb (frames/counts.ts count-after-verb).
/**
 * Classifiers of an event's times and sessions (开展2次廉政谈话, 举办3场专题培训): after a counting
 * verb the event's noun may be unknown to the segmenter and split into single characters (次|廉|政
 * 谈话); the count is gone all the same. Not 轮 (轮|岗 is a word split too), 期 or 批 (期|间, 批|评).
 */
export const EVENT_CLASSIFIERS: CharGroup = chars('次场', 'the times or sessions of an event', '每季度开展2次廉政谈话，举办3场专题培训。');
/**
 * Classifiers that also open words (支部, 门诊, 节日) read as a count after a counting verb when the
 * segmenter keeps them apart and the noun after them ends in what they count (组建5支青年突击队,
 * 开设3门选修课程): the table's `counts` read at the noun's end, not right before the classifier.
 */
export const TAIL_COUNTED_CLASSIFIERS: CharGroup = chars('支面封架门节枚', 'the noun after ends in what the classifier counts', '组建5支青年突击队，开设3门选修课程。');

/*
 * ── counts2 (session 11) ──
 */
/** Classifiers that also name a part of a writing after its topic (党建篇, 民生篇, 总则章): in brackets that hold only the topic, a name, not a count. */
export const PART_NAMING_CLASSIFIERS: CharGroup = chars('篇章', 'a part of a writing named by its topic', '上半年工作总结（党建篇）、（民生篇）。');
/** Classifiers that count prizes after their grade (一等奖2项, 一等奖3个) or the people who win them (一等奖5人, 二等奖8名). */
export const PRIZE_COUNT_CLASSIFIERS: CharGroup = chars('项个人名', 'prizes or their winners counted after the grade', '学生作品获一等奖2项，评出一等奖5名、二等奖8人。');
/** Last characters of nouns of people (从业人员, 志愿者, 教师, 护士) after which a lone 人 or 名 counts them. */
export const PEOPLE_COUNTED_ENDS: CharGroup = chars('员者师士生众干工', 'a noun of people, then the count of them', '食堂从业人员12人全部持证上岗，家长志愿者20人在校门口值守，选派业务骨干6人参加培训。');
/**
 * What the people just counted do (全部持证, 在校门口值守, 已到岗): after "noun of people + 人/名"
 * the count's figure is gone. Not 均 (人均 is per head: 教师人均参加培训40学时).
 */
export const PEOPLE_ACT_AFTER: WordGroup = words(
	['全部', '都', '已', '已经', '在', '参加', '参与', '持证', '持有', '轮流', '分别', '进驻', '到岗', '上岗', '通过', '获得', '取得',
		// counts5 (session 14): what was done for them or what they won (群众1200人提供了转移依据, 职工3人获评).
		'提供', '获评', '入选', '受到'],
	'the people counted, then what they do',
	'食堂从业人员12人全部持证上岗，护士6人已到岗。'
);
/** Words opening a time phrase that 起 closes (从下周起, 自即日起, 从接到报警起): "from … on", not a count of cases. */
export const FROM_ON_OPENERS: WordGroup = words(['从', '自', '自从'], '起 closes a phrase of time from a point on', '从下周起在全镇开展排查，自即日起施行。');

/*
 * ── nouns (session 11) ──
 */
/**
 * Estimates between a noun and the magnitude of its count (来电约12万通): the noun still says what
 * is counted, and 约万 wants its figure. Not 近, 超, 逾 (近万份, 超万人, 逾亿元: "nearly ten
 * thousand" is a figure of its own).
 */
export const COUNT_ESTIMATES: WordGroup = words(['约', '大约'], 'an estimate before the figure of a count', '全年受理来电约12万通，平台生成报告近万份。');

/*
 * ── quiet6 (session 15): places named by 在…处 ──
 * 在 opens a place that 处 closes (在供应商处, 在客户处: at the supplier's): 处 is the word for a
 * place there, not a count of places — unless a verb between them counts (在沿线设置处, 在全县排查处:
 * the counting verbs of the verb table).
 */
export const PLACE_OPENERS: WordGroup = words(['在'], '在 opens a place that 处 closes', '没有在供应商处报销个人费用，坚持在客户处现场办公。');
export const PLACE_CLOSERS: CharGroup = chars('处', 'the classifier that closes a place after 在', '在施工单位处核实进度。');
/** quiet6 (session 15): a manner of counting before a classifier or a count unit (as HOURS_NOT_AFTER before hours); not before money (按元/亩发放 wants its figure). */
export const COUNT_MANNER_BEFORE: CharGroup = chars('按逐', 'a manner of counting before a classifier or a count unit: no figure is gone', '实行按件计酬，推介会按场次排定，逐户走访。');
/**
 * quiet6 (session 15): the heads of a system's name (党员联系户制度, 一岗双责机制): a classifier right
 * before one ends the name's words, no count (not the classifiers that count systems: 建立3项制度).
 */
/** What a count of a list's kinds counts (三类, 两大类, 四个方面, 五种): a list of names closed by one holds no gap (生产批次、返工批次三类). */
export const LIST_KIND_WORDS: WordGroup = words(['大类', '类', '种', '个方面', '方面'], 'the kinds a list of names is counted in', '抽查原料批次、成品批次、返工批次三类，整改问题分为两大类。');
export const SYSTEM_NAME_HEADS: WordGroup = words(['制度', '机制', '模式', '工作法', '责任制'], 'a classifier before the head of a system\'s name belongs to the name', '推行党员联系户制度，落实干部包村机制。');
export const SYSTEM_COUNTERS: CharGroup = chars('项个套条种类部本份批些', 'classifiers that count systems', '建立3项制度，完善2个机制。');
