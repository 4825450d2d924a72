// A draft started from a built-in pack, exported as a writer would: every format keeps the first
// section's "一、" heading, a section's title can be left out by choice, and the preview and the
// print copy show the same pages.
import { expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import JSZip from 'jszip';
import { readFileSync } from 'node:fs';
import { useServedApp, watchErrors } from './harness';
import { sectionEditor } from './app-helpers';

const app = useServedApp({ permissions: ['clipboard-read', 'clipboard-write'] });

// Our own text for the pack's five sections (no open blanks, so export is not gated).
const BODIES = [
	'全年园区经济运行平稳，重点项目按期推进。',
	'（一）项目建设\n新开工项目12个，竣工投产8个。\n（二）招商引资\n签约项目21个，协议投资46亿元。',
	'一是服务企业的办法还不多；二是要素保障仍有短板。',
	'（一）总体目标\n力争工业总产值增长8%。',
	'青禾园区管委会\n2026年12月28日'
];

async function draftFromPack(): Promise<{ page: Page; errors: string[] }> {
	const page = await app.context.newPage();
	page.setDefaultTimeout(15_000);
	const errors = watchErrors(page);
	await page.goto(`${app.server.url}#/packs`);
	await page.locator('[data-pack-id="annual-summary-and-plan"]').click();
	await page.getByRole('button', { name: '用此模板新建稿件' }).click();
	await page.waitForURL(/#\/drafts\/[0-9a-f]{32}$/);
	for (const [i, body] of BODIES.entries()) await sectionEditor(page, i).fill(body);
	await expect.poll(() => page.locator('.save-status').getAttribute('data-status')).toBe('saved');
	return { page, errors };
}

async function download(page: Page, label: string): Promise<Buffer> {
	const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: label }).click()]);
	return readFileSync(await file.path());
}

async function docxXml(page: Page): Promise<string> {
	const zip = await JSZip.loadAsync(await download(page, 'Word 公文（.docx）'));
	return zip.file('word/document.xml')!.async('string');
}

test('every export format of a built-in pack’s draft keeps the first section’s 一、 heading', async () => {
	const { page, errors } = await draftFromPack();
	await page.getByRole('button', { name: '导出…' }).click();
	await page.getByText('没有发现未填写的空白。').waitFor();

	const xml = await docxXml(page);
	expect(xml).toMatch(/<w:pStyle w:val="Heading1"\/>.*?一、全年工作回顾.*?二、主要成绩.*?三、存在问题.*?四、明年工作计划/s);
	const md = (await download(page, 'Markdown（.md）')).toString('utf8');
	expect(md).toContain('\n## 一、全年工作回顾\n');
	const txt = (await download(page, '纯文本（.txt）')).toString('utf8');
	expect(txt).toContain('\u3000\u3000一、全年工作回顾\n');
	const html = (await download(page, '网页（.html）')).toString('utf8');
	expect(html).toMatch(/>一、全年工作回顾<\/p>/);
	await page.getByRole('button', { name: '关闭' }).click();

	await page.locator('[data-copy="report"]').click();
	await page.getByText('已复制，可直接粘贴到 Word 或 WPS').waitFor();
	const clip = await page.evaluate(async () => {
		const out: Record<string, string> = {};
		for (const item of await navigator.clipboard.read()) for (const type of item.types) out[type] = await (await item.getType(type)).text();
		return out;
	});
	expect(clip['text/plain']).toContain('\u3000\u3000一、全年工作回顾\n');
	expect(clip['text/html']).toMatch(/>一、全年工作回顾<\/p>/);

	await page.getByRole('button', { name: '公文预览' }).click();
	await expect.poll(() => page.locator('.page[data-page="1"]').textContent()).toContain('一、全年工作回顾');
	expect(errors).toEqual([]);
	await page.close();
});

test('the writer can print a section without its title; the choice is remembered for the draft', async () => {
	const { page } = await draftFromPack();
	await page.getByRole('button', { name: '导出…' }).click();
	await page.locator('details.settings summary').click();
	const choice = page.getByLabel('印出标题“一、全年工作回顾”');
	await expect(choice.isChecked()).resolves.toBe(true);
	await choice.uncheck();
	const md = (await download(page, 'Markdown（.md）')).toString('utf8');
	expect(md).not.toContain('一、全年工作回顾');
	expect(md).toContain('全年园区经济运行平稳');
	expect(md).toContain('\n## 二、主要成绩\n');

	await page.reload();
	await page.getByRole('button', { name: '导出…' }).click();
	await page.locator('details.settings summary').click();
	await expect.poll(() => page.getByLabel('印出标题“一、全年工作回顾”').isChecked()).toBe(false);
	expect(await docxXml(page)).not.toContain('一、全年工作回顾');
	await page.close();
});

/** Pages of a PDF (each page object has /Type /Page). */
const pdfPages = (pdf: Buffer) => pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g)?.length ?? 0;

test('the preview and the print copy show the same number of pages', async () => {
	const { page } = await draftFromPack();
	// A longer report: the achievements section runs over several pages.
	const long = Array.from({ length: 40 }, (_, i) => `${i + 1}.新建高标准农田${500 + i * 10}亩，完成年度任务的${100 + i}%，带动周边农户增收致富，群众满意度持续提高。`).join('\n');
	await sectionEditor(page, 1).fill(`（一）项目建设\n${long}`);
	await expect.poll(() => page.locator('.save-status').getAttribute('data-status')).toBe('saved');
	await page.getByRole('button', { name: '公文预览' }).click();
	const preview = page.locator('.preview[data-pages]');
	await expect.poll(async () => Number(await preview.getAttribute('data-pages'))).toBeGreaterThan(2);
	const previewPages = Number(await preview.getAttribute('data-pages'));

	// The browser's print path: beforeprint mounts the print copy, then the page prints.
	await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
	await page.locator('.gj-print-root').waitFor({ state: 'attached' });
	expect(Number(await page.locator('.gj-print-root').getAttribute('data-pages'))).toBe(previewPages);
	const pdf = await page.pdf({ preferCSSPageSize: true });
	expect(pdfPages(pdf)).toBe(previewPages);
	await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
	await expect.poll(() => page.locator('.gj-print-root').count()).toBe(0);
	await page.close();
});

test('page setup is checked as typed, saved as the writer’s own preset, and 版头/版记 switched on reach the .docx', async () => {
	const { page } = await draftFromPack();
	await page.getByRole('button', { name: '导出…' }).click();
	await page.locator('details.settings summary').click();
	const lines = page.locator('input[name="page-linesPerPage"]');
	await lines.fill('60');
	await lines.press('Tab');
	await page.getByText('每页行数应在 10 到 40 之间').waitFor();
	await lines.fill('24');
	await lines.press('Tab');
	await expect.poll(() => page.getByText('每页行数应在 10 到 40 之间').count()).toBe(0);
	await page.locator('input[name="preset-name"]').fill('紧凑版式');
	await page.getByRole('button', { name: '把当前版式存为我的预设' }).click();
	await expect.poll(() => page.locator('details.settings summary').textContent()).toContain('紧凑版式');

	await page.locator('input[name="head-on"]').check();
	await page.locator('input[name="head-organ"]').fill('青禾县人民政府文件');
	await page.locator('input[name="head-organ"]').press('Tab');
	await page.locator('input[name="record-on"]').check();
	await page.locator('input[name="record-printer"]').fill('青禾园区管委会办公室');
	await page.locator('input[name="record-printer"]').press('Tab');
	const xml = await docxXml(page);
	expect(/<w:docGrid [^>]*>/.exec(xml)?.[0]).toContain('w:linePitch="531"'); // 225 mm / 24 lines
	expect(xml).toMatch(/<w:color w:val="FF0000"\/>.*青禾县人民政府文件/s);
	expect(xml).toContain('青禾园区管委会办公室');

	// Another draft offers the saved preset.
	const second = await draftFromPack();
	await second.page.getByRole('button', { name: '导出…' }).click();
	await second.page.locator('details.settings summary').click();
	await second.page.locator('details.settings select').selectOption({ label: '我的预设：紧凑版式' });
	await expect.poll(() => second.page.locator('input[name="page-linesPerPage"]').inputValue()).toBe('24');
	await page.close();
	await second.page.close();
});
