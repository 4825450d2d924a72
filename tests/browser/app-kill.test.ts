// SIGKILL the whole browser right after typing, several times over. The edit journal is written
// inside each keystroke; the save status says how many edits are not yet safe (neither their
// journal write confirmed by the browser nor a save holding them). Read just before the kill,
// that number bounds what the relaunch may lose: everything the browser had confirmed comes
// back, in order, on top of the rounds before, in the draft itself (a save landing during the
// typing never sets the writer's own keys aside as a 冲突副本). A round that waits until every
// edit is safe must lose nothing; the others kill 0, 50 and 100 ms after the last key, and the
// keys they lost (the browser had not committed them yet) are printed.
import { expect, test } from 'vitest';
import { useKillableApp } from './harness';
import { createDraft, sectionEditor, sectionText } from './app-helpers';

const app = useKillableApp();

const ROUNDS: Array<number | 'safe'> = [0, 50, 100, 'safe', 0, 50, 100, 'safe'];
const PIECES = ['一是', '压实责任，', '二是', '优化流程，', '三是', '强化督查。'];

test(`SIGKILL ${ROUNDS.join('/')} after the last key: what the browser confirmed comes back, in place`, async () => {
	let { page } = await app.open();
	const url = await createDraft(page, '断电不丢字');
	let expected = '';
	const report: string[] = [];
	for (const [round, delay] of ROUNDS.entries()) {
		const editor = sectionEditor(page, 0);
		await editor.click();
		await page.keyboard.press('Control+End');
		// Type without pausing, so the autosave (which waits for a pause) mostly has not run.
		for (const piece of PIECES) {
			for (const ch of `${piece}${round}`) {
				await page.keyboard.insertText(ch);
				expected += ch;
			}
		}
		const status = page.locator('.save-status');
		if (delay === 'safe') await expect.poll(() => status.getAttribute('data-unsafe'), { timeout: 10_000 }).toBe('0');
		else if (delay > 0) await new Promise((r) => setTimeout(r, delay));
		const unsafe = Number(await status.getAttribute('data-unsafe'));
		expect(Number.isInteger(unsafe) && unsafe >= 0, `data-unsafe = ${unsafe}`).toBe(true);
		app.kill();
		let errors: string[];
		({ page, errors } = await app.open({ url }));
		await sectionEditor(page, 0).waitFor();
		const back = await expect
			.poll(() => sectionText(page, 0).then((t) => t.length >= expected.length - unsafe), { timeout: 10_000 })
			.toBe(true)
			.then(
				() => true,
				() => false
			);
		const after = await sectionText(page, 0);
		const notice = await page.locator('[data-notice]').getAttribute('data-notice', { timeout: 200 }).catch(() => null);
		const what = `round ${round} (${delay}): typed ${JSON.stringify(expected)}, ${unsafe} unsafe at the kill, back ${JSON.stringify(after)}, notice ${notice}`;
		expect(back, what).toBe(true);
		expect(expected.startsWith(after), what).toBe(true);
		expect(notice, what).toBeNull();
		report.push(`${delay}: ${expected.length - after.length}/${unsafe}`);
		expected = after;
		// Recovered words are stored again (idle: they were already; saved: from the journal).
		await expect.poll(() => page.locator('.save-status').getAttribute('data-status')).toMatch(/^(idle|saved)$/);
		expect(errors).toEqual([]);
	}
	console.log(`浏览器存储模式，结束浏览器的时刻: 丢失字数/未落盘编辑数 ${report.join('，')}`);
}, 300_000);
