import { describe, expect, test } from 'vitest';
import JSZip from 'jszip';
import { main } from '$lib/cli/main';
import { fakeIo } from '../cli/fake-io';
import { builtinPacks, packSkeletons, startingText } from '$lib/packs';
import { DraftChecker, openBlanks } from '$lib/checking';

const duty = builtinPacks().find((p) => p.id === 'personal-duty-integrity')!;
const sections = [
	{ id: 's1', kind: 'overview', title: '一、基本情况', body: startingText(duty.sections[0]!) },
	{ id: 's2', kind: 'problems', title: '三、存在的不足', body: '本单位【单位名称】在年内完成了搬迁，aa现代产业园也已投用。' }
];

function backup(ignore: string[]) {
	const draft = { id: 'd1', title: '2026年述职报告', year: 2026, packId: duty.id, sections, createdAt: 1, updatedAt: 2, revision: 3, deletedAt: null };
	return JSON.stringify({
		type: 'gaojiang-backup',
		version: 1,
		exportedAt: '2026-12-01T00:00:00.000Z',
		drafts: [draft, { ...draft, id: 'd2', title: '另一份', sections: [] }],
		snapshots: [],
		packs: [],
		settings: [{ key: 'ignore:d1', value: ignore }]
	});
}

describe('check --draft', () => {
	test('the draft in a backup is checked with its pack and ignore list, by id or by title', async () => {
		const report = new DraftChecker({ pack: duty, year: 2026 }).check({ title: '2026年述职报告', sections });
		const all = openBlanks(report, new Set());
		const ignored = all[1]!.finding.key;
		for (const which of ['d1', '2026年述职报告']) {
			const f = fakeIo({ 'b.json': backup([ignored]) });
			expect(await main(['check', '--json', '--draft', which, 'b.json'], f.io)).toBe(1);
			const d = JSON.parse(f.out.join(''))[0].diagnostics.filter((x: { category: string }) => x.category === 'blank');
			expect(d).toHaveLength(all.length - 1);
			expect(d.map((x: { section: { id: string } }) => x.section.id)).toEqual(all.filter((_, i) => i !== 1).map((p) => ('sectionId' in p.place ? p.place.sectionId : null)));
			// The 【单位名称】 slot the editor flags is in the list.
			expect(d.some((x: { rule: string; start: number }) => x.rule === 'section/unfilled-slot' && x.start === 3)).toBe(true);
		}
	});

	test('an unknown draft is named, with the drafts the backup holds', async () => {
		const f = fakeIo({ 'b.json': backup([]) });
		expect(await main(['check', '--draft', 'nope', 'b.json'], f.io)).toBe(2);
		expect(f.err.join('\n')).toContain('2026年述职报告（d1）');
	});

	test('export --draft refuses with open blanks, and highlights exactly them in the .docx', async () => {
		const f = fakeIo({ 'b.json': backup([]) });
		expect(await main(['export', '--format', 'docx', '--draft', 'd1', 'b.json', '-o', 'o.docx'], f.io)).toBe(1);
		expect(f.err.join('\n')).toContain('三、存在的不足');
		const g = fakeIo({ 'b.json': backup([]) });
		expect(await main(['export', '--format', 'docx', '--allow-blanks', '--draft', 'd1', 'b.json', '-o', 'o.docx'], g.io)).toBe(0);
		const zip = await JSZip.loadAsync(g.written['o.docx'] as Uint8Array);
		const xml = await zip.file('word/document.xml')!.async('string');
		expect(xml).toContain('【单位名称】');
		const open = openBlanks(new DraftChecker({ pack: duty, year: 2026 }).check({ title: '2026年述职报告', sections }), new Set());
		expect((xml.match(/<w:highlight w:val="yellow"\/>/g) ?? []).length).toBeGreaterThanOrEqual(open.length);
	});
});

describe('check --pack / --year', () => {
	test('--pack splits the file by the pack section titles, so plugin rules and slots apply', async () => {
		const text = `一、基本情况\n${startingText(duty.sections[0]!)}\n三、存在的不足\n本单位【单位名称】在年内完成了搬迁。\n`;
		const packJson = JSON.stringify(duty);
		const without = fakeIo({ 'r.txt': text });
		await main(['check', '--json', 'r.txt'], without.io);
		const plain = JSON.parse(without.out.join(''))[0].diagnostics;
		expect(plain.some((x: { rule: string }) => x.rule === 'section/unfilled-slot')).toBe(false);
		const f = fakeIo({ 'r.txt': text, 'p.json': packJson });
		expect(await main(['check', '--json', '--pack', 'p.json', 'r.txt'], f.io)).toBe(1);
		const d = JSON.parse(f.out.join(''))[0].diagnostics;
		const slot = d.find((x: { rule: string; start: number }) => x.rule === "section/unfilled-slot" && text.slice(x.start).startsWith('【单位名称】'));
		expect(slot).toBeTruthy();
		expect(slot.line).toBe(4);
		expect(slot.column).toBe(4);
		// The pack's required phrase 廉洁 is present in the skeleton: no draft-wide finding.
		expect(d.some((x: { rule: string }) => x.rule === 'pack/required-phrase')).toBe(false);
	});

	test('--pack judges the numbering of section titles across the whole report (二、 after 一、 is right)', async () => {
		const park = builtinPacks().find((p) => p.id === 'park-annual-summary')!;
		const report = (titles: string[]) =>
			['2026年某园区工作总结', ...titles.flatMap((t, i) => [t, `（一）第${i + 1}项工作\n园区今年新增企业${i + 12}家。`])].join('\n') + '\n';
		const numberingOf = async (text: string) => {
			const f = fakeIo({ 'r.txt': text, 'park.json': JSON.stringify(park) });
			await main(['check', '--json', '--pack', 'park.json', 'r.txt'], f.io);
			return JSON.parse(f.out.join(''))[0].diagnostics.filter((x: { rule: string }) => x.rule === 'numbering');
		};
		const titles = park.sections.map((s) => s.title);
		expect(titles.slice(0, 4)).toEqual(['一、总体情况', '二、主要工作和成效', '三、存在的问题', '四、明年工作打算']);
		// In order, Markdown heading marks or not: nothing to say about the numbering.
		expect(await numberingOf(report(titles))).toEqual([]);
		expect(await numberingOf(report(titles.map((t) => `## ${t}`)))).toEqual([]);
		// 一、 then 三、: the skip is still found, on the 三、 line of the file.
		const skipped = report([titles[0]!, titles[2]!, titles[3]!]);
		const found = await numberingOf(skipped);
		expect(found).toHaveLength(1);
		expect(found[0].message).toContain('二、');
		expect(skipped.slice(found[0].start, found[0].end)).toBe('三');
		expect(skipped.split('\n')[found[0].line - 1]).toBe('三、存在的问题');
		expect(found[0].column).toBe(1);
	});

	test('--pack refuses a pack that does not validate, with the JSON path', async () => {
		const f = fakeIo({ 'r.txt': '正文。', 'p.json': JSON.stringify({ ...duty, rules: { 'no-such-rule': 'error' } }) });
		expect(await main(['check', '--pack', 'p.json', 'r.txt'], f.io)).toBe(2);
		expect(f.err.join('\n')).toContain('$.rules["no-such-rule"]');
	});

	test('--year takes a plausible year only', async () => {
		const f = fakeIo({ 'r.txt': '2026年，全年完成投资12亿元。' });
		expect(await main(['check', '--year', '2026', 'r.txt'], f.io)).toBe(0);
		expect(await main(['check', '--year', '明年', 'r.txt'], f.io)).toBe(2);
		expect(f.err.join('\n')).toContain('年度应为');
	});

	test('export --pack highlights the pack slots a plain export would print unmarked', async () => {
		const text = `2026年述职报告\n一、基本情况\n${startingText(duty.sections[0]!)}\n三、存在的不足\n本单位【单位名称】在年内完成了搬迁。\n`;
		const f = fakeIo({ 'r.md': text, 'p.json': JSON.stringify(duty) });
		expect(await main(['export', '--format', 'html', '--pack', 'p.json', 'r.md', '-o', 'o.html'], f.io)).toBe(1);
		expect(f.err.join('\n')).toContain('【单位名称】');
	});
});

describe('check --year', () => {
	test('the report year given on the command line reaches the year rule', async () => {
		const f = fakeIo({ 'r.txt': '2025年，全区完成固定资产投资12亿元，同比增长5%。' });
		await main(['check', '--json', '--year', '2026', 'r.txt'], f.io);
		const d = JSON.parse(f.out.join(''))[0].diagnostics;
		expect(d.map((x: { rule: string; start: number; end: number }) => [x.rule, x.start, x.end])).toContainEqual(['stale-year', 0, 4]);
		const g = fakeIo({ 'r.txt': '2025年，全区完成固定资产投资12亿元，同比增长5%。' });
		await main(['check', '--json', 'r.txt'], g.io);
		expect(JSON.parse(g.out.join(''))[0].diagnostics.some((x: { rule: string }) => x.rule === 'stale-year')).toBe(false);
	});
});
