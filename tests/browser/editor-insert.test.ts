// Issue 17: a phrase or a skeleton from the guide lands where the writer looks — at the caret of
// the focused section, scrolled into view below the sticky toolbar; with no section focused, at
// the end of the section whose guide is shown; a skeleton as its own paragraph; one Ctrl+Z takes
// it out. Buttons are found by role and read for their text, so the packs' wording can change.
import { expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { useServedApp, watchErrors } from './harness';
import { sectionEditor, sectionText } from './app-helpers';

const app = useServedApp();

/** A long overview of our own words: enough lines to scroll the page well past one screen. */
const LONG = Array.from({ length: 70 }, (_, i) => `第${i + 1}段，本单位围绕年初确定的任务稳步推进各项工作。`).join('\n');

async function draftFromPack(page: Page): Promise<void> {
	await page.goto(`${app.server.url}#/packs`);
	await page.locator('[data-pack-id="annual-summary-and-plan"]').click();
	await page.getByRole('button', { name: '用此模板新建稿件' }).click();
	await page.waitForURL(/#\/drafts\//);
	await sectionEditor(page, 4).waitFor();
}

const guide = (page: Page) => page.getByRole('region', { name: '写作指引' });
const firstPhrase = (page: Page) => guide(page).locator('button.phrase').first();
const firstSkeleton = (page: Page) => guide(page).getByRole('button', { name: /^插入骨架：/ }).first();

async function phraseText(page: Page): Promise<string> {
	const label = (await firstPhrase(page).getAttribute('aria-label')) ?? '';
	return label.replace(/^插入：/, '');
}

/** The caret's box and the toolbar's box, as the writer sees them now. */
function caretAndToolbar(page: Page) {
	return page.evaluate(() => {
		const caret = document.querySelector('.cm-focused .cm-cursor-primary')?.getBoundingClientRect();
		const bar = document.querySelector('[data-slot="toolbar"]')!.getBoundingClientRect();
		return caret ? { top: caret.top, bottom: caret.bottom, barBottom: bar.bottom, viewport: innerHeight } : null;
	});
}

async function saved(page: Page) {
	await expect.poll(() => page.locator('.save-status').getAttribute('data-status')).toBe('saved');
}

test('a phrase clicked while scrolled down shows the caret below the sticky toolbar, not under it', async () => {
	const page = await app.context.newPage();
	const errors = watchErrors(page);
	await draftFromPack(page);
	await sectionEditor(page, 0).click();
	// (A pack's sections may start from a skeleton: the writer's own text replaces it.)
	await page.keyboard.press('Control+a');
	await page.keyboard.insertText(LONG);
	// The caret at the very start of the long overview; the page scrolled far below it.
	await page.keyboard.press('Control+Home');
	// (CodeMirror scrolls its caret into view in its next measure, which may come after one scroll of
	// ours and pull the page back up: scroll again until the caret is off screen.)
	await expect
		.poll(
			async () => {
				await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
				return (await caretAndToolbar(page))?.bottom ?? 0;
			},
			{ timeout: 10_000 }
		)
		.toBeLessThan(0);

	const phrase = await phraseText(page);
	await firstPhrase(page).click();
	// (A long text is drawn only where it is on screen: its first line is the one to read.)
	await expect.poll(async () => (await sectionText(page, 0)).split('\n')[0], { timeout: 10_000 }).toBe(phrase + LONG.split('\n')[0]);
	await expect
		.poll(
			async () => {
				const now = await caretAndToolbar(page);
				return !!now && now.top >= now.barBottom && now.bottom <= now.viewport;
			},
			{ timeout: 10_000 }
		)
		.toBe(true);
	expect(errors).toEqual([]);
	await page.close();
});

test('with no section focused, a phrase goes to the end of the section whose guide is shown', async () => {
	const page = await app.context.newPage();
	const errors = watchErrors(page);
	await draftFromPack(page);
	const overview = '今年各项工作稳步推进。';
	await sectionEditor(page, 0).click();
	await page.keyboard.press('Control+a');
	await page.keyboard.insertText(overview);
	await saved(page);
	await page.reload();
	await sectionEditor(page, 4).waitFor();
	// Nothing focused: the guide shows the first section, and that is where the phrase goes.
	await expect.poll(() => page.evaluate(() => document.activeElement?.closest('.cm-editor') ?? null)).toBe(null);
	await expect.poll(() => guide(page).textContent()).toContain('一、全年工作回顾');
	const phrase = await phraseText(page);
	await firstPhrase(page).click();
	await expect.poll(() => sectionText(page, 0)).toBe(overview + phrase);
	expect(errors).toEqual([]);
	await page.close();
});

test('a skeleton put before existing text is its own paragraph, and one Ctrl+Z takes it out', async () => {
	const page = await app.context.newPage();
	const errors = watchErrors(page);
	await draftFromPack(page);
	const existing = '一是部分项目推进慢。';
	await sectionEditor(page, 2).click();
	await page.keyboard.press('Control+a');
	await page.keyboard.insertText(existing);
	await page.keyboard.press('Control+Home');
	await expect.poll(() => guide(page).textContent()).toContain('三、存在问题');
	const skeleton = (await firstSkeleton(page).getAttribute('title'))!;
	await firstSkeleton(page).click();
	await expect.poll(() => sectionText(page, 2)).toBe(`${skeleton}\n${existing}`);

	// The editor has the focus back: one Ctrl+Z removes the whole skeleton, nothing else.
	await page.keyboard.press('Control+z');
	await expect.poll(() => sectionText(page, 2)).toBe(existing);
	await saved(page);
	expect(errors).toEqual([]);
	await page.close();
});
