// Pack validation speed: a large valid pack, the built-ins, and hostile files (5 MB string,
// deep nesting, many values), through the same code as `gaojiang pack validate`. Prints figures.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const root = path.resolve(import.meta.dirname, '../..');
// bin/gaojiang.js rebuilds the bundle when stale.
spawnSync(process.execPath, [path.join(root, 'bin/gaojiang.js'), 'help'], { cwd: root, stdio: 'ignore' });
const { main } = await import(pathToFileURL(path.join(root, 'dist-cli/gaojiang.mjs')).href);

const dir = mkdtempSync(path.join(tmpdir(), 'gaojiang-bench-packs-'));
const quiet = { out() {}, err() {}, readFile: async (p) => new Uint8Array(readFileSync(p)), writeFile: async () => {} };

function write(name, text) {
	const f = path.join(dir, name);
	writeFileSync(f, text);
	return f;
}

const guidance = '### 要点\n\n' + '- 写清楚做了什么、做到什么程度。\n'.repeat(900);
const big = {
	type: 'gaojiang-template-pack', schemaVersion: 2, id: 'bench-big', name: '大模板包', version: '1.0.0', author: '', description: '',
	sections: Array.from({ length: 30 }, (_, i) => ({
		plugin: 'achievements', title: `章节${i}`, guidance: guidance.slice(0, 19_000),
		skeleton: '完成____亿元，增长____%。'.repeat(30),
		slots: Array.from({ length: 60 }, (_, j) => ({ name: `s${j}`, label: `指标${j}`, kind: j % 2 ? 'percent' : 'number', unit: j % 2 ? '%' : '亿元' }))
	}))
};
const cases = [
	['large valid pack', write('big.json', JSON.stringify(big))],
	['5 MB string', write('long.json', JSON.stringify({ ...big, description: '长'.repeat(5_000_000) }))],
	['nested 100000 deep', write('deep.json', '{"a":'.repeat(100_000) + '1' + '}'.repeat(100_000))],
	['60000 values', write('many.json', JSON.stringify({ ...big, checks: { forbiddenWords: Array(60_000).fill('x') } }))]
];
const templates = readdirSync(path.join(root, 'templates')).map((f) => path.join(root, 'templates', f));

async function time(label, files, runs) {
	const t0 = performance.now();
	let code = 0;
	for (let i = 0; i < runs; i++) code = await main(['pack', 'validate', ...files], quiet);
	const ms = (performance.now() - t0) / runs;
	const kb = files.reduce((n, f) => n + statSync(f).size, 0) / 1024;
	console.log(`${label.padEnd(22)} ${ms.toFixed(1).padStart(8)} ms/run  ${kb.toFixed(0).padStart(7)} KB  exit ${code}`);
}

await time('built-in packs (all)', templates, 50);
for (const [label, file] of cases) await time(label, [file], 5);
rmSync(dir, { recursive: true, force: true });
