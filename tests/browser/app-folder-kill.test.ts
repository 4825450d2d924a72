// 文件夹模式 and SIGKILL. The journal there is a file in the folder, written one write after
// another (not inside the keystroke, as the browser-storage journal is): what reached that file
// must be back after a kill, and what a kill right after the last key can lose is measured and
// printed (the README says what it is), never a garbled or reordered text.
import { expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { useKillableApp } from './harness';
import { createDraft, sectionEditor, sectionText } from './app-helpers';
import { FOLDER, JOURNAL_FILE, browserStorage, expectGateOpened, folderFile, folderInitScript, openGate } from './folder-helpers';

const app = useKillableApp();

async function start(url: string): Promise<{ page: Page; errors: string[] }> {
	return app.open({ url, init: { script: folderInitScript, arg: FOLDER }, acceptDialogs: true });
}

async function killAndRestart(url: string): Promise<{ page: Page; errors: string[] }> {
	app.kill();
	const next = await start(url);
	await openGate(next.page);
	await expectGateOpened(next.page, sectionEditor(next.page, 0));
	return next;
}

async function typeFast(page: Page, text: string): Promise<void> {
	const editor = sectionEditor(page, 0);
	await editor.click();
	await page.keyboard.press('Control+End');
	// Without pausing, so the autosave (which waits for a pause) and the data file lag behind.
	for (const ch of text) await page.keyboard.insertText(ch);
}

test('SIGKILL in 文件夹模式: what reached the journal file comes back; right after the last key at most the tail is lost', async () => {
	let { page } = await start(app.server.url);
	await page.getByRole('button', { name: '选择文件夹并把草稿移进去' }).click();
	await openGate(page);
	const url = await createDraft(page, '断电不丢字（文件夹）');

	// 1. Killed once the journal file holds the last key.
	let expected = '一是压实责任，二是优化流程，三是强化督查。';
	await typeFast(page, expected);
	await expect.poll(() => folderFile(page, JOURNAL_FILE), { timeout: 10_000 }).toContain(expected);
	let errors: string[];
	({ page, errors } = await killAndRestart(url));
	await expect.poll(() => sectionText(page, 0)).toBe(expected);
	expect(await browserStorage(page)).not.toContain('压实责任');
	expect(errors).toEqual([]);

	// 2. Killed 0 ms after the last key, three times: a prefix survives, always with what was
	// there before; the tail lost is printed.
	const lostChars: number[] = [];
	for (const round of [1, 2, 3]) {
		const before = await sectionText(page, 0);
		const piece = `第${round}轮：全年新增就业岗位一千二百个，完成年度目标。`;
		await typeFast(page, piece);
		({ page, errors } = await killAndRestart(url));
		await expect.poll(() => sectionText(page, 0).then((t) => t.startsWith(before))).toBe(true);
		const after = await sectionText(page, 0);
		expect((before + piece).startsWith(after)).toBe(true);
		lostChars.push(before.length + piece.length - after.length);
		// What came back was applied in place, not set aside as a 冲突副本.
		expect(await page.locator('[data-notice="conflict-copy"]').count()).toBe(0);
		expect(errors).toEqual([]);
	}
	console.log(`文件夹模式，最后一键后 0 ms 结束浏览器：丢失的字数 ${lostChars.join(' / ')}（每轮 ${'第1轮：全年新增就业岗位一千二百个，完成年度目标。'.length} 字）`);
}, 300_000);
