import { afterAll, beforeAll, expect, test } from 'vitest';
import type { BrowserContext } from 'playwright-core';
import { killBrowser, launch, waitForBrowserExit, newProfileDir, removeProfileDir, serveBuild, type Served } from './harness';
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

test('type, SIGKILL the browser mid-typing, relaunch: everything typed > 500 ms before the kill is there', async () => {
	context = await launch(profile);
	const page = await context.newPage();
	page.setDefaultTimeout(10_000);
	await page.goto(server.url);
	await page.getByPlaceholder('新草稿标题').fill('断电测试');
	await page.getByRole('button', { name: '新建草稿' }).click();
	await page.waitForURL(/#\/drafts\/[0-9a-f]{32}$/);
	const url = page.url();
	const area = sectionEditor(page, 0);
	await area.click();

	// Type steadily for about 2.5 s without pausing, noting when each character went in.
	const source = '今年以来，我们坚持稳中求进工作总基调，扎实推进各项重点任务，全年完成招商项目若干个，服务企业数百家次，群众满意度持续提升。下一步将继续抓好落实。';
	const typed: Array<{ text: string; at: number }> = [];
	let text = '';
	const start = Date.now();
	for (const ch of source) {
		await page.keyboard.insertText(ch);
		text += ch;
		typed.push({ text, at: Date.now() });
		if (Date.now() - start > 2500) break;
		await new Promise((r) => setTimeout(r, 30));
	}
	const killedAt = Date.now();
	killBrowser(profile);
	context = null;

	const mustHave = [...typed].reverse().find((t) => t.at < killedAt - 500);
	expect(mustHave, 'typing ran long enough to test').toBeTruthy();
	console.log(`crash test: typed ${text.length} chars, ${mustHave!.text.length} of them > 500 ms before the kill`);

	await waitForBrowserExit(profile);
	context = await launch(profile);
	const again = await context.newPage();
	again.setDefaultTimeout(10_000);
	await again.goto(url);
	const body = await sectionText(again, 0);
	console.log(`crash test: ${body.length} chars survived`);
	expect(body.startsWith(mustHave!.text)).toBe(true);
	expect(text.startsWith(body)).toBe(true);
});
