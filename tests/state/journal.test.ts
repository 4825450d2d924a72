import 'fake-indexeddb/auto';
import { afterEach, expect, test } from 'vitest';
import { clearJournal, JOURNAL_DB, prepareJournal, readJournal, writeJournal } from '../../src/lib/state/journal';
import type { Draft } from '../../src/lib/model';

let n = 0;
function draft(sections: Array<[string, string]>, extra: Partial<Draft> = {}): Draft {
	return {
		id: `journal-${++n}`,
		title: '二〇二六年工作总结',
		year: 2026,
		packId: null,
		sections: sections.map(([id, body]) => ({ id, kind: 'free', title: `第${id}节`, body })),
		createdAt: 1,
		updatedAt: 1,
		revision: 3,
		deletedAt: null,
		...extra
	};
}

/** Every value the journal holds, as the strings it stored. */
async function rawEntries(): Promise<Array<{ key: IDBValidKey; value: string }>> {
	const db = await new Promise<IDBDatabase>((resolve, reject) => {
		const req = indexedDB.open(JOURNAL_DB, 1);
		req.onsuccess = () => resolve(req.result);
		req.onerror = () => reject(req.error);
	});
	const store = db.transaction('edits', 'readonly').objectStore('edits');
	const get = <T>(r: IDBRequest<T>) => new Promise<T>((res) => (r.onsuccess = () => res(r.result)));
	const [keys, values] = await Promise.all([get(store.getAllKeys()), get(store.getAll())]);
	db.close();
	return keys.map((key, i) => ({ key, value: values[i] as string }));
}

/** Waits until the journal's writes have landed (fake-indexeddb commits asynchronously). */
async function settled(): Promise<void> {
	for (let i = 0; i < 5; i++) await new Promise((r) => setTimeout(r, 0));
}

afterEach(async () => {
	await settled();
});

test('a keystroke writes the head and the one section it changed, not the whole draft', async () => {
	await prepareJournal();
	const big = '园区全年完成固定资产投资十二亿元。'.repeat(2000);
	const d = draft([
		['a', big],
		['b', '第二节'],
		['c', big]
	], { source: { fileName: '范文.txt', text: big.repeat(3), importedAt: 1 } });
	writeJournal(3, d);
	await settled();
	const first = (await rawEntries()).filter((e) => Array.isArray(e.key) && e.key[0] === d.id);
	expect(first).toHaveLength(4); // head + three sections

	d.sections[1]!.body = '第二节，改了一个字';
	const before = new Map(first.map((e) => [JSON.stringify(e.key), e.value]));
	writeJournal(3, d);
	await settled();
	const after = (await rawEntries()).filter((e) => Array.isArray(e.key) && e.key[0] === d.id);
	const rewritten = after.filter((e) => before.get(JSON.stringify(e.key)) !== e.value).map((e) => (e.key as string[])[2]);
	expect(rewritten.sort()).toEqual(['', 'b']); // the head ('' sorts first) and section b
	// The 范文 is never in the journal: typing does not change it.
	expect(after.some((e) => e.value.includes('importedAt'))).toBe(false);

	const back = await readJournal(d.id);
	expect(back?.draft.sections.map((s) => s.body)).toEqual([big, '第二节，改了一个字', big]);
	expect(back?.baseRevision).toBe(3);
});

test('sections added, removed and reordered read back in the order of the last write', async () => {
	await prepareJournal();
	const d = draft([
		['a', '一'],
		['b', '二'],
		['c', '三']
	]);
	writeJournal(3, d);
	d.sections = [d.sections[2]!, { id: 'd', kind: 'plan', title: '下一步', body: '四' }, d.sections[0]!];
	writeJournal(3, d);
	await settled();
	const back = await readJournal(d.id);
	expect(back?.draft.sections.map((s) => s.id)).toEqual(['c', 'd', 'a']);
	const keys = (await rawEntries()).filter((e) => Array.isArray(e.key) && e.key[0] === d.id).map((e) => (e.key as string[])[2]);
	expect(keys).not.toContain('b');
});

test('a head whose section is missing, or a garbage row, is not applied', async () => {
	await prepareJournal();
	const d = draft([['a', '正文']]);
	writeJournal(3, d);
	await settled();
	const db = await new Promise<IDBDatabase>((resolve) => {
		const req = indexedDB.open(JOURNAL_DB, 1);
		req.onsuccess = () => resolve(req.result);
	});
	const page = ((await rawEntries()).find((e) => Array.isArray(e.key) && e.key[0] === d.id)!.key as string[])[1]!;
	await new Promise<void>((resolve) => {
		const tx = db.transaction('edits', 'readwrite');
		tx.objectStore('edits').put('{"not": "a section"', [d.id, page, 'a']);
		tx.oncomplete = () => resolve();
	});
	db.close();
	expect(await readJournal(d.id)).toBeNull();
});

test('clearing forgets every entry of the draft, and the next edit writes every section again', async () => {
	await prepareJournal();
	const d = draft([
		['a', '甲'],
		['b', '乙']
	]);
	const other = draft([['a', '别的草稿']]);
	writeJournal(3, d);
	writeJournal(5, other);
	clearJournal(d.id);
	await settled();
	expect(await readJournal(d.id)).toBeNull();
	expect((await readJournal(other.id))?.draft.sections[0]?.body).toBe('别的草稿');
	d.sections[0]!.body = '甲改';
	writeJournal(4, d);
	await settled();
	const back = await readJournal(d.id);
	expect(back?.draft.sections.map((s) => s.body)).toEqual(['甲改', '乙']);
	expect(back?.baseRevision).toBe(4);
});

test('an entry of the older whole-draft format is still read', async () => {
	await prepareJournal();
	const d = draft([['a', '旧格式的日志']]);
	const db = await new Promise<IDBDatabase>((resolve) => {
		const req = indexedDB.open(JOURNAL_DB, 1);
		req.onsuccess = () => resolve(req.result);
	});
	await new Promise<void>((resolve) => {
		const tx = db.transaction('edits', 'readwrite');
		tx.objectStore('edits').put(JSON.stringify({ baseRevision: 2, draft: d, at: 10 }), d.id);
		tx.oncomplete = () => resolve();
	});
	db.close();
	expect((await readJournal(d.id))?.draft.sections[0]?.body).toBe('旧格式的日志');
});
