// Autosave in a real browser: how long from a keystroke until the edit is confirmed in
// IndexedDB (保存中… → 已保存), for a small and a long draft; and how long the drafts list takes
// to show 300 drafts. Prints figures only; never fails on timing. Needs `npm run build` first.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { serve } from '../serve.mjs';

const root = path.resolve(import.meta.dirname, '../..');
if (!existsSync(path.join(root, 'build/index.html'))) {
	console.log('跳过：build/ 不存在，请先运行 npm run build');
	process.exit(0);
}
const server = await serve(path.join(root, 'build'), 0);
const profile = mkdtempSync(path.join(tmpdir(), 'gaojiang-bench-'));
const context = await chromium.launchPersistentContext(profile, {
	executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
	headless: true,
	args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-dev-shm-usage']
});
const page = await context.newPage();

const stats = (xs) => {
	const s = [...xs].sort((a, b) => a - b);
	const q = (p) => s[Math.min(s.length - 1, Math.floor(p * s.length))].toFixed(0);
	return `中位 ${q(0.5)} ms，p95 ${q(0.95)} ms，最大 ${q(1)} ms（${s.length} 次）`;
};

async function measure(title, sections, chars) {
	await page.goto(server.url);
	await page.getByPlaceholder('新草稿标题').fill(title);
	await page.getByRole('button', { name: '新建草稿' }).click();
	await page.locator('.section-card').locator('textarea, .cm-content').first().waitFor();
	for (let i = 1; i < sections; i++) await page.getByRole('button', { name: '添加章节' }).click();
	const filler = '全年完成重点任务，服务质量稳步提升。'.repeat(Math.ceil(chars / 18)).slice(0, chars);
	for (let i = 0; i < sections; i++) await page.locator('.section-card').locator('textarea, .cm-content').nth(i).fill(filler);
	await page.waitForSelector('.save-status[data-status="saved"]');
	const times = [];
	const area = page.locator('.section-card').locator('textarea, .cm-content').first();
	await area.focus();
	for (let i = 0; i < 15; i++) {
		const t0 = Date.now();
		await page.keyboard.insertText('字');
		await page.waitForSelector('.save-status[data-status="saved"]', { timeout: 10_000 });
		times.push(Date.now() - t0);
		await page.waitForTimeout(50);
	}
	console.log(`${title}（${sections} 节 × ${chars} 字）：按键到确认写入 ${stats(times)}`);
}

await measure('小稿', 1, 500);
await measure('长稿', 12, 4000);

// 300 drafts in the list.
await page.goto(server.url);
await page.evaluate(async () => {
	const req = indexedDB.open('gaojiang-drafts');
	const db = await new Promise((res, rej) => ((req.onsuccess = () => res(req.result)), (req.onerror = rej)));
	const tx = db.transaction('drafts', 'readwrite');
	const now = Date.now();
	for (let i = 0; i < 300; i++) {
		tx.objectStore('drafts').put({
			id: `bench${i}`, title: `测试草稿${i}`, year: 2026, packId: null, createdAt: now, updatedAt: now - i,
			revision: 1, deletedAt: null,
			sections: [{ id: 's', kind: 'free', title: '正文', body: '内容'.repeat(1000) }]
		});
	}
	await new Promise((res) => (tx.oncomplete = res));
	db.close();
});
const t0 = Date.now();
await page.reload();
await page.waitForFunction(() => document.querySelectorAll('.draft-item').length >= 300);
console.log(`草稿列表：显示 300+ 篇草稿用时 ${Date.now() - t0} ms（含页面加载）`);

await context.close();
await server.close();
rmSync(profile, { recursive: true, force: true });
