import { describe, expect, test } from 'vitest';
import { getPlugin } from '$plugins';
import { runRules } from './run-rules';

function ids(kind: string, text: string, options: Record<string, unknown> = {}): string[] {
	return runRules(getPlugin(kind)!.rules, text, options).map((f) => `${f.rule}:${f.messageId}`);
}

describe('概述', () => {
	test.each(['2026年，中心围绕“提质增效”开展工作。', '任职以来，我主要分管招商工作。', '今年上半年，各项工作有序推进。'])(
		'names a period: %s',
		(text) => expect(ids('overview', text)).toEqual([])
	);
	test('no period is reported', () => {
		expect(ids('overview', '我们围绕中心工作，取得了较好成效。')).toEqual(['overview/period:missing']);
	});
	test('an empty section is not judged', () => expect(ids('overview', '  \n')).toEqual([]));
});

describe('主要成绩', () => {
	test('quantified with 同比: quiet', () => {
		expect(ids('achievements', '实现税收3.2亿元，同比增长12%，新引进企业15家。')).toEqual([]);
	});
	test('all adjectives, no figures', () => {
		expect(ids('achievements', '各项工作取得显著成效，群众满意度明显提升。')).toEqual([
			'achievements/quantified:few',
			'achievements/comparison:missing'
		]);
	});
	test('the minimum is an option', () => {
		expect(ids('achievements', '新建道路4公里，比上年多一倍。', { min: 1 })).toEqual([]);
		expect(ids('achievements', '新建道路4公里，比上年多一倍。')).toEqual(['achievements/quantified:few']);
	});
	test('figures in every unit of the checker\'s unit table count (energy, power, trees)', () => {
		expect(ids('achievements', '光伏电站年发电量3000千瓦时，新增装机120兆瓦，同比增长。')).toEqual([]);
		expect(ids('achievements', '春季植树5000株，补植苗木1.2万棵，比上年多。')).toEqual([]);
	});
	test('an unfilled slot is not a figure: the slots are the findings until they are filled', () => {
		expect(ids('achievements', '实现营业收入____亿元，同比增长____%。')).toEqual(['section/unfilled-slot:labelled', 'section/unfilled-slot:labelled']);
		expect(ids('achievements', '实现营业收入较多，同比增长明显。')).toEqual(['achievements/quantified:few']);
	});
});

describe('存在问题', () => {
	test.each([
		'一是项目落地慢，两个项目推迟开工；二是人才储备不足，技术岗位空缺6个。',
		'（一）调研不够深入。\n（二）制度执行有偏差。',
		'资金拨付不及时。\n档案整理滞后。',
		'1. 统计数据报送迟。\n2. 安全巡查有漏项。'
	])('two or more items: %s', (text) => expect(ids('problems', text)).toEqual([]));
	test('a single problem is too few', () => {
		expect(ids('problems', '主要是学习抓得不够紧。')).toEqual(['problems/min-items:few']);
	});
	test.each(['工作太投入', '对自己要求过高', '过于追求完美', '只顾工作', '责任心太强'])('disguised praise "%s" is flagged at its span', (p) => {
		const text = `一是${p}，二是有时顾不上家庭。`;
		const found = runRules(getPlugin('problems')!.rules, text).filter((f) => f.rule === 'problems/disguised-praise');
		expect(found).toHaveLength(1);
		expect(text.slice(found[0]!.from, found[0]!.to)).toBe(p);
		expect(found[0]!.message).toContain('变相表扬');
	});
	test('real shortcomings are not praise', () => {
		expect(ids('problems', '一是对新政策学得不透；二是工作方法简单，对基层要求过急。')).toEqual([]);
	});
});

describe('下一步工作计划', () => {
	test.each(['力争税收增长10%。', '9月底前完成道路改造。', '年内建成人才公寓。'])('target or deadline: %s', (text) =>
		expect(ids('plan', text)).toEqual([])
	);
	test('wishes only', () => {
		expect(ids('plan', '进一步提高站位，持续改进作风，推动工作再上新台阶。')).toEqual(['plan/targets:none']);
	});
});

describe('廉洁自律', () => {
	test('concrete commitments: quiet', () => {
		expect(ids('integrity', '不收受服务对象礼品礼金，全年参加廉政党课4次。')).toEqual([]);
	});
	test('slogans only', () => {
		expect(ids('integrity', '始终严格要求自己，筑牢思想防线，树立良好形象。')).toEqual(['integrity/concrete:vague']);
	});
});

describe('落款', () => {
	const fixOf = (text: string) =>
		runRules(getPlugin('signature')!.rules, text).find((f) => f.rule === 'signature/date')?.fix;

	test('valid date and unit: quiet', () => {
		expect(ids('signature', '东湖科技园管理委员会\n2026年1月5日')).toEqual([]);
		expect(ids('signature', '述职人：周明远\n2026年12月31日')).toEqual([]);
	});
	test.each([
		['东湖科技园\n2026年01月05日', 'signature/date:padded', '2026年1月5日'],
		['东湖科技园\n二〇二六年一月五日', 'signature/date:chinese', '2026年1月5日'],
		['东湖科技园\n二〇二六年十二月二十一日', 'signature/date:chinese', '2026年12月21日'],
		['东湖科技园\n26年1月5日', 'signature/date:short-year', '2026年1月5日'],
		['东湖科技园\n2026.1.5', 'signature/date:separators', '2026年1月5日'],
		['东湖科技园\n2026-01-05', 'signature/date:separators', '2026年1月5日'],
		['东湖科技园\n２０２６年１月５日', 'signature/date:full-width', '2026年1月5日']
	])('%s → %s with a fix', (text, id, fixed) => {
		expect(ids('signature', text)).toEqual([id]);
		expect(fixOf(text)).toMatchObject({ insert: fixed });
	});
	test('impossible date', () => {
		expect(ids('signature', '东湖科技园\n2026年2月30日')).toEqual(['signature/date:invalid']);
		expect(ids('signature', '东湖科技园\n2026年13月1日')).toEqual(['signature/date:invalid']);
	});
	test('leap day', () => {
		expect(ids('signature', '东湖科技园\n2028年2月29日')).toEqual([]);
		expect(ids('signature', '东湖科技园\n2027年2月29日')).toEqual(['signature/date:invalid']);
	});
	test('missing date, missing signer', () => {
		expect(ids('signature', '东湖科技园管理委员会')).toEqual(['signature/date:missing']);
		expect(ids('signature', '2026年1月5日')).toEqual(['signature/signer:missing']);
	});
	test('an unfilled date is a blank, not a missing date', () => {
		expect(ids('signature', '东湖科技园\n____年____月____日')).toEqual([
			'section/unfilled-slot:labelled',
			'section/unfilled-slot:labelled',
			'section/unfilled-slot:labelled'
		]);
	});
});
