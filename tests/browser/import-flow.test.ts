import { expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { gotoDraftsList, useServedApp, watchErrors } from './harness';
import { sectionEditor, sectionText } from './app-helpers';
import { buildDocx, fixture } from '../import/helpers';

const app = useServedApp();

/** Drops a file on the drafts page as a writer dragging it from the desktop would. */
async function dropFile(page: Page, name: string, bytes: Uint8Array, type = ''): Promise<void> {
	await page.evaluate(
		({ name, data, type }) => {
			const dt = new DataTransfer();
			dt.items.add(new File([new Uint8Array(data)], name, { type }));
			const target = document.querySelector('.drafts-page') ?? document.body;
			target.dispatchEvent(new DragEvent('dragover', { dataTransfer: dt, bubbles: true, cancelable: true }));
			target.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
		},
		{ name, data: [...bytes], type }
	);
}

/** Ctrl+V on the page with the clipboard holding text and text/html (as copied from a web page). */
async function pasteOnPage(page: Page, text: string, html: string): Promise<void> {
	await page.evaluate(
		({ text, html }) => {
			const dt = new DataTransfer();
			dt.setData('text/plain', text);
			dt.setData('text/html', html);
			document.body.dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true }));
		},
		{ text, html }
	);
}

const kinds = (page: Page) => page.locator('.section-card').evaluateAll((els) => els.map((e) => e.getAttribute('data-kind')));
const titles = (page: Page) => page.locator('.section-title').evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value));

test('drop a GBK .txt on the drafts page → preview → accept → sections with kinds, blanks underlined', async () => {
	const page = await app.context.newPage();
	page.setDefaultTimeout(15_000);
	const errors = watchErrors(page);
	await page.goto(app.server.url);
	await page.getByRole('button', { name: '从范文开始' }).waitFor();
	await dropFile(page, '社区工作总结.txt', fixture('site-page.gbk.txt'), 'text/plain');
	const dialog = page.getByRole('dialog', { name: '导入范文' });
	await dialog.waitFor();
	await expect(dialog.locator('.from').textContent()).resolves.toBe('社区工作总结.txt · GBK（Windows 中文）');
	// The cleaning is listed by kind before anything is applied.
	await expect(dialog.locator('label.kind[data-kind="intro"]').textContent()).resolves.toContain('网站导语（1）');
	await expect(dialog.locator('label.kind[data-kind="related-links"]').textContent()).resolves.toContain('相关文章列表（6）');
	await expect(dialog.locator('.changes li[data-kind="intro"]').textContent()).resolves.toContain('删去：工作总结是对一段时间工作');
	// Three samples, the first one picked.
	await expect(dialog.locator('label.sample').count()).resolves.toBe(3);
	await expect(dialog.locator('.draft-title-input').inputValue()).resolves.toBe('社区工作总结');
	await expect(dialog.locator('.sample-detail input[type="number"]').inputValue()).resolves.toBe('2025');
	await dialog.getByRole('button', { name: '导入', exact: true }).click();
	await page.waitForURL(/#\/drafts\/[0-9a-f]{32}$/);
	await sectionEditor(page, 0).waitFor();
	expect(await page.locator('.draft-title').inputValue()).toBe('社区工作总结');
	expect(await kinds(page)).toEqual(['overview', 'achievements', 'problems', 'plan', 'signature']);
	expect(await titles(page)).toEqual(['一、基本情况', '二、主要工作及成效', '三、存在的问题', '四、下一步工作计划', '']);
	await expect.poll(() => sectionText(page, 0)).toBe('本社区辖居民楼28栋，常住人口户人。全年共开展志愿服务次，参与群众人次。');
	// The checker underlines the figures the site scrubbed out (户人, 服务次, 群众人次 …).
	await page.waitForFunction(() => document.querySelectorAll('.cm-content .gj-blank').length >= 6);
	expect(errors).toEqual([]);
	await page.close();
});

test('drop a .docx: Word headings become the sections', async () => {
	const page = await app.context.newPage();
	page.setDefaultTimeout(15_000);
	const errors = watchErrors(page);
	await page.goto(app.server.url);
	await page.getByRole('button', { name: '从范文开始' }).waitFor();
	await dropFile(page, '信息中心.docx', await buildDocx(), 'application/vnd.openxmlformats-officedocument.wordprocessingml.document');
	const dialog = page.getByRole('dialog', { name: '导入范文' });
	await dialog.waitFor();
	await expect(dialog.locator('.draft-title-input').inputValue()).resolves.toBe('2025年度信息中心工作总结');
	// Change the kind of the opening before accepting.
	await dialog.getByLabel('章节类型').first().selectOption('free');
	await dialog.getByRole('button', { name: '导入', exact: true }).click();
	await page.waitForURL(/#\/drafts\/[0-9a-f]{32}$/);
	await sectionEditor(page, 0).waitFor();
	expect(await titles(page)).toEqual(['', '一、主要工作', '二、存在的不足', '三、2026年工作打算']);
	expect(await kinds(page)).toEqual(['free', 'achievements', 'problems', 'plan']);
	expect(await page.locator('.year input').inputValue()).toBe('2025');
	expect(errors).toEqual([]);
	await page.close();
});

test('a refused format gets its Chinese message, nothing is imported', async () => {
	const page = await app.context.newPage();
	page.setDefaultTimeout(15_000);
	await page.goto(app.server.url);
	await page.getByRole('button', { name: '从范文开始' }).waitFor();
	await dropFile(page, '旧报告.doc', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]));
	await expect.poll(() => page.locator('.import-error').textContent()).toContain('另存为');
	expect(await page.getByRole('dialog').count()).toBe(0);
	await page.close();
});

test('paste text/html copied from a web page on the drafts page', async () => {
	const page = await app.context.newPage();
	page.setDefaultTimeout(15_000);
	const errors = watchErrors(page);
	await page.goto(app.server.url);
	await page.getByRole('button', { name: '从范文开始' }).waitFor();
	const html =
		'<h1>2024年乡镇农业工作总结(精选2篇)</h1><p>以下是小编整理的范文，仅供参考。</p><h2>一、主要成效</h2><p>全年新增高标准农田亩,粮食总产达到万吨。</p><h2>二、存在问题</h2><p>农技人员不足。</p><script>alert(1)</script>';
	await pasteOnPage(page, '2024年乡镇农业工作总结', html);
	const dialog = page.getByRole('dialog', { name: '导入范文' });
	await dialog.waitFor();
	await expect(dialog.locator('.draft-title-input').inputValue()).resolves.toBe('2024年乡镇农业工作总结');
	// Turning 半角标点 off keeps the comma as pasted.
	await dialog.locator('label.kind[data-kind="punct"] input').uncheck();
	await dialog.getByRole('button', { name: '导入', exact: true }).click();
	await page.waitForURL(/#\/drafts\/[0-9a-f]{32}$/);
	await sectionEditor(page, 0).waitFor();
	expect(await titles(page)).toEqual(['一、主要成效', '二、存在问题']);
	expect(await kinds(page)).toEqual(['achievements', 'problems']);
	await expect.poll(() => sectionText(page, 0)).toBe('全年新增高标准农田亩,粮食总产达到万吨。');
	expect(errors).toEqual([]);
	await page.close();
});

test('导入到本稿 replaces the draft after a 导入前 snapshot; the old text comes back from history', async () => {
	const page = await app.context.newPage();
	page.setDefaultTimeout(15_000);
	const errors = watchErrors(page);
	await page.goto(app.server.url);
	await page.getByPlaceholder('新草稿标题').fill('我的总结');
	await page.getByRole('button', { name: '新建草稿' }).click();
	await page.waitForURL(/#\/drafts\/[0-9a-f]{32}$/);
	const area = sectionEditor(page, 0);
	await area.click();
	await area.pressSequentially('这是我自己写的开头。');
	await expect.poll(() => page.locator('.save-status').getAttribute('data-status')).toBe('saved');

	await page.locator('.import-launcher input[type="file"]').setInputFiles({ name: '后勤.txt', mimeType: 'text/plain', buffer: Buffer.from(fixture('pdf-tokens.txt')) });
	const dialog = page.getByRole('dialog', { name: '导入范文' });
	await dialog.waitFor();
	await dialog.getByRole('button', { name: '替换本稿内容' }).click();
	await expect.poll(() => titles(page)).toEqual(['一、主要工作', '二、存在的问题']);
	await expect.poll(() => sectionText(page, 0)).toBe('全年新建标准化车棚12处，同比增长8.5%。食堂服务满意度达到%，节约经费万元。');
	expect(await page.locator('.draft-title').inputValue()).toBe('我的总结');

	// The history holds the draft as it was before the import.
	const entry = page.locator('.history li').filter({ hasText: '导入前' });
	await entry.getByRole('button', { name: '查看' }).click();
	await expect(entry.locator('.preview').textContent()).resolves.toContain('这是我自己写的开头。');
	await entry.getByRole('button', { name: '恢复此版本' }).click();
	await expect.poll(() => sectionText(page, 0)).toBe('这是我自己写的开头。');
	expect(await page.locator('.section-card').count()).toBe(1);
	expect(errors).toEqual([]);
	await page.close();
});

test('导入到本稿 can append the sample as new sections', async () => {
	const page = await app.context.newPage();
	page.setDefaultTimeout(15_000);
	await page.goto(app.server.url);
	await page.getByPlaceholder('新草稿标题').fill('追加测试');
	await page.getByRole('button', { name: '新建草稿' }).click();
	await page.waitForURL(/#\/drafts\/[0-9a-f]{32}$/);
	await sectionEditor(page, 0).click();
	await sectionEditor(page, 0).pressSequentially('原有的一段。');
	await page.getByRole('button', { name: '粘贴范文' }).click();
	await page.locator('.paste-box').evaluate((el) => {
		const dt = new DataTransfer();
		dt.setData('text/plain', '工作计划\n\n一、目标\n完成任务。\n\n二、措施\n加强协调。');
		el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true }));
	});
	const dialog = page.getByRole('dialog', { name: '导入范文' });
	await dialog.waitFor();
	await dialog.getByRole('button', { name: '追加为新章节' }).click();
	await expect.poll(() => titles(page)).toEqual(['正文', '一、目标', '二、措施']);
	await expect.poll(() => sectionText(page, 0)).toBe('原有的一段。');
	await expect(page.locator('.history li').filter({ hasText: '导入前' }).count()).resolves.toBe(1);
	await page.close();
});

test('map a sample onto a template pack: the pack’s sections, the sample’s text', async () => {
	const page = await app.context.newPage();
	page.setDefaultTimeout(15_000);
	const errors = watchErrors(page);
	await page.goto(app.server.url);
	await page.getByRole('button', { name: '从范文开始' }).waitFor();
	await dropFile(page, '社区工作总结.txt', fixture('site-page.txt'), 'text/plain');
	const dialog = page.getByRole('dialog', { name: '导入范文' });
	await dialog.waitFor();
	await dialog.getByLabel('套用模板包的章节').selectOption('park-annual-summary');
	await expect
		.poll(() => dialog.locator('.mapped').textContent())
		.toBe('套用后的章节：一、总体情况、二、主要工作和成效、三、存在的问题、四、明年工作打算、落款');
	await dialog.getByRole('button', { name: '导入', exact: true }).click();
	await page.waitForURL(/#\/drafts\/[0-9a-f]{32}$/);
	await sectionEditor(page, 0).waitFor();
	expect(await titles(page)).toEqual(['一、总体情况', '二、主要工作和成效', '三、存在的问题', '四、明年工作打算', '落款']);
	expect(await kinds(page)).toEqual(['overview', 'achievements', 'problems', 'plan', 'signature']);
	await expect.poll(() => sectionText(page, 2)).toBe('一是老旧小区改造进度偏慢；二是志愿者队伍还不稳定。');
	expect(errors).toEqual([]);
	await page.close();
});

test('pick several samples of a page: one draft each', async () => {
	const page = await app.context.newPage();
	page.setDefaultTimeout(15_000);
	const errors = watchErrors(page);
	await gotoDraftsList(page, app.server.url);
	const before = await page.locator('.list > li').count();
	await dropFile(page, '社区.txt', fixture('site-page.utf16le.txt'), 'text/plain');
	const dialog = page.getByRole('dialog', { name: '导入范文' });
	await dialog.waitFor();
	await dialog.locator('label.sample input').nth(2).check();
	await dialog.getByRole('button', { name: '导入 2 篇' }).click();
	await expect.poll(() => page.locator('.message').textContent()).toContain('已导入 2 份草稿。');
	await expect.poll(() => page.locator('.list > li').count()).toBe(before + 2);
	expect(errors).toEqual([]);
	await page.close();
});

test('Escape closes the preview without importing anything', async () => {
	const page = await app.context.newPage();
	page.setDefaultTimeout(15_000);
	await gotoDraftsList(page, app.server.url);
	const before = await page.locator('.list > li').count();
	await dropFile(page, '后勤.txt', fixture('pdf-tokens.txt'), 'text/plain');
	const dialog = page.getByRole('dialog', { name: '导入范文' });
	await dialog.waitFor();
	await page.keyboard.press('Escape');
	await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
	expect(await page.locator('.list > li').count()).toBe(before);
	await page.close();
});
