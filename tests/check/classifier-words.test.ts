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
