// The single-file app (gaojiang.html from file://) exports a .docx too: docx is loaded on use
// there as well, with no network.
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { BrowserContext } from 'playwright-core';
import JSZip from 'jszip';
import { existsSync, readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { launch, newProfileDir, removeProfileDir, SINGLE_FILE } from './harness';
import { sectionEditor } from './app-helpers';

let context: BrowserContext;
let profile: string;

beforeAll(async () => {
	if (!existsSync(SINGLE_FILE)) throw new Error('gaojiang.html 不存在：请先运行 npm run build:file');
	profile = newProfileDir();
	context = await launch(profile);
});

afterAll(async () => {
	await context?.close();
	if (profile) removeProfileDir(profile);
});

test('gaojiang.html from file:// exports a .docx that opens, without any network request', async () => {
	const page = await context.newPage();
	page.setDefaultTimeout(10_000);
	const requests: string[] = [];
	page.on('request', (r) => requests.push(r.url()));
	await page.goto(pathToFileURL(SINGLE_FILE).href);
	await page.getByPlaceholder('新草稿标题').fill('离线导出');
	await page.getByRole('button', { name: '新建草稿' }).click();
	await page.waitForURL(/#\/drafts\/[0-9a-f]{32}$/);
	await sectionEditor(page, 0).fill('一、主要成绩\n全年走访农户1200户。');
	await page.getByRole('button', { name: '导出…' }).click();
	const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Word 公文（.docx）' }).click()]);
	expect(download.suggestedFilename()).toMatch(/^离线导出_\d{8}\.docx$/);
	const zip = await JSZip.loadAsync(readFileSync(await download.path()));
	expect(await zip.file('word/document.xml')!.async('string')).toContain('一、主要成绩');
	expect(requests.filter((r) => !r.startsWith('file://') && !r.startsWith('data:') && !r.startsWith('blob:'))).toEqual([]);
	await page.close();
});
