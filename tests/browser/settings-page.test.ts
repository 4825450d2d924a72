// Issue 17: 备份与设置 is a settings page. A default export preset and font chosen there is what a
// draft's export uses; a check group turned off there is gone from the editor (and back when
// turned on again); the settings are in the backup file.
import { expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import JSZip from 'jszip';
import { readFileSync } from 'node:fs';
import { useServedApp, watchErrors } from './harness';
import { sectionEditor } from './app-helpers';

const app = useServedApp();

// A half-width comma (公文规范) and parts larger than their total (数字一致), in our own words.
const BODY = '全年新增企业10家,其中工业企业8家、服务业企业6家。';

const panel = (page: Page) => page.getByRole('region', { name: '检查结果' });
const categories = (page: Page) => panel(page).locator('li.finding').evaluateAll((els) => els.map((el) => (el as HTMLElement).dataset.category ?? ''));

async function openSettings(page: Page) {
	await page.goto(`${app.server.url}#/settings`);
	await page.getByRole('heading', { name: '设置', exact: true }).waitFor();
}

/** Every change made on the settings page is stored. */
async function savedSetting(page: Page) {
	await page.getByRole('status').filter({ hasText: '已保存设置。' }).waitFor();
	await expect.poll(() => page.locator('[data-pending]').getAttribute('data-pending')).toBe('0');
}

test('a setting changed on the settings page takes effect in the export; a check turned off leaves the editor', async () => {
	const page = await app.context.newPage();
	page.setDefaultTimeout(15_000);
	const errors = watchErrors(page);

	await openSettings(page);
	await page.getByLabel('默认预设').selectOption('plain');
	await savedSetting(page);
	const body = page.getByRole('textbox', { name: '正文' });
	await body.fill('华文中宋');
	await body.press('Tab');
	await savedSetting(page);
	await page.getByRole('checkbox', { name: /公文规范/ }).uncheck();
	await savedSetting(page);
	// Stored: a reload shows the same choices.
	await page.reload();
	await expect.poll(() => page.getByRole('checkbox', { name: /公文规范/ }).isChecked()).toBe(false);
	expect(await page.getByLabel('默认预设').inputValue()).toBe('plain');
	expect(await page.getByRole('textbox', { name: '正文' }).inputValue()).toBe('华文中宋');

	// A new draft: the 公文规范 finding is not there, the 数字一致 one is.
	await page.goto(app.server.url);
	await page.getByPlaceholder('新草稿标题').fill('2026年工作总结');
	await page.getByRole('button', { name: '新建草稿' }).click();
	await page.waitForURL(/#\/drafts\//);
	await sectionEditor(page, 0).click();
	await page.keyboard.insertText(BODY);
	await expect.poll(() => categories(page)).toContain('content');
	expect(await categories(page)).not.toContain('style');
	await expect.poll(() => page.locator('.save-status').getAttribute('data-status')).toBe('saved');
	const draftUrl = page.url();

	// The export dialog starts from the settings page's preset and font, and the .docx has them.
	await page.getByRole('button', { name: '导出…' }).click();
	await page.getByText('没有发现未填写的空白。').waitFor();
	const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Word 公文（.docx）' }).click()]);
	const zip = await JSZip.loadAsync(readFileSync(await download.path()));
	const styles = await zip.file('word/styles.xml')!.async('string');
	const xml = await zip.file('word/document.xml')!.async('string');
	expect(styles + xml).toContain('w:eastAsia="华文中宋"');
	expect(styles + xml).not.toContain('仿宋_GB2312');
	// The plain preset: no 22 × 28 line grid.
	expect(xml).not.toContain('w:linePitch="579"');

	// Turned on again, the 公文规范 finding comes back in the same draft.
	await openSettings(page);
	await page.getByRole('checkbox', { name: /公文规范/ }).check();
	await savedSetting(page);
	await page.goto(draftUrl);
	await sectionEditor(page, 0).waitFor();
	await expect.poll(() => categories(page)).toContain('style');

	// The settings are in the backup.
	await openSettings(page);
	const [backup] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '下载备份文件' }).click()]);
	const file = JSON.parse(readFileSync(await backup.path(), 'utf8')) as { settings: { key: string; value: { exportPreset: string; exportFonts: Record<string, string> } }[] };
	const prefs = file.settings.find((s) => s.key === 'preferences');
	expect(prefs?.value.exportPreset).toBe('plain');
	expect(prefs?.value.exportFonts.body).toBe('华文中宋');
	expect(errors).toEqual([]);
	await page.close();
});

test('the editor font size from the settings page is the editor’s', async () => {
	const page = await app.context.newPage();
	await openSettings(page);
	await page.getByLabel('编辑器字号').selectOption('20');
	await savedSetting(page);
	await page.goto(app.server.url);
	await page.getByPlaceholder('新草稿标题').fill('字号');
	await page.getByRole('button', { name: '新建草稿' }).click();
	await sectionEditor(page, 0).waitFor();
	await expect.poll(() => page.locator('.cm-editor').first().evaluate((el) => getComputedStyle(el).fontSize)).toBe('20px');
	await page.close();
});
