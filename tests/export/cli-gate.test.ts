import { describe, expect, test } from 'vitest';
import { main } from '$lib/cli/main';
import { fakeIo } from '../cli/fake-io';

// Our own 范文 and reports made from it.
const FAN = '青石镇2023年度工作总结\n一、存在问题\n一是产业结构不优，新兴产业占比偏低。二是基础设施欠账较多，群众出行仍有不便。\n支持华远机械股份有限公司扩建厂房。\n';
const FILLED = '白沙镇2026年度工作总结\n一、主要成绩\n2026年，全镇财政收入2.1亿元，同比增长7%。\n';
const LEFTOVER = FILLED + '下面是小编为大家整理的工作总结，希望大家能够喜欢。\n';
const COPIED = '白沙镇2026年度工作总结\n一、存在问题\n一是产业结构不优，新兴产业占比偏低。二是基础设施欠账较多，群众出行仍有不便。\n明年继续支持华远机械股份有限公司发展。\n';

function backup(source?: string) {
	const draft = {
		id: 'd1',
		title: '白沙镇2026年度工作总结',
		year: 2026,
		packId: null,
		sections: [{ id: 's1', kind: 'free', title: '存在问题', body: COPIED.split('\n').slice(2).join('\n') }],
		createdAt: 1,
		updatedAt: 2,
		revision: 3,
		deletedAt: null,
		...(source ? { source: { fileName: '范文.txt', text: source, importedAt: 1 } } : {})
	};
	return JSON.stringify({ type: 'gaojiang-backup', version: 1, exportedAt: '2026-12-01T00:00:00.000Z', drafts: [draft], snapshots: [], packs: [], settings: [] });
}

describe('export gate: 模板残留 and 范文残留 besides blanks', () => {
	test('a 小编 line holds the export: listed as 模板残留 with its place; --allow-blanks does not pass it, --allow-residue does', async () => {
		const f = fakeIo({ 'r.md': LEFTOVER });
		expect(await main(['export', '--format', 'docx', 'r.md', '-o', 'o.docx'], f.io)).toBe(1);
		const err = f.err.join('\n');
		expect(err).toContain('模板残留 1 处');
		expect(err).toMatch(/第 4 行第 1 列：模板网站的导语/);
		expect(err).toContain('--allow-residue');
		expect(err).not.toContain('空白未填写');
		expect(f.written).toEqual({});
		const g = fakeIo({ 'r.md': LEFTOVER });
		expect(await main(['export', '--format', 'docx', '--allow-blanks', 'r.md', '-o', 'o.docx'], g.io)).toBe(1);
		const h = fakeIo({ 'r.md': LEFTOVER });
		expect(await main(['export', '--format', 'md', '--allow-residue', 'r.md', '-o', 'o.md'], h.io)).toBe(0);
		expect(new TextDecoder().decode(h.written['o.md'] as Uint8Array)).toContain('小编');
		expect(h.err.join('\n')).toContain('模板残留 1 处、范文残留 0 处');
	});

	test('a filled report with no residue exports as before', async () => {
		const f = fakeIo({ 'r.md': FILLED });
		expect(await main(['export', '--format', 'md', 'r.md', '-o', 'o.md'], f.io)).toBe(0);
		expect(f.err).toEqual([]);
	});

	test('--draft: the backup draft’s own 范文 is compared — sections still the 范文 and its names are 范文残留', async () => {
		const f = fakeIo({ 'b.json': backup(FAN) });
		expect(await main(['export', '--format', 'docx', '--draft', 'd1', 'b.json', '-o', 'o.docx'], f.io)).toBe(1);
		const err = f.err.join('\n');
		expect(err).toContain('范文残留 2 处');
		expect(err).toContain('存在问题  第 1 行第 1 列：本节 65% 与范文相同（2/3 句）');
		expect(err).toContain('范文中的名称，请确认已替换：华远机械股份有限公司');
		// The same draft without a 范文 has nothing to compare: it exports.
		const g = fakeIo({ 'b.json': backup() });
		expect(await main(['export', '--format', 'docx', '--draft', 'd1', 'b.json', '-o', 'o.docx'], g.io)).toBe(0);
	});

	test('--source compares a report file with a 范文 file; blanks and residue need both flags', async () => {
		const text = COPIED + '二、主要成绩\n全年完成农业总产值亿元。\n';
		const f = fakeIo({ 'r.md': text, 'fan.txt': FAN });
		expect(await main(['export', '--format', 'docx', '--source', 'fan.txt', 'r.md', '-o', 'o.docx'], f.io)).toBe(1);
		const err = f.err.join('\n');
		expect(err).toContain('还有 1 处空白未填写');
		expect(err).toContain('范文残留 2 处');
		expect(err).toContain('--allow-blanks（空白以黄色标出）和 --allow-residue');
		const g = fakeIo({ 'r.md': text, 'fan.txt': FAN });
		expect(await main(['export', '--format', 'docx', '--source', 'fan.txt', '--allow-blanks', '--allow-residue', 'r.md', '-o', 'o.docx'], g.io)).toBe(0);
		const h = fakeIo({ 'r.md': text });
		expect(await main(['export', '--format', 'docx', '--source', 'nope.txt', 'r.md', '-o', 'o.docx'], h.io)).toBe(2);
		expect(h.err.join('\n')).toContain('无法读取范文 nope.txt');
	});

	test('check --source lists the 范文残留 of a file', async () => {
		const f = fakeIo({ 'r.md': COPIED, 'fan.txt': FAN });
		await main(['check', '--json', '--source', 'fan.txt', 'r.md'], f.io);
		const d = JSON.parse(f.out.join(''))[0].diagnostics.filter((x: { category: string }) => x.category === 'residue');
		expect(d.map((x: { message: string; line: number }) => [x.line, x.message])).toEqual([
			[2, '本节 65% 与范文相同（2/3 句），请按实际情况改写'],
			[4, '范文中的名称，请确认已替换：华远机械股份有限公司']
		]);
	});

	test('--help names both flags', async () => {
		const f = fakeIo({});
		expect(await main(['export', '--help'], f.io)).toBe(0);
		expect(f.out.join('\n')).toMatch(/--allow-blanks[\s\S]*--allow-residue[\s\S]*模板残留/);
	});
});
