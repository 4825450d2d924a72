import { afterAll, beforeAll, expect, test } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import JSZip from 'jszip';
import { readFileSync } from 'node:fs';
import { launch, newProfileDir, removeProfileDir, watchErrors, type Served } from './harness';
import { serveExportFixture } from './export-helpers';

let server: Served;
let context: BrowserContext;
let profile: string;

beforeAll(async () => {
	server = await serveExportFixture();
	profile = newProfileDir();
	context = await launch(profile, { permissions: ['clipboard-read', 'clipboard-write'] });
});

afterAll(async () => {
	await context?.close();
	await server?.close();
	if (profile) removeProfileDir(profile);
});

async function open(): Promise<{ page: Page; errors: string[] }> {
	const page = await context.newPage();
	const errors = watchErrors(page);
	await page.goto(server.url);
	await page.getByRole('button', { name: '导出…' }).waitFor();
	return { page, errors };
}

async function readClipboard(page: Page): Promise<Record<string, string>> {
	return page.evaluate(async () => {
		const out: Record<string, string> = {};
		for (const item of await navigator.clipboard.read()) {
			for (const type of item.types) out[type] = await (await item.getType(type)).text();
		}
		return out;
	});
}

test('export downloads a .docx named after the title and date that opens with the official layout', async () => {
	const { page, errors } = await open();
	await page.getByRole('button', { name: '导出…' }).click();
	await expect(page.getByText('没有发现未填写的空白。').isVisible()).resolves.toBe(true);
	const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Word 公文（.docx）' }).click()]);
	expect(download.suggestedFilename()).toMatch(/^2026年度青禾镇工作总结_\d{8}\.docx$/);
	const zip = await JSZip.loadAsync(readFileSync(await download.path()));
	const xml = await zip.file('word/document.xml')!.async('string');
	expect(xml).toContain('<w:pgSz w:w="11906" w:h="16838"');
	expect(xml).toMatch(/<w:pStyle w:val="Heading1"\/>.*一、主要成绩/s);
	expect(xml).toContain('w:eastAsia="仿宋_GB2312"');
	expect(Object.keys(zip.files).filter((n) => /^word\/footer\d\.xml$/.test(n))).toHaveLength(2);
	await expect(page.getByRole('status').textContent()).resolves.toContain('已生成');
	expect(errors).toEqual([]);
});

test('open blanks are listed; exporting needs the deliberate choice and then highlights them', async () => {
	const { page } = await open();
	await page.getByRole('textbox', { name: '主要成绩' }).fill('全年完成农业总产值亿元，同比增长。');
	await page.getByRole('button', { name: '导出…' }).click();
	const alert = page.locator('[data-open-blanks]');
	await expect(alert.getAttribute('data-open-blanks')).resolves.toBe('2');
	await expect(alert.textContent()).resolves.toContain('还有 2 处空白未填写');

	let downloads = 0;
	page.on('download', () => downloads++);
	await page.getByRole('button', { name: 'Word 公文（.docx）' }).click();
	await expect(page.locator('.status.error').textContent()).resolves.toContain('请先填写空白');
	expect(downloads).toBe(0);

	await page.getByLabel('仍然导出，并在文档中用黄色标出这些空白').check();
	const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Word 公文（.docx）' }).click()]);
	const zip = await JSZip.loadAsync(readFileSync(await download.path()));
	const xml = await zip.file('word/document.xml')!.async('string');
	expect(xml.match(/<w:highlight w:val="yellow"\/>/g)).toHaveLength(2);
});

test('copying a section puts text/html with inline styles and 公文 text/plain on the clipboard', async () => {
	const { page } = await open();
	await page.locator('[data-copy="achievements"]').click();
	await page.getByText('已复制，可直接粘贴到 Word 或 WPS').waitFor();
	const clip = await readClipboard(page);
	expect(clip['text/plain']).toBe(
		'\u3000\u3000一、主要成绩\n\u3000\u3000（一）项目建设\n\u3000\u30001.新建高标准农田5000亩，完成年度任务的112%。\n\u3000\u3000一是摸清底数，明确方向。全镇走访农户1200户。\n'
	);
	const html = clip['text/html'] ?? '';
	expect(html).toMatch(/<p style="[^"]*'黑体'[^"]*font-size:16pt[^"]*text-indent:2em[^"]*">一、主要成绩<\/p>/);
	expect(html).toMatch(/'楷体_GB2312'[^"]*">（一）项目建设<\/p>/);
	expect(html).not.toContain('今年以来');
});

test('copying the whole report includes the title and the 落款', async () => {
	const { page } = await open();
	await page.getByRole('button', { name: '复制全文' }).click();
	await page.getByText('已复制，可直接粘贴到 Word 或 WPS').first().waitFor();
	const clip = await readClipboard(page);
	expect(clip['text/plain']?.split('\n')[0]).toBe('2026年度青禾镇工作总结');
	expect(clip['text/plain']).toContain('青禾镇人民政府');
	expect(clip['text/html']).toMatch(/font-size:22pt[^"]*text-align:center;">2026年度青禾镇工作总结/);
});

test('the preview lays out official pages, follows typing, and renders only the pages in view', async () => {
	const { page } = await open();
	await page.getByRole('button', { name: '公文预览' }).click();
	const preview = page.locator('.preview');
	await expect(preview.getAttribute('data-pages')).resolves.toBe('1');
	await expect(page.locator('.page[data-page="1"]').textContent()).resolves.toContain('一、主要成绩');

	const long = '全镇上下凝心聚力，推动各项工作落地见效。'.repeat(3000); // 60,000 characters
	await page.getByRole('textbox', { name: '主要成绩' }).fill(long);
	await page.waitForFunction(() => Number(document.querySelector('.preview')?.getAttribute('data-pages')) > 90);
	const rendered = await page.locator('.page').count();
	expect(rendered).toBeLessThanOrEqual(4);
	await expect(page.locator('.page[data-page="1"] .folio').textContent()).resolves.toContain('— 1 —');

	await page.locator('.scroller').evaluate((el) => (el.scrollTop = el.scrollHeight / 2));
	await page.waitForFunction(() => document.querySelector('.page[data-page="1"]') === null);
	const numbers = await page.locator('.page').evaluateAll((els) => els.map((e) => Number(e.getAttribute('data-page'))));
	expect(Math.min(...numbers)).toBeGreaterThan(40);
	expect(numbers.length).toBeLessThanOrEqual(5);
});

test('printing (Ctrl+P or the print button) mounts the print copy and lays it out on A4 pages', async () => {
	const { page } = await open();
	// page.pdf() fires beforeprint, which mounts the print copy; @page gives A4.
	const pdf = await page.pdf({ preferCSSPageSize: true });
	const text = pdf.toString('latin1');
	// A4 in points: about 595 × 842 (US Letter, the default, would be 612 × 792)
	expect(text).toMatch(/\/MediaBox \[0 0 59[4-6](?:\.\d+)? 84[12](?:\.\d+)?\]/);
	expect(await page.locator('.gj-print-root').count()).toBe(0);
});
