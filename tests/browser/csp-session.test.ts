// The Content-Security-Policy of both builds, and where a whole session's requests go: editing,
// 逐项填空, preview, export .docx, a sample import, a template pack import, a backup and its
// restore. Every
// request must stay on the app's origin (or be the page's own data:/blob: URLs), and no
// securitypolicyviolation event may fire.
import { expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { axeViolations, describeViolations, SINGLE_FILE, useServedApp, watchErrors } from './harness';
import { sectionEditor, sectionText } from './app-helpers';
import { shortSampleFile } from './sample-report';

const app = useServedApp();

/** Collects the page's CSP violations from the very first script on. */
async function watchViolations(page: Page): Promise<() => Promise<string[]>> {
	await page.addInitScript(() => {
		const seen: string[] = [];
		(window as unknown as { __cspViolations: string[] }).__cspViolations = seen;
		document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.effectiveDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`));
	});
	return () => page.evaluate(() => (window as unknown as { __cspViolations?: string[] }).__cspViolations ?? []);
}

async function policy(page: Page): Promise<string> {
	return page.evaluate(() => document.querySelector('meta[http-equiv="content-security-policy"]')?.getAttribute('content') ?? '');
}

function expectStrictPolicy(csp: string): void {
	expect(csp).toContain("default-src 'none'");
	// Scripts: the app's own files and inline scripts allowed one by one by their hash, nothing else.
	const scripts = /script-src ([^;]+);/.exec(csp)?.[1]?.split(' ') ?? [];
	expect(scripts).toContain("'self'");
	expect(scripts.filter((s) => s !== "'self'").every((s) => /^'sha256-[A-Za-z0-9+/]+=*'$/.test(s))).toBe(true);
	expect(scripts.length).toBeGreaterThan(1);
	expect(csp).not.toMatch(/script-src[^;]*'unsafe-(inline|eval)'/);
	expect(csp).toContain("connect-src 'self'");
	expect(csp).not.toMatch(/https?:/);
}

test('a whole session: CSP present, no violation, no request leaves the origin', async () => {
	const work = mkdtempSync(path.join(tmpdir(), 'gaojiang-csp-'));
	const origin = new URL(app.server.url).origin;
	const requests: string[] = [];
	const onRequest = (r: { url(): string }) => requests.push(r.url());
	app.context.on('request', onRequest);
	const page = await app.context.newPage();
	page.setDefaultTimeout(15_000);
	const errors = watchErrors(page);
	const violations = await watchViolations(page);

	await page.goto(app.server.url);
	expectStrictPolicy(await policy(page));

	// Edit: a draft, text with blanks, 逐项填空.
	await page.getByPlaceholder('新草稿标题', { exact: false }).fill('全程测试');
	await page.getByRole('button', { name: '新建草稿' }).click();
	await sectionEditor(page, 0).fill('全年新增就业岗位个，增长。');
	await expect.poll(() => page.locator('.blank-badge [data-count]').getAttribute('data-count')).toBe('2');
	await page.getByRole('button', { name: '逐项填空' }).click();
	const inputs = page.locator('dialog.fill-in-dialog[open] input');
	await inputs.nth(0).fill('320');
	await inputs.nth(1).fill('6.5');
	await page.getByRole('button', { name: '填入正文' }).click();
	await expect.poll(() => sectionText(page, 0)).toBe('全年新增就业岗位320个，增长6.5%。');

	// Preview and export.
	await page.getByRole('button', { name: '公文预览' }).click();
	await page.locator('.preview-drawer .page').first().waitFor();
	await page.getByRole('button', { name: '公文预览' }).click();
	await page.getByRole('button', { name: '导出…' }).click();
	const [docx] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Word 公文（.docx）' }).click()]);
	expect(docx.suggestedFilename()).toMatch(/\.docx$/);
	await page.keyboard.press('Escape');

	// A sample imported from a file.
	await page.getByRole('link', { name: '草稿', exact: true }).click();
	// The draft page has an import launcher of its own (导入到本稿): wait until the list has replaced it.
	await page.getByRole('heading', { name: '我的草稿' }).waitFor();
	await page.locator('.import-launcher input[type="file"]').setInputFiles({
		name: '社区工作总结.txt',
		mimeType: 'text/plain',
		buffer: Buffer.from(shortSampleFile, 'utf8')
	});
	await page.getByRole('dialog', { name: '导入范文' }).getByRole('button', { name: '导入', exact: true }).click();
	await expect.poll(() => page.locator('.section-card').count()).toBeGreaterThan(2);

	// A template pack imported from a file.
	const packFile = path.join(work, 'pack.json');
	writeFileSync(
		packFile,
		JSON.stringify({
			type: 'gaojiang-template-pack',
			schemaVersion: 2,
			id: 'csp-test-pack',
			name: '全程测试模板包',
			version: '1.0.0',
			author: '测试组',
			description: '检查请求去向用的模板包。',
			sections: [{ plugin: 'overview', title: '一、总体情况' }]
		})
	);
	await page.getByRole('link', { name: '模板包' }).click();
	await page.locator('input[data-testid="pack-file"]').setInputFiles(packFile);
	await page.locator('[data-pack-id="csp-test-pack"]').waitFor();

	// Backup, then restore it.
	await page.getByRole('link', { name: '备份与设置' }).click();
	const [backup] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '下载备份文件' }).click()]);
	const backupFile = path.join(work, 'backup.json');
	await backup.saveAs(backupFile);
	await page.locator('input[type=file]').setInputFiles(backupFile);
	await page.locator('[data-restore="ok"]').waitFor();

	await page.reload();
	await page.getByRole('heading', { level: 1 }).waitFor();
	expect(await violations()).toEqual([]);
	expect(errors).toEqual([]);

	// The policy is enforced and the watch sees it: a script slipped into the page does not run.
	await page.evaluate(() => {
		const s = document.createElement('script');
		s.textContent = 'window.__injected = true';
		document.head.append(s);
	});
	await expect.poll(violations).toEqual([expect.stringMatching(/^script-src-elem inline/)]);
	expect(await page.evaluate(() => 'injected' in window || '__injected' in window)).toBe(false);
	app.context.off('request', onRequest);
	const foreign = requests.filter((u) => !u.startsWith(`${origin}/`) && !u.startsWith('data:') && !u.startsWith('blob:'));
	expect(foreign).toEqual([]);
	expect(requests.length).toBeGreaterThan(5);
	await page.close();
	rmSync(work, { recursive: true, force: true });
});

test('gaojiang.html from file:// carries the same policy and runs with no violation', async () => {
	const page = await app.context.newPage();
	page.setDefaultTimeout(15_000);
	const errors = watchErrors(page);
	const violations = await watchViolations(page);
	await page.goto(pathToFileURL(SINGLE_FILE).href);
	expectStrictPolicy(await policy(page));
	// The notice a file opened from disk shows passes axe like every other page.
	await page.locator('[data-file-notice]').waitFor();
	await page.getByRole('heading', { level: 1 }).waitFor();
	const found = await axeViolations(page);
	expect(found.map((v) => v.id), describeViolations(found)).toEqual([]);
	await page.getByPlaceholder('新草稿标题', { exact: false }).fill('单文件策略');
	await page.getByRole('button', { name: '新建草稿' }).click();
	await sectionEditor(page, 0).fill('全年接待来访人次。');
	await expect.poll(() => page.locator('.blank-badge [data-count]').getAttribute('data-count')).toBe('1');
	await page.getByRole('button', { name: '导出…' }).click();
	await page.getByLabel('仍然导出，并在文档中用黄色标出这些空白').check();
	const [docx] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Word 公文（.docx）' }).click()]);
	expect(docx.suggestedFilename()).toMatch(/\.docx$/);
	expect(await violations()).toEqual([]);
	expect(errors).toEqual([]);
	await page.close();
});
