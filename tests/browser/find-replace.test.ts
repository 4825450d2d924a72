// 查找替换 across sections as the writer uses it: Ctrl+H, counts per section and in total before
// anything changes, replace all in every section, 撤销替换 taking the whole replace back in one
// step, and each section's own Ctrl+Z undoing just its part.
import { expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { useServedApp, watchErrors } from './harness';
import { newDraft, editor, editorText } from './editor-helpers';

const app = useServedApp();

const FIRST = '今年，aa产业园新引进企业12家，aa产业园产值增长8%。';
const SECOND = '下一步，推动aa产业园二期开工。';

async function twoSections(page: Page): Promise<void> {
	await newDraft(page, app.server.url, '查找替换测试');
	await page.getByRole('button', { name: '添加章节' }).click();
	await editor(page, 1).waitFor();
	await editor(page, 0).click();
	await page.keyboard.insertText(FIRST);
	await editor(page, 1).click();
	await page.keyboard.insertText(SECOND);
	await expect.poll(() => editorText(page, 1)).toBe(SECOND);
}

test('Ctrl+H: counts per section, replace all across sections, one 撤销替换 for all of it', async () => {
	const page = await app.context.newPage();
	page.setDefaultTimeout(15_000);
	const errors = watchErrors(page);
	await twoSections(page);

	await page.keyboard.press('Control+H');
	const panel = page.getByRole('dialog', { name: '查找替换（所有章节）' });
	await panel.waitFor();
	// The find field has the focus: the writer types straight away.
	await page.keyboard.type('aa产业园');
	const total = panel.locator('.total');
	await expect.poll(() => total.getAttribute('data-total')).toBe('3');
	await expect(total.textContent()).resolves.toBe('共 3 处');
	await expect(panel.locator('.counts li').evaluateAll((els) => els.map((e) => [e.textContent, e.getAttribute('data-count')]))).resolves.toEqual([
		['正文2 处', '2'],
		[expect.stringContaining('1 处'), '1']
	]);
	// Nothing has changed yet.
	expect(await editorText(page, 0)).toBe(FIRST);

	await panel.getByLabel('替换为').fill('青石产业园');
	await panel.getByRole('button', { name: '全部替换' }).click();
	await expect.poll(() => editorText(page, 0)).toBe('今年，青石产业园新引进企业12家，青石产业园产值增长8%。');
	expect(await editorText(page, 1)).toBe('下一步，推动青石产业园二期开工。');
	await expect(panel.locator('.notice').textContent()).resolves.toContain('已替换 3 处（2 节）');
	await expect.poll(() => total.getAttribute('data-total')).toBe('0');

	await panel.getByRole('button', { name: '撤销替换' }).click();
	await expect.poll(() => editorText(page, 0)).toBe(FIRST);
	expect(await editorText(page, 1)).toBe(SECOND);
	await expect(panel.locator('.notice').textContent()).resolves.toBe('已撤销替换，2 节共 3 处恢复原样。');
	await expect.poll(() => total.getAttribute('data-total')).toBe('3');
	await expect(page.locator('button.undo-replace').count()).resolves.toBe(0);
	expect(errors).toEqual([]);
	await page.close();
});

test('after replace all, Ctrl+Z in one section undoes only that section’s part; replace one goes match by match', async () => {
	const page = await app.context.newPage();
	page.setDefaultTimeout(15_000);
	await twoSections(page);
	await page.getByRole('button', { name: '查找替换' }).click();
	const panel = page.getByRole('dialog', { name: '查找替换（所有章节）' });
	await panel.getByLabel('查找').fill('aa产业园');
	await panel.getByLabel('替换为').fill('青石产业园');
	await panel.getByRole('button', { name: '全部替换' }).click();
	await expect.poll(() => editorText(page, 1)).toBe('下一步，推动青石产业园二期开工。');

	await editor(page, 1).click();
	await page.keyboard.press('Control+Z');
	await expect.poll(() => editorText(page, 1)).toBe(SECOND);
	expect(await editorText(page, 0)).toBe('今年，青石产业园新引进企业12家，青石产业园产值增长8%。');
	// One of the touched sections changed since: 撤销替换 is withdrawn rather than half-applied.
	await expect.poll(() => page.locator('button.undo-replace').count()).toBe(0);

	// Replace one: the first press shows the match, the next replaces it.
	await panel.getByLabel('替换为').fill('白沙产业园');
	await expect.poll(() => panel.locator('.total').getAttribute('data-total')).toBe('1');
	await panel.getByRole('button', { name: '替换', exact: true }).click();
	expect(await editorText(page, 1)).toBe(SECOND);
	await panel.getByRole('button', { name: '替换', exact: true }).click();
	await expect.poll(() => editorText(page, 1)).toBe('下一步，推动白沙产业园二期开工。');
	await expect.poll(() => panel.locator('.total').textContent()).toBe('没有找到');
	await panel.getByRole('button', { name: '关闭' }).click();
	await expect(panel.isVisible()).resolves.toBe(false);
	await page.close();
});
