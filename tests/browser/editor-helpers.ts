// Shared steps for the editor's browser tests: create a draft through the UI, type into a
// section's editor, read the editor's text and cursor as the writer sees them.
import type { Page } from 'playwright-core';

export async function newDraft(page: Page, url: string, title = '编辑器测试'): Promise<void> {
	await page.goto(url);
	await page.getByPlaceholder('新草稿标题', { exact: false }).fill(title);
	await page.getByRole('button', { name: '新建草稿' }).click();
	await page.locator('.cm-content').first().waitFor();
}

/** The first section's editor content element. */
export function editor(page: Page, index = 0) {
	return page.locator('.cm-content').nth(index);
}

/** The editor's text, lines joined with \n (what the writer sees, widgets excluded). */
export async function editorText(page: Page, index = 0): Promise<string> {
	return editor(page, index).evaluate((el) =>
		[...el.querySelectorAll('.cm-line')].map((l) => (l as HTMLElement).innerText.replace(/\u200b/g, '')).join('\n')
	);
}

/** The cursor's offset in a one-line editor, counted in UTF-16 code units. */
export async function cursorOffset(page: Page, index = 0): Promise<number> {
	return editor(page, index).evaluate((el) => {
		const sel = el.ownerDocument.getSelection();
		const line = el.querySelector('.cm-line');
		if (!sel || !sel.focusNode || !line) return -1;
		const r = el.ownerDocument.createRange();
		r.setStart(line, 0);
		r.setEnd(sel.anchorNode ?? sel.focusNode, sel.anchorOffset);
		return r.toString().length;
	});
}

export function badge(page: Page) {
	return page.locator('.blank-badge [role="status"]');
}
