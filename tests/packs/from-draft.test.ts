import { describe, expect, test } from 'vitest';
import { DraftChecker, openBlanks } from '$lib/checking';
import { validatePackValue, type TemplatePack } from '$lib/packs';
import {
	advanceYears,
	defaultActions,
	draftSectionsFrom,
	draftSites,
	packFromDraft,
	type FromDraftMode,
	type SiteAction
} from '$lib/packs/from-draft';
import { ownReport, ownReportFigures, OWN_REPORT_YEAR } from './own-report';

const META = { id: 'qinghe-park-2026', name: '青禾园区年度总结', version: '1.0.0', author: '综合办', description: '' };

function makePack(mode: FromDraftMode, change: (actions: Record<string, SiteAction>) => void = () => {}): TemplatePack {
	const sites = draftSites(ownReport);
	const actions = defaultActions(sites, mode, OWN_REPORT_YEAR);
	change(actions);
	const pack = packFromDraft(ownReport, { mode, actions, meta: META, shift: mode === 'next-year' ? 1 : 0 });
	const r = validatePackValue(pack);
	if (!r.ok) throw new Error(JSON.stringify(r.problems));
	return r.pack;
}

/** A draft from a pack as the app makes one, checked the way the editor and 逐项填空 check it. */
function blanksOf(pack: TemplatePack, year: number) {
	const sections = draftSectionsFrom(pack).map((s, i) => ({ ...s, id: `s${i}` }));
	const report = new DraftChecker({ pack, year }).check({ title: advanceYears(ownReport.title, OWN_REPORT_YEAR, 1), sections });
	return { sections, blanks: openBlanks(report, new Set()) };
}

describe('明年再写: a filled report → next year draft', () => {
	test('the slots are exactly the report figures, each with its old value as a hint', () => {
		const pack = makePack('next-year');
		const { blanks } = blanksOf(pack, OWN_REPORT_YEAR + 1);
		expect(blanks.map((b) => [b.finding.blank?.label, b.finding.blank?.unit, b.finding.blank?.hint])).toEqual(ownReportFigures);
	});

	test('years that name the period are advanced, other years kept', () => {
		const { sections } = blanksOf(makePack('next-year'), OWN_REPORT_YEAR + 1);
		const text = sections.map((s) => `${s.title}\n${s.body}`).join('\n');
		expect(text).toContain('2026年，园区围绕');
		expect(text).toContain('四、2027年工作打算');
		expect(text).toContain('2027年，园区将继续抓好招商');
		expect(text).toContain('一号路于2019年建成');
		expect(text).toContain('2026年____月____日');
		expect(text).not.toMatch(/2025/);
		expect(advanceYears(ownReport.title, OWN_REPORT_YEAR, 1)).toBe('青禾工业园区2026年工作总结');
	});

	test('a figure the writer keeps as it is stays in the text and is no slot', () => {
		const sites = draftSites(ownReport);
		const area = sites.find((s) => s.value === '4.2')!;
		const pack = makePack('next-year', (a) => (a[area.id] = 'keep'));
		const { sections, blanks } = blanksOf(pack, OWN_REPORT_YEAR + 1);
		expect(sections[1]!.body).toContain('建成标准厂房4.2万平方米');
		expect(blanks.map((b) => b.finding.blank?.label)).not.toContain('建成标准厂房');
		expect(blanks).toHaveLength(ownReportFigures.length - 1);
	});

	test('phrases of the section bank the text uses become its phrase bank', () => {
		const body = '过去一年，面对任务重、节点紧的局面，园区实现工业总产值38.6亿元。现将有关情况总结如下。';
		const draft = { ...ownReport, sections: [{ kind: 'overview', title: '一、总体情况', body }] };
		const pack = packFromDraft(draft, { mode: 'next-year', actions: {}, meta: META, shift: 1 });
		expect(pack.sections[0]!.phrases).toEqual([
			{ purpose: '交代时间与背景', items: ['过去一年，面对任务重、节点紧的局面，'] },
			{ purpose: '引出下文', items: ['现将有关情况总结如下。'] }
		]);
	});
});

describe('存为模板包', () => {
	test('years of the period become year slots, figures slots with the old value', () => {
		const pack = makePack('template');
		const overview = pack.sections[0]!;
		expect(overview.skeleton).toBe('____年，园区围绕“稳增长、强招商”开展工作，实现工业总产值____亿元，同比增长____%。');
		expect(overview.slots).toEqual([
			{ name: 's1', label: '年份', kind: 'year', unit: '年', hint: '原稿：2025 年' },
			{ name: 's2', label: '工业总产值', kind: 'number', unit: '亿元', hint: '原稿：38.6 亿元' },
			{ name: 's3', label: '同比增长', kind: 'percent', unit: '%', hint: '原稿：9.2%' }
		]);
		expect(pack.sections.map((s) => [s.plugin, s.title])).toEqual(ownReport.sections.map((s) => [s.kind, s.title]));
	});

	test('a mark the draft never filled stays a slot, so the skeleton and its slot list agree', () => {
		const draft = { title: '总结', year: 2025, sections: [{ kind: 'free', title: '其他', body: '完成____项，2025年新建aa公司。' }] };
		const pack = packFromDraft(draft, { mode: 'template', actions: {}, meta: META, shift: 0 });
		expect(validatePackValue(pack).ok).toBe(true);
		expect(pack.sections[0]!.slots?.map((s) => s.kind)).toEqual(['text', 'year']);
	});

	test('the source pack gives guidance, rules and checks; unknown kinds become free sections', () => {
		const source = validatePackValue({
			type: 'gaojiang-template-pack', schemaVersion: 2, id: 'src-pack', name: '源', version: '1.0.0', author: '', description: '',
			sections: [{ plugin: 'overview', title: '一、总体情况', guidance: '### 写清楚全年概况' }],
			rules: { 'overview/period': 'off' }, checks: { forbiddenWords: ['小编'] }
		});
		if (!source.ok) throw new Error(JSON.stringify(source.problems));
		const draft = { title: '总结', year: 2025, sections: [{ kind: 'overview', title: '一、总体情况', body: '概况。' }, { kind: 'someone-else', title: '附', body: '' }] };
		const pack = packFromDraft(draft, { mode: 'template', actions: {}, meta: META, shift: 0, source: source.pack });
		expect(pack.sections[0]!.guidance).toBe('### 写清楚全年概况');
		expect(pack.sections[1]!.plugin).toBe('free');
		expect(pack.rules).toEqual({ 'overview/period': 'off' });
		expect(pack.checks).toEqual({ forbiddenWords: ['小编'] });
		expect(validatePackValue(pack).ok).toBe(true);
	});
});
