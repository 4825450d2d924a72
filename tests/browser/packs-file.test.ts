import { afterAll, beforeAll, expect, test } from 'vitest';
import type { BrowserContext } from 'playwright-core';
import { existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { launch, newProfileDir, removeProfileDir, SINGLE_FILE, watchErrors } from './harness';

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

test('the single-file app (file://) lists the built-in packs and starts a draft from one', async () => {
	const page = await context.newPage();
	const errors = watchErrors(page);
	await page.goto(`${pathToFileURL(SINGLE_FILE).href}#/packs`);
	await page.locator('[data-pack-id="personal-duty-integrity"]').click();
	await page.getByRole('button', { name: '用此模板新建稿件' }).click();
	await page.waitForURL(/#\/drafts\//);
	const titles = page.locator('.section-title');
	await titles.first().waitFor();
	expect(await titles.count()).toBe(6);
	await expect(page.locator('[data-guide-kind]').textContent()).resolves.toContain('写作指引');
	// The favicon path is absolute and misses under file://; that is the app shell's, not ours.
	expect(errors.filter((e) => !/ERR_FILE_NOT_FOUND/.test(e))).toEqual([]);
});
