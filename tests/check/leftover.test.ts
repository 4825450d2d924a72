import { describe, expect, test } from 'vitest';
import { ruleTable } from './helpers';
import { applyFix, checkText } from '$lib/check';

const leftover = (f: { rule: string }) => f.rule === 'leftover';

describe('leftover', () => {
	ruleTable('leftover', leftover, {
		valid: [
			'2023年度工作总结\n\n一、主要成绩\n\n全年完成各项任务。',
			'县教育局2023年工作总结\n县教育局\n2024年1月5日',
			'我们希望大家共同努力，把工作做得更好。'
		],
		invalid: [
			'年终总结是对全年工作的一次梳理。⟦以下是小编为大家收集的年终总结范例，仅供参考，希望大家能够喜欢！⟧',
			'⟦学校工作总结篇一⟧\n\n本学期，我校……',
			'⟦【篇二】⟧\n\n今年以来……',
			'全年完成任务。\n\n⟦学校工作总结\n\n教师个人工作总结范文\n\n班主任工作计划⟧\n\n下一篇正文',
			'本年度实现营业收入⟦（根据实际情况填写）⟧亿元。',
			'2023年工作总结⟦(精选5篇)⟧',
			'⟦下面是小編整理的範文，希望大家能夠喜歡。⟧'
		]
	});
	test('the intro and fill hints can be removed by their fixes', () => {
		const text = '总结如下。下面是小编整理的范文，希望大家喜欢！\n收入（根据实际情况填写）万元。';
		const fixes = checkText(text).filter((f) => f.rule === 'leftover').flatMap((f) => f.fix ?? []);
		expect(applyFix(text, fixes)).toBe('总结如下。\n收入万元。');
	});
	test('leftovers are their own category, never blanks', () => {
		const f = checkText('以下是小编分享的范文，希望大家喜欢。\n篇一\n');
		expect(f.length).toBeGreaterThan(0);
		expect(f.every((x) => x.category === 'leftover')).toBe(true);
	});
});
