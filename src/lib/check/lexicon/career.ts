/**
 * The figures of one person's working life, as personal reports (述职, 个人总结, 承诺书, 表态发言)
 * state them: the year of each step of a career (2003年参加工作, 2008年入党), the years of
 * service a person counts (26年党龄, 12年教龄) and the years spent in a post (任职三年来, 从事审计
 * 工作15年). Read by frames/career.ts.
 */
import type { WordGroup } from './types';

const words = (w: readonly string[], why: string, example: string): WordGroup => ({ words: w, why, example });

/**
 * The steps of a career that a report dates by their year (本人2003年参加工作): right after a
 * bare 年 that opens its clause or follows the person, the year is gone. Longest first where one
 * holds another (加入中国共产党 before 加入).
 */
export const LIFE_EVENTS: WordGroup = words(
	['参加革命工作', '参加工作', '加入中国共产党', '加入', '入党', '入伍', '参军', '入职', '毕业于', '毕业', '出生', '考入', '调入', '调任', '起任', '起担任', '任现职', '担任', '提任', '转正', '退休',
		// 任 + the body or the rank named right after it (于2021年3月任县政府副县长; not 任务, 任期).
		'任县', '任市', '任区', '任镇', '任乡', '任省', '任局', '任公司', '任中共', '任党', '任副', '任正',
		// counts5, people5 (session 14): a title gained, a rating or an election, dated by its year as
		// every other step (2009年取得会计师资格, 2021年当选为村党委书记, 2016年被评为先进).
		// 任 + a masked body (于2021年3月任X县人民政府副县长, 任××镇党委书记): the mask stands for the place.
		'任×××', '任××', '任×', '任XX', '任X', '任xx', '任x', '任**', '任*', '任某某', '任某',
		'取得', '获得', '荣获', '获评', '被评为', '评为', '当选为', '当选', '连任', '晋升为', '晋升', '被聘为', '聘为', '受聘', '被任命为', '调至', '调到', '考取', '转业', '退役',
		// counts6 (session 15): joining a service named between 参加 and 工作 (本人年月参加公安工作).
		'参加公安工作', '参加教育工作', '参加税务工作', '参加卫生工作', '参加司法工作'],
	'a step of a career, dated by its year',
	'本人2003年参加工作，2008年加入中国共产党，2019年起任现职，2021年当选为村党委书记。'
);

/**
 * Who or what a career's year follows (本人2003年, 我于1998年, 该同志2008年): the person, or 于
 * opening the date. A clause start does too (，2008年入党).
 */
export const LIFE_YEAR_OPENERS: WordGroup = words(
	// people5 (session 14): 自, 从 open a step's date too (自2019年3月起担任所长).
	['本人', '我', '于', '同志', '他', '她', '自', '从'],
	'the person whose career is dated',
	'我于1998年毕业于师范学院，该同志2008年入党。'
);

/** Years of service a person counts, written after the figure and 年 (26年党龄, 12年教龄). */
export const SERVICE_AGES: WordGroup = words(
	['党龄', '工龄', '教龄', '驾龄', '医龄', '警龄', '军龄', '团龄', '税龄'],
	'years of service counted in 年',
	'作为一名有着26年党龄的老党员，我有12年教龄。'
);

/**
 * Being in a post or a trade, measured in the years since (任职三年来, 从教20年以来) or closing
 * its clause (从事审计工作15年，): the verb right before 年 wants the figure between.
 */
export const CAREER_SPAN_VERBS: WordGroup = words(
	[
		'参加工作', '任现职', '任职', '工作', '从教', '从医', '从警', '从军', '从业', '从政', '执教', '入职', '履职', '到任', '入党', '入伍', '参军',
		// The post itself, held so many years (担任班主任八年来, 任村党支部书记12年).
		'班主任', '书记', '支书', '主任', '局长', '校长', '院长', '科长', '镇长', '乡长', '站长', '所长', '队长', '厂长', '行长', '经理'
	],
	'a post or trade measured in the years since',
	'任职三年来，从教20年以来，从事审计工作15年，担任班主任8年来坚持家访。'
);

/**
 * Adverbs between a post and the years spent in it (任现职已6年, 从事会计工作已有12年, 在基层工作了8年):
 * the figure is gone after them when 年 closes the clause.
 */
export const SPAN_ADVERBS: WordGroup = words(['已经有', '已经', '已有', '已满', '已', '满', '了'], 'an adverb before the years spent in a post', '任现职已6年，从事会计工作已有12年，在基层工作了8年。');

/** What a person has years of (有15年的教学经验, 拥有10年的基层工作经历): the figure stands before 年. */
export const EXPERIENCE_NOUNS: WordGroup = words(['经验', '经历'], 'what a person has years of', '本人有15年的一线教学经验，拥有10年的基层工作经历。');

/**
 * What a person writes while studying, counted in characters (学习笔记3万字, 心得体会5000字): the unit
 * closing the clause right after it (or after 约) wants its figure.
 */
export const NOTES_WRITTEN: WordGroup = words(
	['学习笔记', '读书笔记', '笔记', '读书心得', '心得体会', '心得', '体会文章', '学习体会', '体会'],
	'notes or reflections written, counted in characters',
	'撰写学习笔记约3万字，心得体会5000余字。'
);

/** People a report serves, counted in 名 or 位 after 为, 给, 向 (为36位高龄老人送餐, 向8位烈士家属送去慰问). */
export const PEOPLE_SERVED: WordGroup = words(
	['高龄老人', '空巢老人', '独居老人', '孤寡老人', '老人', '老党员', '退休老干部', '老干部', '老兵', '退役军人', '烈士', '困难群众', '困难学生', '贫困学生', '留守儿童', '残疾人', '群众', '村民', '居民', '患者', '学生', '家长', '职工'],
	'people served, counted after 为, 给, 向',
	'每天为36位高龄老人送餐，给12名困难学生发放助学金，向8位烈士家属送去慰问。'
);

/** Work a teacher marks or checks, counted in 本次 (批改作业2600本次, 检查教案180本次). */
export const MARKED_WORK: WordGroup = words(['作业', '教案', '作文', '练习册', '笔记', '试卷'], 'work marked or checked, counted in 本次', '全年批改作业约2600本次，检查教案180本次。');

/** The bounds a pledge sets on what its signer does (每年不少于4次深入基层调研, 每月至少5天下村). */
export const PLEDGE_BOUNDS: WordGroup = words(['不得少于', '不少于', '不低于', '至少', '最少'], 'the least a pledge promises', '每年不少于4次深入基层调研，每月至少5天下村。');

/** What a pledge bounds, between the bound and the count (每季度至少撰写2篇, 每年至少讲1次党课). */
export const PLEDGE_ACTS: WordGroup = words(['撰写', '开展', '参加', '组织', '召开', '走访', '讲授', '讲', '上', '办好', '办理', '听取', '下沉', '调研'], 'what a pledge bounds', '每季度至少撰写2篇学习体会，每年至少讲1次党课。');

/** What a pledge's least amount counts, right after its bound (不少于4次, 不少于10节, 不少于20个工作日). */
export const PLEDGE_COUNTS: WordGroup = words(['个工作日', '人次', '次', '天', '小时', '学时', '课时', '节', '篇', '件', '户'], 'what a pledged least amount counts', '每学期听课不少于10节，每月下村不少于20个工作日。');

/** A stint away from one's post, measured right after it (在省医院进修6个月, 挂职1年, 到乡村学校支教2年). */
export const STINTS: WordGroup = words(['驻村', '进修', '挂职', '跟岗学习', '跟岗', '支教', '援疆', '援藏', '规培', '轮训', '脱产学习'], 'a stint away from one\'s post and its length', '在省人民医院进修6个月，到乡镇挂职1年。');

/** Words that name the years ahead before 年内 (今后三年内, 未来五年内): a span, not "this year". */
export const YEARS_AHEAD: WordGroup = words(['今后', '未来', '此后', '以后'], 'the years ahead counted before 年内', '取消其今后三年内参加评优的资格。');

/** What was studied or taught, before the hours it took closing the clause (网络学习56学时, 继续教育90学时). */
export const STUDY_ACTS: WordGroup = words(
	[
		'网络学习', '在线学习', '集中学习', '学习', '继续教育', '教育', '研修', '进修', '听课', '自学',
		// A teacher's load: lessons prepared (教案120课时).
		'教案', '备课'
	],
	'study, or lessons prepared and taught, counted in hours',
	'全年完成网络学习56学时，参加继续教育90学时。'
);

/** Terms whose length follows right after them (有效期3年, 试用期6个月, 任期5年). */
export const TERMS: WordGroup = words(
	['有效期', '保质期', '保修期', '试用期', '见习期', '考察期', '观察期', '服务期', '合同期', '任期', '期限为', '期限'],
	'a term and its length',
	'本承诺书有效期3年，新录用人员试用期6个月。'
);
