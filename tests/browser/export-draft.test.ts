// Export, copy and preview as mounted in the draft page of the built app, with the real checker
// and the settings remembered in IndexedDB.
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import JSZip from 'jszip';
import { readFileSync } from 'node:fs';
import { launch, newProfileDir, removeProfileDir, serveBuild, watchErrors, type Served } from './harness';
import { sectionEditor } from './app-helpers';

let server: Served;
let context: BrowserContext;
let profile: string;

beforeAll(async () => {
	server = await serveBuild();
	profile = newProfileDir();
	context = await launch(profile, { permissions: ['clipboard-read', 'clipboard-write'] });
});

afterAll(async () => {
	await context?.close();
	await server?.close();
	if (profile) removeProfileDir(profile);
});

const BODY = '一、主要成绩\n（一）项目建设\n1.新建高标准农田5000亩，完成年度任务的112%。\n一是摸清底数，明确方向。全镇走访农户1200户。';

async function draftWith(title: string, body: string): Promise<{ page: Page; errors: string[] }> {
	const page = await context.newPage();
	page.setDefaultTimeout(10_000);
	const errors = watchErrors(page);
	await page.goto(server.url);
	await page.getByPlaceholder('新草稿标题').fill(title);
	await page.getByRole('button', { name: '新建草稿' }).click();
	await page.waitForURL(/#\/drafts\/[0-9a-f]{32}$/);
	await sectionEditor(page, 0).fill(body);
	await expect.poll(() => page.locator('.save-status').getAttribute('data-status')).toBe('saved');
	return { page, errors };
}

async function downloadDocx(page: Page): Promise<{ name: string; xml: string; styles: string }> {
	const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Word 公文（.docx）' }).click()]);
	const zip = await JSZip.loadAsync(readFileSync(await download.path()));
	return {
		name: download.suggestedFilename(),
		xml: await zip.file('word/document.xml')!.async('string'),
		styles: await zip.file('word/styles.xml')!.async('string')
	};
}

test('the draft page exports a .docx that opens, with the writer’s numbering as heading levels', async () => {
	const { page, errors } = await draftWith('2026年度青禾镇工作总结', BODY);
	await page.getByRole('button', { name: '导出…' }).click();
	await page.getByText('没有发现未填写的空白。').waitFor();
	const docx = await downloadDocx(page);
	expect(docx.name).toMatch(/^2026年度青禾镇工作总结_\d{8}\.docx$/);
	expect(docx.xml).toMatch(/<w:pStyle w:val="Title"\/>.*2026年度青禾镇工作总结/s);
	expect(docx.xml).toMatch(/<w:pStyle w:val="Heading1"\/>.*一、主要成绩/s);
	expect(docx.xml).toMatch(/<w:pStyle w:val="Heading2"\/>.*（一）项目建设/s);
	expect(errors).toEqual([]);
	await page.close();
});

test('the checker’s open blanks gate the export; exporting anyway highlights them', async () => {
	const { page } = await draftWith('半年总结', '上半年实现农业总产值亿元，比上年同期增长。');
	await page.getByRole('button', { name: '导出…' }).click();
	const list = page.locator('[data-open-blanks]');
	await list.waitFor();
	const open = Number(await list.getAttribute('data-open-blanks'));
	expect(open).toBeGreaterThanOrEqual(1);
	await page.getByRole('button', { name: 'Word 公文（.docx）' }).click();
	await page.getByText('请先填写空白，或勾选“仍然导出”。').waitFor();
	await page.getByLabel('仍然导出，并在文档中用黄色标出这些空白').check();
	const docx = await downloadDocx(page);
	expect(docx.xml.match(/<w:highlight w:val="yellow"\/>/g)?.length).toBe(open);
	await page.close();
});

test('export settings are remembered per draft across a reload', async () => {
	const { page } = await draftWith('述职报告', '分管招商引资工作。');
	await page.getByRole('button', { name: '导出…' }).click();
	await page.locator('details.settings summary').click();
	await page.locator('input[name="font-body"]').fill('仿宋');
	await page.locator('input[name="font-body"]').press('Tab');
	await page.reload();
	await page.getByRole('button', { name: '导出…' }).click();
	await page.locator('details.settings summary').click();
	await expect.poll(() => page.locator('input[name="font-body"]').inputValue()).toBe('仿宋');
	const docx = await downloadDocx(page);
	expect(docx.styles).toContain('w:eastAsia="仿宋"');
	await page.close();
});

test('a section’s copy button puts text/html and text/plain of that section on the clipboard', async () => {
	const { page } = await draftWith('年度总结', BODY);
	await page.locator('.section-card [data-copy]').first().click();
	await page.getByText('已复制，可直接粘贴到 Word 或 WPS').waitFor();
	const clip = await page.evaluate(async () => {
		const out: Record<string, string> = {};
		for (const item of await navigator.clipboard.read()) {
			for (const type of item.types) out[type] = await (await item.getType(type)).text();
		}
		return out;
	});
	expect(clip['text/plain']).toContain('\u3000\u3000（一）项目建设\n');
	expect(clip['text/html']).toMatch(/'黑体'[^"]*">一、主要成绩<\/p>/);
	await page.close();
});

test('a section’s copy uses the draft’s export settings (the fonts set in the export dialog), not the defaults', async () => {
	const { page } = await draftWith('设置字体的总结', BODY);
	await page.getByRole('button', { name: '导出…' }).click();
	await page.locator('details.settings summary').click();
	await page.locator('input[name="font-body"]').fill('微软雅黑');
	await page.locator('input[name="font-body"]').press('Tab');
	await page.keyboard.press('Escape');
	await page.locator('.section-card [data-copy]').first().click();
	await page.getByText('已复制，可直接粘贴到 Word 或 WPS').waitFor();
	const html = await page.evaluate(async () => {
		for (const item of await navigator.clipboard.read()) if (item.types.includes('text/html')) return (await item.getType('text/html')).text();
		return '';
	});
	expect(html).toContain("'微软雅黑'");
	await page.close();
});

test('the preview follows the text typed in the draft', async () => {
	const { page } = await draftWith('年度总结', BODY);
	await page.getByRole('button', { name: '公文预览' }).click();
	await expect.poll(() => page.locator('.page[data-page="1"]').textContent()).toContain('（一）项目建设');
	await sectionEditor(page, 0).fill(BODY + '\n二、存在问题');
	await expect.poll(() => page.locator('.page[data-page="1"]').textContent()).toContain('二、存在问题');
	await page.close();
});
