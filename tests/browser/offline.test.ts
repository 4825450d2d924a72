// Offline: after one visit the hosted build opens, edits, saves and exports with the server gone
// (the service worker's cache); a new version is announced (有新版本，刷新即可) and waits for the
// writer instead of replacing the page mid-sentence.
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { appendFileSync, cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { serve } from '../../scripts/serve.mjs';
import { BUILD_DIR, launch, newProfileDir, removeProfileDir, watchErrors, type Served } from './harness';
import { sectionEditor, sectionText } from './app-helpers';

// A copy of the build, so that a "new version" can be made of it.
const site = mkdtempSync(path.join(tmpdir(), 'gaojiang-offline-'));
const profile = newProfileDir();
let server: Served | undefined;
let port = 0;
let context: BrowserContext;
let page: Page;
let errors: string[];

async function start(): Promise<string> {
	server = (await serve(site, port)) as Served;
	port = Number(new URL(server.url).port);
	return server.url;
}
async function stop(): Promise<void> {
	await server?.close();
	server = undefined;
}

beforeAll(async () => {
	cpSync(BUILD_DIR, site, { recursive: true });
	await start();
	context = await launch(profile);
});

afterAll(async () => {
	await context?.close();
	await stop();
	removeProfileDir(profile);
	rmSync(site, { recursive: true, force: true });
});

const url = () => `http://127.0.0.1:${port}/`;
const controlled = () => page.waitForFunction(() => navigator.serviceWorker.controller?.state === 'activated');

test('after one visit the app opens, saves and exports with the server stopped', async () => {
	page = await context.newPage();
	page.setDefaultTimeout(15_000);
	errors = watchErrors(page);
	await page.goto(url());
	// Installable: a manifest of the app's own, with a name, a start page and an icon that load.
	const manifest = await page.evaluate(async () => {
		const href = document.querySelector<HTMLLinkElement>('link[rel="manifest"]')?.href;
		if (!href) return null;
		const m = (await (await fetch(href)).json()) as { short_name: string; start_url: string; display: string; icons: { src: string }[] };
		const icon = await fetch(new URL(m.icons[0]!.src, href));
		return { ...m, icon: icon.ok && icon.headers.get('content-type') };
	});
	expect(manifest).toMatchObject({ short_name: '稿匠', start_url: './', display: 'standalone', icon: 'image/svg+xml' });
	await page.getByPlaceholder('新草稿标题', { exact: false }).fill('离线也能写');
	await page.getByRole('button', { name: '新建草稿' }).click();
	await sectionEditor(page, 0).fill('第一次打开时写下的字。');
	await expect.poll(() => page.locator('.save-status').getAttribute('data-status')).toBe('saved');
	await controlled();

	await stop();
	const reply = await page.reload();
	expect(reply?.fromServiceWorker()).toBe(true);
	await expect.poll(() => sectionText(page, 0)).toBe('第一次打开时写下的字。');
	await sectionEditor(page, 0).click();
	await page.keyboard.press('Control+End');
	await page.keyboard.type('断网后接着写。');
	await expect.poll(() => page.locator('.save-status').getAttribute('data-status')).toBe('saved');

	// The list, and an export whose code is loaded on demand, come from the cache as well.
	await page.goto(url());
	await page.locator('.draft-item').first().waitFor();
	await page.locator('.draft-item .title').first().click();
	await expect.poll(() => sectionText(page, 0)).toBe('第一次打开时写下的字。断网后接着写。');
	await page.getByRole('button', { name: '导出…' }).click();
	const [docx] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Word 公文（.docx）' }).click()]);
	expect(docx.suggestedFilename()).toMatch(/\.docx$/);
	await page.keyboard.press('Escape');
	expect(errors).toEqual([]);
});

test('a new version is announced and waits until the writer reloads', async () => {
	// The next version of the app is published while the writer is mid-sentence.
	appendFileSync(path.join(site, 'service-worker.js'), '\n// 下一个版本\n');
	await start();
	await sectionEditor(page, 0).click();
	await page.keyboard.press('Control+End');
	await page.keyboard.type('写到一半');
	await page.evaluate(() => ((window as unknown as { __sameDocument: boolean }).__sameDocument = true));
	// What the browser does by itself on navigation and periodically: look for a new worker.
	await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
	await page.getByText('有新版本，刷新即可').waitFor();

	// Nothing was swapped under the writer: same document, the sentence goes on.
	expect(await page.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument)).toBe(true);
	await page.keyboard.type('的句子。');
	await expect.poll(() => sectionText(page, 0)).toBe('第一次打开时写下的字。断网后接着写。写到一半的句子。');
	await expect.poll(() => page.locator('.save-status').getAttribute('data-status')).toBe('saved');

	await Promise.all([page.waitForEvent('load'), page.getByRole('button', { name: '刷新' }).click()]);
	expect(await page.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument)).toBeUndefined();
	await expect.poll(() => sectionText(page, 0)).toBe('第一次打开时写下的字。断网后接着写。写到一半的句子。');
	expect(await page.getByText('有新版本，刷新即可').count()).toBe(0);
	expect(errors).toEqual([]);
	await page.close();
});
