import { beforeAll, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { watchErrors, useServedApp } from './harness';

const app = useServedApp();
let page: Page;
let errors: string[];

beforeAll(async () => {
	page = await app.context.newPage();
	errors = watchErrors(page);
	await page.goto(`${app.server.url}#/packs`);
	await page.locator('[data-pack-id="annual-summary-and-plan"]').waitFor();
});


test('duplicate a built-in to edit it; a bad edit is refused with its path; a good one is saved and survives reload', async () => {
	await page.locator('[data-pack-id="annual-summary-and-plan"]').click();
	await page.getByRole('button', { name: '复制为可编辑' }).click();
	const copy = page.locator('[data-pack-id="annual-summary-and-plan-2"]');
	await copy.waitFor();
	await page.getByRole('heading', { name: '编辑“年度总结与明年工作计划（副本）”' }).waitFor();
	await page.getByRole('tab', { name: 'JSON（高级）' }).click();
	const editor = page.getByRole('textbox', { name: '模板包 JSON' });
	const json = await editor.inputValue();
	expect(JSON.parse(json).id).toBe('annual-summary-and-plan-2');

	await editor.fill(json.replace('"plugin": "plan"', '"plugin": "rocket"'));
	await page.getByRole('button', { name: '保存' }).click();
	await expect(page.getByRole('alert').textContent()).resolves.toMatch(/\$\.sections\[3\]\.plugin：未知的章节插件/);

	await editor.fill(json.replace('"name": "年度总结与明年工作计划（副本）"', '"name": "我们科的年度总结"'));
	await page.getByRole('button', { name: '保存' }).click();
	await page.getByText('已保存。').waitFor();
	await page.reload();
	await expect(page.locator('[data-pack-id="annual-summary-and-plan-2"] .name').textContent()).resolves.toBe('我们科的年度总结');
});

test('deleting asks first; declining keeps the pack, accepting removes it', async () => {
	await page.locator('[data-pack-id="annual-summary-and-plan-2"]').click();
	page.once('dialog', (d) => void d.dismiss());
	await page.getByRole('button', { name: '删除' }).click();
	expect(await page.locator('[data-pack-id="annual-summary-and-plan-2"]').count()).toBe(1);
	page.once('dialog', (d) => {
		expect(d.message()).toContain('确定删除模板包“我们科的年度总结”');
		void d.accept();
	});
	await page.getByRole('button', { name: '删除' }).click();
	await page.getByText('已删除“我们科的年度总结”。').waitFor();
	expect(await page.locator('[data-pack-id="annual-summary-and-plan-2"]').count()).toBe(0);
	// Built-ins offer no delete button.
	await page.locator('[data-pack-id="annual-summary-and-plan"]').click();
	expect(await page.getByRole('button', { name: '删除' }).count()).toBe(0);
	expect(errors).toEqual([]);
});
