import { describe, expect, test } from 'vitest';
import { ruleTable, isBlank } from './helpers';
import { CLASSIFIER_END_WORDS, classifierWordEnding } from '$lib/check/lexicon';

/**
 * Three facts about a classifier standing bare (nothing before it) at the end of a clause:
 * 1. it may be the last character of a word (困难户, 停车场, 楼栋, 奖项): then no figure is gone;
 * 2. a sibling item stating figure + classifier of the same kind (特困供养12人) makes it a count
 *    all the same, even where it could end a word (低保户);
 * 3. after a verb of quantity or a measure of number (数, 量, 总数), or after 的 closing a
 *    description, the bare classifier is a count whose figure is gone.
 * Our own sentences, filled (valid) and with the figure gone (invalid).
 */
describe('words that end in a classifier character (lexicon CLASSIFIER_END_WORDS)', () => {
	test('every group has its words in its example and its classifier as their last character', () => {
		for (const g of CLASSIFIER_END_WORDS) {
			expect(g.words.some((w) => g.example.includes(w)), g.why).toBe(true);
			for (const w of g.words) expect(w.length, w).toBeGreaterThanOrEqual(2);
		}
	});
	test('the owner answers for the words of the table and not for a count', () => {
		expect(classifierWordEnding('结对联系困难户，', 6)).toBe(3);
		expect(classifierWordEnding('新建停车场。', 4)).toBe(3);
		expect(classifierWordEnding('走访企业家', 4)).toBe(0);
		expect(classifierWordEnding('慰问群众户，', 4)).toBe(0);
	});
	ruleTable('a word ending in a classifier character is no count', isBlank, {
		valid: [
			'机关党员结对联系困难户，逢年过节上门走访。',
			'景区新建停车场、游客服务中心等配套设施。',
			'民警帮助走失老人、迷路儿童安全回家。',
			'网格服务延伸到小区、楼栋。',
			'规范农贸市场、夜市的经营秩序。',
			'学校选送的作品荣获市级技能大赛奖项。',
			'内审中未发现严重不符合项。',
			'，个险渠道新单保费增长较快。',
			'进一步梳理群众反映的热点事项。',
			'其中两篇获市级奖项。'
		],
		invalid: ['全年走访困难群众⟦⟧户，慰问老党员⟦⟧人。', '新建公共停车场⟦⟧个，增加车位⟦⟧个。', '学生在市级技能大赛获奖⟦⟧项，现有教职工⟦⟧人。', '“文化进万家”演出⟦⟧场，放映公益电影⟦⟧场。']
	});
});

describe('a sibling item that states its count', () => {
	ruleTable('figure + classifier of the same kind beside a bare classifier', isBlank, {
		valid: [
			'全村纳入低保36户、特困供养12人。',
			'荣获一等奖2项、二等奖5项。',
			'干部带头联系困难户，每人联系3户。',
			'帮助老人、儿童等86人找到亲属。',
			'查处酒驾6起（醉驾2起），超速行驶15起。'
		],
		invalid: [
			'全村纳入低保⟦⟧户、特困供养12人。',
			'今年享受临时救助⟦⟧户、医疗救助230人次。',
			'查处酒驾6起（醉驾2起），超速行驶⟦⟧起，无证驾驶⟦⟧起。'
		]
	});
});

describe('a measure of number, a verb of quantity or a description before the bare classifier', () => {
	ruleTable('数, 量, 总数 right before the classifier', isBlank, {
		valid: ['网上申请量1860件，日均办件量45件。', '年末职工总数312人，辖区出生数96人。', '加强总量控制，提高办件质量。'],
		invalid: ['网上申请量⟦⟧件，日均办件量⟦⟧件。', '年末职工总数⟦⟧人，其中专业技术人员⟦⟧人。', '辖区全年出生数⟦⟧人，无新生儿死亡。']
	});
	ruleTable('仅有, 仅为, 低于 before the count', isBlank, {
		valid: ['全镇持证兽医仅有3人，人员数仅为标准的一半。', '全镇执业兽医仅有3人，低于5名的标准。', '为人低调，仅为个人意见。'],
		invalid: ['全镇持证兽医仅有⟦⟧人，人员数仅为⟦⟧人。', '全镇执业兽医仅有⟦⟧人，低于⟦⟧名的标准。']
	});
	ruleTable('的 closing a description, then the count', isBlank, {
		valid: [
			'已经办结的86件，占总数的九成。',
			'投资5亿元以上的12个，列入省重点的3个。',
			'这是我们的家，也是大家的。',
			'关心身边的人，帮助需要帮助的人。',
			'做好群众来信来访的件件落实。'
		],
		invalid: ['已经办结的⟦⟧件，占总数的九成。', '投资5亿元以上的⟦⟧个，列入省重点的⟦⟧个。', '课时超过规定的⟦⟧节。']
	});
	ruleTable('a noun ending like a preposition (意向, 方向) before the count', isBlank, {
		valid: ['招聘会上达成就业意向126人。', '明确主攻方向，面向基层。'],
		invalid: ['招聘会上达成就业意向⟦⟧人。', '现场达成用工意向⟦⟧人。']
	});
});

describe('more evidence that a bare classifier is a count', () => {
	ruleTable('a rate base (每万人口) is no figure of the item', isBlank, {
		valid: ['每万人口配备家庭医生3名。', '全市每千人拥有企业42户。'],
		invalid: ['每万人口配备家庭医生⟦⟧名。', '全市每千人拥有市场主体⟦⟧户，其中企业⟦⟧户。']
	});
	ruleTable('的 + classifier + a noun it counts', isBlank, {
		valid: ['对热线转办的36件工单逐件回访。', '做好群众来信的登记。'],
		invalid: ['对热线转办的⟦⟧件工单逐件回访，上级交办的⟦⟧件信访件全部办结。']
	});
	ruleTable('teams and their people, both figures gone', isBlank, {
		valid: ['组建应急队伍6支320人。', '支援队伍人员充足。'],
		invalid: ['组建应急队伍⟦⟧支⟦⟧人，储备物资⟦⟧万元。']
	});
	ruleTable('a mean per household or per day before the classifier', isBlank, {
		valid: ['全村户均3人，日均接待12人次。', '人均可支配收入持续增长。'],
		invalid: ['常住居民户均⟦⟧人，日均新登记⟦⟧户。']
	});
	ruleTable('近 + classifier closing the clause', isBlank, {
		valid: ['征集老物件近千件，附近居民踊跃参与。', '最近两年发展迅速。'],
		invalid: ['征集老照片近⟦⟧张，口述史料⟦⟧份。']
	});
	ruleTable('a run of short bare counts across commas', isBlank, {
		valid: ['转出学生2人，休学1人。'],
		invalid: ['全年办理转入学籍⟦⟧人、转出⟦⟧人，休学⟦⟧人。']
	});
	ruleTable('a prize grade after a list item of grades', isBlank, {
		valid: ['在市级评比中获一等奖3项、二等奖5项。'],
		invalid: ['在市级评比中获一等奖⟦ ⟧项、二等奖⟦⟧项。']
	});
	ruleTable('plan and outcome in sibling clauses', isBlank, {
		valid: ['今年单独招生计划860人，实际录取812人。'],
		invalid: ['今年单独招生计划⟦⟧人，实际录取812人。']
	});
	ruleTable('a bracket in the item before counts the same kind', isBlank, {
		valid: ['查处酒后驾驶12起（醉驾3起），超速行驶15起。'],
		invalid: ['查处酒后驾驶⟦⟧起（醉驾3起），超速行驶⟦⟧起。']
	});
	ruleTable('verbs of quantity and of launching by role', isBlank, {
		valid: ['专业总数调整为36个。', '试点由2个乡镇扩大到5个乡镇，年内上线3个服务系统。', '今年秋季新生报名320人。'],
		invalid: ['专业总数调整为⟦⟧个。', '试点由2个乡镇扩大到⟦⟧个乡镇，年内上线⟦⟧个服务系统。', '今年秋季新生报名⟦⟧人，较上年增加15人。']
	});
	ruleTable('nouns the classifier counts (collocations)', isBlank, {
		valid: ['办理上级来文260件，抽查教案和作业480本。', '整治环境问题点位56处。'],
		invalid: ['办理上级来文⟦⟧件，抽查教案和作业⟦⟧本。', '整治环境问题点位⟦⟧处，清运垃圾1200吨。']
	});
	ruleTable('an area word glued to the classifier by the segmenter, a noun it counts after', isBlank, {
		valid: ['坚持在家办公。', '按照分散原则在6家银行存放。'],
		invalid: ['按照分散原则在⟦⟧家银行存放。']
	});
	ruleTable('a hotline name before the count', isBlank, {
		valid: ['受理95598工单1260件。'],
		invalid: ['受理95598工单⟦⟧件，同比下降8%。']
	});
});

describe('a third round: pairs in lists, people words, patrols', () => {
	ruleTable('a bracket closing the item before holds its count', isBlank, {
		valid: ['其中酒后驾驶起因不明（醉驾6起），超速行驶9起。'],
		invalid: ['其中酒后驾驶⟦⟧起（醉驾6起），超速行驶⟦⟧起，无证驾驶⟦⟧起。']
	});
	ruleTable('a word for people, then the households or heads counted', isBlank, {
		valid: ['检查各类纳税人320户，服务纳税人。'],
		invalid: ['全年检查各类纳税人⟦⟧户，查结1186户。']
	});
	ruleTable('帮助 before a count of people', isBlank, {
		valid: ['帮助126人实现就业，帮助人们解决困难，帮助个人创业。'],
		invalid: ['帮助⟦⟧人实现就业。']
	});
	ruleTable('a team led, its people counted at the clause end', isBlank, {
		valid: ['带领销售团队12人，带领团队攻坚。'],
		invalid: ['现带领技术团队⟦⟧人。']
	});
	ruleTable('仅有 right before 名 and a noun of people (有名 is glued)', isBlank, {
		valid: ['全镇仅有3名专业技术人员，仅有名无实的做法要杜绝。'],
		invalid: ['平均每个站点仅有⟦⟧名专业技术人员。']
	});
	ruleTable('days on patrol', isBlank, {
		valid: ['全年巡山260天，坚持每天巡河。'],
		invalid: ['全年巡山⟦⟧天，巡河⟦⟧天。']
	});
	ruleTable('所管, 所辖 before a count of classifier + noun', isBlank, {
		valid: ['所管12个仓房全部达标，所辖各单位按时报送。'],
		invalid: ['所管⟦⟧个仓房全部达标。']
	});
	ruleTable('one figure of a list of figures gone before 和', isBlank, {
		valid: ['分别增加0.2人、0.5人和0.3人，做到政通人和。'],
		invalid: ['分别增加0.2人、⟦⟧人和0.3人。', '用户数分别达到⟦⟧户和12600户。']
	});
	ruleTable('pairs counted in 对', isBlank, {
		valid: ['新结对师徒12对，针对问题逐一整改。'],
		invalid: ['设收费站⟦⟧个、服务区⟦⟧对。']
	});
});

describe('a fourth round: word ends that overlap a counted noun, lists of counts', () => {
	ruleTable('a listed word whose head ends a noun the classifier counts is a count after all', isBlank, {
		valid: ['改造学校运动场，被评为优秀案卷，新增施工资质增项。', '邀请科研院所专家授课，整治背街面貌。', '规范客房间隔布置。'],
		invalid: ['接收文书档案⟦⟧卷，新增客房⟦⟧间。', '新建住宅楼⟦⟧栋，交付安置房⟦⟧套。']
	});
	ruleTable('份 counts documents', isBlank, {
		valid: ['签订安全生产责任书120份，本人主办的3份案卷被评为优秀。'],
		invalid: ['签订安全生产责任书⟦⟧份，本人主办的⟦⟧份案卷被评为优秀。']
	});
	ruleTable('等 closing a list of titles, then the count', isBlank, {
		valid: ['撰写《基层治理的思考》等6篇文章，张三、李四等人参加。', '连续两年考核获评“优秀”等次。', '新增定点零售药店12家。', '开展走访、慰问等件件落实。', '将地块划分为、若干等份。'],
		invalid: ['撰写《基层治理的思考》《乡村振兴路径》等⟦⟧篇。']
	});
	ruleTable('an object of two nouns joined by 和 before the count', isBlank, {
		valid: ['对脱贫户和监测户326户逐户走访。'],
		invalid: ['对脱贫户和监测户⟦⟧户逐户开展走访，带动脱贫户和监测户⟦⟧户增收。']
	});
	ruleTable('a measure said to be so many (投诉量为件)', isBlank, {
		valid: ['百万户投诉量为3件，人数为12人。'],
		invalid: ['百万户投诉量为⟦⟧件。']
	});
	ruleTable('households and people as two bare items', isBlank, {
		valid: ['转移受威胁群众86户、230人。'],
		invalid: ['转移受威胁群众⟦⟧户、⟦⟧人，没有发生伤亡。']
	});
	ruleTable('a list item opening with figure + classifier + noun, the next one bare', isBlank, {
		valid: ['排查46座小型水库、12处低洼易涝点。', '检查3座水库、处理积水问题。', '联系12个部门、处室负责人。', '走访8个村、场镇和社区。', '对接36家企业、场所负责人。'],
		invalid: ['排查46座小型水库、⟦⟧处低洼易涝点。']
	});
	ruleTable('verbs of setting up and assigning before a classifier', isBlank, {
		valid: ['设立3个驻外联络处，安排12名业务骨干结对，落实2名网格员。'],
		invalid: ['设立⟦⟧个驻外联络处，安排⟦⟧名业务骨干结对，每个小组落实⟦⟧名网格员。']
	});
	ruleTable('pre-marital checks counted in pairs', isBlank, {
		valid: ['开展婚前孕前检查860对。'],
		invalid: ['开展婚前孕前检查⟦⟧对，检查率95%。']
	});
	ruleTable('a quoted noun after the classifier', isBlank, {
		valid: ['明确12名“两委”成员分片包干。', '全镇举办“家风家训”展览，工作量为人均8小时。', '走访农户、人大代表和老党员。'],
		invalid: ['明确⟦⟧名“两委”成员分片包干。']
	});
});

describe('a fifth round: people named by a title, verbs of one character + 人', () => {
	ruleTable('a title of office before 人 counts its holders', isBlank, {
		valid: ['现有员工86人，其中客户经理12人，柜员20人。', '聘请职业经理人，新增持证客户经理6人。'],
		invalid: ['现有员工86人，其中客户经理⟦⟧人，柜员20人。', '力争新增持证客户经理⟦⟧人。']
	});
	ruleTable('a verb of one character and 人 make a word', isBlank, {
		valid: ['推动形成用制度管人、按规矩办事的风气。', '坚持立德树人、以文育人。'],
		invalid: []
	});
	ruleTable('有 or 与 before 名 and a noun of people', isBlank, {
		valid: ['年内科室有3名同志通过考试，与科室5名同志签订承诺书。', '他是当地有名的致富能手。'],
		invalid: ['年内科室有⟦⟧名同志通过考试，与科室⟦⟧名同志签订承诺书。']
	});
	ruleTable('a word ending in a classifier after an object opener, or across a line break', isBlank, {
		valid: ['各教研组将常用课件统一命名归档。', '与当事人沟通协调。'],
		invalid: []
	});
});
