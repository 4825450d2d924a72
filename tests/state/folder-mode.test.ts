import 'fake-indexeddb/auto';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { createDraft, db, listDrafts, useDatabase, type GaojiangDb } from '../../src/lib/db';
import { buildBackup } from '../../src/lib/backup';
import { DATA_FILE } from '../../src/lib/messages/folder';
import { dataFileText, readDataFile } from '../../src/lib/state/folder-files';
import { FolderMode } from '../../src/lib/state/folder.svelte';
import { redirectJournal } from '../../src/lib/state/journal';
import { redirectRescue } from '../../src/lib/state/rescue';
import { FakeFolder } from './fake-folder';
import { freshDb } from '../db/helpers';

// The remembered folder, kept as the object it is (fake-indexeddb would clone a class instance
// into a plain object without its methods; a real handle survives IndexedDB).
const remembered = vi.hoisted(() => ({ record: null as null | { handle: unknown; name: string; since: number } }));
vi.mock('../../src/lib/state/folder-handle', () => ({
	loadFolderRecord: async () => remembered.record,
	saveFolderRecord: async (handle: { name: string }) => void (remembered.record = { handle, name: handle.name, since: 1 }),
	deleteFolderRecord: async () => void (remembered.record = null)
}));

let browser: GaojiangDb;
let folder: FakeFolder;
let reload: ReturnType<typeof vi.fn>;

beforeEach(() => {
	remembered.record = null;
	browser = freshDb();
	folder = new FakeFolder();
	reload = vi.fn();
	vi.stubGlobal('window', { showDirectoryPicker: async () => folder, addEventListener: () => {} });
	vi.stubGlobal('document', { addEventListener: () => {}, visibilityState: 'visible' });
	vi.stubGlobal('location', { reload });
});

afterEach(() => {
	vi.unstubAllGlobals();
	redirectJournal(null);
	redirectRescue(undefined);
});

/** The page after location.reload(): a new FolderMode, the browser database as the default. */
function nextPage(): FolderMode {
	useDatabase(browser);
	return new FolderMode();
}

test('moving in: every row goes into the data file, is read back, then the browser’s copy is emptied', async () => {
	await createDraft({ title: '浏览器里的总结', sections: [{ kind: 'free', title: '一', body: '第一句' }] });
	const mode = new FolderMode();
	expect(await mode.start()).toBe('off');
	await mode.enable();
	expect(mode.message).toBe('');
	expect(reload).toHaveBeenCalledTimes(1);
	const read = await readDataFile(folder);
	expect(read.kind === 'ok' && read.backup.drafts.map((d) => d.title)).toEqual(['浏览器里的总结']);
	expect(await browser.drafts.count()).toBe(0);
	expect(remembered.record?.handle).toBe(folder);
});

test('moving in to a folder that already holds 稿匠数据: both sides are kept', async () => {
	const other = freshDb();
	await createDraft({ title: '文件夹里原有的' });
	folder.writeOutside(DATA_FILE, dataFileText(await buildBackup()));
	useDatabase(browser);
	await browser.open(); // useDatabase(other) closed it
	other.close();
	await createDraft({ title: '浏览器里的' });
	const mode = new FolderMode();
	await mode.start();
	await mode.enable();
	const read = await readDataFile(folder);
	expect(read.kind === 'ok' && read.backup.drafts.map((d) => d.title).sort()).toEqual(['文件夹里原有的', '浏览器里的']);
});

test('moving in to a folder whose data file is damaged: nothing moves, nothing is written, the file is kept', async () => {
	await createDraft({ title: '留在浏览器里' });
	folder.writeOutside(DATA_FILE, '{"type":"gaojiang-backup", 坏');
	const mode = new FolderMode();
	await mode.start();
	await mode.enable();
	expect(mode.message).toContain('读不出来');
	expect(folder.text(DATA_FILE)).toBe('{"type":"gaojiang-backup", 坏');
	expect(folder.writes).toEqual([]);
	expect(reload).not.toHaveBeenCalled();
	expect((await listDrafts()).map((d) => d.title)).toEqual(['留在浏览器里']);
	expect(remembered.record).toBeNull();
});

test('the next start waits at the gate (no list from the browser’s storage), and opens the folder once granted', async () => {
	await createDraft({ title: '要搬的草稿' });
	const first = new FolderMode();
	await first.start();
	await first.enable();
	folder.permission = 'prompt';
	const mode = nextPage();
	expect(await mode.start()).toBe('gate');
	expect(db()).toBe(browser); // nothing swapped in yet
	folder.answer = 'denied';
	await mode.grant();
	expect(mode.status).toBe('gate');
	expect(mode.problem).toBe('denied');
	folder.answer = 'granted';
	await mode.grant();
	expect(mode.status).toBe('on');
	expect(db()).not.toBe(browser);
	expect((await listDrafts()).map((d) => d.title)).toEqual(['要搬的草稿']);
	// Writing goes to the folder, not the browser.
	await createDraft({ title: '文件夹模式里新建的' });
	await mode.flush();
	const read = await readDataFile(folder);
	expect(read.kind === 'ok' && read.backup.drafts.map((d) => d.title).sort()).toEqual(['文件夹模式里新建的', '要搬的草稿']);
	await browser.open(); // the folder's database replaced (and closed) it
	expect(await browser.drafts.count()).toBe(0);
});

test('a remembered folder without its data file, or gone, never opens as an empty list', async () => {
	await createDraft({ title: 'x' });
	const first = new FolderMode();
	await first.start();
	await first.enable();
	folder.files.delete(DATA_FILE);
	const mode = nextPage();
	expect(await mode.start()).toBe('gate');
	expect(mode.problem).toBe('no-data');
	folder.gone = true;
	await mode.retry();
	expect(mode.status).toBe('gate');
	expect(mode.problem).toBe('gone');
	expect(mode.message).toContain('找不到这个文件夹');
});

test('moving back out restores everything into the browser’s storage and forgets the folder; the file stays', async () => {
	await createDraft({ title: '来回搬' });
	const first = new FolderMode();
	await first.start();
	await first.enable();
	const mode = nextPage();
	expect(await mode.start()).toBe('on');
	await createDraft({ title: '在文件夹里写的' });
	await mode.disable();
	expect(mode.message).toBe('');
	expect(remembered.record).toBeNull();
	const back = (await listDrafts()).map((d) => d.title).sort();
	expect(back).toEqual(['在文件夹里写的', '来回搬']);
	const read = await readDataFile(folder);
	expect(read.kind === 'ok' && read.backup.drafts.length).toBe(2);
});
