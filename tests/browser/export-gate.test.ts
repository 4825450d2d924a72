// The export gate and 范文 residue as the writer meets them: a draft imported from a 范文 shows per
// section how much is still the 范文 and flags the 范文's names; the export dialog lists blanks,
// 模板残留 and 范文残留 apart, and exporting anyway is a deliberate choice. A draft typed by hand
// (no 范文) sees none of it.
import { expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import JSZip from 'jszip';
import { readFileSync } from 'node:fs';
import { useServedApp, watchErrors } from './harness';
import { sectionEditor } from './app-helpers';
import { newDraft } from './editor-helpers';

const app = useServedApp();

// Our own 范文: a masked figure, a company name, and a section the writer will leave as it is.
const FAN = [
	'白沙镇2025年度工作总结',
	'一、主要成绩',
	'2025年，全镇财政收入亿元，同比增长6%。引进华远机械股份有限公司等企业5家，新增就业岗位410个。',
	'二、存在问题',
	'一是产业结构不优，新兴产业占比偏低。二是基础设施欠账较多，群众出行仍有不便。'
].join('\n');

async function dropFile(page: Page, name: string, text: string): Promise<void> {
	await page.evaluate(
		({ name, text }) => {
			const dt = new DataTransfer();
			dt.items.add(new File([text], name, { type: 'text/plain' }));
			const target = document.querySelector('.drafts-page') ?? document.body;
			target.dispatchEvent(new DragEvent('dragover', { dataTransfer: dt, bubbles: true, cancelable: true }));
			target.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
		},
		{ name, text }
	);
}

test('a draft from a 范文: residue per section and in the findings; the gate lists blanks, 模板残留 and 范文残留 apart', async () => {
	const page = await app.context.newPage();
	page.setDefaultTimeout(15_000);
	const errors = watchErrors(page);
	await page.goto(app.server.url);
	await page.getByRole('button', { name: '从范文开始' }).waitFor();
	await dropFile(page, '白沙镇总结.txt', FAN);
	const dialog = page.getByRole('dialog', { name: '导入范文' });
	await dialog.waitFor();
	await dialog.getByRole('button', { name: '导入', exact: true }).click();
	await page.waitForURL(/#\/drafts\/[0-9a-f]{32}$/);
	await sectionEditor(page, 0).waitFor();

	// Per section: both are still the 范文 word for word (the masked figure included).
	const problems = page.locator('.section-card').last();
	await problems.locator('.residue[data-residue="100"]').waitFor();
	await expect(problems.locator('.residue').textContent()).resolves.toBe('本节 100% 与范文相同');
	const panel = page.locator('.findings-panel');
	await panel.getByText('范文中的名称，请确认已替换：华远机械股份有限公司').waitFor();
	await expect.poll(() => panel.getByText('本节 100% 与范文相同（2/2 句），请按实际情况改写').count()).toBe(2);

	// The writer pastes a template-site line into the first section.
	const first = sectionEditor(page, 0);
	await first.click();
	await page.keyboard.press('Control+End');
	await page.keyboard.insertText('\n下面是小编为大家整理的工作总结，希望大家能够喜欢。');
	await panel.locator('[data-category="leftover"]').first().waitFor();

	await page.getByRole('button', { name: '导出…' }).click();
	const gate = page.locator('.export-panel .gate');
	await gate.waitFor();
	await expect.poll(() => gate.locator('[data-open-blanks]').getAttribute('data-open-blanks')).toBe('1');
	await expect(gate.locator('[data-gate="leftovers"]').getAttribute('data-count')).resolves.toBe('1');
	await expect(gate.locator('[data-gate="leftovers"]').textContent()).resolves.toContain('模板残留 1 处');
	const residue = gate.locator('[data-gate="residue"]');
	await expect(residue.textContent()).resolves.toContain('范文残留');
	await expect(residue.textContent()).resolves.toContain('华远机械股份有限公司');
	await expect(residue.textContent()).resolves.toContain('本节 100% 与范文相同');
	// Leftovers and residue are not counted as blanks.
	await expect(gate.locator('[data-open-blanks]').textContent()).resolves.toContain('还有 1 处空白未填写');

	let downloads = 0;
	page.on('download', () => downloads++);
	await page.getByRole('button', { name: 'Word 公文（.docx）' }).click();
	await expect(page.locator('.status.error').textContent()).resolves.toContain('请先填写空白');
	expect(downloads).toBe(0);
	await page.getByLabel('仍然导出，并在文档中用黄色标出这些空白；残留内容照原样保留').check();
	const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Word 公文（.docx）' }).click()]);
	const xml = await (await JSZip.loadAsync(readFileSync(await download.path()))).file('word/document.xml')!.async('string');
	expect(xml.match(/<w:highlight w:val="yellow"\/>/g)).toHaveLength(1);
	expect(xml).toContain('华远机械股份有限公司');
	await page.getByRole('button', { name: '关闭' }).first().click();

	// With the blank filled and the 小编 line gone, only 范文残留 is left: still a choice to make.
	await first.click();
	await page.keyboard.press('Control+A');
	await page.keyboard.insertText('2026年，全镇财政收入2.1亿元，同比增长7%。引进新能源企业3家，新增就业岗位520个。');
	await expect.poll(() => page.locator('.blank-badge .text').getAttribute('data-count')).toBe('0');
	await expect.poll(() => page.locator('.findings-panel [data-category="leftover"]').count()).toBe(0);
	await page.getByRole('button', { name: '导出…' }).click();
	await gate.waitFor();
	await expect(gate.locator('[data-open-blanks]').count()).resolves.toBe(0);
	await expect(gate.locator('[data-gate="leftovers"]').count()).resolves.toBe(0);
	await expect(gate.textContent()).resolves.toContain('没有发现未填写的空白。');
	await expect(residue.getAttribute('data-count')).resolves.toBe('1');
	await expect(page.locator('.section-card').first().locator('.residue').count()).resolves.toBe(0);
	await page.getByRole('button', { name: 'Word 公文（.docx）' }).click();
	await expect(page.locator('.status.error').textContent()).resolves.toContain('请先删去或改写这些残留内容');
	await page.getByLabel('仍然导出，残留内容照原样保留').check();
	const [again] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Word 公文（.docx）' }).click()]);
	expect(again.suggestedFilename()).toMatch(/\.docx$/);
	expect(errors).toEqual([]);
	await page.close();
});

test('a draft typed by hand, without a 范文, sees no 范文 residue', async () => {
	const page = await app.context.newPage();
	page.setDefaultTimeout(15_000);
	await newDraft(page, app.server.url, '手写的总结');
	await sectionEditor(page, 0).click();
	await page.keyboard.insertText('一是产业结构不优，新兴产业占比偏低。二是基础设施欠账较多，群众出行仍有不便。引进华远机械股份有限公司。');
	await page.waitForFunction(() => document.querySelector('.findings-panel')?.textContent?.includes('没有发现问题') || document.querySelectorAll('.findings-panel .finding').length > 0);
	await expect(page.locator('.section-card .residue').count()).resolves.toBe(0);
	await expect(page.locator('.findings-panel [data-category="residue"]').count()).resolves.toBe(0);
	await page.getByRole('button', { name: '导出…' }).click();
	await page.locator('.export-panel').waitFor();
	await expect(page.locator('.export-panel .gate').count()).resolves.toBe(0);
	await expect(page.locator('.export-panel .none').textContent()).resolves.toBe('没有发现未填写的空白。');
	await page.close();
});
