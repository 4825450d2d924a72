// A real full disk: the Chromium profile lives on a small tmpfs, which a filler file fills up
// while the writer is typing. The writer must see a Chinese banner, keep the text, get a
// backup that holds it, and find it saved once space returns (the save retries by itself).
// Needs root for mount (the test environment runs as root); without it the test says so.
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { BrowserContext } from 'playwright-core';
import { spawnSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { launch, serveBuild, watchErrors, type Served } from './harness';
import { sectionEditor, sectionText } from './app-helpers';

let server: Served;
let context: BrowserContext | undefined;
const mountDir = mkdtempSync(path.join(tmpdir(), 'gaojiang-tmpfs-'));
const work = mkdtempSync(path.join(tmpdir(), 'gaojiang-diskfull-'));
const filler = path.join(mountDir, 'filler.bin');

beforeAll(async () => {
	const r = spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=96m', 'tmpfs', mountDir], { encoding: 'utf8' });
	if (r.status !== 0) throw new Error(`无法挂载 tmpfs（需要 root）：${r.stderr}`);
	server = await serveBuild();
});

afterAll(async () => {
	await context?.close().catch(() => {});
	await server?.close();
	spawnSync('umount', ['-l', mountDir]);
	rmSync(mountDir, { recursive: true, force: true });
	rmSync(work, { recursive: true, force: true });
});

/** Writes the filler until the disk refuses a single byte more. */
function fillDisk(): void {
	const fd = openSync(filler, 'w');
	const big = Buffer.alloc(1 << 20);
	const small = Buffer.alloc(512);
	try {
		for (;;) writeSync(fd, big);
	} catch {
		try {
			for (;;) writeSync(fd, small);
		} catch {
			// Full.
		}
	} finally {
		closeSync(fd);
	}
}

test('the disk fills up during typing: Chinese banner, text kept, backup holds it, saved once space returns', async () => {
	context = await launch(path.join(mountDir, 'profile'));
	const page = await context.newPage();
	page.setDefaultTimeout(15_000);
	const errors = watchErrors(page);
	await page.goto(server.url);
	await page.getByPlaceholder('新草稿标题').fill('磁盘写满测试');
	await page.getByRole('button', { name: '新建草稿' }).click();
	await page.waitForURL(/#\/drafts\//);
	const url = page.url();
	const editor = sectionEditor(page, 0);
	await editor.click();
	await page.keyboard.insertText('空间写满之前的一句。');
	const status = page.locator('.save-status');
	await expect.poll(() => status.getAttribute('data-status')).toBe('saved');

	fillDisk();
	// Enough text that the write cannot fit in what the file system keeps back.
	const more = '磁盘满了以后接着写的字，一个也不能丢。'.repeat(400);
	await page.keyboard.insertText(more);
	const banner = page.locator('.save-error-banner');
	await banner.waitFor({ timeout: 30_000 });
	const said = (await banner.textContent()) ?? '';
	expect(said).toMatch(/保存失败：/);
	expect(said).toMatch(/文字仍在本页中/);
	expect(said).not.toMatch(/[A-Za-z]{4,}/);
	const expected = '空间写满之前的一句。' + more;
	expect(await sectionText(page, 0)).toBe(expected);

	const [download] = await Promise.all([page.waitForEvent('download'), banner.getByRole('button', { name: '立即下载备份' }).click()]);
	const file = path.join(work, 'full.json');
	await download.saveAs(file);
	const backup = JSON.parse(readFileSync(file, 'utf8')) as { drafts: Array<{ title: string; sections: Array<{ body: string }> }> };
	expect(backup.drafts.find((d) => d.title === '磁盘写满测试')!.sections[0]!.body).toBe(expected);

	// Space comes back: the retry saves by itself, the banner goes.
	rmSync(filler);
	await expect.poll(() => status.getAttribute('data-status'), { timeout: 60_000 }).toBe('saved');
	expect(await banner.count()).toBe(0);
	await page.goto('about:blank');
	await page.goto(url);
	await expect.poll(() => sectionText(page, 0)).toBe(expected);
	expect(errors.filter((e) => !/Failed to load resource|QuotaExceeded|Failed to write|UnknownError|DataError/.test(e))).toEqual([]);
}, 180_000);
