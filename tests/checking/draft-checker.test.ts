import { expect, test } from 'vitest';
import { builtinPacks, packSkeletons, startingText } from '$lib/packs';
import { DraftChecker, blankFinderFor, openBlanks, openFindings, type CheckedDraft } from '$lib/checking';
import { pluginRules } from '$plugins';
import { draftRules, type DraftRule } from '$lib/checking';

const duty = builtinPacks().find((p) => p.id === 'personal-duty-integrity')!;
const park = builtinPacks().find((p) => p.id === 'park-annual-summary')!;

function dutyDraft(): CheckedDraft {
	return {
		title: '2026年述职报告',
		sections: [
			{ id: 'a', kind: 'overview', title: '一、基本情况', body: startingText(duty.sections[0]!) },
			{ id: 'b', kind: 'achievements', title: '二、履行职责情况', body: '牵头推进aa现代产业园建设，全年新增企业12家，比上年增加3家。' },
			{ id: 'c', kind: 'problems', title: '三、存在的不足', body: '本单位【单位名称】在年内完成了搬迁。' }
		]
	};
}

test('every blank of the draft, from the skeleton, a masked name and a 【】 slot, is open until ignored', () => {
	const checker = new DraftChecker({ pack: duty, year: 2026 });
	const report = checker.check(dutyDraft());
	const open = openBlanks(report, new Set());
	const bySection = (id: string) => open.filter((p) => 'sectionId' in p.place && p.place.sectionId === id).length;
	// Three slots in the overview skeleton, the masked park name, the 【单位名称】 mark.
	expect(bySection('a')).toBe(3);
	expect(bySection('b')).toBe(1);
	expect(bySection('c')).toBe(1);
	const ignored = new Set([open[0]!.finding.key]);
	expect(openBlanks(report, ignored)).toHaveLength(open.length - 1);
});

test('the editor path (one section) and the whole-draft path give the same findings and keys', () => {
	const draft = dutyDraft();
	const editor = new DraftChecker({ pack: duty, year: null });
	const whole = new DraftChecker({ pack: duty, year: null }).check(draft);
	for (const s of draft.sections) {
		const fromEditor = editor.checkSection(s).map((f) => [f.key, f.from, f.to]);
		const fromWhole = whole.texts.find((t) => t.place.kind === 'body' && t.place.sectionId === s.id)!.findings.map((f) => [f.key, f.from, f.to]);
		expect(fromEditor).toEqual(fromWhole);
	}
});

test('export sees exactly the open blanks: ignored ones are not highlighted, slots are', () => {
	const draft = dutyDraft();
	const context = { pack: duty, year: null };
	const report = new DraftChecker(context).check(draft);
	const slotKey = openBlanks(report, new Set()).find((p) => p.finding.rule === 'section/unfilled-slot')!.finding.key;
	const find = blankFinderFor(report, new Set([slotKey]), context);
	const spans = draft.sections.flatMap((s) => find(s.body));
	expect(spans).toHaveLength(openBlanks(report, new Set()).length - 1);
	expect(find('本单位【单位名称】在年内完成了搬迁。')).toEqual([{ from: 3, to: 9 }]);
});

test('a required phrase missing from every section is a draft-wide finding; present anywhere, none', () => {
	const checker = new DraftChecker({ pack: duty, year: null });
	const draft0 = dutyDraft();
	const missing = checker.check({ ...draft0, sections: draft0.sections.slice(1) });
	expect(missing.draft.map((f) => f.message)).toEqual(['缺少本模板包要求的表述“廉洁”']);
	const draft = { ...draft0, sections: draft0.sections.slice(1) };
	const withPhrase = { ...draft, sections: [...draft.sections, { id: 'd', kind: 'integrity', title: '四、廉洁自律情况', body: '严守廉洁纪律。' }] };
	expect(checker.check(withPhrase).draft).toEqual([]);
});

test('section titles numbered out of order are flagged on the title that skips', () => {
	const report = new DraftChecker({ pack: null, year: null }).check({
		title: '工作总结',
		sections: [
			{ id: 'a', kind: 'free', title: '一、总体情况', body: '' },
			{ id: 'b', kind: 'free', title: '三、主要成绩', body: '' }
		]
	});
	const found = openFindings(report, new Set()).filter((p) => p.finding.rule === 'numbering');
	expect(found.map((p) => [p.place, p.finding.from, p.finding.to])).toEqual([[{ kind: 'section-title', sectionId: 'b' }, 0, 1]]);
});

test('a blank in the draft title is an open blank too', () => {
	const report = new DraftChecker({ pack: null, year: null }).check({ title: '20__年工作总结', sections: [] });
	expect(openBlanks(report, new Set()).map((p) => p.place)).toEqual([{ kind: 'title' }]);
});

test('a pack section skeleton labels its slots, counted once', () => {
	const section = park.sections[0]!;
	for (const sk of packSkeletons(section)) {
		const found = new DraftChecker({ pack: park, year: null })
			.checkSection({ id: 'x', kind: section.plugin, title: section.title, body: sk.text })
			.filter((f) => f.category === 'blank');
		expect(found.map((f) => f.blank?.label)).toEqual(sk.slots.map((s) => s.label));
	}
});

test('a section rule that throws is an error finding of that section, not silence', () => {
	const rule = pluginRules('achievements')[0]!;
	const create = rule.create;
	rule.create = () => {
		throw new Error('boom');
	};
	try {
		const found = new DraftChecker({ pack: null, year: null }).checkSection({ id: 'b', kind: 'achievements', title: '成绩', body: '全年新增企业12家。' });
		const failure = found.find((f) => f.rule === rule.meta.id)!;
		expect(failure.severity).toBe('error');
		expect(failure.message).toContain('boom');
	} finally {
		rule.create = create;
	}
});

test('a draft-wide rule that throws is reported too', () => {
	const throwing: DraftRule = {
		meta: { id: 'test/broken', category: 'content', defaultSeverity: 'warning', messages: {}, description: '' },
		check: () => {
			throw new Error('boom');
		}
	};
	const report = new DraftChecker({ pack: duty, year: null }, [...draftRules, throwing]).check(dutyDraft());
	const failure = report.draft.find((f) => f.rule === 'test/broken')!;
	expect(failure.severity).toBe('error');
	expect(failure.message).toContain('boom');
});

test('the draft year reaches the year rule: a report year left from last year is flagged, and only with a year', () => {
	const section = { id: 'a', kind: 'overview', title: '一、总体情况', body: '2025年，全区完成固定资产投资12亿元，同比增长5%。' };
	const withYear = new DraftChecker({ pack: null, year: 2026 }).checkSection(section);
	expect(withYear.filter((f) => f.rule === 'stale-year').map((f) => section.body.slice(f.from, f.to))).toEqual(['2025']);
	expect(new DraftChecker({ pack: null, year: null }).checkSection(section).some((f) => f.rule === 'stale-year')).toBe(false);
	expect(new DraftChecker({ pack: null, year: 2025 }).checkSection(section).some((f) => f.rule === 'stale-year')).toBe(false);
});
