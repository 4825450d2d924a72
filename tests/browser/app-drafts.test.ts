import { expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { useServedApp, watchErrors } from './harness';
import { sectionEditor, sectionText } from './app-helpers';

const app = useServedApp();

async function createDraft(page: Page, title: string): Promise<void> {
	await page.goto(app.server.url);
	await page.getByPlaceholder('新草稿标题').fill(title);
	await page.getByRole('button', { name: '新建草稿' }).click();
	await page.waitForURL(/#\/drafts\/[0-9a-f]{32}$/);
	await sectionEditor(page, 0).waitFor();
}

test('create → type → reload → the text is there; counts and save status shown', async () => {
	const page = await app.context.newPage();
	page.setDefaultTimeout(10_000);
	const errors = watchErrors(page);
	await createDraft(page, '2026年度工作总结');
	const area = sectionEditor(page, 0);
	await area.click();
	await area.pressSequentially('今年完成三项任务。');
	await expect.poll(() => page.locator('.save-status').textContent()).toMatch(/已保存 \d\d:\d\d:\d\d/);
	// 9 characters, the punctuation included, whitespace not.
	await expect.poll(() => page.locator('[data-total-chars]').getAttribute('data-total-chars')).toBe('9');
	await page.reload();
	await expect.poll(() => sectionText(page, 0)).toBe('今年完成三项任务。');
	expect(await page.locator('.draft-title').inputValue()).toBe('2026年度工作总结');
	expect(errors).toEqual([]);
	await page.close();
});

test('sections: add, rename, reorder, remove; all of it survives a reload', async () => {
	const page = await app.context.newPage();
	page.setDefaultTimeout(10_000);
	const errors = watchErrors(page);
	await createDraft(page, '半年总结');
	await sectionEditor(page, 0).fill('第一节的字');
	await page.getByRole('button', { name: '添加章节' }).click();
	await page.locator('.section-title').nth(1).fill('下一步工作计划');
	await sectionEditor(page, 1).fill('计划做两件事');
	await page.getByRole('button', { name: '上移' }).nth(1).click();
	await expect.poll(() => page.locator('.section-title').first().inputValue()).toBe('下一步工作计划');
	await page.getByRole('button', { name: '添加章节' }).click();
	await page.getByRole('button', { name: '删除章节' }).nth(2).click();
	await expect.poll(() => page.locator('.section-card').count()).toBe(2);
	await expect.poll(() => page.locator('.save-status').getAttribute('data-status')).toBe('saved');
	await page.reload();
	await expect.poll(() => page.locator('.section-title').evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value))).toEqual([
		'下一步工作计划',
		'正文'
	]);
	expect(await sectionText(page, 0)).toBe('计划做两件事');
	expect(await page.locator('.section-card .chars').first().textContent()).toBe('6 字');
	expect(errors).toEqual([]);
	await page.close();
});

test('drafts page: search by title and content, rename, duplicate, trash and restore', async () => {
	const page = await app.context.newPage();
	page.setDefaultTimeout(10_000);
	const errors = watchErrors(page);
	await createDraft(page, '述职报告');
	await sectionEditor(page, 0).fill('分管招商引资工作');
	await expect.poll(() => page.locator('.save-status').getAttribute('data-status')).toBe('saved');
	await page.getByRole('link', { name: '草稿', exact: true }).click();
	const items = page.locator('.draft-item');
	await expect.poll(() => items.count()).toBeGreaterThanOrEqual(3);
	// Newest first.
	expect(await items.first().locator('.title').textContent()).toBe('述职报告');

	await page.getByPlaceholder('搜索标题和正文').fill('招商');
	await expect.poll(() => items.count()).toBe(1);
	expect(await items.first().locator('.match').textContent()).toContain('招商引资');
	await page.getByPlaceholder('搜索标题和正文').fill('半年');
	await expect.poll(() => items.locator('.title').allTextContents()).toEqual(['半年总结']);
	await page.getByPlaceholder('搜索标题和正文').fill('');

	const itemId = await items.filter({ hasText: '述职报告' }).getAttribute('data-draft-id');
	const item = page.locator(`.draft-item[data-draft-id="${itemId}"]`);
	await item.getByRole('button', { name: '重命名' }).click();
	await item.getByRole('textbox').fill('2026年述职报告');
	await item.getByRole('button', { name: '确定' }).click();
	await expect.poll(() => items.first().locator('.title').textContent()).toBe('2026年述职报告');

	await items.first().getByRole('button', { name: '复制' }).click();
	await expect.poll(() => items.locator('.title').allTextContents()).toContain('2026年述职报告（副本）');

	const copy = items.filter({ hasText: '（副本）' });
	await copy.getByRole('button', { name: '删除' }).click();
	await expect.poll(() => items.locator('.title').allTextContents()).not.toContain('2026年述职报告（副本）');
	await page.getByRole('link', { name: '回收站' }).click();
	const trashed = page.locator('.trash-page li');
	await expect.poll(() => trashed.count()).toBe(1);
	await trashed.first().getByRole('button', { name: '恢复' }).click();
	await expect.poll(() => trashed.count()).toBe(0);
	await page.getByRole('link', { name: '草稿', exact: true }).click();
	await expect.poll(() => items.locator('.title').allTextContents()).toContain('2026年述职报告（副本）');

	// Destroying takes two steps: to the 回收站, then 彻底删除 with a confirmation.
	await items.filter({ hasText: '（副本）' }).getByRole('button', { name: '删除' }).click();
	await page.getByRole('link', { name: '回收站' }).click();
	await expect.poll(() => trashed.count()).toBe(1);
	page.once('dialog', (d) => void d.dismiss());
	await trashed.first().getByRole('button', { name: '彻底删除' }).click();
	await expect.poll(() => trashed.count()).toBe(1);
	page.once('dialog', (d) => void d.accept());
	await trashed.first().getByRole('button', { name: '彻底删除' }).click();
	await expect.poll(() => trashed.count()).toBe(0);
	await page.getByRole('link', { name: '草稿', exact: true }).click();
	await expect.poll(() => items.locator('.title').allTextContents()).not.toContain('2026年述职报告（副本）');
	expect(errors).toEqual([]);
	await page.close();
});

test('history: view a snapshot, restore it, and undo the restore', async () => {
	const page = await app.context.newPage();
	page.setDefaultTimeout(10_000);
	const errors = watchErrors(page);
	await createDraft(page, '历史版本');
	const area = sectionEditor(page, 0);
	await area.fill('第一版的文字');
	await page.getByRole('button', { name: '保存当前版本' }).click();
	const items = page.locator('.history li');
	const manual = items.filter({ hasText: '手动' });
	await manual.first().waitFor();
	await area.fill('第二版完全不同');
	await expect.poll(() => page.locator('.save-status').getAttribute('data-status')).toBe('saved');

	await manual.first().getByRole('button', { name: '查看' }).click();
	expect(await manual.first().locator('.preview').textContent()).toContain('第一版的文字');
	await manual.first().getByRole('button', { name: '恢复此版本' }).click();
	await expect.poll(() => sectionText(page, 0)).toBe('第一版的文字');
	expect(await page.locator('.history .message').textContent()).toContain('已恢复');

	// The state before the restore was kept: restoring it brings the second version back.
	const before = items.filter({ hasText: '恢复前' }).first();
	await before.getByRole('button', { name: '查看' }).click();
	await before.getByRole('button', { name: '恢复此版本' }).click();
	await expect.poll(() => sectionText(page, 0)).toBe('第二版完全不同');
	// A restore made here is not news from "another window".
	expect(await page.locator('[data-notice]').count()).toBe(0);
	await page.reload();
	await expect.poll(() => sectionText(page, 0)).toBe('第二版完全不同');
	expect(errors).toEqual([]);
	await page.close();
});

test('Ctrl+S saves instead of opening "save page"; an unknown address gets a Chinese 404', async () => {
	const page = await app.context.newPage();
	page.setDefaultTimeout(10_000);
	await createDraft(page, '快捷键');
	await sectionEditor(page, 0).fill('按了保存键');
	const prevented = await page.evaluate(() => {
		const e = new KeyboardEvent('keydown', { key: 's', ctrlKey: true, bubbles: true, cancelable: true });
		document.querySelector('.section-card textarea, .section-card .cm-content')!.dispatchEvent(e);
		return e.defaultPrevented;
	});
	expect(prevented).toBe(true);
	await expect.poll(() => page.locator('.save-status').getAttribute('data-status')).toBe('saved');
	await page.goto(`${app.server.url}#/no-such-page`);
	await expect.poll(() => page.locator('h1').textContent()).toBe('页面不存在');
	await page.getByRole('link', { name: '回到草稿列表' }).click();
	await page.locator('.drafts-page').waitFor();
	await page.close();
});
