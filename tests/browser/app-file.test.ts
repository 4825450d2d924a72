import { afterAll, beforeAll, expect, test } from 'vitest';
import type { BrowserContext } from 'playwright-core';
import { existsSync, readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { launch, newProfileDir, removeProfileDir, watchErrors, SINGLE_FILE } from './harness';
import { sectionEditor, sectionText } from './app-helpers';

let context: BrowserContext;
let profile: string;

beforeAll(async () => {
	if (!existsSync(SINGLE_FILE)) throw new Error('gaojiang.html 不存在：请先运行 npm run build:file');
	profile = newProfileDir();
	context = await launch(profile);
});

afterAll(async () => {
	await context?.close();
	removeProfileDir(profile);
});

test('gaojiang.html references no ./_app files and no external URL', () => {
	const html = readFileSync(SINGLE_FILE, 'utf8');
	const refs = [...html.matchAll(/\b(?:src|href)\s*=\s*["']([^"']+)["']/g)].map((m) => m[1]!);
	const bad = refs.filter((r) => /_app\//.test(r) || /^(?:https?:)?\/\//.test(r));
	expect(bad).toEqual([]);
	expect(html).not.toMatch(/["'(]\.?\/_app\/immutable/);
	expect(html).not.toMatch(/<link[^>]+rel=["']?(?:stylesheet|modulepreload)[^>]+href=["']?https?:/);
});

test('gaojiang.html opened from file:// creates a draft and reloads it', async () => {
	const page = await context.newPage();
	page.setDefaultTimeout(10_000);
	const errors = watchErrors(page);
	const requests: string[] = [];
	page.on('request', (r) => requests.push(r.url()));
	const failed: string[] = [];
	page.on('requestfailed', (r) => failed.push(r.url()));
	const url = pathToFileURL(SINGLE_FILE).href;
	await page.goto(url);
	await page.getByPlaceholder('新草稿标题').fill('离线单文件');
	await page.getByRole('button', { name: '新建草稿' }).click();
	await page.waitForURL(/gaojiang\.html#\/drafts\/[0-9a-f]{32}$/);
	await sectionEditor(page, 0).fill('在没有网络的电脑上写');
	await expect.poll(() => page.locator('.save-status').getAttribute('data-status')).toBe('saved');
	await page.reload();
	await expect.poll(() => sectionText(page, 0)).toBe('在没有网络的电脑上写');
	await page.goto(url);
	await expect.poll(() => page.locator('.draft-item .title').allTextContents()).toEqual(['离线单文件']);
	const dbs = await page.evaluate(async () => (await indexedDB.databases()).map((d) => d.name));
	expect(dbs).toContain('gaojiang-drafts');
	expect(requests.filter((r) => !r.startsWith('file://') && !r.startsWith('data:'))).toEqual([]);
	// app.html's favicon link is absolute ("/favicon.svg"): on file:// it points at the disk root.
	// That is the shell's to fix (reported); everything else must load and run cleanly.
	const faviconMisses = failed.filter((u) => u.endsWith('/favicon.svg')).length;
	expect(failed.length).toBe(faviconMisses);
	expect(errors.filter((e) => !/ERR_FILE_NOT_FOUND/.test(e))).toEqual([]);
	expect(errors.length).toBe(faviconMisses);
	await page.close();
});

test('from file:// the app says plainly that other local pages share its storage', async () => {
	const page = await context.newPage();
	page.setDefaultTimeout(10_000);
	await page.goto(pathToFileURL(SINGLE_FILE).href);
	const notice = page.locator('[data-file-notice]');
	await notice.waitFor();
	expect(await notice.textContent()).toContain('共用同一份浏览器存储');
	// …and offers the way out: drafts in a folder the writer picks, switched on from the drafts list.
	expect(await notice.locator('[data-folder-link]').textContent()).toBe('文件夹模式');
	await notice.locator('[data-folder-link]').click();
	await page.locator('[data-folder-panel="off"]').getByRole('button', { name: '选择文件夹并把草稿移进去' }).waitFor();
	await notice.getByRole('button', { name: '知道了' }).click();
	await expect.poll(() => notice.count()).toBe(0);
	await page.close();
});
