// 文件夹模式 in Chromium. The folder the writer would pick is a real FileSystemDirectoryHandle
// from the origin-private file system (the picker itself cannot be driven headless), and the
// browser's permission rule is kept: a folder remembered from an earlier visit must be granted
// again by a click (queryPermission says 'prompt' on every new page until requestPermission is
// called with a user gesture).
import { expect, test } from 'vitest';
import { axeViolations, describeViolations, useServedApp, watchErrors } from './harness';
import { sectionEditor, sectionText } from './app-helpers';
import { FOLDER, DATA_FILE, folderInitScript, folderFile, browserStorage, openGate, writeFolderFile } from './folder-helpers';
import type { Page } from 'playwright-core';

const app = useServedApp();

async function newPage(): Promise<{ page: Page; errors: string[] }> {
	const page = await app.context.newPage();
	page.setDefaultTimeout(15_000);
	page.on('dialog', (d) => void d.accept());
	return { page, errors: watchErrors(page) };
}

test('drafts move into the folder, are written to 稿匠数据.json, come back after a reload and a grant, and never reach the browser’s storage', async () => {
	await app.context.addInitScript(folderInitScript, FOLDER);
	const { page, errors } = await newPage();
	// A draft written in the browser's storage first: moving in must keep it.
	await page.goto(app.server.url);
	await page.getByPlaceholder('新草稿标题').fill('搬家前的草稿');
	await page.getByRole('button', { name: '新建草稿' }).click();
	await page.waitForURL(/#\/drafts\/[0-9a-f]{32}$/);
	await sectionEditor(page, 0).fill('浏览器里写的一句话');
	await expect.poll(() => page.locator('.save-status').getAttribute('data-status')).toBe('saved');
	await page.goto(app.server.url);
	await page.locator('[data-folder-panel="off"]').waitFor();
	await page.getByRole('button', { name: '选择文件夹并把草稿移进去' }).click();

	// The page starts again; the folder must be granted before anything is shown.
	await page.locator('[data-folder-gate]').waitFor();
	expect(await page.locator('.draft-item').count()).toBe(0);
	await openGate(page);
	await expect.poll(() => page.locator('.draft-item .title').allTextContents()).toEqual(['搬家前的草稿']);
	expect(await folderFile(page, DATA_FILE)).toContain('浏览器里写的一句话');
	expect(await browserStorage(page)).not.toContain('浏览器里写的一句话');

	// Writing in folder mode.
	await page.getByPlaceholder('新草稿标题').fill('文件夹里的述职报告');
	await page.getByRole('button', { name: '新建草稿' }).click();
	await page.waitForURL(/#\/drafts\/[0-9a-f]{32}$/);
	const area = sectionEditor(page, 0);
	await area.click();
	await area.pressSequentially('本年度完成招商项目十二个。');
	await expect.poll(() => folderFile(page, DATA_FILE)).toContain('本年度完成招商项目十二个。');
	await expect.poll(() => page.locator('footer [data-folder="on"]').textContent()).toMatch(/已写入文件夹 \d\d:\d\d:\d\d/);
	const stored = await browserStorage(page);
	expect(stored).not.toContain('本年度完成招商项目');
	expect(stored).not.toContain('浏览器里写的一句话');

	await page.reload();
	await openGate(page);
	await expect.poll(() => sectionText(page, 0)).toBe('本年度完成招商项目十二个。');
	expect(await browserStorage(page)).not.toContain('本年度完成招商项目');
	expect(errors).toEqual([]);
	await page.close();
});

test('a second tab does not open the same folder (two copies would overwrite each other)', async () => {
	const { page } = await newPage();
	await page.goto(app.server.url);
	await openGate(page);
	await page.locator('[data-folder-panel="on"]').waitFor();
	const { page: other } = await newPage();
	await other.goto(app.server.url);
	await openGate(other);
	await expect.poll(() => other.locator('[data-folder-gate="other-tab"]').count()).toBe(1);
	expect(await other.getByRole('alert').textContent()).toContain('另一个标签页');
	await other.close();
	await page.close();
});

test('without a grant, and with a damaged data file, the gate says why in Chinese and the file is left as it was', async () => {
	const { page, errors } = await newPage();
	await page.goto(app.server.url);
	// The writer says 拒绝 in the browser's prompt: nothing is shown from anywhere else.
	await page.evaluate(() => ((window as unknown as { __deny: boolean }).__deny = true));
	await openGate(page);
	await expect.poll(() => page.locator('[data-folder-gate="denied"]').count()).toBe(1);
	expect(await page.getByRole('alert').textContent()).toContain('没有获得读写这个文件夹的许可');
	expect(await page.locator('.draft-item').count()).toBe(0);
	await page.evaluate(() => ((window as unknown as { __deny: boolean }).__deny = false));
	const good = (await folderFile(page, DATA_FILE))!;
	const damaged = good.slice(0, Math.floor(good.length / 2));
	await writeFolderFile(page, DATA_FILE, damaged);
	await page.getByRole('button', { name: '重新授权' }).click();
	await expect.poll(() => page.locator('[data-folder-gate="damaged"]').count()).toBe(1);
	expect(await page.getByRole('alert').textContent()).toContain('读不出来');
	expect(await folderFile(page, DATA_FILE)).toBe(damaged);
	expect(await page.locator('.draft-item').count()).toBe(0);
	const gateViolations = await axeViolations(page);
	expect(gateViolations.map((v) => v.id), describeViolations(gateViolations)).toEqual([]);
	// Put the good file back: 重试 opens it.
	await writeFolderFile(page, DATA_FILE, good);
	await page.getByRole('button', { name: '重试' }).click();
	await expect.poll(() => page.locator('.draft-item').count()).toBe(2);
	expect(errors).toEqual([]);
	await page.close();
});

test('moving back out puts every draft into the browser’s storage and leaves the folder’s file', async () => {
	const { page, errors } = await newPage();
	await page.goto(app.server.url);
	await openGate(page);
	await page.locator('[data-folder-panel="on"]').waitFor();
	const violations = await axeViolations(page);
	expect(violations.map((v) => v.id), describeViolations(violations)).toEqual([]);
	await page.getByRole('button', { name: '移回浏览器存储' }).click();
	await page.locator('[data-folder-panel="off"]').waitFor();
	await expect.poll(() => page.locator('.draft-item .title').allTextContents().then((t) => t.sort())).toEqual(['搬家前的草稿', '文件夹里的述职报告']);
	expect(await browserStorage(page)).toContain('本年度完成招商项目十二个。');
	expect(await folderFile(page, DATA_FILE)).toContain('本年度完成招商项目十二个。');
	expect(errors).toEqual([]);
	await page.close();
});
