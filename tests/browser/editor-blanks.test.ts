import { expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { useServedApp, watchErrors } from './harness';
import { badge, cursorOffset, editor, editorText, newDraft } from './editor-helpers';

const app = useServedApp();

const SENTENCE = '实现工业总产值亿元，同比增长，';

async function typeSentence(page: Page, text: string) {
	await editor(page).click();
	await page.keyboard.type(text);
}

test('typing a sentence with two missing figures flags both within a second; F8 visits each', async () => {
	const page = await app.context.newPage();
	const errors = watchErrors(page);
	await newDraft(page, app.server.url);
	await typeSentence(page, SENTENCE);
	await page.waitForFunction(() => document.querySelectorAll('.cm-content .gj-blank').length === 2, null, { timeout: 1000 });
	await expect(badge(page).textContent()).resolves.toBe('还有 2 处未填写');

	// F8 from the start: the gap after 工业总产值, then the one after 同比增长, then round again.
	await page.keyboard.press('Control+Home');
	await page.keyboard.press('F8');
	expect(await cursorOffset(page)).toBe(SENTENCE.indexOf('亿元'));
	await page.keyboard.press('F8');
	expect(await cursorOffset(page)).toBe(SENTENCE.indexOf('，同比') + '，同比增长'.length);
	await page.keyboard.press('F8');
	expect(await cursorOffset(page)).toBe(SENTENCE.indexOf('亿元'));
	await page.keyboard.press('Shift+F8');
	expect(await cursorOffset(page)).toBe(SENTENCE.indexOf('，同比') + '，同比增长'.length);

	// Typing the figure where F8 put the cursor clears that blank.
	await page.keyboard.type('6.5');
	await expect.poll(() => badge(page).textContent()).toBe('还有 1 处未填写');
	expect(errors).toEqual([]);
	await page.close();
});

test('逐项填空 fills three blanks in one pass; Ctrl+Z restores them, and 撤销填空 too', async () => {
	const page = await app.context.newPage();
	const errors = watchErrors(page);
	await newDraft(page, app.server.url);
	const text = '20__年，' + SENTENCE;
	await typeSentence(page, text);
	await expect.poll(() => badge(page).textContent()).toBe('还有 3 处未填写');

	await page.getByRole('button', { name: '逐项填空' }).click();
	const dialog = page.locator('dialog.fill-in-dialog');
	await dialog.waitFor();
	const inputs = dialog.locator('input');
	await expect(inputs.count()).resolves.toBe(3);
	// Enter moves to the next field; Enter on the last one fills the text.
	await page.keyboard.type('2026');
	await page.keyboard.press('Enter');
	await page.keyboard.type('12.5');
	await page.keyboard.press('Enter');
	await page.keyboard.type('8.1');
	await page.keyboard.press('Enter');
	await dialog.waitFor({ state: 'hidden' });

	const filled = '2026年，实现工业总产值12.5亿元，同比增长8.1%，';
	expect(await editorText(page)).toBe(filled);
	await expect.poll(() => badge(page).textContent()).toBe('还有 0 处未填写');

	// One Ctrl+Z in the editor undoes the whole fill-in.
	await editor(page).click();
	await page.keyboard.press('Control+z');
	expect(await editorText(page)).toBe(text);
	await expect.poll(() => badge(page).textContent()).toBe('还有 3 处未填写');

	// Again, undone with the 撤销填空 button this time.
	await page.getByRole('button', { name: '逐项填空' }).click();
	await dialog.waitFor();
	await inputs.nth(0).fill('2025');
	await inputs.nth(1).fill('3');
	await inputs.nth(2).fill('4');
	await dialog.getByRole('button', { name: '填入正文' }).click();
	await dialog.waitFor({ state: 'hidden' });
	expect(await editorText(page)).toBe('2025年，实现工业总产值3亿元，同比增长4%，');
	await page.getByRole('button', { name: '撤销填空' }).click();
	expect(await editorText(page)).toBe(text);
	await expect.poll(() => badge(page).textContent()).toBe('还有 3 处未填写');
	expect(errors).toEqual([]);
	await page.close();
});

test('a bad value is refused with a Chinese message and nothing changes', async () => {
	const page = await app.context.newPage();
	await newDraft(page, app.server.url);
	await typeSentence(page, SENTENCE);
	await expect.poll(() => badge(page).textContent()).toBe('还有 2 处未填写');
	await page.getByRole('button', { name: '逐项填空' }).click();
	const dialog = page.locator('dialog.fill-in-dialog');
	await dialog.locator('input').nth(0).fill('很多');
	await dialog.getByRole('button', { name: '填入正文' }).click();
	await expect(dialog.locator('.error').first().textContent()).resolves.toContain('请用阿拉伯数字填写');
	await dialog.getByRole('button', { name: '取消' }).click();
	expect(await editorText(page)).toBe(SENTENCE);
	await page.close();
});
