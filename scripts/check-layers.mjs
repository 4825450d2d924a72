// `npm run check:layers` (a step of `npm test`): the layers of design.md, checked by
// dependency-cruiser with .dependency-cruiser.cjs, plus one thing it cannot see — a Svelte file
// (`.svelte`, `.svelte.ts`: compiled against Svelte's runtime) inside a pure module.
// LAYERS_ROOT runs the same check over another tree (the test of the check itself).
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';

const repo = path.resolve(import.meta.dirname, '..');
const root = path.resolve(process.env.LAYERS_ROOT ?? repo);
const PURE = ['check', 'checking', 'export', 'packs', 'import'];

function* files(dir) {
	if (!existsSync(dir)) return;
	for (const e of readdirSync(dir, { withFileTypes: true })) {
		const p = path.join(dir, e.name);
		if (e.isDirectory()) yield* files(p);
		else yield p;
	}
}

let failed = false;
for (const mod of PURE) {
	for (const f of files(path.join(root, 'src/lib', mod))) {
		if (/\.svelte(\.[jt]s)?$/.test(f)) {
			console.error(`  error pure-no-svelte-files: ${path.relative(root, f)} 是 Svelte 文件，不能放在纯模块 src/lib/${mod}/ 里（移到 src/lib/state/ 或 components/）`);
			failed = true;
		}
	}
}

const targets = ['src', 'plugins'].filter((d) => existsSync(path.join(root, d)));
const bin = path.join(repo, 'node_modules/dependency-cruiser/bin/dependency-cruise.mjs');
const r = spawnSync(process.execPath, [bin, ...targets, '--config', path.join(repo, '.dependency-cruiser.cjs'), '--output-type', 'err'], {
	cwd: root,
	encoding: 'utf8',
	env: { ...process.env, ...(root === repo ? {} : { LAYERS_NO_TSCONFIG: '1' }) }
});
process.stdout.write(r.stdout);
process.stderr.write(r.stderr);
if (r.status !== 0) failed = true;
console.log(failed ? '分层检查未通过：上面列出了越层的 import。' : '分层检查通过。');
process.exit(failed ? 1 : 0);
