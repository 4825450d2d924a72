import { describe, expect, test } from 'vitest';
import { importText, importJson, openFile, isImportError } from '$lib/import';
import { proposeYear, splitSections, titleFromMarker } from '$lib/import/split';
import { KIND_RULES, kindOf } from '$lib/import/kinds';
import * as F from '$lib/import/furniture';
import { buildDocx, fixture, pasted } from './helpers';

describe('a site page with three samples', async () => {
	const src = await openFile(fixture('site-page.gbk.txt'), 'site-page.gbk.txt');
	if (isImportError(src)) throw new Error(src.message);
	const r = importText(src);

	test('page title without its suffix; one sample per 篇 marker, titled from the marker', () => {
		expect(r.title).toBe('2025年街道社区工作总结');
		expect(r.samples.map((s) => [s.title, s.year, s.firstLine])).toEqual([
			['社区工作总结', 2025, '一、基本情况'],
			['社区工作总结', 2025, '今年以来，我社区在街道党工委的领导下，围绕中心、服务大局，各项工作取得新进展。'],
			['社区工作总结', 2025, '第一部分 工作回顾']
		]);
	});

	test('sections at the top-level headings, each with a kind; the closing name and date is the 落款', () => {
		expect(importJson(r).samples.map((s) => s.sections)).toEqual([
			[
				{ title: '一、基本情况', kind: 'overview', body: '本社区辖居民楼28栋，常住人口户人。全年共开展志愿服务次，参与群众人次。' },
				{ title: '二、主要工作及成效', kind: 'achievements', body: '（一）抓党建，强堡垒。全年召开党员大会4次，发展预备党员名。\n（二）抓服务，惠民生。新建便民服务点个，办理群众事项件。' },
				{ title: '三、存在的问题', kind: 'problems', body: '一是老旧小区改造进度偏慢；二是志愿者队伍还不稳定。' },
				{ title: '四、下一步工作计划', kind: 'plan', body: '明年将继续推进加装电梯工作，力争完成部。' },
				{ title: '', kind: 'signature', body: 'xx社区居委会\n2025年12月28日' }
			],
			[
				{ title: '', kind: 'overview', body: '今年以来，我社区在街道党工委的领导下，围绕中心、服务大局，各项工作取得新进展。' },
				{ title: '一、廉洁自律情况', kind: 'integrity', body: '严格遵守八项规定精神，全年未发生违规违纪问题。' },
				{ title: '二、明年工作打算', kind: 'plan', body: '继续做好“一老一小”服务，办好居民议事会。' }
			],
			[
				{ title: '第一部分 工作回顾', kind: 'achievements', body: '全年完成网格巡查次，化解矛盾纠纷起。' },
				{ title: '第二部分 工作展望', kind: 'plan', body: '新的一年，我们将进一步完善网格化管理。' }
			]
		]);
	});

	test('site furniture removed and listed: intro, related links, notice, watermark, markers', () => {
		expect(importJson(r).removed).toEqual([
			{ kind: 'title-suffix', text: '（精选3篇）' },
			{ kind: 'intro', text: '工作总结是对一段时间工作的回顾和检查。下面是小编整理的社区工作总结范文，仅供参考，希望大家能够喜欢！' },
			{ kind: 'marker', text: '社区工作总结篇一' },
			{ kind: 'related-links', text: '社区年终总结' },
			{ kind: 'related-links', text: '街道办年终工作总结' },
			{ kind: 'related-links', text: '社区党支部工作总结精选' },
			{ kind: 'marker', text: '社区工作总结篇二' },
			{ kind: 'notice', text: '试读已结束，如需继续阅读请下载' },
			{ kind: 'marker', text: '社区工作总结篇三' },
			{ kind: 'watermark', text: '本文来源于网络，转载请注明出处' },
			{ kind: 'related-links', text: '相关推荐' },
			{ kind: 'related-links', text: '社区述职报告' },
			{ kind: 'related-links', text: '社区主任述职报告范文' }
		]);
	});
});

describe('one sample', () => {
	test('a PDF-style text with one token per line: title, sections, paragraphs joined', async () => {
		const src = await openFile(fixture('pdf-tokens.txt'), 'pdf-tokens.txt');
		if (isImportError(src)) throw new Error(src.message);
		const r = importText(src);
		expect(r.samples).toHaveLength(1);
		expect(r.samples[0]?.title).toBe('2025年度机关后勤工作总结');
		expect(r.samples[0]?.sections).toEqual([
			{ title: '一、主要工作', kind: 'achievements', body: '全年新建标准化车棚12处，同比增长8.5%。食堂服务满意度达到%，节约经费万元。' },
			{ title: '二、存在的问题', kind: 'problems', body: '部分设施老化，维修资金不足。' }
		]);
	});

	test('a .docx: Title is the title, Heading 1 paragraphs are the sections, text before them the opening', async () => {
		const src = await openFile(await buildDocx(), 'x.docx');
		if (isImportError(src)) throw new Error(src.message);
		const s = importText(src).samples[0];
		expect(s?.title).toBe('2025年度信息中心工作总结');
		expect(s?.year).toBe(2025);
		expect(s?.sections.map((x) => [x.title, x.kind])).toEqual([
			['', 'overview'],
			['一、主要工作', 'achievements'],
			['二、存在的不足', 'problems'],
			['三、2026年工作打算', 'plan']
		]);
	});

	test('a web page: intro and related links gone, sections from h2', async () => {
		const src = await openFile(fixture('web-page.html'), 'web-page.html');
		if (isImportError(src)) throw new Error(src.message);
		const r = importText(src);
		expect(r.cleaned.text).not.toMatch(/小编|相关文章|Copyright|述职报告/);
		expect(r.samples[0]?.title).toBe('2025年实验小学教学工作总结');
		expect(r.samples[0]?.sections.map((x) => [x.title, x.kind])).toEqual([
			['一、教学常规', 'free'],
			['二、教学成绩', 'achievements'],
			['三、存在问题', 'problems']
		]);
	});

	test('samples at a repeated title when there are no 篇 markers', () => {
		const r = importText(pasted('述职报告\n\n一、履职情况\n全年完成任务。\n\n述职报告\n\n今年我主要做了三件事。'));
		expect(r.samples.map((s) => [s.title, s.firstLine])).toEqual([
			['述职报告', '一、履职情况'],
			['述职报告', '今年我主要做了三件事。']
		]);
	});

	test('text with no title line: one untitled sample, the year from the text', () => {
		const r = importText(pasted('2024年，我们完成了示范点建设，2024年底通过验收；2025年将继续推进。'));
		expect(r.samples).toHaveLength(1);
		expect(r.samples[0]?.title).toBe('未命名范文');
		expect(r.samples[0]?.year).toBe(2024);
	});
});

describe('pieces', () => {
	test('sample titles from markers', () => {
		expect(titleFromMarker('园区年度工作总结篇三')).toBe('园区年度工作总结');
		expect(titleFromMarker('【篇二】年终工作总结')).toBe('年终工作总结');
		expect(titleFromMarker('第四篇：个人述职')).toBe('个人述职');
		expect(titleFromMarker('篇五')).toBe('');
	});

	test('year: the title first, then the page title, then the most written year', () => {
		expect(proposeYear('2025年度工作总结', '2024年…2024年')).toBe(2025);
		expect(proposeYear('工作总结', '2024年…2024年…2026年', '2023年园区工作总结')).toBe(2023);
		expect(proposeYear('工作总结', '2024年…2026年…2026年')).toBe(2026);
		expect(proposeYear('20xx年工作总结', '全年')).toBeNull();
	});

	test('Markdown headings and 第X部分 headings split; a lone lower heading does not', () => {
		const t = '开头一句。\n\n# 一、成绩\n正文。\n\n# 二、问题\n不足。';
		expect(splitSections(t, 0, t.length).map((s) => s.title)).toEqual(['', '一、成绩', '二、问题']);
		const u = '开头一句。\n（一）只有一个小标题\n正文。';
		expect(splitSections(u, 0, u.length).map((s) => s.title)).toEqual(['']);
	});

	test.each(KIND_RULES.flatMap((r) => r.examples.map((e) => [e, r.kind] as const)))('kind of “%s” is %s', (title, kind) => {
		expect(kindOf(title, '')).toBe(kind);
	});

	test('kind from the start of the body when the title says nothing', () => {
		expect(kindOf('三、其他', '工作中存在的问题主要是人手不足。')).toBe('problems');
		expect(kindOf('四、其他', '下一步，我们将重点抓好三项工作。')).toBe('plan');
		expect(kindOf('五、其他', '全年组织活动若干。')).toBe('free');
	});

	const patterns = Object.entries(F).filter((e): e is [string, F.FurniturePattern] => typeof e[1] === 'object' && 'matches' in e[1]);
	test.each(patterns.flatMap(([name, p]) => [...p.matches.map((s): [string, string, boolean] => [name, s, true]), ...p.keeps.map((s): [string, string, boolean] => [name, s, false])]))('%s on “%s” → %s', (name, s, hit) => {
		const p = patterns.find(([n]) => n === name)?.[1] as F.FurniturePattern;
		expect(p.re.test(s)).toBe(hit);
	});
});
