import { describe, expect, test } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { main } from '$lib/cli/main';
import { fakeIo } from '../cli/fake-io';

const blankText = '20xx年，园区实现工业总产值亿元。\n';
const cleanText = '2023年，园区实现工业总产值12亿元。\n';

// "年产值亿元" in GBK, written byte by byte: 年 C4EA 产 B2FA 值 D6B5 亿 D2DA 元 D4AA。
const gbk = new Uint8Array([0xc4, 0xea, 0xb2, 0xfa, 0xd6, 0xb5, 0xd2, 0xda, 0xd4, 0xaa, 0xa1, 0xa3]);

describe('gaojiang check (in process)', () => {
	test('--json prints exactly the diagnostics shape, offsets into the decoded text', async () => {
		const { io, out } = fakeIo({ 'a.txt': blankText });
		const code = await main(['check', '--json', 'a.txt'], io);
		expect(code).toBe(1);
		const json = JSON.parse(out.join(''));
		expect(json).toHaveLength(1);
		expect(json[0].file).toBe('a.txt');
		const d = json[0].diagnostics;
		expect(d.map((x: { category: string; start: number; end: number }) => [x.category, x.start, x.end])).toEqual([
			['blank', 2, 4],
			['blank', 15, 15]
		]);
		expect(Object.keys(d[0]).sort()).toEqual(['category', 'column', 'end', 'line', 'message', 'rule', 'severity', 'start']);
	});

	test('a UTF-8 BOM is removed before offsets are counted', async () => {
		const bom = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(blankText)]);
		const { io, out } = fakeIo({ 'b.txt': bom });
		await main(['check', '--json', 'b.txt'], io);
		expect(JSON.parse(out.join(''))[0].diagnostics[0].start).toBe(2);
	});

	test('GBK files are decoded when the bytes are not UTF-8', async () => {
		const { io, out } = fakeIo({ 'g.txt': gbk });
		const code = await main(['check', '--json', 'g.txt'], io);
		expect(code).toBe(1);
		const d = JSON.parse(out.join(''))[0].diagnostics;
		expect(d).toHaveLength(1);
		expect(d[0].start).toBe(3);
		expect(d[0].message).toBe('此处缺少数值：年产值（亿元）');
	});

	test('human output: file:line:col  severity  rule  message, the line, exit 0 when clean', async () => {
		const { io, out } = fakeIo({ 'a.md': blankText, 'c.md': cleanText });
		expect(await main(['check', 'a.md'], io)).toBe(1);
		const text = out.join('\n');
		expect(text).toContain('a.md:1:3  错误  masked-year  年份未填写');
		expect(text).toContain('园区实现工业总产值亿元');
		const clean = fakeIo({ 'c.md': cleanText });
		expect(await main(['check', 'c.md'], clean.io)).toBe(0);
		expect(clean.out.join('')).toContain('未发现问题');
	});

	test('number findings name both places; style findings are not blanks (exit 0)', async () => {
		const report = '2026年，公司实现营业收入12.38亿元。\n\n一、经营情况\n\n全年营业收入12.38万元,园区企业由120家增至150家，增长30%。\n';
		const { io, out } = fakeIo({ 'r.txt': report });
		expect(await main(['check', 'r.txt'], io)).toBe(0);
		const text = out.join('\n');
		expect(text).toContain('r.txt:5:7  警告  measure-conflict  “营业收入”在第1行为12.38亿元，此处为12.38万元，相差10000倍，请核对单位（万/亿）');
		expect(text).toContain('rate-mismatch  增减幅度与数值不符：由120家到150家应为25.0%，此处写的是30%');
		expect(text).toContain('half-width-punct  中文里请用全角标点：“,”应为“，”');
		const json = fakeIo({ 'r.txt': report });
		await main(['check', '--json', 'r.txt'], json.io);
		const cats = JSON.parse(json.out.join(''))[0].diagnostics.map((d: { rule: string; category: string }) => `${d.rule}:${d.category}`);
		expect(cats).toEqual(['measure-conflict:content', 'half-width-punct:style', 'rate-mismatch:content']);
	});

	test('exit 2 with a Chinese message on a missing file or a bad option', async () => {
		const a = fakeIo({});
		expect(await main(['check', 'nope.txt'], a.io)).toBe(2);
		expect(a.err.join('')).toContain('无法读取文件：nope.txt');
		expect(a.out.join('')).not.toContain('未发现问题');
		const b = fakeIo({});
		expect(await main(['check', '--jsn', 'x.txt'], b.io)).toBe(2);
		expect(b.err.join('')).toContain('未知选项');
		const c = fakeIo({});
		expect(await main(['check'], c.io)).toBe(2);
	});
});

describe('gaojiang check (subprocess)', () => {
	test('the real command prints JSON and exits 1 on a blank', () => {
		const dir = mkdtempSync(path.join(tmpdir(), 'gaojiang-check-'));
		const file = path.join(dir, '报告.txt');
		writeFileSync(file, blankText);
		const root = path.resolve(import.meta.dirname, '../..');
		const r = spawnSync(process.execPath, [path.join(root, 'bin/gaojiang.js'), 'check', '--json', file], { cwd: root, encoding: 'utf8' });
		expect(r.status).toBe(1);
		const json = JSON.parse(r.stdout);
		expect(json[0].file).toBe(file);
		expect(json[0].diagnostics.filter((d: { category: string }) => d.category === 'blank')).toHaveLength(2);
	}, 60_000);
});
