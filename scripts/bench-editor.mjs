// `npm run bench:editor`: the editor in Chromium against the built app.
// - a 50,000-character draft, 200 keystrokes at the end and 200 in the middle: p50/p95 of the
//   time from the key event to the updated decorations being painted, with checking and without
//   (localStorage switch gaojiang:editor:nocheck), and their ratio;
// - pasting 60,000 characters into a section until the text is editable and checked;
// - reopening that draft after a reload until it is editable (and checked).
// Prints figures; never fails on timing.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { serve } from './serve.mjs';
import { f, keystrokes, launchProbed, newDraft, paste, pct, reportText, toMiddle } from './editor-probe.mjs';

const ROOT = path.resolve(import.meta.dirname, '..');
const BUILD = path.join(ROOT, 'build');

if (!existsSync(path.join(BUILD, 'index.html'))) {
	console.log('build/ 不存在，先构建（npm run build）…');
	const r = spawnSync('npm', ['run', '-s', 'build'], { cwd: ROOT, stdio: 'inherit' });
	if (r.status !== 0) process.exit(1);
}

const server = await serve(BUILD, 0);
const profile = mkdtempSync(path.join(tmpdir(), 'gaojiang-bench-'));
const context = await launchProbed(profile);

async function typingRun(checking) {
	const page = await context.newPage();
	await page.goto(server.url);
	await page.evaluate((off) => localStorage.setItem('gaojiang:editor:nocheck', off ? '1' : '0'), !checking);
	await newDraft(page, checking ? '基准：检查' : '基准：不检查', server.url);
	await page.locator('.cm-content').first().click();
	await paste(page, reportText(50_000, '【中点】'));
	await page.waitForTimeout(300);
	// Both runs wait for the session's check pass (with the switch off it finds nothing), so the
	// only difference between them is the checker's own cost.
	const waitFor = 'check';
	await page.keyboard.press('Control+End');
	const resetChecks = () => page.evaluate(() => (/** @type {any} */ (window).__editorBench.checkMs = []));
	const checkMs = () => page.evaluate(() => /** @type {any} */ (window).__editorBench.checkMs);
	await resetChecks();
	const end = await keystrokes(page, 200, waitFor);
	const endChecks = await checkMs();
	await toMiddle(page);
	await resetChecks();
	const middle = await keystrokes(page, 200, waitFor);
	const middleChecks = await checkMs();
	await page.evaluate(() => localStorage.removeItem('gaojiang:editor:nocheck'));
	await page.close();
	return { end, middle, endChecks, middleChecks };
}

try {
	console.log('编辑器基准（Chromium，50,000 字草稿，末尾与中间各 200 次按键；按键事件 → 标记更新 → 绘制）');
	const plain = await typingRun(false);
	const checked = await typingRun(true);
	for (const where of /** @type {const} */ (['end', 'middle'])) {
		const label = where === 'end' ? '末尾' : '中间';
		for (const stage of /** @type {const} */ (['updated', 'painted'])) {
			const a = plain[where].map((t) => t[stage]);
			const b = checked[where].map((t) => t[stage]);
			const name = stage === 'updated' ? '到标记更新' : '到绘制完成';
			console.log(
				`  ${label}输入 ${name}  不检查 p50 ${f(pct(a, 50))} p95 ${f(pct(a, 95))} | 检查 p50 ${f(pct(b, 50))} p95 ${f(pct(b, 95))}` +
					` | p95 检查/不检查 ${(pct(b, 95) / pct(a, 95)).toFixed(2)}×`
			);
		}
		const c = checked[where === 'end' ? 'endChecks' : 'middleChecks'];
		console.log(`    其中检查本身（取文本、增量检查、更新标记）p50 ${f(pct(c, 50))} p95 ${f(pct(c, 95))}，共 ${c.length} 次`);
	}
	console.log('  （目标：p95 < 16 ms；“到绘制完成”含等待下一帧的 0–16.7 ms）');

	const page = await context.newPage();
	await newDraft(page, '基准：粘贴', server.url);
	await page.locator('.cm-content').first().click();
	const pasteMs = await paste(page, reportText(60_000));
	const afterPaste = (await keystrokes(page, 5, 'check')).map((t) => t.painted);
	console.log(`  粘贴 60,000 字到可编辑并检查完：${f(pasteMs)}；随后按键到绘制 p50 ${f(pct(afterPaste, 50))}（目标 < 1000 ms）`);
	await page.waitForTimeout(1500); // autosave
	await page.reload();
	await page.locator('.cm-content .cm-line').first().waitFor();
	await page.waitForFunction(() => /** @type {any} */ (window).__editorBench.firstChecked > 0);
	const reopen = await page.evaluate(() => {
		const b = /** @type {any} */ (window).__editorBench;
		return { editable: b.editableAt, checked: b.firstChecked };
	});
	console.log(`  重新载入后到可编辑：${f(reopen.editable)}，到检查完：${f(reopen.checked)}（自导航开始；目标 < 1000 ms）`);
	await page.close();
} finally {
	await context.close();
	await server.close();
	rmSync(profile, { recursive: true, force: true });
}
