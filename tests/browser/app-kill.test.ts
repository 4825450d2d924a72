// SIGKILL the whole browser 0, 50 and 100 ms after the last keystroke, several times over:
// every character that reached the page must be there after relaunch (the edit journal).
import { expect, test } from 'vitest';
import { useKillableApp } from './harness';
import { createDraft, sectionEditor, sectionText } from './app-helpers';

const app = useKillableApp();

const ROUNDS = [0, 50, 100, 0, 50, 100];
const PIECES = ['一是', '压实责任，', '二是', '优化流程，', '三是', '强化督查。'];

test(`SIGKILL ${ROUNDS.join('/')} ms after the last key: nothing that reached the page is lost`, async () => {
	let { page } = await app.open();
	const url = await createDraft(page, '断电不丢字');
	let expected = '';
	const lost: string[] = [];
	for (const [round, delay] of ROUNDS.entries()) {
		const editor = sectionEditor(page, 0);
		await editor.click();
		await page.keyboard.press('Control+End');
		// Type without pausing, so the autosave (which waits for a pause) has not run.
		for (const piece of PIECES) {
			for (const ch of `${piece}${round}`) {
				await page.keyboard.insertText(ch);
				expected += ch;
			}
		}
		if (delay > 0) await new Promise((r) => setTimeout(r, delay));
		app.kill();
		let errors: string[];
		({ page, errors } = await app.open({ url }));
		await sectionEditor(page, 0).waitFor();
		await expect.poll(() => sectionText(page, 0)).toBe(expected);
		if ((await sectionText(page, 0)) !== expected) lost.push(`round ${round}`);
		// Recovered words are stored again (idle: they were already; saved: from the journal).
		await expect.poll(() => page.locator('.save-status').getAttribute('data-status')).toMatch(/^(idle|saved)$/);
		expect(errors).toEqual([]);
	}
	expect(lost).toEqual([]);
}, 300_000);
