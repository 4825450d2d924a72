import { describe, expect, test, beforeAll, afterAll } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { main } from '$lib/cli/main';
import { nodeIo, type CliIo } from '$lib/cli/io';
import { hostileCases } from './hostile-cases';

const ROOT = path.resolve(import.meta.dirname, '../..');
const TEMPLATES = path.join(ROOT, 'templates');
let dir: string;

beforeAll(() => {
	dir = mkdtempSync(path.join(tmpdir(), 'gaojiang-packs-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function run(args: string[]): Promise<{ code: number; out: string[]; err: string[] }> {
	const out: string[] = [];
	const err: string[] = [];
	const io: CliIo = { ...nodeIo(), out: (t) => void out.push(t), err: (t) => void err.push(t) };
	const code = await main(args, io);
	return { code, out, err };
}

describe('gaojiang pack validate', () => {
	test('every built-in template prints OK and exits 0', async () => {
		const files = readdirSync(TEMPLATES).filter((f) => f.endsWith('.json')).map((f) => path.join(TEMPLATES, f));
		const r = await run(['pack', 'validate', ...files]);
		expect(r.code).toBe(0);
		expect(r.out.slice(0, -1)).toEqual(files.map((f) => `${f}: OK`));
	});

	test('one good file prints just OK', async () => {
		const r = await run(['pack', 'validate', path.join(TEMPLATES, 'park-annual-summary.json')]);
		expect(r).toEqual({ code: 0, out: ['OK'], err: [] });
	});

	test('a refused file prints path: message lines and exits 1', async () => {
		const file = path.join(dir, 'bad.json');
		writeFileSync(file, JSON.stringify({ type: 'gaojiang-template-pack', schemaVersion: 2, id: 'x y' }));
		const r = await run(['pack', 'validate', file]);
		expect(r.code).toBe(1);
		expect(r.out).toContain('$.id: id 只能由小写字母、数字和连字符组成，长度 2–64，如 park-annual-summary');
		expect(r.out).toContain('$.name: 缺少必填字段');
	});

	test('all hostile cases through the CLI: each refused, exit 1', async () => {
		const files = hostileCases().map((c, i) => {
			const f = path.join(dir, `hostile-${i}.json`);
			writeFileSync(f, c.text);
			return { f, c };
		});
		const r = await run(['pack', 'validate', ...files.map((x) => x.f)]);
		expect(r.code).toBe(1);
		for (const { f, c } of files) expect(r.out.some((l) => l.startsWith(`${f}: ${c.path}: `)), c.name).toBe(true);
		expect(r.out.at(-1)).toBe(`共 ${files.length} 个文件：0 个通过，${files.length} 个不通过`);
	});

	test('a missing file is refused, wrong usage exits 2', async () => {
		expect((await run(['pack', 'validate', path.join(dir, 'nope.json')])).code).toBe(1);
		expect((await run(['pack'])).code).toBe(2);
		expect((await run(['pack', 'validate'])).code).toBe(2);
	});

	test('the real command line (bin/gaojiang.js) behaves the same', () => {
		const good = spawnSync(process.execPath, ['bin/gaojiang.js', 'pack', 'validate', 'templates/secondment-summary.json'], { cwd: ROOT, encoding: 'utf8' });
		expect(good.stdout.trim()).toBe('OK');
		expect(good.status).toBe(0);
		const file = path.join(dir, 'proto.json');
		writeFileSync(file, '{"__proto__":{"x":1}}');
		const bad = spawnSync(process.execPath, ['bin/gaojiang.js', 'pack', 'validate', file], { cwd: ROOT, encoding: 'utf8' });
		expect(bad.status).toBe(1);
		expect(bad.stdout).toContain('$.__proto__: ');
	});
});
