// Shared by the editor benchmarks (bench:editor, and scripts/bench/editor-keys.mjs, which
// compares two builds): Chromium launch options, the in-page probes (key event → check → frame),
// a report text generator and the steps that create a draft, paste and type.
import { chromium } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
	'--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'];

/** A persistent Chromium context on `profile` with the probes installed. */
export async function launchProbed(profile) {
	const context = await chromium.launchPersistentContext(profile, {
		executablePath: CHROMIUM, headless: true, args: ARGS, viewport: { width: 1280, height: 900 }, locale: 'zh-CN'
	});
	await installProbes(context);
	return context;
}

/** A report text of about `size` characters: my own sentences, filled and with blanks. */
export function reportText(size, marker = '') {
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

export function pct(values, p) {
	const s = [...values].sort((a, b) => a - b);
	return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] ?? NaN;
}
export const f = (ms) => `${ms.toFixed(1)} ms`;

// In-page probes: key event → (input | check) → next animation frame → frame committed.
export async function installProbes(context) {
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
}

/** Creates a draft from the list page at `url`; resolves when its editor shows. */
export async function newDraft(page, title, url) {
	await page.goto(url);
	await page.getByPlaceholder('新草稿标题', { exact: false }).fill(title);
	await page.getByRole('button', { name: '新建草稿' }).click();
	await page.locator('.cm-content').first().waitFor();
}

/** Pastes text into the focused editor as a real paste event would; resolves when checked and painted. */
export async function paste(page, text) {
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

export async function keystrokes(page, count, waitFor) {
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

export async function toMiddle(page) {
	await page.locator('.cm-content').first().click();
	await page.keyboard.press('Control+f');
	await page.keyboard.insertText('【中点】');
	await page.keyboard.press('Enter');
	await page.keyboard.press('Escape');
	await page.locator('.cm-content').first().focus();
	await page.keyboard.press('ArrowRight');
}

