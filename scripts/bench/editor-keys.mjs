// Key → marks with the editor session, against today's figures in the same run: the same
// keystrokes into a 50,000-character draft (at the end and in the middle, checking on) on this
// build (build/) and on a baseline build (BENCH_BASE_BUILD, default /tmp/base-main/build: main's
// build, e.g. `git worktree add --detach /tmp/base-main main && cd /tmp/base-main && npm ci &&
// npm run build`). Runs alternate (base, new, base, new) so drift on a shared machine hits both.
// Prints p50/p95 and their ratios; never fails on timing.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { serve } from '../serve.mjs';
import { f, keystrokes, launchProbed, newDraft, paste, pct, reportText, toMiddle } from '../editor-probe.mjs';

const ROOT = path.resolve(import.meta.dirname, '../..');
const BUILD = path.join(ROOT, 'build');
const BASE = process.env.BENCH_BASE_BUILD ?? '/tmp/base-main/build';
const KEYS = Number(process.env.BENCH_KEYS ?? 100);

if (!existsSync(path.join(BUILD, 'index.html'))) {
	console.log('build/ 不存在：先运行 npm run build，再测按键到标记。');
	process.exit(0);
}
const builds = [{ name: '本分支', dir: BUILD }];
if (existsSync(path.join(BASE, 'index.html'))) builds.unshift({ name: '基线', dir: BASE });
else console.log(`没有基线构建（${BASE}）：只测本分支。设 BENCH_BASE_BUILD 指向 main 的 build/ 可对比。`);

/** One round on one build: a fresh profile, a pasted 50,000-character draft, keys at the end and in the middle. */
async function round(dir) {
	const server = await serve(dir, 0);
	const profile = mkdtempSync(path.join(tmpdir(), 'gaojiang-bench-keys-'));
	const context = await launchProbed(profile);
	try {
		const page = await context.newPage();
		await newDraft(page, '基准：按键到标记', server.url);
		await page.locator('.cm-content').first().click();
		await paste(page, reportText(50_000, '【中点】'));
		await page.keyboard.press('Control+End');
		const end = await keystrokes(page, KEYS, 'check');
		await toMiddle(page);
		const middle = await keystrokes(page, KEYS, 'check');
		return { end: end.map((t) => t.updated), middle: middle.map((t) => t.updated) };
	} finally {
		await context.close();
		await server.close();
		rmSync(profile, { recursive: true, force: true });
	}
}

const results = Object.fromEntries(builds.map((b) => [b.name, { end: [], middle: [] }]));
for (let r = 0; r < 2; r++) {
	for (const b of builds) {
		const { end, middle } = await round(b.dir);
		results[b.name].end.push(...end);
		results[b.name].middle.push(...middle);
	}
}
console.log(`按键到标记更新（Chromium，50,000 字草稿，检查开启，每处 ${KEYS * 2} 次按键，两轮交替）`);
for (const where of ['end', 'middle']) {
	const label = where === 'end' ? '末尾' : '中间';
	const line = builds.map((b) => {
		const xs = results[b.name][where];
		return `${b.name} p50 ${f(pct(xs, 50))} p95 ${f(pct(xs, 95))}`;
	});
	let ratio = '';
	if (builds.length === 2) {
		const a = results['基线'][where];
		const n = results['本分支'][where];
		ratio = ` | 本分支/基线 p50 ${(pct(n, 50) / pct(a, 50)).toFixed(2)}× p95 ${(pct(n, 95) / pct(a, 95)).toFixed(2)}×`;
	}
	console.log(`  ${label}输入：${line.join(' | ')}${ratio}`);
}
console.log('  （目标：p95 < 16 ms）');
