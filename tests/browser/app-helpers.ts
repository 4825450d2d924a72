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
