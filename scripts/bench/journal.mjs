// Benchmark: what the edit journal costs inside a keystroke's event (the synchronous part the
// writer waits for), on a long draft imported from a large 范文, against the previous journal in
// the same run. The baseline is the journal module of another revision (BENCH_BASE_REV, default
// the commit before the per-section journal), read with `git show` and loaded beside this one;
// its caller cloned the whole draft for every edit, so its figure includes that clone.
// IndexedDB is fake-indexeddb (Node): the figures are the JavaScript cost, not the disk.
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { createServer } from 'vite';

const root = path.resolve(import.meta.dirname, '../..');
const BASE_REV = process.env.BENCH_BASE_REV ?? '09d08be~1';
const cache = path.join(root, 'node_modules', '.cache', 'gaojiang-bench-journal');
mkdirSync(cache, { recursive: true });
let baseFile = null;
try {
	const old = execFileSync('git', ['show', `${BASE_REV}:src/lib/state/journal.ts`], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
	baseFile = path.join(cache, 'journal-base.ts');
	writeFileSync(baseFile, old.replaceAll("from './rescue'", `from '${path.join(root, 'src/lib/state/rescue.ts')}'`));
} catch {
	console.log(`没有基线（git show ${BASE_REV} 失败）：只测本分支。`);
}

const vite = await createServer({
	root,
	configFile: false,
	logLevel: 'error',
	server: { middlewareMode: true, hmr: false },
	appType: 'custom',
	resolve: { alias: { $lib: path.join(root, 'src/lib'), $plugins: path.join(root, 'plugins') } }
});
await vite.ssrLoadModule('fake-indexeddb/auto');
const current = await vite.ssrLoadModule('/src/lib/state/journal.ts');
const base = baseFile ? await vite.ssrLoadModule(baseFile) : null;

// Our own text: ten sections of 6,000 characters, and a 范文 of 1 MB kept with the draft.
const para = '全年新建改建农村公路三十公里，完成危桥改造四座，群众出行条件明显改善。';
const body = para.repeat(Math.ceil(6000 / para.length)).slice(0, 6000);
const draft = (id) => ({
	id,
	title: '二〇二六年工作总结',
	year: 2026,
	packId: null,
	sections: Array.from({ length: 10 }, (_, i) => ({ id: `s${i}`, kind: 'free', title: `第${i + 1}部分`, body })),
	createdAt: 1,
	updatedAt: 1,
	revision: 7,
	deletedAt: null,
	source: { fileName: '范文.txt', text: para.repeat(Math.ceil(1_000_000 / para.length)), importedAt: 1 }
});
const settle = () => new Promise((r) => setTimeout(r, 5));

async function run(name, write) {
	const d = draft(name);
	const times = [];
	for (let k = 0; k < 200; k++) {
		d.sections[3].body += '字';
		const t0 = performance.now();
		write(d);
		times.push(performance.now() - t0);
		if (k % 20 === 0) await settle();
	}
	await settle();
	times.sort((a, b) => a - b);
	return { p50: times[100], p95: times[190] };
}

await current.prepareJournal();
const now = await run('current', (d) => current.writeJournal(7, d));
console.log(`日志（按节写入）：每次按键 中位 ${now.p50.toFixed(3)} ms，p95 ${now.p95.toFixed(3)} ms`);
if (base) {
	await base.prepareJournal();
	const before = await run('base', (d) => base.writeJournal({ baseRevision: 7, draft: structuredClone(d), at: Date.now() }));
	console.log(`日志（基线 ${BASE_REV}，整稿写入）：每次按键 中位 ${before.p50.toFixed(3)} ms，p95 ${before.p95.toFixed(3)} ms`);
	console.log(`比值（基线 / 本分支）：中位 ${(before.p50 / now.p50).toFixed(1)}×，p95 ${(before.p95 / now.p95).toFixed(1)}×`);
}
await vite.close();
