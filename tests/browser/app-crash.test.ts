import { expect, test } from 'vitest';
import { useKillableApp } from './harness';
import { createDraft, sectionEditor, sectionText } from './app-helpers';

const app = useKillableApp();

test('type, SIGKILL the browser mid-typing, relaunch: everything typed > 500 ms before the kill is there', async () => {
	const { page } = await app.open({ timeout: 10_000 });
	const url = await createDraft(page, '断电测试');
	const area = sectionEditor(page, 0);
	await area.click();

	// Type steadily for about 2.5 s without pausing, noting when each character went in.
	const source = '今年以来，我们坚持稳中求进工作总基调，扎实推进各项重点任务，全年完成招商项目若干个，服务企业数百家次，群众满意度持续提升。下一步将继续抓好落实。';
	const typed: Array<{ text: string; at: number }> = [];
	let text = '';
	const start = Date.now();
	for (const ch of source) {
		await page.keyboard.insertText(ch);
		text += ch;
		typed.push({ text, at: Date.now() });
		if (Date.now() - start > 2500) break;
		await new Promise((r) => setTimeout(r, 30));
	}
	const killedAt = Date.now();
	app.kill();

	const mustHave = [...typed].reverse().find((t) => t.at < killedAt - 500);
	expect(mustHave, 'typing ran long enough to test').toBeTruthy();
	console.log(`crash test: typed ${text.length} chars, ${mustHave!.text.length} of them > 500 ms before the kill`);

	const { page: again } = await app.open({ url, timeout: 10_000 });
	const body = await sectionText(again, 0);
	console.log(`crash test: ${body.length} chars survived`);
	expect(body.startsWith(mustHave!.text)).toBe(true);
	expect(text.startsWith(body)).toBe(true);
});
