// Checker benchmark: throughput on a generated 1,000,000-character report, the ratio to one
// plain regex pass over the same text, and the time to re-check a 50,000-character document
// after a one-character edit with IncrementalChecker. Prints figures; never fails on timing.
//
// Against a baseline in the same run: BENCH_BASE_SRC names a checkout whose src/lib/check is the
// code to compare with (default /tmp/base-main, e.g. `git worktree add --detach /tmp/base-main
// main`, or `git archive main src/lib | tar -x -C /tmp/base-main`). Runs alternate (base, new,
// base, new) so drift on the shared machine hits both; the ratios are base ÷ new.
import { build } from 'vite';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { generate, rand } from './lib/report-text.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const BASE = process.env.BENCH_BASE_SRC ?? '/tmp/base-main';

/** Bundles one checkout's checker (vite is installed by npm ci; nothing else is needed). */
async function bundle(from, name) {
	const outDir = path.join(root, 'node_modules', '.cache', 'gaojiang-bench', name);
	await build({
		configFile: false,
		logLevel: 'warn',
		resolve: { alias: { $lib: path.join(from, 'src/lib') } },
		build: {
			ssr: path.join(from, 'src/lib/check/index.ts'),
			outDir,
			emptyOutDir: true,
			target: 'node20',
			minify: false,
			rolldownOptions: { output: { entryFileNames: 'check.mjs' }, checks: { pluginTimings: false } }
		}
	});
	return import(pathToFileURL(path.join(outDir, 'check.mjs')).href);
}
const builds = [{ name: '本分支', mod: await bundle(root, 'head') }];
if (existsSync(path.join(BASE, 'src/lib/check/index.ts')) && path.resolve(BASE) !== path.resolve(root)) {
	builds.unshift({ name: '基线', mod: await bundle(BASE, 'base') });
} else console.log(`没有基线（${BASE}/src/lib/check）：只测本分支。设 BENCH_BASE_SRC 指向 main 的检出可同场对比。`);

const big = generate(1_000_000);
{
	const lines = big.split('\n');
	const distinct = new Set(lines);
	console.log(`测试文本：${big.length.toLocaleString('en')} 字符，${lines.length} 行，其中不同的行 ${distinct.size} 行（${[...distinct].reduce((n, l) => n + l.length, 0).toLocaleString('en')} 字符）`);
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
// Wall time and this process's CPU time (the machine is shared; CPU time is steadier).
const time = (fn, runs) => {
	const ts = [];
	const cs = [];
	let out;
	for (let i = 0; i < runs; i++) {
		const c0 = process.cpuUsage();
		const t0 = performance.now();
		out = fn();
		ts.push(performance.now() - t0);
		const c = process.cpuUsage(c0);
		cs.push((c.user + c.system) / 1000);
	}
	return { ms: median(ts), best: Math.min(...ts), cpu: median(cs), out };
};

const re = /亿元|万元|%|年/g;
const plain = time(() => {
	let c = 0;
	re.lastIndex = 0;
	while (re.exec(big)) c++;
	return c;
}, 7);
console.log(`一次普通正则扫描（/亿元|万元|%|年/g）：中位 ${plain.ms.toFixed(1)} ms，最快 ${plain.best.toFixed(1)} ms`);

// The same edits for every build: a 50,000-character document, one-character edits at random places.
const doc = big.slice(0, 50_000);
const edits = [];
{
	let len = doc.length;
	for (let i = 0; i < 400; i++) {
		const at = Math.floor(rand() * len);
		const insert = rand() < 0.5;
		edits.push({ at, insert });
		len += insert ? 1 : -1;
	}
}
/**
 * The edits on a fresh checker; `round` 0 is the first pass (the JIT still compiling the re-check
 * path, as in the first minute of an editing session), 1 the same edits again on a new checker
 * (as after a few minutes of typing: the editor's steady state).
 */
function incremental({ IncrementalChecker }) {
	const inc = new IncrementalChecker();
	inc.check(doc);
	let text = doc;
	const times = [];
	const cpu = [];
	for (const { at, insert } of edits) {
		text = insert ? text.slice(0, at) + '5' + text.slice(at) : text.slice(0, at) + text.slice(at + 1);
		const c0 = process.cpuUsage();
		const t0 = performance.now();
		inc.check(text);
		times.push(performance.now() - t0);
		const c = process.cpuUsage(c0);
		cpu.push((c.user + c.system) / 1000);
	}
	return { times: times.sort((a, b) => a - b), cpu: cpu.sort((a, b) => a - b), text };
}

/** Whole checks of `text`, alternating between the builds (one per build per round), after a warm-up. */
function alternate(text, rounds) {
	for (const b of builds) b.mod.checkText(text.slice(0, 100_000)); // warm up the JIT
	const runs = builds.map(() => ({ ts: [], cs: [], out: null }));
	for (let round = 0; round < rounds; round++) {
		builds.forEach((b, i) => {
			const r = time(() => b.mod.checkText(text), 1);
			runs[i].ts.push(r.ms);
			runs[i].cs.push(r.cpu);
			runs[i].out = r.out;
		});
	}
	return runs;
}
const runs = alternate(big, 7);
const results = builds.map((b, i) => {
	const full = { ms: median(runs[i].ts), best: Math.min(...runs[i].ts), cpu: median(runs[i].cs), out: runs[i].out };
	const inc = incremental(b.mod);
	const warm = incremental(b.mod);
	const p = (q, xs = inc.times) => xs[Math.min(xs.length - 1, Math.floor(q * xs.length))];
	const one = time(() => b.mod.checkText(inc.text), 5);
	return { name: b.name, full, p50: p(0.5), p90: p(0.9), p95: p(0.95), cpu50: p(0.5, inc.cpu), cpu95: p(0.95, inc.cpu), warm50: p(0.5, warm.times), warm95: p(0.95, warm.times), whole: one.ms };
});
for (const r of results) {
	const { full } = r;
	console.log(
		`[${r.name}] checkText: ${big.length.toLocaleString()} 字符，中位 ${full.ms.toFixed(1)} ms（CPU ${full.cpu.toFixed(1)} ms，最快 ${full.best.toFixed(1)} ms），` +
			`${(big.length / full.ms / 1000).toFixed(1)} 百万字符/秒（按 CPU 时间 ${(big.length / full.cpu / 1000).toFixed(1)}），是普通正则扫描的 ${(full.ms / plain.ms).toFixed(1)} 倍；` +
			`发现 ${full.out.length} 处（空白 ${full.out.filter((f) => f.category === 'blank').length}）`
	);
	console.log(`[${r.name}] 增量重查（50,000 字符文档，单字符编辑 ${edits.length} 次）：p50 ${r.p50.toFixed(2)} ms，p90 ${r.p90.toFixed(2)} ms，p95 ${r.p95.toFixed(2)} ms（CPU 时间 p50 ${r.cpu50.toFixed(2)} ms，p95 ${r.cpu95.toFixed(2)} ms）；整篇重查 ${r.whole.toFixed(2)} ms`);
	console.log(`[${r.name}] 同样的编辑再来一遍（新的检查器，JIT 已热，即编辑几分钟后的常态）：p50 ${r.warm50.toFixed(2)} ms，p95 ${r.warm95.toFixed(2)} ms`);
}
if (results.length === 2) {
	const [a, b] = results;
	// A speed-up changes nothing: every field of every finding (keys and fixes too) as the baseline's.
	const same = JSON.stringify(runs[0].out) === JSON.stringify(runs[1].out);
	console.log(`与基线的检查结果${same ? '完全相同（每处的位置、说明、键、修改建议）' : '不同！（请查看改动）'}`);
	console.log(
		`基线 ÷ 本分支：checkText 中位 ${(a.full.ms / b.full.ms).toFixed(2)} 倍，CPU ${(a.full.cpu / b.full.cpu).toFixed(2)} 倍；` +
			`重查 p50 ${(a.p50 / b.p50).toFixed(2)} 倍，p95 ${(a.p95 / b.p95).toFixed(2)} 倍，CPU p95 ${(a.cpu95 / b.cpu95).toFixed(2)} 倍，热重查 p95 ${(a.warm95 / b.warm95).toFixed(2)} 倍（大于 1 即本分支更快）`
	);
}
console.log(`目标：≥ 10 百万字符/秒，重查 p95 < 2 ms`);

// The same on text as reports are written: every blind fixture (tests/check/fixtures/blind, about
// a million characters of messy reports by writers who never read the checker) as one document.
// The generated text above repeats a few hundred phrasings; this one meets every rule's slow path.
{
	const dir = path.join(root, 'tests/check/fixtures/blind');
	const real = readdirSync(dir)
		.filter((f) => f.endsWith('.txt'))
		.sort()
		.map((f) => readFileSync(path.join(dir, f), 'utf8'))
		.join('\n\n');
	const rr = alternate(real, 5);
	builds.forEach((b, i) => {
		const ms = median(rr[i].ts);
		const cpu = median(rr[i].cs);
		console.log(`[${b.name}] 实际文本（盲测集 ${real.length.toLocaleString('en')} 字符）：中位 ${ms.toFixed(1)} ms（CPU ${cpu.toFixed(1)} ms），${(real.length / ms / 1000).toFixed(2)} 百万字符/秒（按 CPU 时间 ${(real.length / cpu / 1000).toFixed(2)}）；发现 ${rr[i].out.length} 处`);
	});
	if (builds.length === 2) {
		const same = JSON.stringify(rr[0].out) === JSON.stringify(rr[1].out);
		console.log(`实际文本：与基线的检查结果${same ? '完全相同' : '不同！（请查看改动）'}；基线 ÷ 本分支：中位 ${(median(rr[0].ts) / median(rr[1].ts)).toFixed(2)} 倍，CPU ${(median(rr[0].cs) / median(rr[1].cs)).toFixed(2)} 倍`);
	}
}
const { checkText } = builds[builds.length - 1].mod;

// Linear in line length and in blanks per line: one long line of 1 MB and of 2 MB, CPU time.
const cpuOf = (f) => {
	const c0 = process.cpuUsage();
	f();
	const c = process.cpuUsage(c0);
	return (c.user + c.system) / 1000;
};
for (const [name, unit] of [
	['空白密集', '实现产值亿元，同比增长，新建个站点，xx镇投入**万元，'],
	['空格与括号', '退出  人，上升(下降)个百分点，营业收入      56,xx1      '],
	['普通文字', '全年工作稳步推进，成效明显。']
]) {
	const one = unit.repeat(Math.ceil(1e6 / unit.length)).slice(0, 1e6);
	const two = unit.repeat(Math.ceil(2e6 / unit.length)).slice(0, 2e6);
	const a = cpuOf(() => checkText(one));
	const b = cpuOf(() => checkText(two));
	console.log(`单行 ${name}：1 MB ${a.toFixed(0)} ms，2 MB ${b.toFixed(0)} ms（CPU），比值 ${(b / a).toFixed(2)}（线性约为 2）`);
}
