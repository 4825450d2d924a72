// Issue 17: restoring a history version brings its text back and keeps the title the draft has
// now; the version's own title is shown next to it and used only when the writer picks it.
import { expect, test } from 'vitest';
import { useServedApp, watchErrors } from './harness';
import { editor, editorText, newDraft } from './editor-helpers';

const app = useServedApp();

test('history restore keeps the current title unless the writer chooses the old one', async () => {
	const page = await app.context.newPage();
	const errors = watchErrors(page);
	await newDraft(page, app.server.url, '2025年工作总结（初稿）');
	const history = page.getByRole('region', { name: '历史版本' });
	const title = page.locator('input.draft-title');
	const saved = () => expect.poll(() => page.locator('.save-status').getAttribute('data-status')).toBe('saved');

	await editor(page).click();
	await page.keyboard.insertText('第一版：全年工作平稳推进。');
	await saved();
	await history.getByRole('button', { name: '保存当前版本' }).click();
	const manual = history.locator('li[data-snapshot-id]', { hasText: '手动' });
	await manual.waitFor();

	// Renamed and rewritten since that version.
	await title.fill('2025年工作总结（定稿）');
	await editor(page).click();
	await page.keyboard.press('Control+a');
	await page.keyboard.insertText('第二版：全年工作取得新进展。');
	await saved();

	// The version differs in title: both are shown, the current one chosen.
	await manual.getByRole('button', { name: '查看' }).click();
	const keep = manual.getByRole('radio', { name: '现在的标题：2025年工作总结（定稿）' });
	const old = manual.getByRole('radio', { name: '此版本的标题：2025年工作总结（初稿）' });
	expect(await keep.isChecked()).toBe(true);
	expect(await old.isChecked()).toBe(false);
	await manual.getByRole('button', { name: '恢复此版本' }).click();
	await expect.poll(() => editorText(page)).toBe('第一版：全年工作平稳推进。');
	expect(await title.inputValue()).toBe('2025年工作总结（定稿）');
	await saved();

	// Chosen on purpose, the version's title comes back too.
	await manual.getByRole('button', { name: '查看' }).click();
	await manual.getByRole('radio', { name: '此版本的标题：2025年工作总结（初稿）' }).check();
	await manual.getByRole('button', { name: '恢复此版本' }).click();
	await expect.poll(() => title.inputValue()).toBe('2025年工作总结（初稿）');
	expect(await editorText(page)).toBe('第一版：全年工作平稳推进。');
	await saved();

	// After a reload the stored draft says the same.
	await page.reload();
	await editor(page).waitFor();
	expect(await title.inputValue()).toBe('2025年工作总结（初稿）');
	expect(await editorText(page)).toBe('第一版：全年工作平稳推进。');
	expect(errors).toEqual([]);
	await page.close();
});
