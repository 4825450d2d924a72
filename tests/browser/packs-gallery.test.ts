// The pack gallery as a writer meets it: from the drafts page, choose a pack with the keyboard,
// see its finished shape (sections, 要点, a skeleton filled with example values), start a draft.
import { expect, test } from 'vitest';
import { axeViolations, describeViolations, useServedApp, watchErrors } from './harness';
import { sectionEditor, sectionText } from './app-helpers';
import { builtinPacks, packSkeletons } from '$lib/packs';

const app = useServedApp();
const township = builtinPacks().find((p) => p.id === 'township-annual-summary')!;
/** The gallery lists packs by name in 拼音 order. */
const listed = [...builtinPacks()].sort((a, b) => new Intl.Collator('zh-Hans-CN').compare(a.name, b.name));

test('pick a pack in the gallery by keyboard, see its preview, start a draft from it', async () => {
	const page = await app.context.newPage();
	page.setDefaultTimeout(15_000);
	const errors = watchErrors(page);
	await page.goto(app.server.url);
	await page.getByRole('link', { name: '从模板包新建…' }).click();
	await page.getByRole('heading', { level: 1, name: '从模板包新建稿件' }).waitFor();

	// The packs are one radio group; the first is chosen and previewed.
	const group = page.getByRole('group', { name: '模板包' });
	const radios = group.getByRole('radio');
	await expect.poll(() => radios.count()).toBe(builtinPacks().length);
	const first = listed[0]!;
	await page.locator(`[data-gallery-preview="${first.id}"]`).waitFor();
	expect(await radios.first().isChecked()).toBe(true);

	// Narrow the list by typing, then move through it with the arrow keys as in any radio group.
	await page.getByRole('searchbox', { name: '按名称或章节查找' }).fill('乡镇');
	await expect.poll(() => radios.count()).toBeLessThan(builtinPacks().length);
	await page.getByRole('searchbox', { name: '按名称或章节查找' }).fill('');
	await expect.poll(() => radios.count()).toBe(builtinPacks().length);
	await radios.first().focus();
	const target = listed.findIndex((p) => p.id === township.id);
	for (let i = 0; i < target; i++) await page.keyboard.press('ArrowDown');
	expect(await page.getByRole('radio', { name: new RegExp(township.name) }).isChecked()).toBe(true);

	// The preview: every section with its 要点 and a skeleton example, slots marked.
	const preview = page.locator(`[data-gallery-preview="${township.id}"]`);
	await preview.waitFor();
	await expect.poll(() => preview.getByRole('heading', { level: 2 }).textContent()).toBe(`成稿预览：${township.name}`);
	expect(await preview.getByRole('heading', { level: 3 }).allTextContents()).toEqual(
		township.sections.map((s) => expect.stringContaining(s.title))
	);
	const economy = preview.locator('[data-gallery-section="二、经济发展"]');
	await expect(economy.textContent()).resolves.toContain('至少写出三个带单位的数字');
	const first2 = packSkeletons(township.sections[1])[0]!;
	expect(await economy.locator('mark').count()).toBe(first2.slots.length);
	expect(await economy.locator('mark').first().getAttribute('title')).toBe(`待填：${first2.slots[0]!.label}`);
	// No unfilled mark is left in an example: every slot shows a value.
	expect(await preview.locator('.example').allTextContents()).not.toContainEqual(expect.stringContaining('____'));

	const violations = await axeViolations(page);
	expect(violations.map((v) => v.id), describeViolations(violations)).toEqual([]);

	// Start: the title follows the pack until the writer types one.
	const title = page.getByRole('textbox', { name: '稿件标题' });
	expect(await title.inputValue()).toBe(township.name);
	await title.fill('青禾镇2026年工作总结');
	await page.getByRole('button', { name: '用此模板新建稿件' }).click();
	await page.waitForURL(/#\/drafts\//);
	await sectionEditor(page, township.sections.length - 1).waitFor();
	await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('青禾镇2026年工作总结');
	const titles = await page.locator('.section-title').evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value));
	expect(titles).toEqual(township.sections.map((s) => s.title));
	// Each section starts from its first skeleton.
	expect(await sectionText(page, 1)).toBe(first2.text);
	expect(errors).toEqual([]);
	await page.close();
});
