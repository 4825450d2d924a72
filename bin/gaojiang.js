#!/usr/bin/env node
// Entry of the `gaojiang` command. The TypeScript sources are bundled into dist-cli/ by
// `npm ci` (prepare script); if that bundle is missing or older than the sources, rebuild it first.
import { existsSync, statSync, readdirSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { fileURLToPath, pathToFileURL } from 'node:url';
import path from 'node:path';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const bundle = path.join(root, 'dist-cli', 'gaojiang.mjs');

function newestMtime(dir) {
	let newest = 0;
	if (!existsSync(dir)) return newest;
	for (const entry of readdirSync(dir, { withFileTypes: true })) {
		const full = path.join(dir, entry.name);
		if (entry.isDirectory()) newest = Math.max(newest, newestMtime(full));
		else newest = Math.max(newest, statSync(full).mtimeMs);
	}
	return newest;
}

function stale() {
	if (!existsSync(bundle)) return true;
	const built = statSync(bundle).mtimeMs;
	return ['src/lib', 'plugins', 'templates'].some((d) => newestMtime(path.join(root, d)) > built);
}

if (stale() && existsSync(path.join(root, 'node_modules', 'vite'))) {
	const r = spawnSync(process.execPath, [path.join(root, 'scripts', 'build-cli.mjs')], {
		cwd: root,
		stdio: ['ignore', 'ignore', 'inherit']
	});
	if (r.status !== 0) {
		process.stderr.write('gaojiang：命令行工具构建失败，请先运行 npm ci\n');
		process.exit(2);
	}
}

const { main } = await import(pathToFileURL(bundle).href);
process.exitCode = await main(process.argv.slice(2));
