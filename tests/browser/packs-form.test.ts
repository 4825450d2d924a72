// The pack form editor: a pack made from scratch without touching JSON, with problems shown
// beside their fields while typing, then a draft started from it.
import { beforeAll, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations, describeViolations, watchErrors, useServedApp } from './harness';

const app = useServedApp();
let page: Page;
let errors: string[];

beforeAll(async () => {
	page = await app.context.newPage();
	errors = watchErrors(page);
	await page.goto(`${app.server.url}#/packs`);
	await page.getByRole('heading', { name: '模板包', level: 1 }).waitFor();
});


/** The problem text shown beside a field (its aria-describedby error element). */
async function errorBeside(field: ReturnType<Page['getByLabel']>): Promise<string> {
	const ids = ((await field.getAttribute('aria-describedby')) ?? '').split(/\s+/).filter(Boolean);
	let text = '';
	for (const id of ids) text += (await page.locator(`[id="${id}"]`).textContent()) ?? '';
	return text;
}

async function waitForError(field: ReturnType<Page['getByLabel']>, expected: RegExp | null): Promise<void> {
	await expect
		.poll(() => errorBeside(field), { timeout: 5000 })
		.toMatch(expected ?? /^$/);
}

test('a pack from scratch in the form, errors beside their fields, then a draft from it', async () => {
	await page.getByRole('button', { name: '＋ 新建模板包' }).click();
	const editor = page.getByRole('region', { name: '新建模板包' });
	await editor.waitFor();

	// Problems are there from the start, each beside its own field.
	const name = editor.getByLabel('名称', { exact: true });
	await waitForError(name, /不能为空/);
	await expect(name.getAttribute('aria-invalid')).resolves.toBe('true');
	const title = editor.getByLabel('标题', { exact: true });
	await waitForError(title, /不能为空/);

	// The form with its problems showing passes axe (labels, contrast, roles).
	const violations = await axeViolations(page);
	expect(violations.map((v) => v.id), describeViolations(violations)).toEqual([]);

	await name.fill('综合科年度总结');
	await waitForError(name, null);

	// A wrong version is flagged while typing, beside the version field.
	const version = editor.getByLabel('版本号');
	await version.fill('1.0');
	await waitForError(version, /主\.次\.修订/);
	await version.fill('1.0.0');
	await waitForError(version, null);

	await title.fill('一、总体情况');
	await waitForError(title, null);

	// Guidance: Markdown with a live, sanitised preview.
	await editor.getByLabel('写作要点（Markdown）').fill('### 要点\n\n- 写明**全年**概况');
	const preview = editor.getByRole('region', { name: '预览：第 1 节' });
	await preview.locator('h3', { hasText: '要点' }).waitFor();
	await expect(preview.locator('strong').textContent()).resolves.toBe('全年');

	// Skeleton, and a typed slot inserted at the caret from the menu.
	const skeleton = editor.getByLabel('骨架（“____”是待填写的空位）');
	await skeleton.fill('全年完成投资亿元。');
	await skeleton.evaluate((el: HTMLTextAreaElement) => el.setSelectionRange(6, 6));
	await editor.getByLabel('插入空位').selectOption('number');
	await expect(skeleton.inputValue()).resolves.toBe('全年完成投资____亿元。');
	await editor.getByLabel('名称 1').fill('完成投资');
	await editor.getByLabel('单位 1').fill('亿元');

	// A phrase bank.
	await editor.getByRole('button', { name: '＋ 添加一组表述' }).click();
	await editor.getByLabel('用途', { exact: true }).fill('开头');
	await editor.getByLabel('表述（每行一条）', { exact: true }).fill('过去一年，\n今年以来，');

	// A second section, of another kind.
	await editor.getByLabel('＋ 添加章节').selectOption('signature');
	await editor.getByLabel('标题', { exact: true }).nth(1).fill('落款');

	// A rule with an option field from the rule's schema; an out-of-range value is flagged there.
	await editor.getByLabel('添加规则').selectOption('achievements/quantified');
	const min = editor.locator('[data-rule-id="achievements/quantified"]').getByLabel('min');
	await min.fill('500');
	await waitForError(min, /超出范围/);
	await min.fill('2');
	await waitForError(min, null);

	await editor.getByText('没有发现问题。').waitFor();
	await editor.getByRole('button', { name: '保存', exact: true }).click();
	await page.getByText('已保存。').waitFor();
	await page.locator('.pack-list').getByText('综合科年度总结', { exact: true }).waitFor();

	await page.getByRole('button', { name: '用此模板新建稿件' }).click();
	await page.waitForURL(/#\/drafts\//);
	await page.locator('.section-card .section-title').first().waitFor();
	const titles = await page.locator('.section-card .section-title').evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value));
	expect(titles).toEqual(['一、总体情况', '落款']);
	// The skeleton is the first section's text, its one slot an open blank.
	await expect.poll(() => page.locator('.blank-badge .text').getAttribute('data-count'), { timeout: 10_000 }).toBe('1');
	await expect(page.locator('.section-card').first().textContent()).resolves.toContain('全年完成投资____亿元。');
	expect(errors).toEqual([]);
});

test('importing a newer version of an installed pack shows what changed before upgrading', async () => {
	const v1 = {
		type: 'gaojiang-template-pack', schemaVersion: 2, id: 'upgrade-me', name: '升级测试包', version: '1.0.0', author: '测试组', description: '',
		sections: [{ plugin: 'overview', title: '一、概况' }, { plugin: 'achievements', title: '二、成绩', skeleton: '完成投资____亿元。', slots: [{ name: 'inv', label: '完成投资', kind: 'number', unit: '亿元' }] }],
		rules: { 'overview/period': 'off' }
	};
	const v2 = {
		...v1,
		version: '1.1.0',
		sections: [v1.sections[0], { ...v1.sections[1], skeleton: '完成投资____亿元，新增企业____家。', slots: [...v1.sections[1]!.slots!, { name: 'firms', label: '新增企业', kind: 'number', unit: '家' }] }, { plugin: 'plan', title: '三、明年打算' }],
		rules: { 'overview/period': 'warning' }
	};
	await page.goto(`${app.server.url}#/packs`);
	const choose = async (text: string) => {
		const chooser = page.waitForEvent('filechooser');
		await page.getByRole('button', { name: '选择文件…' }).click();
		await (await chooser).setFiles({ name: 'upgrade-me.json', mimeType: 'application/json', buffer: Buffer.from(text) });
	};
	await choose(JSON.stringify(v1));
	await page.getByText('已导入“升级测试包”').waitFor();
	await choose(JSON.stringify(v2));
	const dialog = page.getByRole('dialog');
	await dialog.waitFor();
	const changes = await dialog.locator('li').allTextContents();
	const violations = await axeViolations(page);
	expect(violations.map((v) => v.id), describeViolations(violations)).toEqual([]);
	expect(changes).toEqual(['新增章节“三、明年打算”', '章节“二、成绩”：骨架、空位有改动', '规则 overview/period：off → warning']);
	await dialog.getByRole('button', { name: '升级到新版本' }).click();
	await page.getByText('已导入“升级测试包”').waitFor();
	await expect(page.locator('[data-preview-id="upgrade-me"]').textContent()).resolves.toContain('三、明年打算');
	expect(errors).toEqual([]);
});
