// SIGKILL the whole browser 0, 50 and 100 ms after the last keystroke, several times over:
// every character that reached the page must be there after relaunch (the edit journal).
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { BrowserContext } from 'playwright-core';
import { killBrowser, launch, waitForBrowserExit, newProfileDir, removeProfileDir, serveBuild, watchErrors, type Served } from './harness';
import { sectionEditor, sectionText } from './app-helpers';

let server: Served;
let profile: string;
let context: BrowserContext | null = null;

beforeAll(async () => {
	server = await serveBuild();
	profile = newProfileDir();
});

afterAll(async () => {
	await context?.close().catch(() => {});
	await server?.close();
	removeProfileDir(profile);
});

const ROUNDS = [0, 50, 100, 0, 50, 100];
const PIECES = ['一是', '压实责任，', '二是', '优化流程，', '三是', '强化督查。'];

test(`SIGKILL ${ROUNDS.join('/')} ms after the last key: nothing that reached the page is lost`, async () => {
	context = await launch(profile);
	let page = await context.newPage();
	page.setDefaultTimeout(15_000);
	await page.goto(server.url);
	await page.getByPlaceholder('新草稿标题').fill('断电不丢字');
	await page.getByRole('button', { name: '新建草稿' }).click();
	await page.waitForURL(/#\/drafts\/[0-9a-f]{32}$/);
	const url = page.url();
	let expected = '';
	const lost: string[] = [];
	for (const [round, delay] of ROUNDS.entries()) {
		const editor = sectionEditor(page, 0);
		await editor.click();
		await page.keyboard.press('Control+End');
		// Type without pausing, so the autosave (which waits for a pause) has not run.
		for (const piece of PIECES) {
			for (const ch of `${piece}${round}`) {
				await page.keyboard.insertText(ch);
				expected += ch;
			}
		}
		if (delay > 0) await new Promise((r) => setTimeout(r, delay));
		killBrowser(profile);
		context = null;
		await waitForBrowserExit(profile);
		context = await launch(profile);
		page = await context.newPage();
		page.setDefaultTimeout(15_000);
		const errors = watchErrors(page);
		await page.goto(url);
		await sectionEditor(page, 0).waitFor();
		await expect.poll(() => sectionText(page, 0)).toBe(expected);
		if ((await sectionText(page, 0)) !== expected) lost.push(`round ${round}`);
		// Recovered words are stored again (idle: they were already; saved: from the journal).
		await expect.poll(() => page.locator('.save-status').getAttribute('data-status')).toMatch(/^(idle|saved)$/);
		expect(errors).toEqual([]);
	}
	expect(lost).toEqual([]);
}, 300_000);
