// 文件夹模式 in Chromium. The folder the writer would pick is a real FileSystemDirectoryHandle
// from the origin-private file system (the picker itself cannot be driven headless), and the
// browser's permission rule is kept: a folder remembered from an earlier visit must be granted
// again by a click (queryPermission says 'prompt' on every new page until requestPermission is
// called with a user gesture).
import { expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { useServedApp, watchErrors } from './harness';
import { sectionEditor, sectionText } from './app-helpers';

const app = useServedApp();
const FOLDER = '稿匠测试文件夹';
const DATA_FILE = '稿匠数据.json';

function initScript(folder: string): void {
	const w = window as unknown as { showDirectoryPicker: unknown; __granted?: boolean; __deny?: boolean };
	w.showDirectoryPicker = async () => (await navigator.storage.getDirectory()).getDirectoryHandle(folder, { create: true });
	const proto = FileSystemHandle.prototype as unknown as {
		queryPermission: () => Promise<string>;
		requestPermission: () => Promise<string>;
	};
	proto.queryPermission = async () => (w.__granted ? 'granted' : 'prompt');
	proto.requestPermission = async () => {
		// The writer clicking 拒绝 in the prompt (set by a test), or no click at all.
		if (w.__deny || !navigator.userActivation.isActive) return 'denied';
		w.__granted = true;
		return 'granted';
	};
}

async function newPage(): Promise<{ page: Page; errors: string[] }> {
	const page = await app.context.newPage();
	page.setDefaultTimeout(15_000);
	page.on('dialog', (d) => void d.accept());
	return { page, errors: watchErrors(page) };
}

/** The folder's file as the page sees it (null when absent). */
function folderFile(page: Page, name: string): Promise<string | null> {
	return page.evaluate(
		async ([folder, file]) => {
			const dir = await (await navigator.storage.getDirectory()).getDirectoryHandle(folder!, { create: true });
			try {
				return await (await (await dir.getFileHandle(file!)).getFile()).text();
			} catch {
				return null;
			}
		},
		[FOLDER, name]
	);
}

/** Everything the browser's own storage holds for the app, as one string. */
function browserStorage(page: Page): Promise<string> {
	return page.evaluate(async () => {
		const parts: string[] = [JSON.stringify({ ...localStorage })];
		for (const info of await indexedDB.databases()) {
			if (!info.name || info.name === 'gaojiang-folder') continue;
			const d = await new Promise<IDBDatabase>((res, rej) => {
				const r = indexedDB.open(info.name!);
				r.onsuccess = () => res(r.result);
				r.onerror = () => rej(r.error);
			});
			for (const store of d.objectStoreNames) {
				const all = await new Promise<unknown[]>((res) => {
					const r = d.transaction(store).objectStore(store).getAll();
					r.onsuccess = () => res(r.result);
				});
				parts.push(`${info.name}/${store}:${JSON.stringify(all)}`);
			}
			d.close();
		}
		return parts.join('\n');
	});
}

async function openGate(page: Page): Promise<void> {
	await page.locator('[data-folder-gate]').waitFor();
	await page.getByRole('button', { name: '打开文件夹' }).click();
}

test('drafts move into the folder, are written to 稿匠数据.json, come back after a reload and a grant, and never reach the browser’s storage', async () => {
	await app.context.addInitScript(initScript, FOLDER);
	const { page, errors } = await newPage();
	// A draft written in the browser's storage first: moving in must keep it.
	await page.goto(app.server.url);
	await page.getByPlaceholder('新草稿标题').fill('搬家前的草稿');
	await page.getByRole('button', { name: '新建草稿' }).click();
	await page.waitForURL(/#\/drafts\/[0-9a-f]{32}$/);
	await sectionEditor(page, 0).fill('浏览器里写的一句话');
	await expect.poll(() => page.locator('.save-status').getAttribute('data-status')).toBe('saved');
	await page.goto(app.server.url);
	await page.locator('[data-folder-panel="off"]').waitFor();
	await page.getByRole('button', { name: '选择文件夹并把草稿移进去' }).click();

	// The page starts again; the folder must be granted before anything is shown.
	await page.locator('[data-folder-gate]').waitFor();
	expect(await page.locator('.draft-item').count()).toBe(0);
	await openGate(page);
	await expect.poll(() => page.locator('.draft-item .title').allTextContents()).toEqual(['搬家前的草稿']);
	expect(await folderFile(page, DATA_FILE)).toContain('浏览器里写的一句话');
	expect(await browserStorage(page)).not.toContain('浏览器里写的一句话');

	// Writing in folder mode.
	await page.getByPlaceholder('新草稿标题').fill('文件夹里的述职报告');
	await page.getByRole('button', { name: '新建草稿' }).click();
	await page.waitForURL(/#\/drafts\/[0-9a-f]{32}$/);
	const area = sectionEditor(page, 0);
	await area.click();
	await area.pressSequentially('本年度完成招商项目十二个。');
	await expect.poll(() => folderFile(page, DATA_FILE)).toContain('本年度完成招商项目十二个。');
	await expect.poll(() => page.locator('footer [data-folder="on"]').textContent()).toMatch(/已写入文件夹 \d\d:\d\d:\d\d/);
	const stored = await browserStorage(page);
	expect(stored).not.toContain('本年度完成招商项目');
	expect(stored).not.toContain('浏览器里写的一句话');

	await page.reload();
	await openGate(page);
	await expect.poll(() => sectionText(page, 0)).toBe('本年度完成招商项目十二个。');
	expect(await browserStorage(page)).not.toContain('本年度完成招商项目');
	expect(errors).toEqual([]);
	await page.close();
});

test('a second tab does not open the same folder (two copies would overwrite each other)', async () => {
	const { page } = await newPage();
	await page.goto(app.server.url);
	await openGate(page);
	await page.locator('[data-folder-panel="on"]').waitFor();
	const { page: other } = await newPage();
	await other.goto(app.server.url);
	await openGate(other);
	await expect.poll(() => other.locator('[data-folder-gate="other-tab"]').count()).toBe(1);
	expect(await other.getByRole('alert').textContent()).toContain('另一个标签页');
	await other.close();
	await page.close();
});

test('without a grant, and with a damaged data file, the gate says why in Chinese and the file is left as it was', async () => {
	const { page, errors } = await newPage();
	await page.goto(app.server.url);
	// The writer says 拒绝 in the browser's prompt: nothing is shown from anywhere else.
	await page.evaluate(() => ((window as unknown as { __deny: boolean }).__deny = true));
	await openGate(page);
	await expect.poll(() => page.locator('[data-folder-gate="denied"]').count()).toBe(1);
	expect(await page.getByRole('alert').textContent()).toContain('没有获得读写这个文件夹的许可');
	expect(await page.locator('.draft-item').count()).toBe(0);
	await page.evaluate(() => ((window as unknown as { __deny: boolean }).__deny = false));
	const good = (await folderFile(page, DATA_FILE))!;
	const damaged = good.slice(0, Math.floor(good.length / 2));
	await page.evaluate(
		async ([folder, file, text]) => {
			const dir = await (await navigator.storage.getDirectory()).getDirectoryHandle(folder!);
			const w = await (await dir.getFileHandle(file!)).createWritable();
			await w.write(text!);
			await w.close();
		},
		[FOLDER, DATA_FILE, damaged]
	);
	await page.getByRole('button', { name: '重新授权' }).click();
	await expect.poll(() => page.locator('[data-folder-gate="damaged"]').count()).toBe(1);
	expect(await page.getByRole('alert').textContent()).toContain('读不出来');
	expect(await folderFile(page, DATA_FILE)).toBe(damaged);
	expect(await page.locator('.draft-item').count()).toBe(0);
	// Put the good file back: 重试 opens it.
	await page.evaluate(
		async ([folder, file, text]) => {
			const dir = await (await navigator.storage.getDirectory()).getDirectoryHandle(folder!);
			const w = await (await dir.getFileHandle(file!)).createWritable();
			await w.write(text!);
			await w.close();
		},
		[FOLDER, DATA_FILE, good]
	);
	await page.getByRole('button', { name: '重试' }).click();
	await expect.poll(() => page.locator('.draft-item').count()).toBe(2);
	expect(errors).toEqual([]);
	await page.close();
});

test('moving back out puts every draft into the browser’s storage and leaves the folder’s file', async () => {
	const { page, errors } = await newPage();
	await page.goto(app.server.url);
	await openGate(page);
	await page.locator('[data-folder-panel="on"]').waitFor();
	await page.getByRole('button', { name: '移回浏览器存储' }).click();
	await page.locator('[data-folder-panel="off"]').waitFor();
	await expect.poll(() => page.locator('.draft-item .title').allTextContents().then((t) => t.sort())).toEqual(['搬家前的草稿', '文件夹里的述职报告']);
	expect(await browserStorage(page)).toContain('本年度完成招商项目十二个。');
	expect(await folderFile(page, DATA_FILE)).toContain('本年度完成招商项目十二个。');
	expect(errors).toEqual([]);
	await page.close();
});
