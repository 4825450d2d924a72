import { expect, test } from 'vitest';
import { inputMethod, useServedApp, watchErrors } from './harness';
import { badge, editor, editorText, newDraft } from './editor-helpers';

const app = useServedApp();

const checks = (page: import('playwright-core').Page) =>
	page.locator('.blank-badge').getAttribute('data-checks').then((v) => Number(v));
/** The section's check scheduler: idle, pending, or held (a composition keeps the check back). */
const checkState = (page: import('playwright-core').Page) => page.locator('.cm-editor').first().getAttribute('data-check-state');

test('an IME composition is never disturbed by re-checking; the check runs when it ends', async () => {
	const page = await app.context.newPage();
	const errors = watchErrors(page);
	await newDraft(page, app.server.url);
	await editor(page).click();
	await page.keyboard.type('实现工业总产值亿元，同比');
	await expect.poll(() => badge(page).textContent()).toBe('还有 1 处未填写');

	const ime = await inputMethod(app.context, page);
	const before = await checks(page);
	// A pinyin input method: the composition grows key by key, then the chosen characters commit.
	for (const text of ['z', 'ze', 'zen', 'zeng', 'zengz', 'zengzh', 'zengzhang']) {
		await ime.compose(text);
		// Each change asks for a check; the scheduler reaches it and holds it back: no check ran.
		await expect.poll(async () => [(await editorText(page)).endsWith(text), await checkState(page)]).toEqual([true, 'held']);
		expect(await checks(page)).toBe(before);
	}
	expect(await editorText(page)).toBe('实现工业总产值亿元，同比zengzhang');
	await ime.commit('增长');
	await page.keyboard.type('，');

	expect(await editorText(page)).toBe('实现工业总产值亿元，同比增长，');
	// After the composition the check runs: the new gap after 同比增长 is flagged.
	await expect.poll(() => badge(page).textContent()).toBe('还有 2 处未填写');
	expect(await checks(page)).toBeGreaterThan(before);

	// A second composition right at a flagged gap (the marker sits there) commits cleanly too.
	await page.keyboard.press('Control+Home');
	await page.keyboard.press('F8');
	const atGap = await checks(page);
	await ime.compose('shi', 3);
	await expect.poll(async () => [(await editorText(page)).includes('shi'), await checkState(page)]).toEqual([true, 'held']);
	expect(await checks(page)).toBe(atGap);
	await ime.commit('十');
	expect(await editorText(page)).toBe('实现工业总产值十亿元，同比增长，');
	await expect.poll(() => badge(page).textContent()).toBe('还有 1 处未填写');
	expect(errors).toEqual([]);
	await page.close();
});
