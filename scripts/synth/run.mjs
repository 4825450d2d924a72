// `npm run score:synth [-- --seed N --variants N --out DIR --extra DIR --dense --cli OTHER/bin/gaojiang.js]`: bundles the harness
// (scripts/synth/*.ts, no project code inside it) and runs it. Prints the class table; writes
// report.md, misses.txt, alarms.txt, baseline-alarms.txt, weak-examples.md and the generated
// texts with their .gold.json (docs/) to the output folder (default synth-out/, not committed).
import { build } from 'vite';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { spawnSync } from 'node:child_process';
import path from 'node:path';

const root = fileURLToPath(new URL('../..', import.meta.url));
const args = process.argv.slice(2);
/** @type {{seed: number, variants: number, out: string, extraDirs: string[], profile: 'sparse' | 'dense', cli?: string}} */
const opt = { seed: 1, variants: 6, out: path.join(root, 'synth-out'), extraDirs: [], profile: 'sparse' };
for (let i = 0; i < args.length; i++) {
	const a = args[i];
	const v = () => args[++i];
	if (a === '--seed') opt.seed = Number(v());
	else if (a === '--variants') opt.variants = Number(v());
	else if (a === '--out') opt.out = path.resolve(v());
	else if (a === '--extra') opt.extraDirs.push(path.resolve(v()));
	else if (a === '--dense') opt.profile = 'dense';
	else if (a === '--cli') opt.cli = path.resolve(v());
	else {
		console.error(`未知参数：${a}\n用法：npm run score:synth -- [--seed N] [--variants N] [--out 目录] [--extra 含 .gold.json 的目录] [--dense] [--cli 另一份检出的 bin/gaojiang.js]`);
		process.exit(2);
	}
}
if (!Number.isInteger(opt.seed) || !Number.isInteger(opt.variants) || opt.variants < 1) {
	console.error('--seed 和 --variants 须为整数');
	process.exit(2);
}

// The CLI bundle must be current (bin/gaojiang.js rebuilds a stale one, but do it once here, not per batch).
// (Another checkout's --cli is built there: its bin/gaojiang.js rebuilds a stale bundle itself.)
if (!opt.cli) {
	const cli = spawnSync(process.execPath, [path.join(root, 'scripts/build-cli.mjs')], { stdio: 'inherit' });
	if (cli.status !== 0) process.exit(cli.status ?? 2);
}

const outDir = path.join(root, 'node_modules', '.cache', 'gaojiang-synth');
await build({
	configFile: false,
	logLevel: 'warn',
	build: {
		ssr: path.join(root, 'scripts/synth/main.ts'),
		outDir,
		emptyOutDir: true,
		target: 'node20',
		minify: false,
		rolldownOptions: { output: { entryFileNames: 'synth.mjs' }, checks: { pluginTimings: false } }
	}
});
const { run } = await import(pathToFileURL(path.join(outDir, 'synth.mjs')).href);
console.log(run({ root, ...opt }));
console.log(`\n漏检例子：${path.relative(root, path.join(opt.out, 'misses.txt'))}，弱类：${path.relative(root, path.join(opt.out, 'weak-examples.md'))}`);
