// Only the keyboard: every step of a writing session is reached with Tab / Shift+Tab, Enter and
// Escape, and focus lands somewhere sensible after creating, deleting and closing dialogs.
import { expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { useServedApp, watchErrors } from './harness';
import { sectionText } from './app-helpers';

const app = useServedApp();

/** What the focused element is called (its aria-label, else its text), and its tag. */
function focused(page: Page): Promise<{ name: string; tag: string; cls: string }> {
	return page.evaluate(() => {
		const el = document.activeElement as HTMLElement | null;
		return {
			name: (el?.getAttribute('aria-label') ?? el?.textContent ?? '').trim(),
			tag: el?.tagName.toLowerCase() ?? '',
			cls: el?.className ?? ''
		};
	});
}

/** Presses Tab (or Shift+Tab) until the focused element's name is `name`; fails after 80 presses. */
async function tabTo(page: Page, name: string | RegExp, back = false): Promise<void> {
	for (let i = 0; i < 80; i++) {
		const f = await focused(page);
		if (typeof name === 'string' ? f.name === name : name.test(f.name)) return;
		await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
	}
	throw new Error(`按 Tab 到不了「${name}」`);
}

test('a whole session by keyboard, with focus placed after create, delete and dialogs', async () => {
	const page = await app.context.newPage();
	const errors = watchErrors(page);
	await page.goto(app.server.url);
	await page.getByRole('heading', { level: 1 }).waitFor();

	// Create: the new draft opens with the caret in its first section.
	await tabTo(page, '标题');
	await page.keyboard.type('键盘写的总结');
	await page.keyboard.press('Enter');
	await page.locator('.section-card .cm-content').waitFor();
	await expect.poll(async () => (await focused(page)).cls).toContain('cm-content');
	await page.keyboard.type('全年新建道路公里，投资万元。');
	await expect.poll(() => page.locator('.blank-badge [data-count]').getAttribute('data-count')).toBe('2');

	// 逐项填空 from the toolbar: focus in the first field, Enter moves on and applies, focus returns.
	await tabTo(page, '逐项填空', true);
	await page.keyboard.press('Enter');
	await expect.poll(async () => (await focused(page)).tag).toBe('input');
	await page.keyboard.type('12');
	await page.keyboard.press('Enter');
	await page.keyboard.type('3400');
	await page.keyboard.press('Enter');
	await page.locator('dialog.fill-in-dialog[open]').waitFor({ state: 'detached' });
	await expect.poll(() => sectionText(page, 0)).toBe('全年新建道路12公里，投资3400万元。');
	expect((await focused(page)).name).toBe('逐项填空');

	// Export: opened with Enter, closed with Escape, focus back on its button.
	await tabTo(page, '导出…', true);
	await page.keyboard.press('Enter');
	await page.locator('dialog.export-dialog[open]').waitFor();
	await page.keyboard.press('Escape');
	await page.locator('dialog.export-dialog[open]').waitFor({ state: 'detached' });
	expect((await focused(page)).name).toBe('导出…');

	// The preview's pages scroll from the keyboard.
	await tabTo(page, '公文预览');
	await page.keyboard.press('Enter');
	await tabTo(page, /^共 \d+ 页$/);
	await page.keyboard.press('PageDown');

	// Add a section: focus in its title. Remove it: focus in the section before.
	await page.getByRole('button', { name: '公文预览' }).focus();
	await page.keyboard.press('Enter');
	await tabTo(page, '＋ 添加章节');
	await page.keyboard.press('Enter');
	await expect.poll(async () => (await focused(page)).name).toBe('章节标题：新章节');
	await tabTo(page, '删除章节：新章节');
	await page.keyboard.press('Enter');
	await expect.poll(async () => (await focused(page)).name).toBe('章节标题：正文');
	await expect.poll(() => page.locator('.section-card').count()).toBe(1);

	// Delete a draft from the list: focus goes on to 撤销, and Enter there brings it back.
	await page.getByRole('link', { name: '草稿', exact: true }).focus();
	await page.keyboard.press('Enter');
	await page.locator('.draft-item').first().waitFor();
	await tabTo(page, '删除：键盘写的总结');
	await page.keyboard.press('Enter');
	await expect.poll(async () => (await focused(page)).name).toBe('撤销');
	await page.keyboard.press('Enter');
	await page.locator('.draft-item').first().waitFor();

	// In the trash, after restoring one draft the focus is on the next one's 恢复.
	for (const title of ['甲稿', '乙稿']) {
		await page.getByPlaceholder('新草稿标题', { exact: false }).fill(title);
		await page.getByRole('button', { name: '新建草稿' }).click();
		await page.waitForURL(/#\/drafts\/[0-9a-f]{32}$/);
		await page.locator('.section-card .cm-content').waitFor();
		await page.getByRole('link', { name: '草稿', exact: true }).click();
		await page.locator('.draft-item', { hasText: title }).getByRole('button', { name: '删除' }).click();
		// What the writer sees once the delete is written: the notice with 撤销.
		await page.getByRole('status').filter({ hasText: `已将“${title}”移到回收站` }).waitFor();
	}
	await page.getByRole('link', { name: '回收站' }).focus();
	await page.keyboard.press('Enter');
	await expect.poll(() => page.locator('.trash-page li').count()).toBe(2);
	const first = await page.locator('.trash-page li strong').first().textContent();
	const second = await page.locator('.trash-page li strong').nth(1).textContent();
	await tabTo(page, `恢复：${first}`);
	await page.keyboard.press('Enter');
	await expect.poll(async () => (await focused(page)).name).toBe(`恢复：${second}`);
	await page.keyboard.press('Enter');
	await expect.poll(async () => (await focused(page)).name).toBe('回收站');

	expect(errors).toEqual([]);
	await page.close();
});

test('a delete that lands after the writer has moved on leaves the focus where the writer put it', async () => {
	const page = await app.context.newPage();
	const errors = watchErrors(page);
	await page.goto(app.server.url);
	await page.getByPlaceholder('新草稿标题', { exact: false }).fill('丙稿');
	await page.getByRole('button', { name: '新建草稿' }).click();
	await page.waitForURL(/#\/drafts\/[0-9a-f]{32}$/);
	await page.getByRole('link', { name: '草稿', exact: true }).click();
	const row = page.locator('.draft-item', { hasText: '丙稿' });
	await row.waitFor();
	// A slow disk: another connection holds the drafts store, so the delete waits for it.
	await page.evaluate(async () => {
		const db = await new Promise<IDBDatabase>((resolve, reject) => {
			const open = indexedDB.open('gaojiang-drafts');
			open.onsuccess = () => resolve(open.result);
			open.onerror = () => reject(open.error);
		});
		const w = window as unknown as { releaseDrafts: () => void };
		let held = true;
		w.releaseDrafts = () => {
			held = false;
		};
		const store = db.transaction('drafts', 'readwrite').objectStore('drafts');
		const spin = () => {
			if (held) store.count().onsuccess = spin;
			else db.close();
		};
		spin();
	});
	await row.getByRole('button', { name: '删除' }).click();
	// Meanwhile the writer goes on, to 回收站; then the delete is written.
	await page.getByRole('link', { name: '回收站' }).focus();
	await page.evaluate(() => (window as unknown as { releaseDrafts: () => void }).releaseDrafts());
	await page.getByRole('status').filter({ hasText: '已将“丙稿”移到回收站' }).waitFor();
	await row.waitFor({ state: 'detached' });
	// The focus stays on 回收站 (not pulled to 撤销), so Enter opens the trash with the draft in it.
	expect((await focused(page)).name).toBe('回收站');
	await page.keyboard.press('Enter');
	await expect.poll(() => page.locator('.trash-page li strong').allTextContents()).toEqual(['丙稿']);
	expect(errors).toEqual([]);
	await page.close();
});
