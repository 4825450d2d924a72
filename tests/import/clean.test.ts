import { describe, expect, test } from 'vitest';
import { clean, CHANGE_KINDS } from '$lib/import/clean';
import type { ChangeKind } from '$lib/import';
import { applyEdits } from '$lib/import/edits';
import { checkText } from '$lib/check';
import { fixtureText } from './helpers';

const kinds = (src: string) => clean(src).changes.map((c) => c.kind);

/** [rule, source, cleaned, kinds of the changes made] — every rule with an exact result. */
const CASES: Array<[string, string, string, ChangeKind[]]> = [
	['site intro paragraph', '年度总结（精选3篇）\n\n以下是小编为你准备的范文，希望对大家有所帮助。\n\n全年完成任务。', '年度总结\n\n全年完成任务。', ['intro', 'title-suffix']],
	['sample markers', '总结\n\n工作总结篇一\n\n第一篇正文。\n\n工作总结篇二\n\n第二篇正文。', '总结\n\n第一篇正文。\n\n第二篇正文。', ['marker', 'marker']],
	['related-article list', '全年完成任务。\n\n街道年终工作总结\n个人述职报告精选\n社区工作计划\n\n下一段正文。', '全年完成任务。\n\n下一段正文。', ['related-links', 'related-links', 'related-links']],
	['相关推荐 block', '全年完成任务。\n\n【相关推荐】\n年度考核个人总结\n述职报告范文', '全年完成任务。', ['related-links', 'related-links', 'related-links']],
	['reading and page notices', '正文第一段。\n第 1 页 共 3 页\n试读已结束，开通VIP下载全文', '正文第一段。', ['notice', 'notice']],
	['word count notice inside a line', '全文共2,000字 全年完成任务。', '全年完成任务。', ['notice', 'space']],
	['URL line and inline URL', '详见 https://example.com/a?b=1 的通知。\nwww.example.cn', '详见的通知。', ['url', 'url']],
	['watermark line', '正文。\n本文来源于网络，转载请注明出处', '正文。', ['watermark']],
	['a break inside a sentence across a blank line', '全年新建项目个，总投资亿元，其中工业项目占比\n\n达到六成。', '全年新建项目个，总投资亿元，其中工业项目占比达到六成。', ['join']],
	['a break after a comma', '本年度完成了三项改革，\n持续推进了两项试点。', '本年度完成了三项改革，持续推进了两项试点。', ['join']],
	['a break inside a number', '全年营业收入达到12\n.5亿元。', '全年营业收入达到12.5亿元。', ['join']],
	['a break before a unit', '新建厂房3\n万平方米。', '新建厂房3万平方米。', ['join']],
	['English words joined with a space', '系统采用Linux\nserver部署。', '系统采用Linux server部署。', ['join']],
	['one token per line (PDF)', '全年\n新建\n车棚\n12\n处\n，\n增长\n8.5\n%\n。', '全年新建车棚12处，增长8.5%。', ['join', 'join', 'join', 'join', 'join', 'join', 'join', 'join', 'join']],
	['lines wrapped at a fixed width', '本科室全年认真履行各项职责，圆满完成了上级交办\n的各项任务，得到了领导和同事们的一致好评。\n下一段。', '本科室全年认真履行各项职责，圆满完成了上级交办的各项任务，得到了领导和同事们的一致好评。\n下一段。', ['join']],
	['paragraph breaks, headings and list items stay', '一、总体情况\n全年完成任务。\n1. 新建项目\n- 一项\n一是抓落实。', '一、总体情况\n全年完成任务。\n1. 新建项目\n- 一项\n一是抓落实。', []],
	['a short title line is not joined to the text below', '年度工作总结\n今年以来我们做了很多工作。', '年度工作总结\n今年以来我们做了很多工作。', []],
	['a heading glued to its paragraph', '一、夯实基础 一是摸清底数。二是建好台账。', '一、夯实基础\n\n一是摸清底数。二是建好台账。', ['heading-break']],
	['half-width punctuation in Chinese text', '完成任务,同比增长;成效明显!是否达标?备注:无', '完成任务，同比增长；成效明显！是否达标？备注：无', ['punct', 'punct', 'punct', 'punct', 'punct']],
	['parentheses in pairs', '新建道路(东段)一条，(1)完成', '新建道路（东段）一条，（1）完成', ['punct', 'punct', 'punct', 'punct']],
	['decimals, times, ratios, thousands, English and code stay', '增长3.5%，10:30开会，比例3:1，金额1,200元，Hello, world! `a,b`', '增长3.5%，10:30开会，比例3:1，金额1,200元，Hello, world! `a,b`', []],
	['spaces between Chinese and around figures go', '全年 完成 投资 12 亿元 ，增长 5 %', '全年完成投资12亿元，增长5%', ['space', 'space', 'space', 'space', 'space', 'space', 'space']],
	['a run of spaces and a masked year stay', '20  年完成产值   万元，20 年', '20  年完成产值   万元，20 年', []],
	['indentation and blank edges go', '\n\n　　全年完成任务。  \n', '全年完成任务。', ['space', 'space', 'space', 'space']]
];

describe('cleaning rules', () => {
	test.each(CASES)('%s', (_rule, source, cleaned, expectedKinds) => {
		const r = clean(source);
		expect(r.text).toBe(cleaned);
		expect([...r.changes.map((c) => c.kind)].sort()).toEqual([...expectedKinds].sort());
	});
});

describe('changes', () => {
	test('every change is listed with its source text, so nothing removed is lost', () => {
		const src = fixtureText('site-page.txt');
		const r = clean(src);
		// Rebuilding the source from the cleaned text and the changes gives it back exactly.
		let back = '';
		let at = 0;
		for (const c of r.changes) {
			const outFrom = r.applied.toOutput(c.from);
			back += r.text.slice(r.applied.toOutput(at, 1), outFrom) + c.text;
			at = c.to;
		}
		back += r.text.slice(r.applied.toOutput(at, 1));
		expect(back).toBe(src);
	});

	test('each kind can be switched off; the rest still apply', () => {
		const src = '年度总结（精选3篇）\n\n下面是小编整理的范文。\n\n全年完成任务,同比增长。';
		expect(clean(src, new Set(CHANGE_KINDS.filter((k) => k !== 'intro'))).text).toBe('年度总结\n\n下面是小编整理的范文。\n\n全年完成任务，同比增长。');
		expect(clean(src, new Set(CHANGE_KINDS.filter((k) => k !== 'punct'))).text).toBe('年度总结\n\n全年完成任务,同比增长。');
		expect(clean(src, new Set()).text).toBe(src);
	});

	test('deterministic: the same source gives the same text and changes', () => {
		const src = fixtureText('site-page.txt') + fixtureText('wrapped.txt');
		const a = clean(src);
		const b = clean(src);
		expect(b.text).toBe(a.text);
		expect(b.changes).toEqual(a.changes);
	});

	test('offset-mapped: a finding on the source lands on the same words after cleaning', () => {
		const src = fixtureText('wrapped.txt');
		const r = clean(src);
		const before = checkText(src).filter((f) => f.category === 'blank');
		const after = checkText(r.text).filter((f) => f.category === 'blank');
		expect(before.length).toBeGreaterThan(2);
		for (const f of before) {
			const from = r.applied.toOutput(f.from);
			const to = f.to === f.from ? from : r.applied.toOutput(f.to, 1);
			expect(r.text.slice(from, to)).toBe(src.slice(f.from, f.to));
			expect(after.some((g) => Math.abs(g.from - from) <= 2 && Math.abs(g.to - to) <= 2)).toBe(true);
		}
	});
});

describe('applyEdits', () => {
	test('maps both ways, drops an edit overlapping a stronger one', () => {
		const a = applyEdits('abcdef', [
			{ kind: 'x', from: 1, to: 3, insert: '' },
			{ kind: 'y', from: 2, to: 4, insert: 'Z' },
			{ kind: 'y', from: 4, to: 5, insert: 'E' }
		]);
		expect(a.text).toBe('adEf');
		expect(a.edits.map((e) => e.from)).toEqual([1, 4]);
		expect(a.toOutput(0)).toBe(0);
		expect(a.toOutput(2)).toBe(1);
		expect(a.toOutput(3)).toBe(1);
		expect(a.toOutput(4)).toBe(2);
		expect(a.toOutput(5)).toBe(3);
		expect(a.toOutput(6)).toBe(4);
		expect(a.toSource(1)).toBe(3);
		expect(a.toSource(3)).toBe(5);
	});
});

test('kinds() helper matches the listed changes', () => {
	expect(kinds('完成,任务')).toEqual(['punct']);
});
