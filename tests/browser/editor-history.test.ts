import { expect, test } from 'vitest';
import { useServedApp, watchErrors } from './harness';
import { editor, editorText, newDraft } from './editor-helpers';

const app = useServedApp();

test('undo history survives leaving the draft and coming back; search and replace in Chinese', async () => {
	const page = await app.context.newPage();
	const errors = watchErrors(page);
	await newDraft(page, app.server.url, '撤销与替换');
	await editor(page).click();
	await page.keyboard.type('第一句。');
	// Moving the cursor ends the undo group (CodeMirror starts a new one after a selection
	// change, whatever the time), and the second sentence arrives at once, as an input method
	// commits it: two undo groups, however slow the machine.
	await page.keyboard.press('ArrowLeft');
	await page.keyboard.press('ArrowRight');
	await page.keyboard.insertText('第二句。');
	await expect.poll(() => page.locator('.save-status').getAttribute('data-status')).toBe('saved');

	// Away to the drafts list and back: the section's undo history is still there.
	await page.goBack();
	await page.locator('.drafts-page').waitFor();
	await page.goForward();
	await editor(page).waitFor();
	expect(await editorText(page)).toBe('第一句。第二句。');
	await editor(page).click();
	await page.keyboard.press('Control+z');
	expect(await editorText(page)).toBe('第一句。');

	// Search and replace, with the panel in Chinese.
	await page.keyboard.press('Control+f');
	const search = page.locator('.cm-search input[name="search"]');
	await expect(search.getAttribute('placeholder')).resolves.toBe('查找');
	await search.fill('第一');
	await page.locator('.cm-search input[name="replace"]').fill('首');
	await page.locator('.cm-search').getByRole('button', { name: '全部替换' }).click();
	expect(await editorText(page)).toBe('首句。');
	expect(errors).toEqual([]);
	await page.close();
});
