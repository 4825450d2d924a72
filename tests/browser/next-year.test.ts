// 明年再写 in the app: a filled draft → review its figures and years → the next year's draft, whose
// figures are open blanks (each slot carrying its old value) and whose period years moved on.
import { beforeAll, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations, describeViolations, watchErrors, useServedApp } from './harness';
import { badge, editor, editorText, newDraft } from './editor-helpers';

const app = useServedApp();
let page: Page;
let errors: string[];

beforeAll(async () => {
	page = await app.context.newPage();
	errors = watchErrors(page);
});


test('明年再写: the figures become blanks, a kept figure stays, the period year moves on, history stays', async () => {
	await newDraft(page, app.server.url, '青禾园区2025年工作总结');
	await editor(page, 0).click();
	await page.keyboard.insertText('2025年，园区实现工业总产值38.6亿元，同比增长9.2%，2019年建成的一号路完成改造。');
	await expect.poll(() => badge(page).getAttribute('data-count')).toBe('0');
	const oldUrl = page.url();

	await page.getByRole('button', { name: '明年再写' }).click();
	const dialog = page.getByRole('dialog', { name: '明年再写：2026 年的新稿' });
	await dialog.waitFor();
	const rows = dialog.locator('li[data-site]');
	await expect(rows.count()).resolves.toBe(4);
	await expect(rows.nth(0).locator('select').inputValue()).resolves.toBe('advance');
	await expect(rows.nth(3).locator('select').inputValue()).resolves.toBe('keep');
	const violations = await axeViolations(page);
	expect(violations.map((v) => v.id), describeViolations(violations)).toEqual([]);
	await rows.nth(2).getByLabel(/保持原样/).check();
	await dialog.getByRole('button', { name: '新建稿件' }).click();

	await page.waitForURL((u) => u.href !== oldUrl && /#\/drafts\//.test(u.href));
	await expect.poll(() => page.locator('.draft-title').inputValue()).toBe('青禾园区2026年工作总结');
	await expect(page.getByRole('spinbutton', { name: '年度' }).inputValue()).resolves.toBe('2026');
	await expect.poll(() => editorText(page, 0)).toBe('2026年，园区实现工业总产值____亿元，同比增长9.2%，2019年建成的一号路完成改造。');
	await expect.poll(() => badge(page).getAttribute('data-count')).toBe('1');
	// 逐项填空 asks for the figure by its measure, with last year's value beside the field.
	await page.getByRole('button', { name: '逐项填空' }).click();
	const fill = page.locator('dialog.fill-in-dialog[open]');
	await fill.waitFor();
	await expect(fill.locator('.hint span').allTextContents()).resolves.toEqual(['上年：38.6 亿元']);
	await page.keyboard.press('Escape');
	await fill.waitFor({ state: 'detached' });

	// The finished report is untouched.
	await page.goto(oldUrl);
	await expect.poll(() => editorText(page, 0)).toBe('2025年，园区实现工业总产值38.6亿元，同比增长9.2%，2019年建成的一号路完成改造。');
	// The pack it made is installed and listed.
	await page.goto(`${app.server.url}#/packs`);
	await page.locator('.pack-list').getByText('青禾园区2025年工作总结（明年再写）', { exact: true }).waitFor();
	expect(errors).toEqual([]);
});
