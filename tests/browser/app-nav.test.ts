import { expect, test } from 'vitest';
import { useServedApp } from './harness';

const app = useServedApp();

test('the navigation marks the page the writer is on', async () => {
	const page = await app.context.newPage();
	await page.goto(app.server.url);
	const current = page.locator('nav a[aria-current="page"]');
	await expect.poll(() => current.allInnerTexts()).toEqual(['草稿']);
	for (const [hash, label] of [
		['#/packs', '模板包'],
		['#/trash', '回收站'],
		['#/settings', '备份与设置'],
		['#/', '草稿']
	] as const) {
		await page.goto(app.server.url + hash);
		await expect.poll(() => current.allInnerTexts()).toEqual([label]);
	}
});
