import { expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { useServedApp, watchErrors } from './harness';
import { sectionEditor, sectionText } from './app-helpers';

const app = useServedApp();

/** Creates a draft with two sections in one tab; returns its URL. */
async function draftWithTwoSections(page: Page, title: string): Promise<string> {
	await page.goto(app.server.url);
	await page.getByPlaceholder('新草稿标题').fill(title);
	await page.getByRole('button', { name: '新建草稿' }).click();
	await page.waitForURL(/#\/drafts\/[0-9a-f]{32}$/);
	await page.getByRole('button', { name: '添加章节' }).click();
	await expect.poll(() => page.locator('.save-status').getAttribute('data-status')).toBe('saved');
	return page.url();
}

const saved = (p: Page) => expect.poll(() => p.locator('.save-status').getAttribute('data-status')).toBe('saved');

async function openTab(url: string): Promise<Page> {
	const page = await app.context.newPage();
	page.setDefaultTimeout(10_000);
	await page.goto(url);
	if (url.includes('/drafts/')) await sectionEditor(page, 0).waitFor();
	else await page.locator('.drafts-page').waitFor();
	return page;
}

test('two tabs typing in turn into different sections of one draft: nothing lost, no copy', async () => {
	const a = await openTab(app.server.url);
	const url = await draftWithTwoSections(a, '两窗口同时写');
	const b = await openTab(url);
	const errors = [...watchErrors(a), ...watchErrors(b)];
	const first = '甲窗口写第一节。';
	const second = '乙窗口写第二节。';
	// Interleave keystrokes, the way a writer flipping between windows would.
	for (let i = 0; i < Math.max(first.length, second.length); i++) {
		if (first[i]) {
			await sectionEditor(a, 0).focus();
			await a.keyboard.insertText(first[i]!);
		}
		if (second[i]) {
			await sectionEditor(b, 1).focus();
			await b.keyboard.insertText(second[i]!);
		}
		await new Promise((r) => setTimeout(r, 120));
	}
	await saved(a);
	await saved(b);
	for (const p of [a, b]) {
		await expect.poll(() => sectionText(p, 0)).toBe(first);
		await expect.poll(() => sectionText(p, 1)).toBe(second);
	}
	const fresh = await openTab(url);
	expect(await sectionText(fresh, 0)).toBe(first);
	expect(await sectionText(fresh, 1)).toBe(second);
	await fresh.goto(app.server.url);
	await expect.poll(() => fresh.locator('.draft-item .title').allTextContents()).toEqual(['两窗口同时写']);
	expect(errors).toEqual([]);
	await Promise.all([a.close(), b.close(), fresh.close()]);
});

test('a clean tab shows the other tab’s text live', async () => {
	const a = await openTab(app.server.url);
	const url = await draftWithTwoSections(a, '实时同步');
	const b = await openTab(url);
	await sectionEditor(a, 0).fill('在甲窗口写的字');
	await expect.poll(() => sectionText(b, 0)).toBe('在甲窗口写的字');
	await Promise.all([a.close(), b.close()]);
});

test('a true conflict (same section, both edited before either saved) keeps both and says so', async () => {
	const a = await openTab(app.server.url);
	const url = await draftWithTwoSections(a, '冲突');
	const b = await openTab(url);
	// Both edits land within one debounce window, before either tab has saved.
	await Promise.all([sectionEditor(a, 0).fill('甲的说法'), sectionEditor(b, 0).fill('乙的说法')]);
	await saved(a);
	await saved(b);
	const banners = () => Promise.all([a, b].map((p) => p.locator('[data-notice="conflict-copy"]').count()));
	await expect.poll(async () => (await banners()).reduce((x, y) => x + y)).toBe(1);
	const loser = (await banners())[0] ? a : b;
	expect(await loser.locator('[data-notice="conflict-copy"]').textContent()).toMatch(/两份都已保留/);
	// The tab that lost stays on the draft and now shows the version that was stored first;
	// its own words are one click away in the copy.
	const winner = loser === a ? b : a;
	expect(loser.url()).toBe(url);
	await expect.poll(() => sectionText(loser, 0)).toBe(await sectionText(winner, 0));
	// The banner links to the copy. (Opened in a new tab here: following the link in place leaves
	// the CodeMirror section unmounted after a conflict, reported to the editor's owner.)
	const copyHref = await loser.getByRole('link', { name: '打开副本' }).getAttribute('href');
	expect(copyHref).toMatch(/^#\/drafts\/[0-9a-f]{32}$/);
	const copyTab = await openTab(new URL(copyHref!, url).href);
	await expect.poll(() => copyTab.locator('.draft-title').inputValue()).toMatch(/^冲突（冲突副本 \d\d:\d\d）$/);
	await expect.poll(() => sectionText(copyTab, 0)).not.toBe(await sectionText(winner, 0));
	await copyTab.close();
	const list = await openTab(app.server.url);
	const ours = async () => (await list.locator('.draft-item .title').allTextContents()).filter((t) => t.startsWith('冲突'));
	await expect.poll(ours).toHaveLength(2);
	const titles = await ours();
	expect(titles).toContain('冲突');
	expect(titles.some((t) => /^冲突（冲突副本 \d\d:\d\d）$/.test(t))).toBe(true);
	// Both versions are stored, one in each draft.
	const bodies: string[] = [];
	for (const title of titles) {
		await list.getByRole('link', { name: title, exact: true }).click();
		await sectionEditor(list, 0).waitFor();
		bodies.push(await sectionText(list, 0));
		await list.goBack();
	}
	expect(bodies.sort()).toEqual(['乙的说法', '甲的说法'].sort());
	await Promise.all([a.close(), b.close(), list.close()]);
});

test('the drafts list in another tab follows creates and deletes live', async () => {
	const list = await openTab(app.server.url);
	const a = await openTab(app.server.url);
	await a.getByPlaceholder('新草稿标题').fill('另一个窗口新建的');
	await a.getByRole('button', { name: '新建草稿' }).click();
	await expect.poll(() => list.locator('.draft-item .title').allTextContents()).toContain('另一个窗口新建的');
	await a.goto(app.server.url);
	await a.locator('.draft-item').filter({ hasText: '另一个窗口新建的' }).getByRole('button', { name: '删除' }).click();
	await expect.poll(() => list.locator('.draft-item .title').allTextContents()).not.toContain('另一个窗口新建的');
	await Promise.all([a.close(), list.close()]);
});
