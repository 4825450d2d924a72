// Helpers for the 文件夹模式 browser tests: the folder the writer would pick is a real
// FileSystemDirectoryHandle from the origin-private file system (the picker cannot be driven
// headless), and the browser's permission rule is kept: a folder remembered from an earlier page
// must be granted again by a click (queryPermission says 'prompt' on every new page until
// requestPermission is called with a user gesture).
import type { Locator, Page } from 'playwright-core';

export const JOURNAL_FILE = '稿匠数据.日志.json';
export const FOLDER = '稿匠测试文件夹';
export const DATA_FILE = '稿匠数据.json';

/** Replaces the folder picker and the browser's permission rule (see app-folder.test.ts). */
export function folderInitScript(folder: string): void {
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

/** The folder's file as the page sees it (null when absent). */
export function folderFile(page: Page, name: string): Promise<string | null> {
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

/** Overwrites a file already in the folder, as another program would. */
export async function writeFolderFile(page: Page, name: string, text: string): Promise<void> {
	await page.evaluate(
		async ([folder, file, content]) => {
			const dir = await (await navigator.storage.getDirectory()).getDirectoryHandle(folder!);
			const w = await (await dir.getFileHandle(file!)).createWritable();
			await w.write(content!);
			await w.close();
		},
		[FOLDER, name, text]
	);
}

/** Everything the browser's own storage holds for the app, as one string. */
export function browserStorage(page: Page): Promise<string> {
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

export async function openGate(page: Page): Promise<void> {
	await page.locator('[data-folder-gate]').waitFor();
	await page.getByRole('button', { name: '打开文件夹' }).click();
}


/**
 * After openGate, when the folder is expected to open: waits for `opened` (what the open folder
 * shows), and fails with the gate's own message if the gate shows one instead (a bare timeout
 * says nothing of why).
 */
export async function expectGateOpened(page: Page, opened: Locator, timeout = 30_000): Promise<void> {
	const alert = page.locator('[data-folder-gate] [role="alert"]');
	await opened.or(alert).first().waitFor({ timeout });
	if (await alert.isVisible()) {
		const state = await page.locator('[data-folder-gate]').getAttribute('data-folder-gate');
		throw new Error(`文件夹没有打开：${await alert.textContent()}（data-folder-gate=${state}）`);
	}
}
