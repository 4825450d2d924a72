import { describe, expect, test } from 'vitest';
import { runExport } from '$lib/cli/commands/export';
import { fakeIo } from '../cli/fake-io';
import { buildDocx } from '$lib/export/build-docx';
import { parseReport } from '$lib/export/parse-report';
import { defaultSettings } from '$lib/export/settings';
import { REPORT, findTestBlanks } from './fixtures';
import { openDocx } from './docx-helpers';

const FILLED = REPORT.replace('总产值亿元', '总产值3.6亿元').replace('同比增长。', '同比增长5.2%。');

describe('gaojiang export', () => {
	test('docx from a Markdown report: the same bytes as the browser builder makes', async () => {
		const f = fakeIo({ 'r.md': FILLED });
		expect(await runExport(['--format', 'docx', 'r.md', '-o', 'r.docx'], f.io, findTestBlanks)).toBe(0);
		const bytes = f.written['r.docx'] as Uint8Array;
		const docx = await openDocx(bytes);
		const fromCli = await docx.read('word/document.xml');
		const direct = await openDocx(await buildDocx(parseReport(FILLED), defaultSettings(), { markBlanks: false }));
		expect(fromCli).toBe(await direct.read('word/document.xml'));
		expect(f.out.join('\n')).toContain('已写入 r.docx');
	});

	test.each(['md', 'txt', 'html'])('--format %s writes text', async (format) => {
		const f = fakeIo({ 'r.txt': FILLED });
		expect(await runExport([`--format=${format}`, '--preset', 'plain', 'r.txt', '-o', `o.${format}`], f.io, findTestBlanks)).toBe(0);
		const text = new TextDecoder().decode(f.written[`o.${format}`] as Uint8Array);
		expect(text).toContain('主要工作完成情况');
	});

	test('open blanks are listed with line and column and stop the export', async () => {
		const f = fakeIo({ 'r.md': REPORT });
		expect(await runExport(['--format', 'docx', 'r.md', '-o', 'r.docx'], f.io, findTestBlanks)).toBe(1);
		expect(f.written).toEqual({});
		const err = f.err.join('\n');
		expect(err).toContain('还有 2 处空白未填写');
		expect(err).toMatch(/第 3 行第 \d+ 列/);
		expect(err).toContain('--allow-blanks');
	});

	test('--allow-blanks exports and highlights them', async () => {
		const f = fakeIo({ 'r.md': REPORT });
		expect(await runExport(['--format', 'docx', '--allow-blanks', 'r.md', '-o', 'r.docx'], f.io, findTestBlanks)).toBe(0);
		const xml = await (await openDocx(f.written['r.docx'] as Uint8Array)).read('word/document.xml');
		expect(xml).toContain('<w:highlight w:val="yellow"/>');
	});

	test('GBK files are read', async () => {
		// "标题\n正文。" in GBK
		const gbk = new Uint8Array([0xb1, 0xea, 0xcc, 0xe2, 0x0a, 0xd5, 0xfd, 0xce, 0xc4, 0xa1, 0xa3]);
		const f = fakeIo({ 'g.txt': gbk });
		expect(await runExport(['--format', 'txt', 'g.txt', '-o', 'g.out'], f.io, () => [])).toBe(0);
		expect(new TextDecoder().decode(f.written['g.out'] as Uint8Array)).toBe('标题\n\n\u3000\u3000正文。\n');
	});

	test.each([
		[['r.md', '-o', 'x'], '缺少 --format'],
		[['--format', 'pdf', 'r.md', '-o', 'x'], '不支持的格式：pdf'],
		[['--format', 'docx', '--preset', 'fancy', 'r.md', '-o', 'x'], '未知的版式：fancy'],
		[['--format', 'docx', 'r.md'], '缺少输出文件'],
		[['--format', 'docx', '-o', 'x'], '缺少输入文件'],
		[['--format', 'docx', '--bogus', 'r.md', '-o', 'x'], '未知选项：--bogus']
	])('bad arguments %j → a Chinese message and exit 2', async (args, message) => {
		const f = fakeIo({ 'r.md': FILLED });
		expect(await runExport(args, f.io, () => [])).toBe(2);
		expect(f.err.join('\n')).toContain(message);
	});

	test('a missing or binary input gets a clear message', async () => {
		const f = fakeIo({ 'bin.dat': new Uint8Array([0x50, 0x4b, 0, 1]) });
		expect(await runExport(['--format', 'md', 'nope.md', '-o', 'x'], f.io, () => [])).toBe(1);
		expect(f.err.join('\n')).toContain('无法读取 nope.md');
		expect(await runExport(['--format', 'md', 'bin.dat', '-o', 'x'], f.io, () => [])).toBe(1);
		expect(f.err.join('\n')).toContain('不是文本文件');
	});
});
