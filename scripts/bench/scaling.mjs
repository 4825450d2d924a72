// Scaling benchmark: check, import and export (Markdown, .docx) of 100 KB, 1 MB and 2 MB of
// text, in one line and in paragraphs, dense with blanks and without, through the public
// functions. Prints the time and the ratio per doubling (≈ 2 is linear, ≈ 4 quadratic).
// A run over its time budget is stopped and reported, so one superlinear path cannot hang the
// bench. Prints figures; never fails on timing.
import { build } from 'vite';
import { fileURLToPath, pathToFileURL } from 'node:url';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';

const root = fileURLToPath(new URL('../..', import.meta.url));
const outDir = path.join(root, 'node_modules', '.cache', 'gaojiang-bench-scaling');
const BUDGET_MS = 20_000;
const SIZES = [
	['100 KB', 100 * 1024],
	['1 MB', 1024 * 1024],
	['2 MB', 2 * 1024 * 1024]
];

// Own sentences; the blank ones lose a figure ("完成产值亿元") or a year ("20xx年").
const PLAIN = ['全年完成重点任务二十三项，服务企业四百余家次。', '我们坚持问题导向，把每一项工作抓实抓细。', '群众满意度持续提升，各项指标稳中向好。'];
const BLANK = ['20xx年完成工业总产值亿元，同比增长。', '引进项目个，总投资达到亿元。', '开展检查次，整改隐患处。'];

/** About `bytes` of UTF-8 text (3 bytes a character): one line, or a paragraph every ~200 chars. */
function text(bytes, dense, oneLine) {
	const chars = Math.floor(bytes / 3);
	const pool = dense ? BLANK : PLAIN;
	let out = '';
	let para = 0;
	let i = 0;
	while (out.length < chars) {
		const s = pool[i++ % pool.length];
		out += s;
		para += s.length;
		if (!oneLine && para > 200) {
			out += '\n';
			para = 0;
		}
	}
	return out.slice(0, chars);
}

async function runOne({ op, bytes, dense, oneLine, bundle }) {
	const lib = await import(pathToFileURL(bundle).href);
	const t = text(bytes, dense, oneLine);
	const t0 = performance.now();
	if (op === 'check') lib.checkText(t);
	else if (op === 'import') {
		const src = await lib.openFile(new TextEncoder().encode(t), 'report.txt');
		if (lib.isImportError(src)) throw new Error(src.message);
		lib.importText(src);
	} else {
		const spans = lib.checkText(t).filter((f) => f.blank).map((f) => ({ from: f.from, to: f.to }));
		const t1 = performance.now();
		const doc = lib.parseReport(t, () => spans);
		await lib.buildOutput(doc, op === 'export-md' ? 'md' : 'docx', lib.defaultSettings('gbt9704'), { markBlanks: true });
		return performance.now() - t1;
	}
	return performance.now() - t0;
}

if (!isMainThread) {
	// A small run first, so the figure is the work, not the JIT warming up.
	await runOne({ ...workerData, bytes: 10 * 1024 });
	parentPort.postMessage(await runOne(workerData));
} else {
	await build({
		configFile: false,
		logLevel: 'warn',
		resolve: { alias: { $lib: path.join(root, 'src/lib'), $plugins: path.join(root, 'plugins'), $templates: path.join(root, 'templates') } },
		build: {
			ssr: path.join(root, 'scripts/bench/scaling-entry.ts'),
			outDir,
			emptyOutDir: true,
			target: 'node20',
			minify: false,
			rolldownOptions: { output: { entryFileNames: 'scaling.mjs' }, checks: { pluginTimings: false } }
		}
	});
	const bundle = path.join(outDir, 'scaling.mjs');
	/** One measurement in its own worker, stopped when over budget. */
	const measure = (job) =>
		new Promise((resolve) => {
			const w = new Worker(fileURLToPath(import.meta.url), { workerData: { ...job, bundle }, resourceLimits: { maxOldGenerationSizeMb: 4096 } });
			const timer = setTimeout(() => {
				void w.terminate();
				resolve(null);
			}, BUDGET_MS);
			w.once('message', (ms) => {
				clearTimeout(timer);
				void w.terminate();
				resolve(ms);
			});
			w.once('error', (e) => {
				clearTimeout(timer);
				resolve(`错误：${e.message}`);
			});
		});
	const fmt = (ms) => (ms === null ? `>${BUDGET_MS / 1000} s（超时）` : typeof ms === 'string' ? ms : `${ms.toFixed(0)} ms`);
	console.log(`规模测试：每格一次运行（先热身）；每翻倍 = 1 MB→2 MB 的时间比，全程平均 = 100 KB→2 MB 折算到每翻倍（≈2 线性，≈4 平方）`);
	for (const op of ['check', 'import', 'export-md', 'export-docx']) {
		for (const oneLine of [false, true]) {
			for (const dense of [false, true]) {
				const times = [];
				for (const [, bytes] of SIZES) {
					const ms = await measure({ op, bytes, dense, oneLine });
					times.push(ms);
					if (ms === null) break;
				}
				const [a, b, c] = times;
				const ratio = typeof b === 'number' && typeof c === 'number' && b > 0 ? (c / b).toFixed(2) : '—';
				// The same figure over the whole range: (t(2 MB) / t(100 KB)) ^ (1 / doublings).
				const overall = typeof a === 'number' && typeof c === 'number' && a > 0 ? Math.pow(c / a, 1 / Math.log2(SIZES[2][1] / SIZES[0][1])).toFixed(2) : '—';
				const cells = SIZES.map(([label], i) => `${label} ${times[i] === undefined ? '未测' : fmt(times[i])}`).join('，');
				console.log(`${op.padEnd(11)} ${oneLine ? '一行    ' : '分段    '} ${dense ? '空白密集' : '无空白  '}：${cells}；每翻倍 ${ratio}（全程平均 ${overall}）`);
			}
		}
	}
}
