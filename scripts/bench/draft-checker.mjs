// Draft checker benchmark: the whole-draft check (titles, every section with its plugin and the
// pack, the draft-wide rules) of a 60,000-character draft started from a built-in pack — cold
// (a new checker, as `gaojiang check --draft` and a first export do) and warm (after a
// one-character edit in one section, as the export dialog after typing) — and the open blanks it
// finds. Prints figures; never fails on timing.
//
// Against a baseline in the same run: BENCH_BASE_SRC names a checkout whose src/lib is the code
// to compare with (as for checker.mjs: `git archive main src/lib | tar -x -C /tmp/base-main`);
// the plugins are the baseline's when it holds them (else this branch's), the packs this branch's. Base and branch run alternately, twice each; the
// figures are the second round's.
import { build } from 'vite';
import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import path from 'node:path';
import { performance } from 'node:perf_hooks';

const root = fileURLToPath(new URL('../..', import.meta.url));
const BASE = process.env.BENCH_BASE_SRC ?? '/tmp/base-main';

async function bundle(lib, name, plugins = path.join(root, 'plugins')) {
	const outDir = path.join(root, 'node_modules', '.cache', 'gaojiang-bench-checking', name);
	await build({
		configFile: false,
		logLevel: 'warn',
		resolve: { alias: { $lib: lib, $plugins: plugins, $templates: path.join(root, 'templates') } },
		build: {
			ssr: path.join(root, 'scripts/bench/draft-checker-entry.ts'),
			outDir,
			emptyOutDir: true,
			target: 'node20',
			minify: false,
			rolldownOptions: { output: { entryFileNames: 'checking.mjs' }, checks: { pluginTimings: false } }
		}
	});
	return import(pathToFileURL(path.join(outDir, 'checking.mjs')).href);
}
const builds = [{ name: '本分支', mod: await bundle(path.join(root, 'src/lib'), 'head') }];
if (existsSync(path.join(BASE, 'src/lib/checking/index.ts')) && path.resolve(BASE) !== path.resolve(root)) {
	// The baseline's own plugins when the archive holds them (`git archive main src/lib plugins`).
	const basePlugins = existsSync(path.join(BASE, 'plugins/index.ts')) ? path.join(BASE, 'plugins') : undefined;
	builds.unshift({ name: '基线', mod: await bundle(path.join(BASE, 'src/lib'), 'base', basePlugins) });
} else console.log(`没有基线（${BASE}/src/lib）：只测本分支。设 BENCH_BASE_SRC 指向 main 的检出可同场对比。`);
// The draft is built from this branch's packs for both builds.
const { builtinPacks } = builds[builds.length - 1].mod;

// Our own sentences; about one in six with blanks.
let seed = 7;
const rand = () => ((seed = (seed * 1103515245 + 12345) >>> 0) / 2 ** 32);
const pick = (xs) => xs[Math.floor(rand() * xs.length)];
const num = () => (rand() * 900 + 10).toFixed(rand() < 0.5 ? 1 : 0);
const filled = [
	() => `全年新签约项目${Math.floor(rand() * 30)}个，协议总投资${num()}亿元，同比增长${(rand() * 10).toFixed(1)}%。`,
	() => `园区完成规模以上工业总产值${num()}亿元，税收收入${num()}亿元。`,
	() => `组织开展企业走访${Math.floor(rand() * 300)}家次，协调解决问题${Math.floor(rand() * 90)}个。`,
	() => `我们坚持问题导向，把服务企业作为第一要务，营商环境持续改善。`
];
const blank = [
	() => `全年实现营业收入亿元，同比增长，占全区比重。`,
	() => `20__年，aa现代产业园新引进项目____个，总投资____亿元。`,
	() => `新增就业岗位个，完成年度目标的。`
];
function body(size) {
	const parts = [];
	let n = 0;
	let para = '';
	while (n < size) {
		para += rand() < 1 / 6 ? pick(blank)() : pick(filled)();
		if (para.length > 150 + rand() * 150) {
			parts.push(para);
			n += para.length + 1;
			para = '';
		}
	}
	return parts.join('\n').slice(0, size);
}

const pack = builtinPacks().find((p) => p.id === 'park-annual-summary');
const sizes = [6000, 24500, 9500, 15000, 5000];
const draft = {
	title: '2026年园区工作总结',
	sections: pack.sections.map((s, i) => ({ id: `s${i}`, kind: s.plugin, title: s.title, body: (s.skeleton ? s.skeleton + '\n' : '') + body(sizes[i] ?? 1000) }))
};
const chars = draft.sections.reduce((n, s) => n + s.body.length, 0);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const p95 = (xs) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * 0.95))];

/**
 * Every figure for one build; returns its printed lines and the per-keystroke figures. Each call
 * makes the same edits; the 范文 differs by round (one line), so its index is really built.
 */
function measure({ DraftChecker, openBlanks }, round) {
	seed = 11;
	const lines = [];
	new DraftChecker({ pack, year: 2026 }).check(draft); // warm up the JIT
	const cold = [];
	let report;
	for (let i = 0; i < 9; i++) {
		const t0 = performance.now();
		report = new DraftChecker({ pack, year: 2026 }).check(draft);
		cold.push(performance.now() - t0);
	}
	const open = openBlanks(report, new Set()).length;
	const findings = report.texts.reduce((n, t) => n + t.findings.length, report.draft.length);

	const checker = new DraftChecker({ pack, year: 2026 });
	checker.check(draft);
	const warm = [];
	let current = draft;
	for (let i = 0; i < 200; i++) {
		const k = Math.floor(rand() * current.sections.length);
		const s = current.sections[k];
		const at = Math.floor(rand() * s.body.length);
		const edited = { ...s, body: s.body.slice(0, at) + '5' + s.body.slice(at) };
		current = { ...current, sections: current.sections.map((x, j) => (j === k ? edited : x)) };
		const t0 = performance.now();
		checker.check(current);
		warm.push(performance.now() - t0);
	}

	lines.push(
		`整稿检查（${chars.toLocaleString()} 字、${draft.sections.length} 节，模板包 ${pack.id}：内置规则 + 章节插件 + 模板包 + 全稿规则）：` +
			`冷启动中位 ${median(cold).toFixed(1)} ms（最快 ${Math.min(...cold).toFixed(1)} ms），发现 ${findings} 处，其中未填空白 ${open} 处`
	);
	lines.push(`  改一个字之后的整稿复查（同一检查器，${warm.length} 次）：p50 ${median(warm).toFixed(2)} ms，p95 ${p95(warm).toFixed(2)} ms`);
	lines.push('  目标：冷启动 < 100 ms（命令行 check --draft、首次导出），复查 < 16 ms（导出对话框、预览）');

	// 范文 residue: the same draft imported from a 范文 (its own text, so every sentence is still the
	// 范文 — the dearest case). The editor's path per keystroke: one section checked and its share
	// read. The 范文 is indexed once per checker; the figures compare with and without it.
	const fan = draft.sections.map((s) => `${s.title}\n${s.body}`).join('\n') + `\n第${round + 1}轮`;
	function perKeystroke(context) {
		const c = new DraftChecker(context);
		c.check(draft);
		const times = [];
		let cur = draft.sections[1];
		for (let i = 0; i < 200; i++) {
			const at = Math.floor(rand() * cur.body.length);
			cur = { ...cur, body: cur.body.slice(0, at) + '5' + cur.body.slice(at) };
			const t0 = performance.now();
			c.checkSection(cur);
			c.residueOf(cur.body);
			times.push(performance.now() - t0);
		}
		return times;
	}
	const t0 = performance.now();
	new DraftChecker({ pack, year: 2026, source: fan }).check(draft);
	const coldFan = performance.now() - t0;
	const plainKeys = perKeystroke({ pack, year: 2026 });
	const fanKeys = perKeystroke({ pack, year: 2026, source: fan });
	lines.push(
		`范文比对（范文 ${fan.length.toLocaleString()} 字，${draft.sections[1].body.length.toLocaleString()} 字的一节逐字修改 ${fanKeys.length} 次）：` +
			`整稿冷启动 ${coldFan.toFixed(1)} ms；每次按键的本节检查 p50 ${median(plainKeys).toFixed(2)} → ${median(fanKeys).toFixed(2)} ms，` +
			`p95 ${p95(plainKeys).toFixed(2)} → ${p95(fanKeys).toFixed(2)} ms（无范文 → 有范文）`
	);
	return { lines, fan: { p50: median(fanKeys), p95: p95(fanKeys), cold: coldFan }, plain: { p50: median(plainKeys), p95: p95(plainKeys) } };
}

let results = [];
for (let round = 0; round < 2; round++) results = builds.map((b) => ({ name: b.name, ...measure(b.mod, round) }));
for (const r of results) for (const line of r.lines) console.log(`[${r.name}] ${line}`);
if (results.length === 2) {
	const [a, b] = results;
	console.log(
		`基线 ÷ 本分支（有范文时每次按键）：p50 ${(a.fan.p50 / b.fan.p50).toFixed(2)} 倍，p95 ${(a.fan.p95 / b.fan.p95).toFixed(2)} 倍；` +
			`有范文的整稿冷启动 ${(a.fan.cold / b.fan.cold).toFixed(2)} 倍（大于 1 即本分支更快）`
	);
}
