import { afterAll, beforeAll, expect, test } from 'vitest';
import type { BrowserContext } from 'playwright-core';
import { launch, newProfileDir, removeProfileDir, serveBuild, watchErrors, type Served } from './harness';

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

test('the built app loads with a Chinese title and no errors', async () => {
	const page = await context.newPage();
	const errors = watchErrors(page);
	await page.goto(server.url);
	await expect(page.title()).resolves.toContain('稿匠');
	expect(errors).toEqual([]);
});
