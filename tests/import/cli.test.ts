import { describe, expect, test } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { main } from '$lib/cli/main';
import { fakeIo } from '../cli/fake-io';
import { buildDocx, fixture } from './helpers';

describe('gaojiang import', () => {
	test('--json prints the contract: encoding, title, samples with sections, removed', async () => {
		const f = fakeIo({ 'page.txt': fixture('site-page.gbk.txt') });
		expect(await main(['import', '--json', 'page.txt'], f.io)).toBe(0);
		const j = JSON.parse(f.out.join('')) as {
			encoding: string;
			title: string;
			samples: Array<{ title: string; sections: Array<{ title: string; kind: string; body: string }> }>;
			removed: Array<{ kind: string; text: string }>;
		};
		expect(j.encoding).toBe('gbk');
		expect(j.title).toBe('2025年街道社区工作总结');
		expect(j.samples).toHaveLength(3);
		expect(j.samples[0]?.sections[2]).toEqual({ title: '三、存在的问题', kind: 'problems', body: '一是老旧小区改造进度偏慢；二是志愿者队伍还不稳定。' });
		expect(j.removed.map((r) => r.kind)).toContain('intro');
		expect(j.removed.map((r) => r.kind)).toContain('related-links');
	});

	test('without --json: a short Chinese summary', async () => {
		const f = fakeIo({ 'page.txt': fixture('site-page.utf16le.txt') });
		expect(await main(['import', 'page.txt'], f.io)).toBe(0);
		const text = f.out.join('\n');
		expect(text).toContain('page.txt（UTF-16（小端））“2025年街道社区工作总结”：3 篇范文');
		expect(text).toContain('三、存在的问题 [存在问题]');
	});

	test('a .docx', async () => {
		const f = fakeIo({ 'r.docx': await buildDocx() });
		expect(await main(['import', '--json', 'r.docx'], f.io)).toBe(0);
		expect(JSON.parse(f.out.join('')).samples[0].title).toBe('2025年度信息中心工作总结');
	});

	test.each([
		['a missing file', [], '读不了文件'],
		['a .doc', [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], '另存为'],
		['a corrupt .docx', [0x50, 0x4b, 0x03, 0x04, 1, 2, 3], '已损坏'],
		['a binary file', [0, 1, 2, 3, 0xff, 0xfe, 0, 0x9c, 1], '不是文本']
	])('%s → exit 2 with a Chinese message', async (_what, bytes, words) => {
		const files: Record<string, Uint8Array> = bytes.length ? { 'f.docx': new Uint8Array(bytes) } : {};
		if (bytes[0] === 0xd0) files['f.docx'] = new Uint8Array(bytes);
		const name = bytes[0] === 0 ? 'f.bin' : 'f.docx';
		if (bytes[0] === 0) files['f.bin'] = new Uint8Array(bytes);
		const f = fakeIo(files);
		expect(await main(['import', name], f.io)).toBe(2);
		expect(f.err.join('\n')).toContain(words);
	});

	test('usage errors exit 2', async () => {
		const f = fakeIo({});
		expect(await main(['import'], f.io)).toBe(2);
		expect(await main(['import', '--bogus', 'x'], f.io)).toBe(2);
		expect(f.err.join('\n')).toContain('未知选项：--bogus');
	});
});

describe('check and export read .docx and .html through the same decoding', () => {
	test('check finds the blanks in a .docx and in a web page', async () => {
		const f = fakeIo({ 'r.docx': await buildDocx(), 'p.html': fixture('web-page.html') });
		expect(await main(['check', '--json', 'r.docx', 'p.html'], f.io)).toBe(1);
		const [docx, html] = JSON.parse(f.out.join('')) as Array<{ diagnostics: Array<{ category: string }> }>;
		expect(docx?.diagnostics.filter((d) => d.category === 'blank').length).toBeGreaterThanOrEqual(3);
		expect(html?.diagnostics.filter((d) => d.category === 'blank').length).toBeGreaterThanOrEqual(2);
	});

	test('export turns a .docx into Markdown', async () => {
		const f = fakeIo({ 'r.docx': await buildDocx() });
		expect(await main(['export', '--format', 'md', '--allow-blanks', 'r.docx', '-o', 'r.md'], f.io)).toBe(0);
		const md = f.written['r.md'];
		expect(typeof md === 'string' ? md : new TextDecoder().decode(md)).toContain('二、存在的不足');
	});

	test('the built command line: import --json on a real file', () => {
		const bin = path.resolve('bin/gaojiang.js');
		if (!existsSync(bin)) return;
		const dir = mkdtempSync(path.join(tmpdir(), 'gj-import-'));
		const file = path.join(dir, '范文.txt');
		writeFileSync(file, fixture('site-page.txt'));
		const r = spawnSync(process.execPath, [bin, 'import', '--json', file], { encoding: 'utf8' });
		expect(r.status).toBe(0);
		expect(JSON.parse(r.stdout).samples).toHaveLength(3);
	});
});
