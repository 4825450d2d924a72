// The core flows in Firefox ESR (Debian's firefox-esr, driven by puppeteer-core over WebDriver
// BiDi): create a draft, type, reload, blanks underlined, 逐项填空, export .docx, backup and
// restore, import a template pack. One browser for the file; each test goes on from the last.
import { expect, test } from 'vitest';
import type { Page } from 'puppeteer-core';
import JSZip from 'jszip';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { axeViolations, describeViolations, useServedApp, watchFirefoxErrors } from './harness';

const app = useServedApp({ browser: 'firefox' });
let page: Page;
let errors: string[];

/** The text of the i-th section's editor as shown (widgets left out). */
function editorText(i = 0): Promise<string> {
	return page.$$eval(
		'.section-card .cm-content',
		(els, i) =>
			[...(els[i]?.querySelectorAll('.cm-line') ?? [])]
				.map((l) => {
					const copy = l.cloneNode(true) as HTMLElement;
					copy.querySelectorAll('[contenteditable="false"]').forEach((w) => w.remove());
					return (copy.textContent ?? '').replace(/\u200b/g, '');
				})
				.join('\n'),
		i
	);
}

// Conditions are waited for as selectors: Firefox holds puppeteer's waitForFunction to the page's
// Content-Security-Policy (it builds the predicate with Function(), which the policy forbids; seen
// with Debian's Firefox ESR 140.12; its locators wait the same way), while waitForSelector, click and
// type run in puppeteer's own realm or over the protocol.
/** Waits until the page shown is the one with this h1 (hash navigations keep the old page a moment). */
const onPage = (title: string) => page.waitForSelector(`::-p-xpath((//h1)[1][normalize-space(.)=${JSON.stringify(title)}])`);
/** Waits until the badge counts `n` open blanks. */
const blanksShown = (n: number) => page.waitForSelector(`.blank-badge [data-count="${n}"]`);
const blankCount = () => page.$eval('.blank-badge [data-count]', (el) => Number(el.getAttribute('data-count')));
const saved = () => page.waitForSelector('.save-status[data-status="saved"]');

/** Waits for a new file in the downloads folder ending in `ext`, fully written, and returns its path. */
async function nextDownload(ext: string, known: Set<string>): Promise<string> {
	for (;;) {
		const found = readdirSync(app.downloads).find((f) => f.endsWith(ext) && !known.has(f));
		if (found) {
			const file = path.join(app.downloads, found);
			const size = statSync(file).size;
			if (size > 0 && !readdirSync(app.downloads).some((f) => f.endsWith('.part'))) {
				known.add(found);
				return file;
			}
		}
		await new Promise((r) => setTimeout(r, 50));
	}
}
const seen = new Set<string>();

test('Firefox: create a draft, type, blanks underlined, reload keeps the text', async () => {
	page = await app.browser.newPage();
	page.setDefaultTimeout(15_000);
	errors = watchFirefoxErrors(page);
	// Firefox enforces the same Content-Security-Policy: no violation in the whole session.
	await page.evaluateOnNewDocument(() => {
		const seen: string[] = [];
		(window as unknown as { __cspViolations: string[] }).__cspViolations = seen;
		document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.effectiveDirective} ${e.blockedURI}`));
	});
	await page.goto(app.server.url);
	await onPage('我的草稿');
	// No folder picker in Firefox: 文件夹模式 is not offered, and one line says why.
	const folderLine = await page.$eval('[data-folder-panel="off"]', (el) => ({
		text: el.querySelector('[data-folder-unsupported]')?.textContent ?? '',
		buttons: el.querySelectorAll('button').length
	}));
	expect(folderLine.text).toContain('不支持选择文件夹');
	expect(folderLine.buttons).toBe(0);
	await page.type('input[placeholder^="新草稿标题"]', '火狐里的年度总结');
	await page.click('form.create button[type="submit"]');
	await page.waitForSelector('.section-card .cm-content');
	await page.click('.section-card .cm-content');
	await page.keyboard.type('20__年全镇实现工业总产值亿元，同比增长。');
	await blanksShown(3);

	// Each blank is drawn under the text: a wavy underline on masked text, a bar at a gap.
	const marks = await page.$$eval('.gj-finding, .gj-gap', (els) =>
		els.map((el) => {
			const s = getComputedStyle(el);
			return s.textDecorationLine.includes('underline') || parseFloat(s.borderBottomWidth) > 0;
		})
	);
	expect(marks.length).toBeGreaterThanOrEqual(3);
	expect(marks.every(Boolean)).toBe(true);
	// The same page passes axe in Firefox as in Chromium.
	const violations = await axeViolations(page);
	expect(violations.map((v) => v.id), describeViolations(violations)).toEqual([]);

	await saved();
	await page.reload();
	await page.waitForSelector('.section-card .cm-content');
	await blanksShown(3);
	expect(await editorText()).toBe('20__年全镇实现工业总产值亿元，同比增长。');
});

test('Firefox: 逐项填空 fills every blank', async () => {
	await page.click('.open-fill-in');
	await page.waitForSelector('dialog.fill-in-dialog[open] input');
	const inputs = await page.$$('dialog.fill-in-dialog[open] input');
	expect(inputs.length).toBe(3);
	for (const [i, value] of ['2026', '12.5', '8.3'].entries()) {
		await inputs[i]!.type(value);
	}
	await page.click('dialog.fill-in-dialog button.apply');
	await page.waitForSelector('dialog.fill-in-dialog[open]', { hidden: true });
	await blanksShown(0);
	expect(await editorText()).toBe('2026年全镇实现工业总产值12.5亿元，同比增长8.3%。');
	expect(await blankCount()).toBe(0);
	await saved();
});

test('Firefox: export .docx downloads a Word file holding the report', async () => {
	await page.click('[data-action="export"]');
	await page.waitForSelector('dialog.export-dialog[open] button[data-format="docx"]');
	await page.click('dialog.export-dialog[open] button[data-format="docx"]');
	const file = await nextDownload('.docx', seen);
	expect(path.basename(file)).toContain('火狐里的年度总结');
	const zip = await JSZip.loadAsync(readFileSync(file));
	const xml = await zip.file('word/document.xml')!.async('string');
	expect(xml).toContain('工业总产值12.5亿元');
	await page.keyboard.press('Escape');
	await page.waitForSelector('dialog.export-dialog[open]', { hidden: true });
});

test('Firefox: a backup restores a draft deleted for good', async () => {
	await page.goto(`${app.server.url}#/settings`);
	await onPage('备份与设置');
	await (await page.waitForSelector('::-p-text(下载备份文件)'))?.click();
	const backup = await nextDownload('.json', seen);
	expect(JSON.parse(readFileSync(backup, 'utf8')).type).toBe('gaojiang-backup');

	// Delete the draft, then empty the trash.
	await page.goto(app.server.url);
	await page.waitForSelector('.draft-item');
	await page.click('.draft-item button.danger');
	await page.goto(`${app.server.url}#/trash`);
	await page.waitForSelector('.trash-page li');
	page.once('dialog', (d) => void d.accept());
	await page.click('.trash-page li button.danger');
	await page.waitForSelector('.trash-page li', { hidden: true });

	await page.goto(`${app.server.url}#/settings`);
	await onPage('备份与设置');
	const input = await page.$('input[type="file"]');
	await input!.uploadFile(backup);
	await page.waitForSelector('[data-restore="ok"]');
	await page.goto(app.server.url);
	await page.waitForSelector('.draft-item');
	expect(await page.$$eval('.draft-item .title', (els) => els.map((e) => e.textContent))).toEqual(['火狐里的年度总结']);
	expect(await page.evaluate(() => (window as unknown as { __cspViolations?: string[] }).__cspViolations)).toEqual([]);
	expect(errors).toEqual([]);
	await page.close();
});

test('Firefox: a template pack imports from a file and starts a draft', async () => {
	const page = await app.browser.newPage();
	page.setDefaultTimeout(15_000);
	const errors = watchFirefoxErrors(page);
	const work = mkdtempSync(path.join(tmpdir(), 'gaojiang-ff-pack-'));
	const file = path.join(work, 'pack.json');
	writeFileSync(
		file,
		JSON.stringify({
			type: 'gaojiang-template-pack',
			schemaVersion: 2,
			id: 'firefox-test-pack',
			name: '火狐测试模板包',
			version: '1.0.0',
			author: '测试组',
			description: '在火狐中导入的模板包。',
			sections: [
				{ plugin: 'overview', title: '一、总体情况' },
				{ plugin: 'signature', title: '落款' }
			]
		})
	);
	await page.goto(`${app.server.url}#/packs`);
	await page.waitForSelector('[data-pack-id]');
	const input = await page.$('input[data-testid="pack-file"]');
	await input!.uploadFile(file);
	await page.waitForSelector('[data-pack-id="firefox-test-pack"], .problems');
	expect(await page.$eval('.packs-page', (el) => el.querySelector('.problems')?.textContent ?? '')).toBe('');
	await page.click('[data-pack-id="firefox-test-pack"]');
	await page.waitForSelector('[data-preview-id="firefox-test-pack"] button.primary');
	await page.click('[data-preview-id="firefox-test-pack"] button.primary');
	await page.waitForSelector('.section-card .cm-content');
	const titles = await page.$$eval('.section-card .section-title', (els) => els.map((e) => (e as HTMLInputElement).value));
	expect(titles).toEqual(['一、总体情况', '落款']);
	rmSync(work, { recursive: true, force: true });
	expect(errors).toEqual([]);
	await page.close();
});
