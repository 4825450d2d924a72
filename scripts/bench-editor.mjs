// `npm run bench:editor`: the editor in Chromium against the built app.
// - a 50,000-character draft, 200 keystrokes at the end and 200 in the middle: p50/p95 of the
//   time from the key event to the updated decorations being painted, with checking and without
//   (localStorage switch gaojiang:editor:nocheck), and their ratio;
// - pasting 60,000 characters into a section until the text is editable and checked;
// - reopening that draft after a reload until it is editable (and checked).
// Prints figures; never fails on timing.
import { chromium } from 'playwright-core';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { serve } from './serve.mjs';

const ROOT = path.resolve(import.meta.dirname, '..');
const BUILD = path.join(ROOT, 'build');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
	'--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'];

if (!existsSync(path.join(BUILD, 'index.html'))) {
	console.log('build/ 不存在，先构建（npm run build）…');
	const r = spawnSync('npm', ['run', '-s', 'build'], { cwd: ROOT, stdio: 'inherit' });
	if (r.status !== 0) process.exit(1);
}

/** A report text of about `size` characters: my own sentences, filled and with blanks. */
function reportText(size, marker = '') {
	const filled = [
		'全年完成地区生产总值386.4亿元，同比增长6.2%，高于全市平均水平。',
		'新建改建农村公路42公里，完成危桥改造7座，群众出行条件明显改善。',
		'组织各类培训班18期，培训干部职工1260人次，队伍素质持续提升。',
		'学校新增学位900个，教师队伍结构进一步优化，教学质量稳中有升。'
	];
	const blanks = [
		'实现规模以上工业增加值亿元，同比增长，占全区比重。',
		'20__年，aa工业园区新签约项目个，总投资亿元。',
		'全年接待游客万人次，实现旅游收入亿元。'
	];
	const parts = [];
	let n = 0;
	let i = 0;
	while (n < size) {
		const para = (i % 5 === 4 ? blanks[i % blanks.length] : filled[i % filled.length]) + filled[(i + 1) % filled.length];
		parts.push(`（${(i % 9) + 1}）${para}`);
		n += para.length + 5;
		i++;
		if (marker && parts.length === Math.floor(size / 200)) parts.push(marker);
	}
	return parts.join('\n').slice(0, size);
}

function pct(values, p) {
	const s = [...values].sort((a, b) => a - b);
	return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] ?? NaN;
}
const f = (ms) => `${ms.toFixed(1)} ms`;

const server = await serve(BUILD, 0);
const profile = mkdtempSync(path.join(tmpdir(), 'gaojiang-bench-'));
const context = await chromium.launchPersistentContext(profile, {
	executablePath: CHROMIUM, headless: true, args: ARGS, viewport: { width: 1280, height: 900 }, locale: 'zh-CN'
});

// In-page probes: key event → (input | check) → next animation frame → frame committed.
await context.addInitScript(() => {
	const w = /** @type {any} */ (window);
	const bench = (w.__editorBench = { t0: 0, waitFor: 'check', resolve: null, firstChecked: 0, editableAt: 0 });
	// `updated`: the text (and, when checking, its underlines) is in the DOM; `painted`: the next
	// animation frame has run and the frame is committed (a message after rAF), as a reader sees it.
	const finish = () => {
		const updated = performance.now() - bench.t0;
		requestAnimationFrame(() => {
			const ch = new MessageChannel();
			ch.port1.onmessage = () => {
				const r = bench.resolve;
				bench.resolve = null;
				if (r) r({ updated, painted: performance.now() - bench.t0 });
			};
			ch.port2.postMessage(0);
		});
	};
	document.addEventListener('keydown', () => (bench.t0 = performance.now()), true);
	bench.checkMs = [];
	window.addEventListener('gaojiang:checked', (e) => {
		bench.checkMs.push(/** @type {CustomEvent} */ (e).detail.ms);
		if (!bench.firstChecked) bench.firstChecked = performance.now();
		if (bench.resolve && bench.waitFor === 'check') finish();
	});
	new MutationObserver((_, obs) => {
		const line = document.querySelector('.cm-content .cm-line');
		if (line && line.textContent) {
			bench.editableAt = performance.now();
			obs.disconnect();
		}
	}).observe(document, { childList: true, subtree: true, characterData: true });
});

async function newDraft(page, title) {
	await page.goto(server.url);
	await page.getByPlaceholder('新草稿标题', { exact: false }).fill(title);
	await page.getByRole('button', { name: '新建草稿' }).click();
	await page.locator('.cm-content').first().waitFor();
}

/** Pastes text into the focused editor as a real paste event would; resolves when checked and painted. */
async function paste(page, text) {
	return page.evaluate(
		(text) =>
			new Promise((resolve) => {
				const el = document.querySelector('.cm-content');
				const t0 = performance.now();
				const onChecked = () => {
					window.removeEventListener('gaojiang:checked', onChecked);
					requestAnimationFrame(() => {
						const ch = new MessageChannel();
						ch.port1.onmessage = () => resolve(performance.now() - t0);
						ch.port2.postMessage(0);
					});
				};
				window.addEventListener('gaojiang:checked', onChecked);
				const dt = new DataTransfer();
				dt.setData('text/plain', text);
				el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true }));
			}),
		text
	);
}

async function keystrokes(page, count, waitFor) {
	const times = [];
	for (let i = 0; i < count; i++) {
		// Arm first, then press, then collect: the probe must be listening before the key arrives.
		await page.evaluate((waitFor) => {
			const b = /** @type {any} */ (window).__editorBench;
			b.waitFor = waitFor;
			b.promise = new Promise((r) => (b.resolve = r));
		}, waitFor);
		await page.keyboard.press(String.fromCharCode(97 + (i % 26)));
		times.push(await page.evaluate(() => /** @type {any} */ (window).__editorBench.promise));
	}
	return times;
}

async function toMiddle(page) {
	await page.locator('.cm-content').first().click();
	await page.keyboard.press('Control+f');
	await page.keyboard.insertText('【中点】');
	await page.keyboard.press('Enter');
	await page.keyboard.press('Escape');
	await page.locator('.cm-content').first().focus();
	await page.keyboard.press('ArrowRight');
}

async function typingRun(checking) {
	const page = await context.newPage();
	await page.goto(server.url);
	await page.evaluate((off) => localStorage.setItem('gaojiang:editor:nocheck', off ? '1' : '0'), !checking);
	await newDraft(page, checking ? '基准：检查' : '基准：不检查');
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
	await newDraft(page, '基准：粘贴');
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
