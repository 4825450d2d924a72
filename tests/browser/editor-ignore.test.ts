import { expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { useServedApp, watchErrors } from './harness';
import { badge, editor, editorText, newDraft } from './editor-helpers';

const app = useServedApp();

/** How many ignored keys the database holds for the draft open in the page (the settings row `ignore:<id>`). */
function storedIgnores(page: Page): Promise<number> {
	return page.evaluate(async () => {
		const draftId = decodeURIComponent(location.hash.replace(/^#\/drafts\//, '').split(/[/?]/)[0] ?? '');
		const db = await new Promise<IDBDatabase>((resolve, reject) => {
			const open = indexedDB.open('gaojiang-drafts');
			open.onsuccess = () => resolve(open.result);
			open.onerror = () => reject(open.error);
		});
		const row = await new Promise<{ value?: unknown } | undefined>((resolve, reject) => {
			const get = db.transaction('settings').objectStore('settings').get(`ignore:${draftId}`);
			get.onsuccess = () => resolve(get.result as { value?: unknown } | undefined);
			get.onerror = () => reject(get.error);
		});
		db.close();
		return Array.isArray(row?.value) ? row.value.length : 0;
	});
}

const TEXT = '全年经济运行总体平稳，实现工业总产值亿元，同比增长，';

test('忽略此处 survives a reload and edits elsewhere, and can be undone from the panel', async () => {
	const page = await app.context.newPage();
	const errors = watchErrors(page);
	await newDraft(page, app.server.url);
	await editor(page).click();
	// Keys name a finding by ~8 characters around it, so "elsewhere" means farther than that.
	await page.keyboard.type(TEXT);
	await expect.poll(() => badge(page).textContent()).toBe('还有 2 处未填写');

	const panel = page.locator('.findings-panel');
	await panel.getByRole('button', { name: '忽略此处' }).first().click();
	await expect.poll(() => badge(page).textContent()).toBe('还有 1 处未填写');
	// The underline goes on the editor's next update, which a loaded machine may paint after the badge.
	await expect.poll(() => page.locator('.cm-content .gj-blank').count()).toBe(1);

	// Reload once it is stored: the text and the ignored finding are both remembered.
	await expect.poll(() => storedIgnores(page)).toBe(1);
	await expect.poll(() => page.locator('.save-status').getAttribute('data-status')).toBe('saved');
	await page.reload();
	await editor(page).waitFor();
	await expect.poll(() => editorText(page)).toBe(TEXT);
	await expect.poll(() => badge(page).textContent()).toBe('还有 1 处未填写');
	await expect.poll(() => panel.locator('summary').textContent()).toBe('已忽略（1）');

	// An edit elsewhere in the text does not bring it back.
	await editor(page).click();
	await page.keyboard.press('Control+End');
	await page.keyboard.type('各项工作平稳推进。');
	await page.keyboard.press('Control+Home');
	await page.keyboard.type('今年，');
	await expect.poll(() => editorText(page)).toBe('今年，' + TEXT + '各项工作平稳推进。');
	await expect.poll(() => badge(page).textContent()).toBe('还有 1 处未填写');

	// 取消忽略 from the panel, and that too survives a reload.
	await panel.locator('summary').click();
	await panel.getByRole('button', { name: '取消忽略' }).click();
	await expect.poll(() => badge(page).textContent()).toBe('还有 2 处未填写');
	await expect.poll(() => storedIgnores(page)).toBe(0);
	await page.reload();
	await editor(page).waitFor();
	await expect.poll(() => badge(page).textContent()).toBe('还有 2 处未填写');
	expect(errors).toEqual([]);
	await page.close();
});
