// 逐项填空 as the writer meets it: the same placeholder in many places is one field (with its
// count and places, and a way to fill one alone), years proposed from the draft's 年度, values
// read by kind with a Chinese message beside the field, and 撤销填空 that stays while the fill
// can still be undone — after Ctrl+Z and redo, and after a reload.
import { expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations, describeViolations, useServedApp, watchErrors } from './harness';
import { badge, editor, editorText, newDraft } from './editor-helpers';

const app = useServedApp();

function dialog(page: Page) {
	return page.locator('dialog.fill-in-dialog');
}

async function openFillIn(page: Page) {
	await page.getByRole('button', { name: '逐项填空' }).click();
	await dialog(page).locator('input').first().waitFor();
}

/** The settings row `fill:<id>` of the draft open in the page is stored. */
function storedFill(page: Page): Promise<boolean> {
	return page.evaluate(async () => {
		const draftId = decodeURIComponent(location.hash.replace(/^#\/drafts\//, '').split(/[/?]/)[0] ?? '');
		const db = await new Promise<IDBDatabase>((resolve, reject) => {
			const open = indexedDB.open('gaojiang-drafts');
			open.onsuccess = () => resolve(open.result);
			open.onerror = () => reject(open.error);
		});
		const row = await new Promise<unknown>((resolve, reject) => {
			const get = db.transaction('settings').objectStore('settings').get(`fill:${draftId}`);
			get.onsuccess = () => resolve(get.result);
			get.onerror = () => reject(get.error);
		});
		db.close();
		return row !== undefined;
	});
}

const REPEATED = [
	'20__年，aa现代产业园新引进企业12家。',
	'aa现代产业园二期开工，aa现代产业园获评省级园区。',
	'明年（20__年）aa现代产业园将启动三期。'
].join('\n');

test('one placeholder repeated is one field that fills every place in one step (and one undo); years come proposed', async () => {
	const page = await app.context.newPage();
	const errors = watchErrors(page);
	await newDraft(page, app.server.url, '2026年度工作总结');
	await editor(page).click();
	await page.keyboard.insertText(REPEATED);
	await expect.poll(() => badge(page).textContent()).toBe('还有 6 处未填写');

	await openFillIn(page);
	const inputs = dialog(page).locator('input');
	// 20__年, aa现代… (four places), 明年（20__年）: three fields for six blanks.
	await expect(inputs.count()).resolves.toBe(3);
	await expect(inputs.nth(0).inputValue()).resolves.toBe('2026');
	await expect(inputs.nth(2).inputValue()).resolves.toBe('2027');
	await expect(dialog(page).locator('.proposal').first().textContent()).resolves.toBe('按本稿年度 2026 年建议，可修改');
	const park = dialog(page).locator('li.item').nth(1);
	await expect(park.locator('.same').textContent()).resolves.toBe('共 4 处，填一次全部填入');
	await expect(park.locator('.places summary').textContent()).resolves.toContain('在：正文 4 处');

	// Focus is in the proposed year: Enter keeps it, the park's name is typed once, Enter keeps 2027.
	await page.keyboard.press('Enter');
	await page.keyboard.type('滨江');
	await page.keyboard.press('Enter');
	await page.keyboard.press('Enter');
	await dialog(page).waitFor({ state: 'hidden' });
	const filled = REPEATED.replaceAll('aa', '滨江').replace('20__', '2026').replace('20__', '2027');
	expect(await editorText(page)).toBe(filled);
	await expect.poll(() => badge(page).textContent()).toBe('还有 0 处未填写');
	await expect(page.locator('.fill-in-tools .notice').textContent()).resolves.toContain('已填入 6 处');

	// One Ctrl+Z undoes all six.
	await editor(page).click();
	await page.keyboard.press('Control+z');
	expect(await editorText(page)).toBe(REPEATED);
	await expect.poll(() => badge(page).textContent()).toBe('还有 6 处未填写');

	// One place taken out of its field is filled on its own; the proposal can be changed.
	await openFillIn(page);
	await park.locator('.places summary').click();
	// A shared field with its places open passes axe.
	const violations = await axeViolations(page, 'dialog.fill-in-dialog');
	expect(violations.map((v) => v.id), describeViolations(violations)).toEqual([]);
	await park.getByRole('button', { name: '正文 第 2 行单独填写' }).first().click();
	await expect(inputs.count()).resolves.toBe(4);
	await expect(park.locator('.same').textContent()).resolves.toBe('共 3 处，填一次全部填入');
	await inputs.nth(0).fill('2025');
	await inputs.nth(1).fill('滨江');
	// The place taken out is the first on line 2: its own field follows the group.
	await inputs.nth(2).fill('临港');
	await dialog(page).getByRole('button', { name: '填入正文' }).click();
	await dialog(page).waitFor({ state: 'hidden' });
	expect(await editorText(page)).toBe(
		['2025年，滨江现代产业园新引进企业12家。', '临港现代产业园二期开工，滨江现代产业园获评省级园区。', '明年（2027年）滨江现代产业园将启动三期。'].join('\n')
	);
	expect(errors).toEqual([]);
	await page.close();
});

test('values are read by kind: a Chinese numeral is offered in Arabic figures, a short year is refused, beside the field', async () => {
	const page = await app.context.newPage();
	const errors = watchErrors(page);
	await newDraft(page, app.server.url, '填空类型');
	await editor(page).click();
	await page.keyboard.type('19__年建成的园区，实现工业总产值亿元，');
	await expect.poll(() => badge(page).textContent()).toBe('还有 2 处未填写');
	await openFillIn(page);
	const inputs = dialog(page).locator('input');
	await inputs.nth(0).fill('98');
	await inputs.nth(1).fill('十二点五');
	await dialog(page).getByRole('button', { name: '填入正文' }).click();
	const items = dialog(page).locator('li.item');
	await expect(items.nth(0).locator('.error').textContent()).resolves.toContain('年份请填写四位阿拉伯数字，如 2026。');
	await expect(items.nth(1).locator('.error').textContent()).resolves.toContain('数字请用阿拉伯数字：“十二点五”是 12.5 吗？');
	await expect(inputs.nth(1).getAttribute('aria-invalid')).resolves.toBe('true');
	expect(await editorText(page)).toBe('19__年建成的园区，实现工业总产值亿元，');
	// The form with its messages and the suggestion button passes axe.
	const violations = await axeViolations(page, 'dialog.fill-in-dialog');
	expect(violations.map((v) => v.id), describeViolations(violations)).toEqual([]);

	// The writer confirms the conversion with one click and corrects the year.
	await items.nth(1).getByRole('button', { name: '改为 12.5' }).click();
	await expect(inputs.nth(1).inputValue()).resolves.toBe('12.5');
	await expect(items.nth(1).locator('.error').count()).resolves.toBe(0);
	await inputs.nth(0).fill('1998');
	await dialog(page).getByRole('button', { name: '填入正文' }).click();
	await dialog(page).waitFor({ state: 'hidden' });
	expect(await editorText(page)).toBe('1998年建成的园区，实现工业总产值12.5亿元，');
	expect(errors).toEqual([]);
	await page.close();
});

test('撤销填空 stays while the fill can be undone: after Ctrl+Z and redo, and after a reload', async () => {
	const page = await app.context.newPage();
	const errors = watchErrors(page);
	await newDraft(page, app.server.url, '撤销填空');
	const text = '全年新建道路公里，投资万元。';
	await editor(page).click();
	await page.keyboard.type(text);
	await expect.poll(() => badge(page).textContent()).toBe('还有 2 处未填写');
	await openFillIn(page);
	const inputs = dialog(page).locator('input');
	await inputs.nth(0).fill('12');
	await inputs.nth(1).fill('3400');
	await dialog(page).getByRole('button', { name: '填入正文' }).click();
	await dialog(page).waitFor({ state: 'hidden' });
	const filled = '全年新建道路12公里，投资3400万元。';
	expect(await editorText(page)).toBe(filled);
	const undoButton = page.getByRole('button', { name: '撤销填空' });
	await undoButton.waitFor();

	// Ctrl+Z takes the fill back: nothing left for 撤销填空; redo brings both back.
	await editor(page).click();
	await page.keyboard.press('Control+z');
	expect(await editorText(page)).toBe(text);
	await undoButton.waitFor({ state: 'detached' });
	await page.keyboard.press('Control+y');
	expect(await editorText(page)).toBe(filled);
	await undoButton.waitFor();

	// Reload with the text unchanged: still there, and it restores the text.
	await expect.poll(() => page.locator('.save-status').textContent()).toMatch(/已保存/);
	await expect.poll(() => storedFill(page)).toBe(true);
	await page.reload();
	await editor(page).waitFor();
	expect(await editorText(page)).toBe(filled);
	await undoButton.waitFor();
	await undoButton.click();
	expect(await editorText(page)).toBe(text);
	await undoButton.waitFor({ state: 'detached' });
	await expect.poll(() => badge(page).textContent()).toBe('还有 2 处未填写');

	// Filled again, then edited and reloaded: the fill can no longer be undone as such.
	await openFillIn(page);
	await inputs.nth(0).fill('8');
	await inputs.nth(1).fill('900');
	await dialog(page).getByRole('button', { name: '填入正文' }).click();
	await undoButton.waitFor();
	await editor(page).click();
	await page.keyboard.press('Control+End');
	await page.keyboard.type('另');
	await undoButton.waitFor({ state: 'detached' });
	await expect.poll(() => page.locator('.save-status').textContent()).toMatch(/已保存/);
	await page.reload();
	await editor(page).waitFor();
	await expect.poll(() => editorText(page)).toBe('全年新建道路8公里，投资900万元。另');
	await expect.poll(() => badge(page).textContent()).toBe('还有 0 处未填写');
	await expect(undoButton.count()).resolves.toBe(0);
	expect(errors).toEqual([]);
	await page.close();
});

// A pack whose skeleton slot remembers last year's value (as 明年再写 writes it).
const HINT_PACK = {
	type: 'gaojiang-template-pack',
	schemaVersion: 2,
	id: 'fill-hint-pack',
	name: '带上年数值的模板包',
	version: '1.0.0',
	author: '测试组',
	description: '空位带着上年的数值。',
	sections: [
		{
			plugin: 'achievements',
			title: '一、主要成绩',
			skeleton: '全年实现工业总产值____亿元，新建标准厂房____万平方米。',
			slots: [
				{ name: 'output', label: '工业总产值', kind: 'number', unit: '亿元', hint: '上年：35.2 亿元' },
				{ name: 'area', label: '新建标准厂房', kind: 'number', unit: '万平方米' }
			]
		}
	]
};

test('a slot’s hint shows beside its field, and 沿用 takes last year’s figure in one click', async () => {
	const page = await app.context.newPage();
	const errors = watchErrors(page);
	await page.goto(`${app.server.url}#/packs`);
	await page.getByRole('heading', { name: '模板包', level: 1 }).waitFor();
	const chooser = page.waitForEvent('filechooser');
	await page.getByRole('button', { name: '选择文件…' }).click();
	await (await chooser).setFiles({ name: 'hint.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(HINT_PACK)) });
	await page.locator('[data-pack-id="fill-hint-pack"]').click();
	await page.getByRole('button', { name: '用此模板新建稿件' }).click();
	await page.waitForURL(/#\/drafts\//);
	await editor(page).waitFor();
	await expect.poll(() => badge(page).textContent()).toBe('还有 2 处未填写');

	await openFillIn(page);
	const items = dialog(page).locator('li.item');
	await expect(items.nth(0).locator('.hint').textContent()).resolves.toContain('上年：35.2 亿元');
	await expect(items.nth(1).locator('.hint').count()).resolves.toBe(0);
	// The hint describes the field for a screen reader too.
	const described = await dialog(page).locator('input').nth(0).getAttribute('aria-describedby');
	await expect(page.locator(`#${described}`).textContent()).resolves.toContain('上年：35.2 亿元');
	const violations = await axeViolations(page, 'dialog.fill-in-dialog');
	expect(violations.map((v) => v.id), describeViolations(violations)).toEqual([]);
	await items.nth(0).getByRole('button', { name: '工业总产值沿用 35.2' }).click();
	await expect(dialog(page).locator('input').nth(0).inputValue()).resolves.toBe('35.2');
	await dialog(page).locator('input').nth(1).fill('4');
	await dialog(page).getByRole('button', { name: '填入正文' }).click();
	await dialog(page).waitFor({ state: 'hidden' });
	expect(await editorText(page)).toBe('全年实现工业总产值35.2亿元，新建标准厂房4万平方米。');
	expect(errors).toEqual([]);
	await page.close();
});

test('a blank in the draft’s title is reached by F8 and is a field of 逐项填空 too, and 撤销填空 puts it back', async () => {
	const page = await app.context.newPage();
	const errors = watchErrors(page);
	await newDraft(page, app.server.url, '20__年度工作总结');
	await page.getByLabel('年度').fill('2026');
	await editor(page).click();
	await page.keyboard.type('20__年，全镇实现农业总产值亿元。');
	await expect.poll(() => badge(page).textContent()).toBe('还有 3 处未填写');
	// F8 from the end of the report wraps round to the title's blank, and goes on from there.
	await page.keyboard.press('Control+End');
	await page.keyboard.press('F8');
	const titleSelection = () =>
		page.evaluate(() => {
			const el = document.activeElement as HTMLInputElement | null;
			return el?.classList.contains('draft-title') ? `${el.selectionStart}-${el.selectionEnd}` : 'elsewhere';
		});
	await expect.poll(titleSelection).toBe('2-4');
	await page.keyboard.press('F8');
	await expect.poll(titleSelection).toBe('elsewhere');
	await expect.poll(() => page.evaluate(() => document.activeElement?.classList.contains('cm-content') ?? false)).toBe(true);
	await page.keyboard.press('Shift+F8');
	await expect.poll(titleSelection).toBe('2-4');

	await openFillIn(page);
	const inputs = dialog(page).locator('input');
	// The title's year and the body's are the same year: one field, proposed from 年度.
	await expect(inputs.count()).resolves.toBe(2);
	await expect(dialog(page).locator('li.item').nth(0).locator('.section').textContent()).resolves.toBe('标题');
	await expect(inputs.nth(0).inputValue()).resolves.toBe('2026');
	await inputs.nth(1).fill('3.6');
	await dialog(page).getByRole('button', { name: '填入正文' }).click();
	await dialog(page).waitFor({ state: 'hidden' });
	await expect.poll(() => page.locator('input.draft-title').inputValue()).toBe('2026年度工作总结');
	expect(await editorText(page)).toBe('2026年，全镇实现农业总产值3.6亿元。');
	await expect.poll(() => badge(page).textContent()).toBe('还有 0 处未填写');
	await page.getByRole('button', { name: '撤销填空' }).click();
	await expect.poll(() => page.locator('input.draft-title').inputValue()).toBe('20__年度工作总结');
	expect(await editorText(page)).toBe('20__年，全镇实现农业总产值亿元。');
	await expect.poll(() => badge(page).textContent()).toBe('还有 3 处未填写');
	expect(errors).toEqual([]);
	await page.close();
});
