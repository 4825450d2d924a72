import { expect, test } from 'vitest';
import { useServedApp, watchErrors } from './harness';
import { editor, editorText, newDraft } from './editor-helpers';

const app = useServedApp();

test('hovering a finding shows its Chinese message and quick fix; the fix edits the text', async () => {
	const page = await app.context.newPage();
	const errors = watchErrors(page);
	await newDraft(page, app.server.url, '快速修正');
	await editor(page).click();
	await page.keyboard.type('全年利润增长-5%，税收平稳。');
	const mark = page.locator('.cm-content .gj-finding.gj-cat-format').first();
	await mark.waitFor();
	await mark.hover();
	const tip = page.locator('.gj-tooltip');
	await tip.waitFor();
	await expect(tip.textContent()).resolves.toContain('下降5%');
	await tip.getByRole('button', { name: '改为“下降5%”' }).click();
	await expect.poll(() => editorText(page)).toBe('全年利润下降5%，税收平稳。');
	// The finding is gone from the text and from the panel.
	await expect.poll(() => page.locator('.cm-content .gj-cat-format').count()).toBe(0);
	await expect(page.locator('.findings-panel').textContent()).resolves.not.toContain('下降5%');

	// The same fix from the panel, after an edit before the finding moved it.
	await page.keyboard.press('Control+End');
	await page.keyboard.type('成本增长-2%。');
	await page.keyboard.press('Control+Home');
	await page.keyboard.type('今年');
	await page.locator('.findings-panel').getByRole('button', { name: '改为“下降2%”' }).click();
	await expect.poll(() => editorText(page)).toBe('今年全年利润下降5%，税收平稳。成本下降2%。');
	expect(errors).toEqual([]);
	await page.close();
});
