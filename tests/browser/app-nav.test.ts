import { afterAll, beforeAll, expect, test } from 'vitest';
import type { BrowserContext } from 'playwright-core';
import { launch, newProfileDir, removeProfileDir, serveBuild, type Served } from './harness';

let server: Served;
let context: BrowserContext;
let profile: string;

beforeAll(async () => {
	server = await serveBuild();
	profile = newProfileDir();
	context = await launch(profile);
});

afterAll(async () => {
	await context?.close();
	await server?.close();
	removeProfileDir(profile);
});

test('the navigation marks the page the writer is on', async () => {
	const page = await context.newPage();
	await page.goto(server.url);
	const current = page.locator('nav a[aria-current="page"]');
	await expect.poll(() => current.allInnerTexts()).toEqual(['草稿']);
	for (const [hash, label] of [
		['#/packs', '模板包'],
		['#/trash', '回收站'],
		['#/settings', '备份与设置'],
		['#/', '草稿']
	] as const) {
		await page.goto(server.url + hash);
		await expect.poll(() => current.allInnerTexts()).toEqual([label]);
	}
});
