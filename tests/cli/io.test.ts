// Inputs the command line must refuse before reading them, whatever the command: a device,
// a FIFO with no writer (which would block an open() for ever), a 100 MB file. Run as the
// writer would, through bin/gaojiang.js. The timeout is a hang guard, not a speed assertion
// (the bench and the report give the times).
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync, truncateSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { readInput, InputRefusedError } from '$lib/cli/io';

const ROOT = path.resolve(import.meta.dirname, '../..');
const BIN = path.join(ROOT, 'bin', 'gaojiang.js');
let dir: string;
let fifo: string;
let big: string;

beforeAll(() => {
	dir = mkdtempSync(path.join(tmpdir(), 'gaojiang-cli-io-'));
	fifo = path.join(dir, 'pipe');
	spawnSync('mkfifo', [fifo]);
	big = path.join(dir, 'big.txt');
	writeFileSync(big, '');
	truncateSync(big, 100 * 1024 * 1024);
	// Build the bundle once here, so no test below pays for it.
	spawnSync(process.execPath, [BIN, '--help']);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function run(args: string[], input?: string) {
	return spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', timeout: 20_000, input });
}

const commands: Record<string, (file: string) => string[]> = {
	check: (file) => ['check', file],
	'pack validate': (file) => ['pack', 'validate', file],
	export: (file) => ['export', '--format', 'md', file, '-o', path.join(dir, 'out.md')]
};

describe('refused inputs: Chinese message, exit 2, nothing read', () => {
	for (const [name, file] of [
		['/dev/zero', () => '/dev/zero'],
		['/dev/urandom', () => '/dev/urandom'],
		['a FIFO with no writer', () => fifo],
		['a 100 MB file', () => big],
		['a folder', () => dir]
	] as const) {
		for (const [command, args] of Object.entries(commands)) {
			test(`${command} ${name}`, () => {
				const r = run(args(file()));
				expect(r.error).toBeUndefined();
				expect(r.status).toBe(2);
				expect(r.stderr).toMatch(/拒绝读取/);
				expect(r.stderr).toMatch(/不是普通文件|文件太大/);
			});
		}
	}
});

test('- reads standard input', () => {
	const r = run(['check', '-'], '20xx年，园区实现工业总产值亿元。\n');
	expect(r.status).toBe(1);
	expect(r.stdout).toContain('年份未填写');
});

test('readInput refuses over the limit even when the size was not known in advance', async () => {
	const f = path.join(dir, 'small.txt');
	writeFileSync(f, 'x'.repeat(100));
	await expect(readInput(f, 50)).rejects.toBeInstanceOf(InputRefusedError);
	expect((await readInput(f, 100)).length).toBe(100);
});
