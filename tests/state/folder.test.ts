import 'fake-indexeddb/auto';
import { afterEach, expect, test } from 'vitest';
import { createDraft, getDraft, saveDraft, setSetting, snapshot, useDatabase, type GaojiangDb } from '../../src/lib/db';
import { buildBackup, type Backup } from '../../src/lib/backup';
import { DATA_FILE, JOURNAL_FILE } from '../../src/lib/messages/folder';
import { dataFileText, parseJournalText, readDataFile, readJournalFile, journalText, folderProblem } from '../../src/lib/state/folder-files';
import { FolderJournal, FolderStore, fillDatabase, memoryDatabase, type Timers } from '../../src/lib/state/folder-store';
import { clearJournal, readJournal, redirectJournal, writeJournal } from '../../src/lib/state/journal';
import { readRescue, redirectRescue, writeRescue } from '../../src/lib/state/rescue';
import { describe as describeProblem, describeSave } from '../../src/lib/state/folder.svelte';
import { FakeFolder, diskFull } from './fake-folder';
import { freshDb } from '../db/helpers';

const BODY = '全年完成营业收入3.2亿元，同比增长12%，新建示范点6个。';

/** Timers a test fires by hand: nothing runs until `run()`. */
function manualTimers(): Timers & { run(): void; pending(): number } {
	const queue = new Map<number, () => void>();
	let n = 0;
	return {
		setTimeout: (fn) => {
			queue.set(++n, fn);
			return n;
		},
		clearTimeout: (id) => void queue.delete(id as number),
		run() {
			const fns = [...queue.values()];
			queue.clear();
			for (const fn of fns) fn();
		},
		pending: () => queue.size
	};
}

async function openMemory(onWrite: () => void = () => {}): Promise<GaojiangDb> {
	const d = memoryDatabase(onWrite);
	await d.open();
	useDatabase(d);
	return d;
}

/** A backup with a draft, a snapshot of it and a setting, taken from a browser database. */
async function someBackup(): Promise<Backup> {
	freshDb();
	const d = await createDraft({ title: '二〇二六年工作总结', sections: [{ kind: 'free', title: '主要成绩', body: BODY }] });
	await snapshot(d.id, 'manual');
	await setSetting('export:' + d.id, { preset: 'gbt9704' });
	return buildBackup();
}

afterEach(() => {
	redirectJournal(null);
	redirectRescue(undefined);
});

test('the data file is a backup: written from the memory database, read back with the backup checks, row for row', async () => {
	const backup = await someBackup();
	const folder = new FakeFolder();
	folder.writeOutside(DATA_FILE, dataFileText(backup));
	const read = await readDataFile(folder);
	expect(read.kind).toBe('ok');
	if (read.kind !== 'ok') return;
	const mem = await openMemory();
	await fillDatabase(mem, read.backup);
	const again = await buildBackup();
	expect({ ...again, exportedAt: '' }).toEqual({ ...backup, exportedAt: '' });
	expect((await getDraft(backup.drafts[0]!.id))?.sections[0]?.body).toBe(BODY);
});

test('a missing data file is "missing", never an empty backup', async () => {
	expect(await readDataFile(new FakeFolder())).toEqual({ kind: 'missing' });
});

test('a damaged data file is refused with a Chinese reason and left byte for byte as it was', async () => {
	const backup = await someBackup();
	const good = dataFileText(backup);
	const cases = [
		good.slice(0, good.length / 2), // cut off half-way
		'{"type":"gaojiang-backup","version":1}', // wrong shape
		good.replace('"sections": [', '"sections": "坏了", "x": ['), // one draft damaged: not used half
		''
	];
	for (const text of cases) {
		const folder = new FakeFolder();
		folder.writeOutside(DATA_FILE, text);
		const read = await readDataFile(folder);
		expect(read.kind, text.slice(0, 40)).toBe('damaged');
		if (read.kind === 'damaged') expect(read.error).toMatch(/[\u4e00-\u9fff]/);
		expect(folder.text(DATA_FILE)).toBe(text);
		expect(folder.writes).toEqual([]);
	}
});

test('damaged rows the database held travel in the file and come back as damaged rows', async () => {
	const mem = await openMemory();
	await mem.drafts.put({ id: 'bad-1', title: 5 } as never);
	await createDraft({ title: '好的草稿' });
	const backup = await buildBackup();
	expect(backup.damaged).toHaveLength(1);
	const folder = new FakeFolder();
	folder.writeOutside(DATA_FILE, dataFileText(backup));
	const read = await readDataFile(folder);
	expect(read.kind).toBe('ok');
	if (read.kind !== 'ok') return;
	const mem2 = await openMemory();
	await fillDatabase(mem2, read.backup);
	expect(await mem2.drafts.get('bad-1')).toEqual({ id: 'bad-1', title: 5 });
	expect(await mem2.drafts.count()).toBe(2);
});

test('every write to the memory database marks the folder dirty; after the pause the file holds the save', async () => {
	const folder = new FakeFolder();
	const timers = manualTimers();
	let store: FolderStore | undefined;
	await openMemory(() => store?.markDirty());
	store = new FolderStore(folder, async () => dataFileText(await buildBackup()), null, null, { timers });
	const d = await createDraft({ title: '述职报告' });
	await saveDraft({ ...d, sections: [{ id: 's1', kind: 'free', title: '一', body: BODY }] }, d.revision);
	expect(store.status.kind).toBe('pending');
	expect(folder.writes).toEqual([]); // debounced: nothing yet
	timers.run();
	await store.flush();
	expect(store.status.kind).toBe('saved');
	expect(folder.writes).toEqual([DATA_FILE]);
	const read = await readDataFile(folder);
	expect(read.kind === 'ok' && read.backup.drafts[0]?.sections[0]?.body).toBe(BODY);
});

test('flush writes at once what is pending (pagehide), without waiting for the pause', async () => {
	const folder = new FakeFolder();
	let store: FolderStore | undefined;
	await openMemory(() => store?.markDirty());
	store = new FolderStore(folder, async () => dataFileText(await buildBackup()), null, null, { timers: manualTimers() });
	await createDraft({ title: '半年总结' });
	await store.flush();
	expect(folder.writes).toEqual([DATA_FILE]);
	expect(store.clean).toBe(true);
});

test('a full disk: the file keeps the last whole version, the status says so in Chinese, and the write is retried once space returns', async () => {
	const folder = new FakeFolder();
	const timers = manualTimers();
	let store: FolderStore | undefined;
	await openMemory(() => store?.markDirty());
	store = new FolderStore(folder, async () => dataFileText(await buildBackup()), null, null, { timers });
	await createDraft({ title: '第一份' });
	await store.flush();
	const before = folder.text(DATA_FILE);
	folder.failNextWrite = diskFull();
	await createDraft({ title: '第二份' });
	await store.flush();
	expect(store.status).toMatchObject({ kind: 'error', problem: 'disk-full' });
	expect(describeSave(store.status)).toContain('磁盘已满');
	expect(folder.text(DATA_FILE)).toBe(before);
	// The backoff timer tries again; space is back.
	expect(timers.pending()).toBe(1);
	timers.run();
	await store.flush();
	expect(store.status.kind).toBe('saved');
	const read = await readDataFile(folder);
	expect(read.kind === 'ok' && read.backup.drafts.map((x) => x.title).sort()).toEqual(['第一份', '第二份']);
});

test('a folder gone while writing is said plainly; nothing is written elsewhere', async () => {
	const folder = new FakeFolder();
	let store: FolderStore | undefined;
	await openMemory(() => store?.markDirty());
	store = new FolderStore(folder, async () => dataFileText(await buildBackup()), null, null, { timers: manualTimers() });
	folder.gone = true;
	await createDraft({ title: 'U 盘拔掉了' });
	await store.flush();
	expect(store.status).toMatchObject({ kind: 'error', problem: 'gone' });
	expect(describeProblem('gone')).toContain('找不到这个文件夹');
});

test('a data file changed by another program meanwhile is never overwritten: this page’s data goes beside it', async () => {
	const backup = await someBackup();
	const folder = new FakeFolder();
	folder.writeOutside(DATA_FILE, dataFileText(backup));
	const read = await readDataFile(folder);
	if (read.kind !== 'ok') throw new Error(read.kind);
	let store: FolderStore | undefined;
	const mem = await openMemory(() => store?.markDirty());
	await fillDatabase(mem, read.backup);
	store = new FolderStore(folder, async () => dataFileText(await buildBackup()), null, read.lastModified, { timers: manualTimers() });
	const theirs = dataFileText({ ...backup, drafts: [] });
	folder.writeOutside(DATA_FILE, theirs);
	await createDraft({ title: '这边新写的' });
	await store.flush();
	expect(store.status).toMatchObject({ kind: 'error', problem: 'changed' });
	expect(folder.text(DATA_FILE)).toBe(theirs);
	const conflict = [...folder.files.keys()].find((k) => k.startsWith('稿匠数据.冲突-'));
	expect(conflict).toBeDefined();
	expect(folder.text(conflict!)).toContain('这边新写的');
	expect(describeSave(store.status)).toContain(conflict!);
	// Nothing more is written to the data file.
	await createDraft({ title: '再写一份' });
	await store.flush();
	expect(folder.text(DATA_FILE)).toBe(theirs);
});

function journalDraft(body: string) {
	return {
		id: 'draft-j',
		title: '工作总结',
		year: 2026,
		packId: null,
		sections: [{ id: 's1', kind: 'free', title: '一', body }],
		createdAt: 1,
		updatedAt: 1,
		revision: 4,
		deletedAt: null,
		source: { fileName: '范文.txt', text: '范文的全文'.repeat(100), importedAt: 1 }
	};
}

test('in folder mode the journal is a file in the folder: every edit reaches it, the 范文 is left out', async () => {
	const folder = new FakeFolder();
	const journal = new FolderJournal(folder, [], () => {});
	redirectJournal(journal);
	writeJournal(4, journalDraft('第一句'));
	writeJournal(4, journalDraft('第一句。第二句'));
	await journal.flush();
	const parsed = parseJournalText(folder.text(JOURNAL_FILE)!);
	expect(parsed.ok && parsed.entries.map((e) => e.draft.sections[0]!.body)).toEqual(['第一句。第二句']);
	expect(folder.text(JOURNAL_FILE)).not.toContain('范文的全文');
	expect((await readJournal('draft-j'))?.draft.sections[0]?.body).toBe('第一句。第二句');
});

test('a journal write in folder mode says whether it reached the file: done only once the file holds it', async () => {
	const folder = new FakeFolder();
	const journal = new FolderJournal(folder, [], () => {}, manualTimers());
	const told: boolean[] = [];
	journal.write(4, journalDraft('写进文件'), { revision: 5, digest: 'abc-1' }, (ok) => told.push(ok));
	await journal.flush();
	expect(told).toEqual([true]);
	const parsed = parseJournalText(folder.text(JOURNAL_FILE)!);
	expect(parsed.ok && parsed.entries[0]!.saving).toEqual({ revision: 5, digest: 'abc-1' });
	folder.failNextWrite = diskFull();
	journal.write(4, journalDraft('磁盘满了'), null, (ok) => told.push(ok));
	await journal.flush();
	expect(told).toEqual([true, false]);
	expect(parseJournalText(folder.text(JOURNAL_FILE)!).ok && folder.text(JOURNAL_FILE)).toContain('写进文件');
});

test('the rescue copy is off in folder mode: nothing reaches localStorage', () => {
	const mem = new Map<string, string>();
	const fakeLocal = {
		getItem: (k: string) => mem.get(k) ?? null,
		setItem: (k: string, v: string) => void mem.set(k, v),
		removeItem: (k: string) => void mem.delete(k)
	} as unknown as Storage;
	redirectRescue(fakeLocal);
	writeRescue({ baseRevision: 4, draft: journalDraft('写进去') as never, at: 1 });
	expect(mem.size).toBe(1);
	mem.clear();
	redirectRescue(null);
	writeRescue({ baseRevision: 4, draft: journalDraft('不该写进去') as never, at: 1 });
	expect(mem.size).toBe(0);
	expect(readRescue('draft-j')).toBeNull();
});

test('a journal entry stays until the data file holds the save: a kill in between loses nothing', async () => {
	const folder = new FakeFolder();
	const journal = new FolderJournal(folder, [], () => {});
	redirectJournal(journal);
	let store: FolderStore | undefined;
	await openMemory(() => store?.markDirty());
	store = new FolderStore(folder, async () => dataFileText(await buildBackup()), journal, null, { timers: manualTimers() });
	const d = await createDraft({ title: '工作总结', sections: [{ kind: 'free', title: '一', body: '' }] });
	const edited = { ...d, sections: [{ ...d.sections[0]!, body: BODY }] };
	writeJournal(d.revision, edited);
	await saveDraft(edited, d.revision); // in memory only: the data file is not written yet
	clearJournal(d.id);
	await journal.flush();
	// Killed now: the journal file still has the edit.
	const atKill = parseJournalText(folder.text(JOURNAL_FILE)!);
	expect(atKill.ok && atKill.entries.map((e) => e.draft.sections[0]!.body)).toEqual([BODY]);
	await store.flush();
	await journal.flush();
	const after = parseJournalText(folder.text(JOURNAL_FILE)!);
	expect(after.ok && after.entries).toEqual([]);
	const read = await readDataFile(folder);
	expect(read.kind === 'ok' && read.backup.drafts[0]?.sections[0]?.body).toBe(BODY);
});

test('an edit after the save keeps its journal entry when the data file is written', async () => {
	const folder = new FakeFolder();
	const journal = new FolderJournal(folder, [], () => {});
	journal.write(1, journalDraft('已保存的'));
	journal.clear('draft-j');
	const taken = journal.takeClears();
	journal.write(1, journalDraft('保存之后又打的字'));
	journal.confirmClears(taken);
	await journal.flush();
	expect(journal.read('draft-j')?.draft.sections[0]?.body).toBe('保存之后又打的字');
});

test('a failed data-file write keeps the journal entries it would have dropped', async () => {
	const folder = new FakeFolder();
	const journal = new FolderJournal(folder, [], () => {});
	let store: FolderStore | undefined;
	await openMemory(() => store?.markDirty());
	store = new FolderStore(folder, async () => dataFileText(await buildBackup()), journal, null, { timers: manualTimers() });
	journal.write(1, journalDraft('未进数据文件'));
	await journal.flush();
	journal.clear('draft-j');
	folder.failNextWrite = diskFull();
	await createDraft({ title: 'x' });
	await store.flush();
	expect(journal.read('draft-j')).not.toBeNull();
	// Once the disk has room, the next write drops it.
	store.markDirty();
	await store.flush();
	expect(journal.read('draft-j')).toBeNull();
});

test('a damaged journal file is moved aside under its own name, never overwritten; bad entries are skipped', async () => {
	const folder = new FakeFolder();
	folder.writeOutside(JOURNAL_FILE, '{"type":"gaojiang-journal","versi');
	const r = await readJournalFile(folder, '20261201-120000');
	expect(r.entries).toEqual([]);
	expect(r.movedAside).toBe('稿匠数据.日志.损坏-20261201-120000.json');
	expect(folder.text(r.movedAside!)).toBe('{"type":"gaojiang-journal","versi');
	const mixed = journalText([{ baseRevision: 1, at: 2, draft: journalDraft('好的') as never }]).replace('"entries":[', '"entries":[{"draft":{"id":"x"}},');
	const parsed = parseJournalText(mixed);
	expect(parsed.ok && parsed.entries.map((e) => e.draft.id)).toEqual(['draft-j']);
});

test('errors of the File System Access API map to the writer’s terms', () => {
	expect(folderProblem(new DOMException('', 'NotAllowedError'))).toBe('denied');
	expect(folderProblem(new DOMException('', 'NotFoundError'))).toBe('gone');
	expect(folderProblem(diskFull())).toBe('disk-full');
	expect(folderProblem(new Error('boom'))).toBe('failed');
	for (const p of ['denied', 'gone', 'no-data', 'damaged', 'disk-full', 'other-tab', 'changed', 'failed'] as const) {
		expect(describeProblem(p, 'x')).toMatch(/[\u4e00-\u9fff]/);
	}
});

test('after a kill, an entry typed on top of a save that never reached the file is based on the file’s version (applied in place, not a 冲突副本)', () => {
	const folder = new FakeFolder();
	const entry = { baseRevision: 7, at: 5, draft: journalDraft('存进内存、没进文件之后又打的字') as never };
	const stale = { baseRevision: 2, at: 5, draft: { ...journalDraft('更早的'), id: 'draft-old' } as never };
	const journal = new FolderJournal(folder, [entry, stale], () => {}, undefined, new Map([['draft-j', 5], ['draft-old', 4]]));
	expect(journal.read('draft-j')?.baseRevision).toBe(5);
	// Based on an older revision than the file's: left as it is (the draft page decides).
	expect(journal.read('draft-old')?.baseRevision).toBe(2);
});
