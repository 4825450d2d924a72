// Helpers for the app's browser tests. A section's editor is a <textarea> today and a CodeMirror
// view once the editor lands; the tests find and read either, as a user would see them.
import type { Locator, Page } from 'playwright-core';

/** Every section's editable area, in order. */
export function sectionEditors(page: Page): Locator {
	return page.locator('.section-card').locator('textarea, .cm-content');
}

/** The i-th section's editable area. */
export function sectionEditor(page: Page, i = 0): Locator {
	return sectionEditors(page).nth(i);
}

/** The text of the i-th section as shown (widgets such as blank badges left out). */
export function sectionText(page: Page, i = 0): Promise<string> {
	return sectionEditor(page, i).evaluate((el) => {
		if (el instanceof HTMLTextAreaElement) return el.value;
		return Array.from(el.querySelectorAll('.cm-line'))
			.map((line) => {
				const copy = line.cloneNode(true) as HTMLElement;
				copy.querySelectorAll('[contenteditable="false"]').forEach((w) => w.remove());
				return copy.textContent ?? '';
			})
			.join('\n');
	});
}

/** Creates a draft from the drafts list (the page is on it) and waits for its page; its address. */
export async function createDraft(page: Page, title: string): Promise<string> {
	await page.getByPlaceholder('新草稿标题').fill(title);
	await page.getByRole('button', { name: '新建草稿' }).click();
	await page.waitForURL(/#\/drafts\/[0-9a-f]{32}$/);
	return page.url();
}
