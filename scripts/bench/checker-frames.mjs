// Where the checker's time goes on the 1,000,000-character bench text (checker.mjs's): CPU time
// per built-in rule (the check with only that rule on, less the check with every rule off) and
// per frame of missing-number (the frame alone over every folded line), plus tagging a line.
// The best of several alternating rounds, so drift on the shared machine hits every row alike.
// Prints figures; never fails on timing.
import { build } from 'vite';
import { fileURLToPath, pathToFileURL } from 'node:url';
import path from 'node:path';
import { generate } from './lib/report-text.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const outDir = path.join(root, 'node_modules', '.cache', 'gaojiang-bench-frames');
await build({
	configFile: false,
	logLevel: 'warn',
	resolve: { alias: { $lib: path.join(root, 'src/lib') } },
	build: {
		ssr: path.join(root, 'scripts/bench/frames-entry.ts'),
		outDir,
		emptyOutDir: true,
		target: 'node20',
		minify: false,
		rolldownOptions: { output: { entryFileNames: 'frames.mjs' }, checks: { pluginTimings: false } }
	}
});
const { checkText, builtinRules, FRAMES, runFrames, fold, tag, lineChars } = await import(pathToFileURL(path.join(outDir, 'frames.mjs')).href);

const big = generate(1_000_000);
const lines = fold(big).split('\n');
// Each line's rare-character bits, as the engine computes them once per line for every rule.
const chars = lines.map((s) => lineChars(s));
const ROUNDS = Number(process.env.ROUNDS ?? 5);
const cpu = (f) => {
	const c0 = process.cpuUsage();
	f();
	const c = process.cpuUsage(c0);
	return (c.user + c.system) / 1000;
};
/** The best CPU time of each job over alternating rounds. */
function best(jobs) {
	const out = jobs.map(() => Infinity);
	for (let r = 0; r < ROUNDS; r++) jobs.forEach((j, i) => (out[i] = Math.min(out[i], cpu(j))));
	return out;
}
const row = (name, ms, total) => console.log(`${name.padEnd(28)}${ms.toFixed(1).padStart(8)} ms${total ? `${((100 * ms) / total).toFixed(1).padStart(7)} %` : ''}`);

const ids = builtinRules.map((r) => r.meta.id);
const only = (keep) => ({ rules: Object.fromEntries(ids.filter((i) => i !== keep).map((i) => [i, 'off'])) });
checkText(big.slice(0, 100_000));
const ruleJobs = [() => checkText(big), () => checkText(big, only('')), ...ids.map((id) => () => checkText(big, only(id)))];
const [all, none, ...perRule] = best(ruleJobs);
console.log(`整个检查（CPU，${ROUNDS} 轮取最快）：${all.toFixed(1)} ms；全部规则关闭（分行、键、整理）：${none.toFixed(1)} ms`);
console.log('每条规则（只开这一条，减去全部关闭）：');
ids.forEach((id, i) => row(id, Math.max(0, perRule[i] - none), all));

const sink = { gap() {}, date() {} };
// The lists made once, as the rule's FRAMES is: the engine readies a list once, not per line.
const single = FRAMES.map((f) => [f]);
// The common cost per line: the engine's pass over it; for a pattern frame also the lead scan
// that tells which anchored patterns can have a candidate there (a pattern whose anchor never occurs).
const noFrames = [];
const leadScan = [{ id: 'none', description: '', pattern: { steps: [{ words: ['\u0001\u0002'] }] }, report: [], examples: { valid: [], invalid: [] } }];
const frameJobs = [
	() => lines.forEach((s) => tag(s)),
	() => lines.forEach((s, i) => runFrames(FRAMES, s, sink, '', '', chars[i])),
	...single.map((list) => () => lines.forEach((s, i) => runFrames(list, s, sink, '', '', chars[i])))
];
const [empty, emptyScan] = best([() => lines.forEach((s, i) => runFrames(noFrames, s, sink, '', '', chars[i])), () => lines.forEach((s, i) => runFrames(leadScan, s, sink, '', '', chars[i]))]);
const [tagging, frames, ...perFrame] = best(frameJobs);
console.log(
	`全部 frame：${frames.toFixed(1)} ms（每行的公共开销 ${empty.toFixed(1)} ms，加上锚点首字扫描 ${emptyScan.toFixed(1)} ms；整行标注一次 ${tagging.toFixed(1)} ms）；每个 frame 单独（减去公共开销，模式 frame 连同首字扫描）：`
);
FRAMES.forEach((f, i) => row(f.id, Math.max(0, perFrame[i] - ('pattern' in f ? emptyScan : empty)), frames));
