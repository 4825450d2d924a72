import { afterAll, beforeAll, expect, test } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { readFileSync, writeFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { clearSiteData, launch, newProfileDir, removeProfileDir, serveBuild, watchErrors, type Served } from './harness';
import { sectionEditor, sectionText } from './app-helpers';

let server: Served;
let context: BrowserContext;
let profile: string;
let work: string;

beforeAll(async () => {
	server = await serveBuild();
	profile = newProfileDir();
	context = await launch(profile);
	work = mkdtempSync(path.join(tmpdir(), 'gaojiang-backup-'));
});

afterAll(async () => {
	await context?.close();
	await server?.close();
	removeProfileDir(profile);
	rmSync(work, { recursive: true, force: true });
});

async function downloadBackup(page: Page, name: string): Promise<Record<string, unknown>> {
	await page.goto(`${server.url}#/settings`);
	const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '下载备份文件' }).click()]);
	expect(download.suggestedFilename()).toMatch(/^稿匠备份-\d{8}-\d{6}\.json$/);
	const file = path.join(work, name);
	await download.saveAs(file);
	return JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
}

async function restoreFile(page: Page, file: string): Promise<string> {
	await page.goto(`${server.url}#/settings`);
	await page.locator('input[type=file]').setInputFiles(file);
	const result = page.locator('[data-restore]');
	await result.waitFor();
	return (await result.textContent()) ?? '';
}

test('backup → clear all site data → restore → identical', async () => {
	const page = await context.newPage();
	page.setDefaultTimeout(10_000);
	const errors = watchErrors(page);
	for (const [title, text] of [
		['2026年度工作总结', '全年完成重点项目五个。'],
		['述职报告', '本人分管办公室工作。']
	]) {
		await page.goto(server.url);
		await page.getByPlaceholder('新草稿标题').fill(title!);
		await page.getByRole('button', { name: '新建草稿' }).click();
		await sectionEditor(page, 0).fill(text!);
		await page.getByRole('button', { name: '保存当前版本' }).click();
		await expect.poll(() => page.locator('.history li').count()).toBeGreaterThan(0);
		await expect.poll(() => page.locator('.save-status').getAttribute('data-status')).toBe('saved');
	}
	const before = await downloadBackup(page, 'before.json');
	expect((before.drafts as unknown[]).length).toBe(2);
	expect((before.snapshots as unknown[]).length).toBeGreaterThanOrEqual(2);

	// Clear every kind of site data, as "清除浏览数据" would.
	await clearSiteData(context, page, server.url);
	await page.goto(server.url);
	await page.reload();
	await page.getByText('还没有草稿').waitFor();

	const message = await restoreFile(page, path.join(work, 'before.json'));
	expect(message).toContain('新增 2 篇草稿');
	const after = await downloadBackup(page, 'after.json');
	const sorted = (xs: unknown) => [...(xs as Array<{ id?: string; key?: string }>)].sort((a, b) => String(a.id ?? a.key).localeCompare(String(b.id ?? b.key)));
	for (const table of ['drafts', 'snapshots', 'packs', 'settings']) {
		expect(sorted(after[table]), table).toEqual(sorted(before[table]));
	}
	await page.goto(server.url);
	await expect.poll(() => page.locator('.draft-item .title').allTextContents()).toEqual(['述职报告', '2026年度工作总结']);
	expect(errors).toEqual([]);
	await page.close();
});

test('a bad backup file gets a Chinese error naming the path, and nothing changes', async () => {
	const page = await context.newPage();
	page.setDefaultTimeout(10_000);
	const good = JSON.parse(readFileSync(path.join(work, 'before.json'), 'utf8')) as { drafts: Array<{ title: unknown }> };
	good.drafts[0]!.title = 123;
	const bad = path.join(work, 'bad.json');
	writeFileSync(bad, JSON.stringify(good));
	const message = await restoreFile(page, bad);
	// A damaged row is named with its path; nothing is restored until the writer chooses to skip it.
	expect(message).toContain('尚未恢复任何内容，数据库未做任何改动');
	expect(await page.locator('[data-restore="error"] li').first().textContent()).toMatch(/^drafts\[0\]\.title：应为文字，实际是数字/);
	const truncated = path.join(work, 'truncated.json');
	writeFileSync(truncated, readFileSync(path.join(work, 'before.json'), 'utf8').slice(0, 300));
	expect(await restoreFile(page, truncated)).toContain('不是有效的 JSON');
	await page.goto(server.url);
	await expect.poll(() => page.locator('.draft-item').count()).toBe(2);
	await page.close();
});
