// The editor bug "replaceContent with all-new section ids leaves the new editors empty": 导入到本稿
// → 替换 now gives every imported section a new id (no reuse of the old ones as a workaround),
// and each new editor shows its text and takes the writer's typing.
import { expect, test } from 'vitest';
import { useServedApp, watchErrors } from './harness';
import { sectionEditor, sectionText } from './app-helpers';

const app = useServedApp();

test('replacing a draft’s sections with new ones (new ids) shows their text in new editors', async () => {
	const page = await app.context.newPage();
	page.setDefaultTimeout(10_000);
	const errors = watchErrors(page);
	await page.goto(app.server.url);
	await page.getByPlaceholder('新草稿标题').fill('替换测试');
	await page.getByRole('button', { name: '新建草稿' }).click();
	await page.waitForURL(/#\/drafts\/[0-9a-f]{32}$/);
	await sectionEditor(page, 0).click();
	await page.keyboard.insertText('原有的一段。');
	await expect.poll(() => page.locator('.save-status').getAttribute('data-status')).toBe('saved');
	const before = await page.locator('.section-card').getAttribute('data-section-id');

	await page.getByRole('button', { name: '粘贴范文' }).click();
	await page.locator('.paste-box').evaluate((el) => {
		const dt = new DataTransfer();
		dt.setData('text/plain', '工作计划\n\n一、目标\n完成全年任务。\n\n二、措施\n加强部门协调。');
		el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true }));
	});
	const dialog = page.getByRole('dialog', { name: '导入范文' });
	await dialog.waitFor();
	await dialog.getByRole('button', { name: '替换本稿内容' }).click();
	await expect.poll(() => sectionText(page, 0)).toBe('完成全年任务。');
	await expect.poll(() => sectionText(page, 1)).toBe('加强部门协调。');
	const ids = await page.locator('.section-card').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.sectionId));
	expect(ids).not.toContain(before);

	// The new editors are live: typing goes into the draft and is saved.
	await sectionEditor(page, 1).click();
	await page.keyboard.press('Control+End');
	await page.keyboard.insertText('按月调度。');
	await expect.poll(() => sectionText(page, 1)).toBe('加强部门协调。按月调度。');
	await expect.poll(() => page.locator('.save-status').getAttribute('data-status')).toBe('saved');
	await page.reload();
	await sectionEditor(page, 1).waitFor();
	await expect.poll(() => sectionText(page, 1)).toBe('加强部门协调。按月调度。');
	expect(errors).toEqual([]);
	await page.close();
});
