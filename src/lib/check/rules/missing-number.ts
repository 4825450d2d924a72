/**
 * Missing numbers: the figure was deleted and its frame is left — a unit with nothing before it
 * (实现工业总产值亿元), a verb of change with nothing after it (同比增长，), a share or plan
 * ratio cut off (完成计划数的；, 占全县比重。), a date with its month and day gone (于月日),
 * a decimal with its integer gone (.5%). Everything zero-width where the number belongs.
 */
import { foldedOf } from '../text/normalize';
import type { BlankInfo, RuleContext } from '../types';
import { defineRule } from './define';
import { checkMessages as M } from '../messages';
import {
	CATEGORY_AFTER_UNIT,
	CHANGE_PREFIXES,
	CHANGE_VERBS,
	CLASSIFIERS,
	CLAUSE_END,
	COUNTING_VERBS,
	CURRENCY_NAME_BEFORE,
	MASK,
	STRONG_UNITS,
	VAGUE_BEFORE_UNIT
} from '../text/lexicon';
import { escapeRe, isClauseEnd, isCnNumeral, isDigit, isHan, isLatin } from '../text/chars';
import { wordAt, wordsAround } from '../text/segment';
import { measureBefore } from '../text/measure';

const alt = (xs: readonly string[]) => xs.map(escapeRe).join('|');
const END = `[${escapeRe(CLAUSE_END)}]|$`;

const CATEGORY_FIRST = new Set(CATEGORY_AFTER_UNIT.map((c) => c[0]!));
/** Words ending in a classifier character that the segmenter does not always keep whole. */
const CLASSIFIER_WORDS = ['立项', '本项', '弱项', '强项', '该项', '此项', '各项', '逐项', '分项', '单项', '专项', '事项', '款项', '选项', '车次', '班次', '名次', '席次', '主次', '层次', '档次', '频次'];
/** Words that begin with a classifier character (台站, 家庭, 人员): never a count before a noun. */
const CLASSIFIER_HEAD_WORDS = new Set([
	'台站', '台资', '台风', '台账', '台阶', '家庭', '家长', '家访', '家属', '家园', '家乡', '家政', '人员', '人才', '人口', '人群', '人居',
	'人事', '人大', '人工', '人均', '项目', '宗教', '起草', '起步', '座谈', '份额', '条线', '条例', '条件', '名录', '名优', '名师', '名单',
	'场景', '场所', '场地', '批评', '批准', '批复', '期间', '期限', '次数', '次生', '件数', '户籍', '户用', '个体', '个人', '个性', '张贴',
	'天然', '天网', '例会', '块状', '届时', '口岸', '所有', '间隔', '处置', '处理', '家校', '家风', '家教', '家电', '家具', '家居',
	'家务', '家族', '家禽', '家畜', '名誉', '名称', '名义', '名额', '名牌', '名片', '名胜', '名家', '个别', '个案', '所得', '所属',
	'所在', '所谓', '所以', '户外', '户主', '户型', '座位', '项下', '户均', '户数', '户口',
	'户内', '个数', '家数', '项数', '名次', '名列', '家底', '家门', '家里', '家中', '所长', '名额', '批量', '批次', '场次', '台次'
]);
/** Characters that end nouns of things that get counted (教学班, 通知书, 服务站). */
const NOUN_SUFFIX_CHARS = '班书室站点村校园馆队组厂店库房车船机器表证卡员生师者品物类种树苗林田路桥井池塘渠户网屋楼灯会课权头访案';
const PERCENT_UNITS = new Set(['%', '‰', '个百分点', '百分点']);
/** Single characters that are units only when standing alone as a word. */
const LOOSE_SINGLE = new Set(['元', '亩', '吨', '亿', '万', '米']);
/** Counted units that are also plain nouns (产品批次): treated like classifiers. */
const LOOSE_COUNTS = new Set(['课时', '学时', '分钟', '小时', '台次', '场次', '批次', '家次', '户次', '例次', '架次', '美元', '欧元', '港元']);
/** After a count used as the name of a measure (服务人次达到5万, 门诊人次同比增长). */
const MEASURE_FOLLOW = '达为同比较增下均和与及占是有突超累提上减逐稳大明持显创居首再实呈';
const PEOPLE_END = '员工部生师众者口力才客童民兵业亡伤数士';
/** Works counted in places (拆除违建处, 整治黑臭水体处): a works verb opens the clause. */
const SITE_WORK_CLAUSE = /(?:^|[，。；、：])(?:新建|新增|拆除|整治|修复|排查|改造|设置|安装|清理|治理|完成)[^，。；、：]{1,8}$/;
/** Services and measures counted in people (筛查人，体检人，处分人): the count before 人 is gone. */
const PEOPLE_ACTIVITY = new Set(['筛查', '体检', '处分', '救治', '接种', '义诊', '资助', '救助', '安置', '问责', '诫勉', '录用', '转移', '转诊']);
/** Classifiers that count only particular things: the character before must fit. */
const CLASSIFIER_BEFORE: Record<string, string> = {
	人: PEOPLE_END,
	名: PEOPLE_END + '手',
	家: '业司位院行店户市厂构社场点区所校园馆站体团台室堂',
	所: '校园院站室',
	台: '备机器车梯炉术',
	口: '池井塘窖',
	岁: '龄',
	处: '患题点段',
	户: '户庭房众民体厕所',
	例: '诊术治查产娩例',
	天: '日',
	笔: '务款单易贷',
	门: '程课科',
	节: '课',
	分: '分绩',
	期: '班训课息报刊',
	支: '队伍',
	面: '旗',
	封: '信函',
	架: '机',
	栋: '房楼舍',
	根: '桩管杆柱',
	起: '故件灾纷访案情'
};
/** Characters that make a classifier character a noun suffix instead (结构件, 零部件, 铸件). */
const CLASSIFIER_NOT_AFTER: Record<string, string> = { 件: '构部配铸锻零元器附组物' };
/** A counting verb, then a classifier, then the thing counted: 建成个养老服务站. */
const CLASSIFIER_VERBS = [
	...COUNTING_VERBS, '设有', '下辖', '辖', '涉及', '覆盖', '建立', '成立', '创建', '获得', '荣获',
	'惠及', '带动', '辐射', '组建', '建设', '改造', '打造', '培养', '资助', '救助'
];
const CLASSIFIER_FLAG = new Uint8Array(65536);
for (const c of CLASSIFIERS) CLASSIFIER_FLAG[c.charCodeAt(0)] = 1;
const VERB_END_FLAG = new Uint8Array(65536);
for (const v of CLASSIFIER_VERBS) VERB_END_FLAG[v.charCodeAt(v.length - 1)] = 1;
/** Classifiers that also open ordinary words after a verb (覆盖面, 支持): not read before a noun. */
const ATTR_CLASSIFIERS = CLASSIFIERS.replace(/[支面封架根门节分]/g, '');
const VERB_CLASSIFIER_RE = new RegExp(`(?:${alt(CLASSIFIER_VERBS)})了?([${ATTR_CLASSIFIERS}])(?=[\\u4e00-\\u9fff])`, 'g');
// Units and classifiers; the loose ones only where the clause ends right after them (or 的亩),
// so the engine's regex, not JavaScript, filters the many ordinary 人、个、天 in prose.
const LOOSE_ALT = [
	...LOOSE_COUNTS,
	...LOOSE_SINGLE,
	...CLASSIFIERS,
	...STRONG_UNITS.filter((u) => u.length === 2 && u[0] === '万' && CLASSIFIERS.includes(u[1]!))
];
const STRICT_ALT = STRONG_UNITS.filter((u) => !LOOSE_ALT.includes(u));
// The lookbehind drops, inside the regex engine, the many units that follow their figure.
const UNIT_RE = new RegExp(
	`(?<![0-9.])(?:${alt(STRICT_ALT)}|(?:${alt(LOOSE_ALT.filter((u) => u.length > 1))}|[${CLASSIFIERS}元亩吨亿万米])(?=[${escapeRe(CLAUSE_END)}\\r]|$|的|已|/|标准?煤|[（(]套[）)]|[和与及][${CLASSIFIERS}](?:[${escapeRe(CLAUSE_END)}\\r]|$)|以[上内下](?:[${escapeRe(CLAUSE_END)}\\r]|$)))|(?<=的)[元亩吨]`,
	'g'
);
/**
 * For a unit that is the tail of a longer unit (百分点 of 个百分点, 次 of 人次), the heads that
 * make it that longer unit: after a figure the regex skips the head and may land on the tail.
 */
const TAIL_HEADS = new Map<string, string[]>();
for (const whole of [...STRONG_UNITS, ...LOOSE_COUNTS]) {
	for (let cut = 1; cut < whole.length; cut++) {
		const tail = whole.slice(cut);
		if (STRONG_UNITS.includes(tail) || LOOSE_COUNTS.has(tail) || LOOSE_SINGLE.has(tail) || (tail.length === 1 && CLASSIFIERS.includes(tail))) {
			TAIL_HEADS.set(tail, [...(TAIL_HEADS.get(tail) ?? []), whole.slice(0, cut)]);
		}
	}
}
/** 选派年轻干部名常驻一线: people sent or drawn, their count gone before what they do. */
const PEOPLE_SENT_RE = /(?:选派|抽调|派出|派驻|招募)[^，。；、\d]{1,8}?[员部生师众者士工](名|人)(?=[\u4e00-\u9fff])/g;
/** 常住人口户人，: households and people, both figures gone (涉及12户36人 when filled). */
const HOUSEHOLD_PEOPLE_RE = /户(?=人(?:[，。；、,;）)]|$))/g;
/** 荣获等奖: a prize grade with its numeral gone (一等奖, 特等奖 are filled; 等奖项 is prose). */
const PRIZE_RE = /等奖(?![项励品金杯章状牌])/g;
/** A span of time whose length is gone after 提前/由/历时 (提前天通知, 由天缩短到天). */
const TIME_FRAME_RE = /(?:提前|每隔|历时|耗时|用时|由)(天|小时|分钟|个工作日)/g;
/** An age bound with its figure gone (为辖区岁以上老人): 岁以上 never follows a bare noun. */
const AGE_RE = /(?:周岁|岁)(?=以上|以下|及以上)/g;
/** 第 with its number gone: 荣获全县第名, 排名第，. */
const ORDINAL_RE = new RegExp(`第(?=[名次个届期批轮季位层]|[${escapeRe(CLAUSE_END)}]|$)`, 'g');
const CORE_VERBS = ['增长', '下降', '增加', '减少', '提高', '降低', '上升', '下滑', '回落', '增幅', '降幅', '增速', '上涨', '下跌'];
const VERB_RE = new RegExp(`(${alt(CHANGE_VERBS)})(了)?( *)(?=${END}|倍)`, 'g');
const PREFIX_BEFORE = new RegExp(`(?:${alt(CHANGE_PREFIXES)})$`);
const PROSE_BEFORE_CHANGE = /(?:实现了?|保持了?|呈现|出现|继续|持续|均|都|也|有所|略有|稳步|快速|逐步|明显|大幅|小幅|双)$/;
/** Names of statistical indicators that are only ever followed by their figure of change. */
const INDICATOR_BEFORE = /(?:增加值|总产值|生产总值|总值|总额|税金|销售额|营业额|进出口额|出口额|进口额|零售额|成交额|余额)$/;
const QUANTITY_TAIL = /(?:[0-9]|元|%|亿|万|倍|千瓦时|吨|亩|米|家|个|项|户|人|次|所|台|套)$/;
// A colon after 为/达 introduces a list (工作量为：…), so it does not end these slots.
const END_NO_COLON = `[${escapeRe(CLAUSE_END.replace(/[：:]/g, ''))}]|$`;
const RATE_RE = new RegExp(
	`(率|量|额|数|值|比重|占比|面积|规模)(达到|达|为|约为|约|超过|突破|提高到|提高至|下降到|下降至|降至|升至|增至|达至)( *)(?=${END_NO_COLON})`,
	'g'
);
const PLAN_RE = new RegExp(
	`(?:完成|占)[^${escapeRe(CLAUSE_END)}]{0,14}?(?:计划|任务|目标|预算|指标|总量|总数|总额|总值|全[年县市区省镇乡国州]|总)(?:数|任务|目标)?的( *)(?=${END})`,
	'g'
);
const SHARE_RE = new RegExp(`占[^${escapeRe(CLAUSE_END)}]{0,12}?(?:比重|比例|份额)(?:为|达|达到)?( *)(?=${END_NO_COLON})`, 'g');
/** 提高研发投入占营收的比重，: a goal about a share, not a share with its figure gone. */
const SHARE_GOAL = /(?:提高|提升|降低|扩大|增加|加大|优化|稳定|控制|保持)[^，。；]{0,10}$/;
const DATE_RE = /月( *)(日|号)(?![常益趋渐期报记程志用夜间子光本均])/g;
const DATE_BEFORE = '于在至到自从是为止年，,、：:（( ';
const DOT_RE = /(?<![0-9])\.(?=[0-9]*(?:%|个百分点|百分点|倍|亿|万|元))/g;
/** 自月份以来, 于月份完成: a month with its number gone. */
const MONTH_RE = /(?<=[于自从在至到止])月份/g;
/**
 * 于月开工, 于月底前, 20xx年月建成: a month gone before something other than 日. Only after 于
 * (截至月底 is prose for "by the end of this month") or a year written in figures or masks.
 */
const MONTH_GAP_RE = /(?:于|[0-9xX*_]年)月(?![日号份度报刊薪票均季饼球光亮色])/g;
/**
 * Verbs and frames that stand right before a figure (收入完成万元, 投资突破亿元, 不少于人, 约人,
 * 缩短到天): a unit or classifier after them always wants its number, whatever the character
 * before it would otherwise suggest (成 of 完成 is not the 成 of 成千, 过 of 超过 not 超).
 */
const QUANTITY_VERB_BEFORE =
	/(?:完成|达到|突破|超过|超出|不少于|不低于|不超过|不足|约|约为|共计|累计|合计|新增|净增|增加|减少|提前|延长|缩短|缩短到|缩短至|压缩到|压缩至|控制在|稳定在|保持在|维持在|分别达到|分别为|仅用了?|用了|建成|达成|完成了|实现|降至|降到|增至|增到|提高到|提高至|提升到|提升至|下降到|下降至|减少到|减少至|新增|新建|引进|新引进|培育|签约|落地|入驻|帮扶|救治|接诊|培训|举办|发放|慰问|走访|查处|排查|整改|受理|办结|收治|招录|招聘|录取|表彰|吸纳|安置|创办|申报|获批|竣工|投产|关停|淘汰|立案|结案|调解|化解|授课|上课)了?$/;
/** Last characters of those verbs: a cheap test before the regex. */
const QUANTITY_VERB_LAST = '成到破过出于低足约计增加少前长短至在了用现达为产停办取地增处工建录彰扶批报改放查案汰治理约纳结置聘育解训访诊课进问驻';
/** 以上 / 以内 after a unit that closes its clause: a bound on a figure (达到万元以上，). */
const BOUND_AFTER_UNIT = new RegExp(`^以[上内下](?:${END})`);
/** A verb of reaching earlier in the clause (完成投资亿元以上；): the bound is a target. */
const BOUND_VERB_IN_CLAUSE = /(?:完成|达到|确保|力争|突破|超过|稳定在|保持在|控制在|新增|实现)[^，。；、：\s]{0,6}$/;
const ENTREPRENEUR_QUALIFIER = /(?:以上|元|规上|规模以上|限上|新增|新办|入驻|落户)$|(?:关闭|取缔|关停|淘汰|整治|检查|查处|处罚|整改|停产|停业)[^，。；]{0,4}$/;

type Emit = (from: number, to: number, label: string, unit: string, valueKind?: BlankInfo['valueKind']) => void;

function unitSlots(s: string, emit: Emit): void {
	UNIT_RE.lastIndex = 0;
	for (let m = UNIT_RE.exec(s); m; m = UNIT_RE.exec(s)) {
		const u = m[0];
		const i = m.index;
		// Most units follow their figure: reject those first, before any other work.
		const before = s.charCodeAt(i - 1);
		if (before >= 48 && before <= 57) continue;
		// 方面，全面，: a classifier that counts only particular things, after anything else
		// (and not after a verb demanding a figure or a pair's 和) — the commonest reject.
		if (u.length === 1) {
			const only = CLASSIFIER_BEFORE[u];
			const b = s[i - 1]!;
			if (only !== undefined && !only.includes(b) && !QUANTITY_VERB_LAST.includes(b) && !'和与及余万亿 ”」'.includes(b) && !(u === '人' && PEOPLE_ACTIVITY.has(s.slice(i - 2, i))) && u !== '处') continue;
		}
		const heads = TAIL_HEADS.get(u);
		if (heads && heads.some((h) => s.endsWith(h, i))) continue;
		const j = i + u.length;
		const classifier = u.length === 1 && CLASSIFIERS.includes(u);
		const loose =
			classifier || LOOSE_SINGLE.has(u) || LOOSE_COUNTS.has(u) || (u.length === 2 && u[0] === '万' && CLASSIFIERS.includes(u[1]!));
		const next = s[j];
		// Loose units need the clause to end right after them (收入元，) — cheapest test first.
		const afterDe = !classifier && s[i - 1] === '的'; // 3家企业的亩闲置用地: 的 + unit always wants a number
		if (
			loose &&
			!afterDe &&
			!(isClauseEnd(next) || (next === '以' && BOUND_AFTER_UNIT.test(s.slice(j, j + 3))) || (classifier && pairedGap(s, j, u)) || (u === '台' && /^[（(]套/.test(s.slice(j, j + 2))) || next === '的' || next === '已' || (u === '元' && next === '/') || (u === '吨' && /^标(?:准)?煤/.test(s.slice(j, j + 3))))
		)
			continue;
		if (u === '人次' && next !== undefined && MEASURE_FOLLOW.includes(next)) continue;
		let k = i;
		while (k > 0 && s[k - 1] === ' ') k--;
		const spaced = k < i;
		// 工业总产值 亿元 126.8: a flattened table row (name, unit, figure), not a gap.
		if (spaced && /^ +[0-9]/.test(s.slice(j, j + 4))) continue;
		// 门诊人次、住院人次分别增长…: counts named as measures in a list, not gaps.
		if ((LOOSE_COUNTS.has(u) || u === '人次') && next === '、' && /^[^。；\n]*(?:分别|均)/.test(s.slice(j, j + 40))) continue;
		let p = s[k - 1];
		let shifted = false;
		// 聘请“招商大使”名。: the counted thing is a quoted name, closed right before the classifier.
		const quoted = classifier && !spaced && (p === '”' || p === '」') && isHan(s[k - 2]) && '名个家户项人'.includes(u) && isClauseEnd(s[i + 1]);
		if (p === undefined) continue;
		if (spaced && loose && !isClauseEnd(next)) continue;
		// 建筑面积万平方米, 帮扶群众余人: a magnitude or 余 whose own figure is gone. The gap
		// sits before it; after a numeral or a vague word (数万, 十余, 近万) it is filled.
		if (!spaced && (p === '余' || ((p === '万' || p === '亿') && u[0] !== '万' && u[0] !== '亿'))) {
			const pp = s[k - 2];
			if (pp === undefined || !isHan(pp) || isCnNumeral(pp) || VAGUE_BEFORE_UNIT.includes(pp)) continue;
			if (p === '余' && '其业剩盈结节多富有残'.includes(pp)) continue; // 其余, 业余, 剩余
			k--;
			p = pp;
			shifted = true;
		}
		// 人数人, 户数户: 数 ending a noun, not the vague 数 of 数十.
		const countNoun = p === '数' && '人户次件家个项所场'.includes(s[k - 2] ?? '');
		if (isDigit(p) || (isCnNumeral(p) && !countNoun) || MASK.includes(p) || p === '.' || p === '〇') continue;
		// 期 after a verb is a noun suffix (突破期, 攻坚期), never the count it is after 培训班.
		// 分别达到家和家: the second count of a pair whose first is also gone.
		const secondOfPair = classifier && !spaced && '和与及'.includes(p) && s[k - 2] === u && !isDigit(s[k - 3]) && !isCnNumeral(s[k - 3]);
		const verbBefore =
			secondOfPair ||
			(!spaced && !shifted && u !== '期' && QUANTITY_VERB_LAST.includes(p) && QUANTITY_VERB_BEFORE.test(s.slice(Math.max(0, k - 4), k)));
		if (!spaced && !verbBefore && VAGUE_BEFORE_UNIT.includes(p)) continue;
		// 保证课时: a noun; only 完成课时， / 累计学时 after a verb asks for the figure.
		if ((u === '课时' || u === '学时') && !verbBefore) continue;
		if (isLatin(p) && !/^[A-Z]{2}$/.test(s.slice(Math.max(0, k - 2), k))) continue;
		if (u.includes('元') && CURRENCY_NAME_BEFORE.includes(p)) continue;
		if (p === '：' || p === ':') {
			if (s.endsWith('单位', k - 1)) continue;
		} else if (!isHan(p) && !isLatin(p) && !quoted && !(p === '、' && listAfterGap(s, k - 1))) continue;
		// 亿元以上项目 names a class; a percentage never does (控制在%以内 wants its figure).
		const bound =
			next === '以' &&
			BOUND_AFTER_UNIT.test(s.slice(j, j + 3)) &&
			(verbBefore || classifier || BOUND_VERB_IN_CLAUSE.test(s.slice(Math.max(0, k - 10), k)));
		if (!bound && next !== undefined && CATEGORY_FIRST.has(next) && !PERCENT_UNITS.has(u) && CATEGORY_AFTER_UNIT.some((c) => s.startsWith(c, j))) continue;
		if (u === '亩' && (next === '产' || next === '均')) continue;
		const fits =
			quoted ||
			(u === '处' && !'之到各此出难好用益长短坏深住去何某'.includes(p) && SITE_WORK_CLAUSE.test(s.slice(Math.max(0, k - 10), k))) ||
			(classifier && CLASSIFIER_BEFORE[u] !== undefined && (CLASSIFIER_BEFORE[u]!.includes(p) || (u === '人' && PEOPLE_ACTIVITY.has(s.slice(k - 2, k)))));
		if (classifier && !verbBefore && CLASSIFIER_BEFORE[u] && !fits) continue;
		if (classifier && CLASSIFIER_WORDS.some((w) => w[1] === u && w[0] === p)) continue;
		if (classifier && CLASSIFIER_NOT_AFTER[u]?.includes(p)) continue;
		if (loose && u.length === 1 && !shifted) {
			if (classifier && !countingClause(s, i, u)) continue;
			if (u === '米' && '玉大稻小糯黑籼粳虾海开香粟谷纳'.includes(p)) continue;
			const [ps, ws] = wordsAround(s, i);
			if (ws !== i && !eventCount(s, i, u) && !secondOfPair) continue; // 国家, 专家, 单元, 其次: the character belongs to a word
			// The counted thing is a noun of two or more characters (企业|家, 岗位|个) or ends in a
			// noun-forming character (教学班|个) or one its classifier counts (合作社|家); a lone
			// verb before it belongs with it (立|项) unless it demands a figure (完成|根).
			if (classifier && i - ps < 2 && !NOUN_SUFFIX_CHARS.includes(p) && !fits && !verbBefore) continue;
		} else if (LOOSE_COUNTS.has(u)) {
			const [ws] = wordAt(s, i);
			// 门店家次: the segmenter glues 家 to the noun (店家); it still counts visits to shops.
			const glued = u.length === 2 && CLASSIFIER_BEFORE[u[0]!]?.includes(p) === true;
			if (ws !== i && !eventCount(s, i, u) && !glued) continue;
		}
		const labelEnd = p === '：' || p === ':' ? k - 1 : k;
		const valueKind = u === '%' || u === '个百分点' || u === '百分点' || u === '‰' ? 'percent' : 'number';
		const at = spaced ? k : k < i ? k : i;
		emit(at, spaced ? i : at, measureBefore(s, labelEnd), u, valueKind);
	}
}

/**
 * 推介会场，展会场次: 场 counting events named by a word ending in 会 (推介会, 恳谈会, 招聘会),
 * which the segmenter reads as 会场 ("venue"). 主会场, 布置会场 keep the venue.
 */
/** 接待来访批次、人次: a unit after 、 whose list neighbour is a unit with its own figure gone. */
const UNIT_TAIL_RE = new RegExp(`(?:${alt(STRONG_UNITS)}|${alt([...LOOSE_COUNTS])}|[${CLASSIFIERS}])$`);
function listAfterGap(s: string, comma: number): boolean {
	const m = UNIT_TAIL_RE.exec(s.slice(Math.max(0, comma - 5), comma));
	if (!m) return false;
	const b = s[comma - m[0].length - 1];
	return isHan(b) && !isCnNumeral(b) && !VAGUE_BEFORE_UNIT.includes(b!) && isHan(s[comma + 1]);
}

/** 达到家和家，: a classifier followed by 和 and the same classifier closing the clause. */
function pairedGap(s: string, j: number, u: string): boolean {
	return '和与及'.includes(s[j] ?? '') && s[j + 1] === u && isClauseEnd(s[j + 2]);
}

function eventCount(s: string, i: number, u: string): boolean {
	return (u === '场' || u === '场次') && s[i - 1] === '会' && '介谈展聘接明布训讲摩流面洽销享证'.includes(s[i - 2] ?? '');
}

/**
 * Whether a classifier after a noun counts it (新增规上企业家；) rather than being read into a
 * word (企业家精神 is caught by the clause-end test before this; 优秀企业家。 here).
 */
function countingClause(s: string, i: number, u: string): boolean {
	if (u !== '家' || !s.endsWith('企业', i)) return true;
	let c = i;
	while (c > 0 && i - c < 20 && !'，。；、！？,;!?'.includes(s[c - 1]!)) c--;
	const clause = s.slice(c, i - 2);
	if (ENTREPRENEUR_QUALIFIER.test(clause)) return true;
	// 规模以上工业企业家，龙头企业家，专精特新中小企业家: a class of firms, so 家 counts them —
	// unless a word for people stands right before 企业 (优秀企业家, 民营企业家).
	return ENTERPRISE_CLASS.test(clause) && !ENTREPRENEUR_PEOPLE.test(clause);
}
const ENTERPRISE_CLASS = /规模以上|规上|限额以上|限上|龙头|入规|入库|中小|小巨人|专精特新|高新技术|科技型|商贸|外资|外商投资|上市|骨干|重点|工业|商贸|入园|签约|净增|达到|累计/;
const ENTREPRENEUR_PEOPLE = /(?:优秀|民营|知名|青年|杰出|著名|广大|乡贤|本土|新生代|私营|女|籍|家|个体)$/;

/** Whether some classifier follows the last character of a counting verb (a cheap table scan). */
/**
 * One cheap table scan over a line: bit 1 when a classifier follows the end of a counting verb,
 * bit 2 when one of the frame classifiers follows the end of a frame (，个, 等家, 全县个).
 */
function classifierSites(s: string): number {
	let bits = 0;
	for (let i = 1; i < s.length; i++) {
		const c = s.charCodeAt(i);
		const f = SITE_FLAG[c]!;
		if (f === 0) continue;
		const p = s.charCodeAt(i - 1);
		if (f & 1 && (VERB_END_FLAG[p] === 1 || (p === 0x4e86 && i > 1 && VERB_END_FLAG[s.charCodeAt(i - 2)] === 1))) bits |= 1;
		if (f & 2 && FRAME_END_FLAG[p] === 1) bits |= 2;
		if (f & 4 && TIME_END_FLAG[p] === 1) bits |= 4;
		if (f & 8 && (p === 0x4e8e || p === 0x5e74)) bits |= 8; // 于月, 年月
	}
	return bits;
}

/**
 * Frames that put a count right before "classifier + noun" without a counting verb: a clause or
 * list start (，个党支部, 、名困难群众), 等 closing a list (A、B等家银行), a whole area (全县个
 * 行政村), a target or duration (压缩至个工作日, 仅用了个月), a recipient (为户家庭, 在个小区).
 * Only the classifiers that usually open such a count; 人 and 天 begin too many words.
 */
const FRAME_CLASSIFIER_RE = /[，、；：等县镇区市乡省村院校厂有余助的为向在对驻派到至了用时进退升位]([个家名户所项座])(?=[\u4e00-\u9fff])/g;
const FRAME_BEFORE = /(?:[，、；：]|等|全[县镇区市乡省村院校厂]|有|剩余|其余|帮助|辖区|的|为|向|在|对|派驻|选派|分解到|分解为|压缩至|压缩到|缩短至|缩短到|用了|仅用|历时|耗时|前进|后退|上升|提升|跃升|进位)$/;
/** Per character: 1 classifier, 2 frame classifier, 4 start of a time unit, 8 月. */
const SITE_FLAG = new Uint8Array(65536);
for (const c of CLASSIFIERS) SITE_FLAG[c.charCodeAt(0)]! |= 1;
for (const c of '个家名户所项座') SITE_FLAG[c.charCodeAt(0)]! |= 2;
for (const c of '天小分个') SITE_FLAG[c.charCodeAt(0)]! |= 4;
SITE_FLAG['月'.charCodeAt(0)]! |= 8;
const TIME_END_FLAG = new Uint8Array(65536);
for (const c of '前隔时由') TIME_END_FLAG[c.charCodeAt(0)] = 1;
const FRAME_END_FLAG = new Uint8Array(65536);
for (const c of '，、；：等县镇区市乡省村院校厂有余助的为向在对驻派到至了用时进退升位') FRAME_END_FLAG[c.charCodeAt(0)] = 1;
const DURATION_FRAME = /(?:用了|仅用|历时|耗时)$/;

function classifierBeforeNoun(s: string, re: RegExp, emit: Emit): void {
	const framed = re === FRAME_CLASSIFIER_RE;
	for (let m = re.exec(s); m; m = re.exec(s)) {
		const i = m.index + m[0].length - 1;
		if (framed && !FRAME_BEFORE.test(s.slice(Math.max(0, i - 3), i))) continue;
		// 被检查人, 被帮扶人: a passive verb before the classifier names a party, not a count.
		if (!framed && s[m.index - 1] === '被') continue;
		// 所 + verb is a nominal (所辖, 所需, 所获); as a classifier it counts schools and clinics.
		if (framed && s[i] === '所' && !'学医中小幼卫养敬福诊'.includes(s[i + 1]!)) continue;
		if (CLASSIFIER_HEAD_WORDS.has(s.slice(i, i + 2))) continue;
		// 四、家校共育: a heading number, not a list.
		if (s[i - 1] === '、' && (isCnNumeral(s[i - 2]) || isDigit(s[i - 2]))) continue;
		const [ws, we] = wordAt(s, i);
		if (ws !== i || we !== i + 1) continue; // 开展个人谈话, 新增个体户: the classifier is inside a word
		// The counted thing follows as a word of its own (个|养老服务站); a single character
		// after the classifier is usually a word with it that the segmenter split (人|居, 台|账).
		const [ns, ne] = wordAt(s, i + 1);
		const month = m[1] === '个' && s[i + 1] === '月' && DURATION_FRAME.test(s.slice(Math.max(0, i - 2), i));
		// After a frame (等, 全县, 辖区), a noun the segmenter does not know (低|保|家庭) still counts
		// when two characters follow that are not a word with the classifier.
		const unknownNoun =
			framed && ne - ns < 2 && !'的得了着过和与及或在是也都就有'.includes(s[i + 1]!) && isHan(s[i + 2]) && wordAt(s, i + 2)[0] === i + 2;
		if (!month && (ns !== i + 1 || (ne - ns < 2 && !unknownNoun && !'村镇乡校站点厂店馆园党'.includes(s[i + 1]!)))) continue;
		let le = i + 1;
		while (le < s.length && le < i + 7 && !isClauseEnd(s[le])) le++;
		emit(i, i, s.slice(i + 1, le), m[1]!, 'number');
	}
}

function verbClassifierSlots(s: string, emit: Emit, sites: number): void {
	VERB_CLASSIFIER_RE.lastIndex = 0;
	if (sites & 1) classifierBeforeNoun(s, VERB_CLASSIFIER_RE, emit);
	FRAME_CLASSIFIER_RE.lastIndex = 0;
	if (sites & 2) classifierBeforeNoun(s, FRAME_CLASSIFIER_RE, emit);
	TIME_FRAME_RE.lastIndex = 0;
	for (let m = sites & 4 ? TIME_FRAME_RE.exec(s) : null; m; m = TIME_FRAME_RE.exec(s)) {
		const i = m.index + m[0].length - m[1]!.length;
		const [ws, we] = wordAt(s, i);
		if (ws !== i || we !== i + m[1]!.length) continue; // 由天津, 提前天亮: part of a word
		if (m[0].startsWith('由') && !/^[^，。；]{0,8}(?:缩短|减少|降|压缩|提高|增加|延长)/.test(s.slice(i + m[1]!.length, i + 16))) continue;
		emit(i, i, m[0].slice(0, m[0].length - m[1]!.length), m[1]!, 'number');
	}
	PEOPLE_SENT_RE.lastIndex = 0;
	for (let m = s.includes('派') || s.includes('抽调') || s.includes('招募') ? PEOPLE_SENT_RE.exec(s) : null; m; m = PEOPLE_SENT_RE.exec(s)) {
		const i = m.index + m[0].length - 1;
		if (CLASSIFIER_HEAD_WORDS.has(s.slice(i, i + 2)) || /^[名人](?:单|称|字|义|誉|额|民|们|心|格|生|事|才|员|口)/.test(s.slice(i, i + 2))) continue;
		const [ws, we] = wordAt(s, i);
		if (ws !== i || we !== i + 1) continue;
		emit(i, i, s.slice(m.index + 2, i).slice(-8), m[1]!, 'number');
	}
	HOUSEHOLD_PEOPLE_RE.lastIndex = 0;
	for (let m = s.includes('户人') ? HOUSEHOLD_PEOPLE_RE.exec(s) : null; m; m = HOUSEHOLD_PEOPLE_RE.exec(s)) {
		const p = s[m.index - 1];
		if (!isHan(p) || isCnNumeral(p) || '每这那该此各本农用住客散大'.includes(p!)) continue;
		emit(m.index, m.index, measureBefore(s, m.index), '户', 'number');
		emit(m.index + 1, m.index + 1, measureBefore(s, m.index), '人', 'number');
	}
	PRIZE_RE.lastIndex = 0;
	for (let m = s.includes('等奖') ? PRIZE_RE.exec(s) : null; m; m = PRIZE_RE.exec(s)) {
		const p = s[m.index - 1];
		if (!isHan(p) || isCnNumeral(p) || '特同优'.includes(p!)) continue;
		emit(m.index, m.index, '获奖等级', '等奖', 'number');
	}
	AGE_RE.lastIndex = 0;
	for (let m = s.includes('岁以') ? AGE_RE.exec(s) : null; m; m = AGE_RE.exec(s)) {
		const p = s[m.index - 1];
		if (!isHan(p) || isCnNumeral(p) || '满到至'.includes(p!)) continue;
		emit(m.index, m.index, '年龄', '岁', 'number');
	}
	ORDINAL_RE.lastIndex = 0;
	for (let m = s.includes('第') ? ORDINAL_RE.exec(s) : null; m; m = ORDINAL_RE.exec(s)) {
		const p = s[m.index - 1];
		if (p === '次' || p === '府' || p === '宅' || p === '门' || p === '及' || p === '落') continue;
		emit(m.index + 1, m.index + 1, '名次', '', 'number');
	}
}

function verbSlots(s: string, emit: Emit): void {
	VERB_RE.lastIndex = 0;
	for (let m = VERB_RE.exec(s); m; m = VERB_RE.exec(s)) {
		const verb = m[1]!;
		const v = m.index;
		const prefix = PREFIX_BEFORE.exec(s.slice(Math.max(0, v - 6), v))?.[0] ?? '';
		// 实现同比增长、环比回升: a change named as an achievement, not a figure left out.
		if (prefix && PROSE_BEFORE_CHANGE.test(s.slice(Math.max(0, v - prefix.length - 4), v - prefix.length))) continue;
		const e = v + verb.length + (m[2] ? 1 : 0);
		const spaces = m[3]!.length;
		const after = m.index + m[0].length;
		// 同比增长：5.2% — a colon that introduces the figure.
		if ((s[after] === '：' || s[after] === ':') && /^[：:] *[0-9-]/.test(s.slice(after, after + 4))) continue;
		if (s[after] === '倍') {
			const n2 = s[after + 1];
			if (n2 !== undefined && '增数率'.includes(n2)) continue;
			emit(e, e + spaces, prefix + verb, '倍', 'number');
			continue;
		}
		let measured = prefix !== '';
		if (!measured && CORE_VERBS.includes(verb)) {
			let w = v;
			while (w > 0 && (s[w - 1] === ' ' || s[w - 1] === '\t')) w--;
			if (w === 0) measured = true; // the line starts with it (同比⏎增长，)
			else if ('，、,;；'.includes(s[v - 1]!) && QUANTITY_TAIL.test(s.slice(Math.max(0, v - 12), v - 1))) measured = true;
			// 工业增加值增长，: a statistical indicator (not prose like 收入增长) whose change lost its figure.
			else if (w === v && INDICATOR_BEFORE.test(s.slice(Math.max(0, v - 5), v))) measured = true;
		}
		if (!measured) continue;
		emit(e, e + spaces, prefix + verb, '%', 'percent');
	}
}

/**
 * A ratio with its terms gone (结构调整为：：。, 之比达到：1, 收入比缩小到：1): only after a
 * word for a ratio or structure earlier in the clause, so 主要做法为： opening a list is quiet.
 */
const RATIO_TERMS_RE = /[为到至达]((?:[0-9.]*[：:])+[0-9.]*)(?=[，。；,;）)]|$)/g;
const RATIO_WORD_BEFORE = /(?:比|结构|比例|配比|比值)[^，。；]{0,8}$/;
/** 占营业收入的，: a share whose figure is gone before a comma (the plan/total forms are above). */
const SHARE_OF_RE = new RegExp(
	`占[^${escapeRe(CLAUSE_END)}]{0,10}?(?:收入|支出|总额|总量|总数|总值|产值|增加值|面积|人口|投资|资产|利润|成本|费用|税收|营收|销售额|GDP|比重)的( *)(?=${END})`,
	'g'
);

function ratioTermSlots(s: string, emit: Emit): void {
	RATIO_TERMS_RE.lastIndex = 0;
	const ratio = (s.includes('：') || s.includes(':')) && (s.includes('比') || s.includes('结构'));
	for (let m = ratio ? RATIO_TERMS_RE.exec(s) : null; m; m = RATIO_TERMS_RE.exec(s)) {
		const terms = m[1]!.split(/[：:]/);
		const start = m.index + 1;
		// Needs a ratio word before, and at least two colons or one filled term (为： alone opens a list).
		if (!RATIO_WORD_BEFORE.test(s.slice(Math.max(0, start - 12), start))) continue;
		if (terms.length < 3 && terms.every((t) => t === '')) continue;
		if (terms.every((t) => t !== '')) continue;
		const label = measureBefore(s, start - 1) || '比例';
		let at = start;
		for (const t of terms) {
			if (t === '') emit(at, at, label, '', 'number');
			at += t.length + 1;
		}
	}
	SHARE_OF_RE.lastIndex = 0;
	for (let m = s.includes('占') ? SHARE_OF_RE.exec(s) : null; m; m = SHARE_OF_RE.exec(s)) {
		if (SHARE_GOAL.test(s.slice(Math.max(0, m.index - 12), m.index))) continue;
		const end = m.index + m[0].length;
		const spaces = m[1]!.length;
		emit(end - spaces, end, m[0].trim().slice(-10), '%', 'percent');
	}
}

/**
 * A Markdown table row whose figures are partly gone: an empty cell in a row that holds other
 * figures (| 营业收入（万元） |  | 18,620 |), or a cell holding only its unit (| % |).
 */
function tableCellSlots(s: string, emit: Emit): void {
	if (s.charCodeAt(0) !== 124 || !/[0-9]/.test(s) || /^\|?[\s:|-]+$/.test(s)) return;
	const cells: Array<[number, number]> = [];
	let start = 1;
	for (let i = 1; i < s.length; i++) {
		if (s[i] === '|' && s[i - 1] !== '\\') {
			cells.push([start, i]);
			start = i + 1;
		}
	}
	if (cells.length < 3) return;
	const label = s.slice(cells[0]![0], cells[0]![1]).trim();
	if (!label || !cells.slice(1).some(([a, b]) => /[0-9]/.test(s.slice(a, b)))) return;
	const unit = /[（(]([^）)]+)[）)]/.exec(label)?.[1] ?? '';
	for (const [a, b] of cells.slice(1)) {
		const cell = s.slice(a, b);
		if (/^ *$/.test(cell)) {
			const at = Math.min(a + 1, b);
			emit(at, at, label.replace(/[（(][^）)]*[）)]/, ''), unit, 'number');
		} else {
			const u = /^( *)(%|‰|个百分点) *$/.exec(cell);
			if (u) emit(a + u[1]!.length, a + u[1]!.length, label, u[2]!, 'percent');
		}
	}
}

function ratioSlots(s: string, emit: Emit): void {
	// Cheap guards: a ratio needs a colon and a ratio word, a share needs 占.
	if (((s.includes('：') || s.includes(':')) && (s.includes('比') || s.includes('结构'))) || s.includes('占')) ratioTermSlots(s, emit);
	tableCellSlots(s, emit);
	for (const re of [RATE_RE, PLAN_RE, SHARE_RE]) {
		// Cheap guards: a plan ratio needs 的, a share needs 占.
		if ((re === PLAN_RE && !s.includes('的')) || (re === SHARE_RE && !s.includes('占'))) continue;
		re.lastIndex = 0;
		for (let m = re.exec(s); m; m = re.exec(s)) {
			const end = m.index + m[0].length;
			if (re === SHARE_RE && SHARE_GOAL.test(s.slice(Math.max(0, m.index - 12), m.index))) continue;
			const spaces = /( *)$/.exec(m[0])![1]!.length;
			let label = m[0].trim();
			if (re === RATE_RE) label = measureBefore(s, m.index + m[1]!.length) || label;
			if (label.length > 10) label = label.slice(-10);
			const unit = re === RATE_RE && !/率|比/.test(m[1]!) ? '' : '%';
			emit(end - spaces, end, label, unit, unit ? 'percent' : 'number');
		}
	}
	DOT_RE.lastIndex = 0;
	for (let m = s.includes('.') ? DOT_RE.exec(s) : null; m; m = DOT_RE.exec(s)) {
		const p = s[m.index - 1];
		if (p !== undefined && !isHan(p) && p !== ' ') continue;
		emit(m.index, m.index, measureBefore(s, m.index), '%', 'percent');
	}
}

interface DateEmit {
	(from: number, to: number, part: 'year' | 'month' | 'day'): void;
}

function dateSlots(s: string, emit: DateEmit, sites: number): void {
	DATE_RE.lastIndex = 0;
	for (let m = s.includes('月') ? DATE_RE.exec(s) : null; m; m = DATE_RE.exec(s)) {
		let mStart = m.index;
		while (mStart > 0 && s[mStart - 1] === ' ') mStart--;
		const monthSpaces = m.index - mStart;
		const before = s[mStart - 1];
		if (before !== undefined && !DATE_BEFORE.includes(before)) continue;
		// A line that starts with 月日 is a heading fragment, not a date.
		if (before === undefined && monthSpaces === 0) continue;
		if (/(?:出生|生)年$/.test(s.slice(Math.max(0, mStart - 3), mStart))) continue;
		const monthAt = mStart;
		const dayAt = m.index + 1;
		if (before === '年') {
			let q = mStart - 1;
			let r = q;
			while (r > 0 && s[r - 1] === ' ') r--;
			const y = s[r - 1];
			if (!isDigit(y) && !isCnNumeral(y) && !(y !== undefined && MASK.includes(y))) {
				if (r < q) emit(r, q, 'year');
				else if (y === undefined || isHan(y) || /[\p{P}]/u.test(y)) emit(q, q, 'year');
			}
		}
		emit(monthAt, monthAt + monthSpaces, 'month');
		emit(dayAt, dayAt + m[1]!.length, 'day');
	}
	MONTH_RE.lastIndex = 0;
	for (let m = s.includes('月份') ? MONTH_RE.exec(s) : null; m; m = MONTH_RE.exec(s)) emit(m.index, m.index, 'month');
	MONTH_GAP_RE.lastIndex = 0;
	for (let m = sites & 8 ? MONTH_GAP_RE.exec(s) : null; m; m = MONTH_GAP_RE.exec(s)) {
		const at = m.index + m[0].length - 1;
		if (s[at - 1] === '年' && s.endsWith('于', at)) continue;
		// 由于月初降雨, 对于月度考核: 于 inside a word, not the 于 of a date.
		if (s[at - 1] === '于' && '由对关属至等处位终基鉴善便易过'.includes(s[at - 2] ?? '')) continue;
		// 每月于月初下达任务: a monthly routine, where 月初 is "the start of the month".
		if (s[at - 1] === '于' && /(?:每|按|当|次|本|逐)个?月/.test(s.slice(Math.max(0, s.lastIndexOf('。', at) + 1), at))) continue;
		emit(at, at, 'month');
	}
}

const DATE_PART: Record<'year' | 'month' | 'day', string> = { year: '年份', month: '月份', day: '日期' };

export const missingNumber = defineRule({
	meta: {
		id: 'missing-number',
		category: 'blank',
		defaultSeverity: 'error',
		messages: { missing: M.missingNumber.missing, missingDate: M.missingNumber.missingDate, missingYear: M.missingNumber.missingYear },
		description: M.missingNumber.description
	},
	scope: 'paragraph',
	create(ctx: RuleContext) {
		const s = foldedOf(ctx);
		const seen = new Set<number>();
		const emit: Emit = (from, to, label, unit, valueKind = 'number') => {
			if (seen.has(from)) return;
			seen.add(from);
			const what = label && unit ? `${label}（${unit}）` : label || (unit ? `（${unit}）` : '数值');
			ctx.report({ from, to, messageId: 'missing', data: { what }, blank: { kind: 'missing-number', label, unit, valueKind } });
		};
		unitSlots(s, emit);
		verbSlots(s, emit);
		const sites = classifierSites(s);
		verbClassifierSlots(s, emit, sites);
		ratioSlots(s, emit);
		dateSlots(
			s,
			(from, to, part) => {
			if (seen.has(from)) return;
			seen.add(from);
			if (part === 'year') {
				ctx.report({ from, to, messageId: 'missingYear', blank: { kind: 'missing-number', label: '年份', unit: '年', valueKind: 'year' } });
				return;
			}
			ctx.report({
				from,
				to,
				messageId: 'missingDate',
				data: { part: DATE_PART[part] },
				blank: { kind: 'missing-number', label: DATE_PART[part], unit: part === 'month' ? '月' : '日', valueKind: 'date' }
			});
			},
			sites
		);
	}
});
