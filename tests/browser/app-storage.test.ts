import { afterAll, beforeAll, expect, test } from 'vitest';
import type { BrowserContext } from 'playwright-core';
import { readFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { launch, newProfileDir, removeProfileDir, serveBuild, watchErrors, type Served } from './harness';
import { sectionEditor, sectionText } from './app-helpers';

let server: Served;
let context: BrowserContext;
let profile: string;
let work: string;

beforeAll(async () => {
	server = await serveBuild();
	profile = newProfileDir();
	context = await launch(profile);
	work = mkdtempSync(path.join(tmpdir(), 'gaojiang-storage-'));
});

afterAll(async () => {
	await context?.close();
	await server?.close();
	removeProfileDir(profile);
	rmSync(work, { recursive: true, force: true });
});

test('closing the tab right after typing (inside the debounce) still keeps the words', async () => {
	const page = await context.newPage();
	page.setDefaultTimeout(10_000);
	await page.goto(server.url);
	await page.getByPlaceholder('新草稿标题').fill('关窗测试');
	await page.getByRole('button', { name: '新建草稿' }).click();
	await page.waitForURL(/#\/drafts\//);
	const url = page.url();
	await sectionEditor(page, 0).fill('最后一句刚打完就关窗');
	await page.close({ runBeforeUnload: true });
	const again = await context.newPage();
	await again.goto(url);
	await expect.poll(() => sectionText(again, 0)).toBe('最后一句刚打完就关窗');
	await again.close();
});

test('IndexedDB blocked (private mode): a clear banner, writing still works, backup downloads', async () => {
	const page = await context.newPage();
	page.setDefaultTimeout(10_000);
	const errors = watchErrors(page);
	await page.addInitScript(() => {
		// What a browser that refuses storage does: open() fails.
		IDBFactory.prototype.open = function () {
			throw new DOMException('The user denied permission to access the database.', 'SecurityError');
		};
	});
	await page.goto(server.url);
	const banner = page.locator('.storage-banner');
	await banner.waitFor();
	expect(await banner.textContent()).toContain('浏览器存储不可用');
	await page.getByPlaceholder('新草稿标题').fill('内存里的稿子');
	await page.getByRole('button', { name: '新建草稿' }).click();
	await sectionEditor(page, 0).fill('存不进硬盘也能写');
	await expect.poll(() => page.locator('.save-status').getAttribute('data-status')).toBe('saved');
	const [download] = await Promise.all([page.waitForEvent('download'), banner.getByRole('button', { name: '立即下载备份' }).click()]);
	const file = path.join(work, 'memory.json');
	await download.saveAs(file);
	const backup = JSON.parse(readFileSync(file, 'utf8')) as { drafts: Array<{ title: string; sections: Array<{ body: string }> }> };
	expect(backup.drafts.map((d) => [d.title, d.sections[0]!.body])).toEqual([['内存里的稿子', '存不进硬盘也能写']]);
	expect(await page.locator('footer').textContent()).toContain('仅在内存中');
	expect(errors).toEqual([]);
	await page.close();
});

test('quota full: 保存失败 with the reason, the text stays, the backup offered holds it', async () => {
	const page = await context.newPage();
	page.setDefaultTimeout(10_000);
	await page.goto(server.url);
	await page.getByPlaceholder('新草稿标题').fill('空间已满');
	await page.getByRole('button', { name: '新建草稿' }).click();
	await sectionEditor(page, 0).waitFor();
	// From now on every write to IndexedDB fails the way a full disk does.
	await page.evaluate(() => {
		const fail = () => {
			throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
		};
		IDBObjectStore.prototype.put = fail;
		IDBObjectStore.prototype.add = fail;
	});
	await sectionEditor(page, 0).fill('满了也不能丢的字');
	const status = page.locator('.save-status');
	await expect.poll(() => status.getAttribute('data-status')).toBe('error');
	expect(await status.textContent()).toContain('保存失败：浏览器存储空间已满');
	expect(await sectionText(page, 0)).toBe('满了也不能丢的字');
	const [download] = await Promise.all([page.waitForEvent('download'), status.getByRole('button', { name: '立即下载备份' }).click()]);
	const file = path.join(work, 'quota.json');
	await download.saveAs(file);
	const backup = JSON.parse(readFileSync(file, 'utf8')) as { drafts: Array<{ title: string; sections: Array<{ body: string }> }> };
	expect(backup.drafts.find((d) => d.title === '空间已满')!.sections[0]!.body).toBe('满了也不能丢的字');
	await page.close();
});
