// Each bad row written straight into IndexedDB (fake-indexeddb), as a bug, a hand edit or a
// half-finished write would leave it: the others are listed and open, the bad one is left as
// it is and listed as damaged, and nothing throws.
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { beforeEach, describe, expect, test } from 'vitest';
import { freshDb } from './helpers';
import {
	createDraft,
	getDraft,
	listDamaged,
	listDrafts,
	listSnapshots,
	snapshot,
	deleteDamaged,
	describeDbError,
	DamagedRowError,
	nextRevision,
	REVISION_BOUND,
	GaojiangDb,
	useDatabase,
	saveDraft,
	db,
	type GaojiangDb as Db
} from '../../src/lib/db';
import { SCHEMA_V1 } from '../../src/lib/db/schema';
import type { Draft } from '../../src/lib/model';
import { buildBackup, parseBackupText, restoreBackup } from '../../src/lib/backup';
import { listPacks, findPack } from '../../src/lib/packs/repository';
import { builtinPacks } from '../../src/lib/packs';
import { parseRescue } from '../../src/lib/state/rescue';
import { validPack } from '../packs/hostile-cases';

let database: Db;
beforeEach(() => {
	database = freshDb();
});

async function twoGood() {
	const a = await createDraft({ title: '好稿一', sections: [{ kind: 'free', title: '正文', body: '第一篇的文字。' }] });
	const b = await createDraft({ title: '好稿二', sections: [{ kind: 'free', title: '正文', body: '第二篇的文字。' }] });
	return [a, b];
}

const base = { title: '坏稿', year: null, packId: null, createdAt: 1, updatedAt: 2, revision: 1, deletedAt: null };
const badDrafts: Array<[string, Record<string, unknown>]> = [
	['sections a string', { ...base, id: 'bad', sections: '正文' }],
	['sections [null]', { ...base, id: 'bad', sections: [null] }],
	['a section without body', { ...base, id: 'bad', sections: [{ id: 's', kind: 'free', title: '正文' }] }],
	['updatedAt missing', { ...base, id: 'bad', updatedAt: undefined, sections: [] }],
	['revision a string', { ...base, id: 'bad', revision: '7', sections: [] }],
	['title an object', { ...base, id: 'bad', title: { zh: '标题' }, sections: [] }]
];

describe('a damaged draft row', () => {
	for (const [name, row] of badDrafts) {
		test(`${name}: the others are listed and open, the bad one is quarantined`, async () => {
			const good = await twoGood();
			await database.drafts.put(row as never);
			const listed = await listDrafts();
			expect(listed.map((d) => d.id).sort()).toEqual(good.map((d) => d.id).sort());
			for (const d of good) expect((await getDraft(d.id))?.title).toBe(d.title);
			const err = await getDraft('bad').catch((e: unknown) => e);
			expect(err).toBeInstanceOf(DamagedRowError);
			expect(describeDbError(err)).toMatch(/已损坏/);
			const damaged = await listDamaged();
			expect(damaged).toHaveLength(1);
			expect(damaged[0]).toMatchObject({ table: 'drafts', key: 'bad' });
			expect(damaged[0]!.raw).toEqual(JSON.parse(JSON.stringify(row)));
			// The raw row is untouched in the database.
			expect(await database.drafts.get('bad')).toEqual(JSON.parse(JSON.stringify(row)));
		});
	}

	test('a backup of a database holding one carries it raw, and restores everything elsewhere', async () => {
		await twoGood();
		await database.drafts.put(badDrafts[1]![1] as never);
		const text = JSON.stringify(await buildBackup());
		freshDb();
		const r = parseBackupText(text);
		expect(r.ok).toBe(true);
		if (!r.ok) return;
		const summary = await restoreBackup(r.backup);
		expect(summary.added).toBe(2);
		expect(summary.damagedKept).toBe(1);
		expect((await listDrafts()).length).toBe(2);
		expect((await listDamaged()).map((x) => x.key)).toEqual(['bad']);
	});

	test('deleting it (after download) is possible; a healthy row cannot be deleted that way', async () => {
		const [a] = await twoGood();
		await database.drafts.put(badDrafts[0]![1] as never);
		await expect(deleteDamaged('drafts', a!.id)).rejects.toThrow(/没有损坏/);
		await deleteDamaged('drafts', 'bad');
		expect(await listDamaged()).toEqual([]);
		expect((await listDrafts()).length).toBe(2);
	});

	test('two sections with one id are repaired on read, text kept', async () => {
		await database.drafts.put({ ...base, id: 'dup', sections: [{ id: 's', kind: 'free', title: '一', body: '甲' }, { id: 's', kind: 'free', title: '二', body: '乙' }] } as never);
		const d = (await getDraft('dup'))!;
		expect(d.sections.map((s) => s.body)).toEqual(['甲', '乙']);
		expect(d.sections[0]!.id).not.toBe(d.sections[1]!.id);
	});
});

test('one garbage snapshot does not hide the valid ones', async () => {
	const [a] = await twoGood();
	await snapshot(a!.id, 'manual');
	await snapshot(a!.id, 'auto');
	await database.snapshots.put({ id: 'junk', draftId: a!.id, takenAt: 5, reason: 'manual', draft: { sections: 3 } } as never);
	expect((await listSnapshots(a!.id)).length).toBe(2);
	expect((await listDamaged()).map((x) => [x.table, x.key])).toEqual([['snapshots', 'junk']]);
});

describe('damaged pack rows', () => {
	const goodPack = { id: 'test-pack', version: '1.2.0', name: '测试用模板包', pack: validPack(), installedAt: 1, updatedAt: 1 };
	for (const [name, row] of [
		['pack a string', { ...goodPack, id: 'bad-pack', pack: 'x' }],
		['pack content invalid', { ...goodPack, id: 'bad-pack', pack: { ...validPack(), id: 'bad-pack', sections: 'none' } }],
		['updatedAt missing', { ...goodPack, id: 'bad-pack', updatedAt: undefined, pack: { ...validPack(), id: 'bad-pack' } }]
	] as const) {
		test(`${name}: the good pack and every built-in still listed, the bad one listed as damaged`, async () => {
			await database.packs.put(goodPack);
			await database.packs.put(row as never);
			const entries = await listPacks(db().packs);
			const ids = entries.map((e) => e.pack.id);
			expect(new Set(ids).size).toBe(ids.length);
			expect(ids).toContain('test-pack');
			for (const b of builtinPacks()) expect(ids).toContain(b.id);
			expect(await findPack(db().packs, 'test-pack')).toBeDefined();
			expect((await listDamaged()).some((x) => x.table === 'packs' && x.key === 'bad-pack')).toBe(true);
		});
	}
});

describe('revision arithmetic', () => {
	test('the next revision always differs, for any stored value', () => {
		for (const r of [0, 1, 41, REVISION_BOUND - 1, REVISION_BOUND, 2 ** 53, 2 ** 53 + 2, 1e308, -1, 1.5, NaN, Infinity]) {
			const n = nextRevision(r);
			expect(Number.isSafeInteger(n)).toBe(true);
			expect(n).not.toBe(r);
		}
		expect(nextRevision(7)).toBe(8);
	});

	test('a stored draft at revision 2^53 saves, and a stale second tab is refused (not silently lost)', async () => {
		await database.drafts.put({ ...base, id: 'big', revision: 2 ** 53, sections: [] } as never);
		const d = (await getDraft('big'))!;
		const first = await saveDraft({ ...d, title: '第一个标签页' }, d.revision);
		expect(first.ok).toBe(true);
		const second = await saveDraft({ ...d, title: '第二个标签页' }, d.revision);
		expect(second.ok).toBe(false);
		expect((await getDraft('big'))!.title).toBe('第一个标签页');
	});
});

describe('rescue records', () => {
	const draft = { ...base, id: 'd', sections: [{ id: 's', kind: 'free', title: '正文', body: '救回的字' }] };
	test('a well-formed one is read', () => {
		expect(parseRescue(JSON.stringify({ baseRevision: 1, draft, at: 5 }), 'd')?.draft.sections[0]!.body).toBe('救回的字');
	});
	for (const [name, value] of [
		['not JSON', '{'],
		['sections missing', JSON.stringify({ baseRevision: 1, draft: { ...draft, sections: undefined }, at: 5 })],
		['year, pack and sections missing (title only)', JSON.stringify({ baseRevision: 1, draft: { id: 'd', title: '只有标题' }, at: 5 })],
		['a section null', JSON.stringify({ baseRevision: 1, draft: { ...draft, sections: [null] }, at: 5 })],
		['another draft’s id', JSON.stringify({ baseRevision: 1, draft: { ...draft, id: 'other' }, at: 5 })],
		['baseRevision a string', JSON.stringify({ baseRevision: '1', draft, at: 5 })],
		['no time', JSON.stringify({ baseRevision: 1, draft })]
	] as const) {
		test(`${name}: never applied`, () => {
			expect(parseRescue(value, 'd')).toBeNull();
		});
	}
});

describe('a database written by a newer gaojiang', () => {
	test('is recognised after open and refuses every write with a Chinese message, reads still work', async () => {
		const name = `gaojiang-newer-ro-${Date.now()}`;
		const newer = new Dexie(name);
		newer.version(3).stores({ drafts: 'id, updatedAt, deletedAt, packId', snapshots: 'id, draftId, [draftId+takenAt], takenAt', packs: 'id, name, updatedAt', settings: 'key', extra: 'id' });
		await newer.open();
		await newer.table('drafts').add({ ...base, id: 'n', title: '新版写的', sections: [] });
		newer.close();
		const ours = new GaojiangDb(name);
		useDatabase(ours);
		await ours.open();
		expect(ours.isNewerThanApp()).toBe(true);
		ours.readOnly = true;
		expect((await listDrafts()).map((d) => d.title)).toEqual(['新版写的']);
		const err = await createDraft({ title: '不该写入' }).catch((e: unknown) => e);
		expect(describeDbError(err)).toMatch(/只能查看/);
		ours.readOnly = false;
		expect((await listDrafts()).length).toBe(1);
	});

	test('our own database is not newer', async () => {
		await database.open();
		expect(database.isNewerThanApp()).toBe(false);
	});
});

test('v1 text of another type is kept as its JSON, not turned into ""', async () => {
	const name = `gaojiang-v1-types-${Date.now()}`;
	const old = new Dexie(name);
	old.version(1).stores(SCHEMA_V1);
	await old.table('drafts').bulkAdd([
		{ id: 'n', title: '数字', content: 12345, createdAt: 1, updatedAt: 2 },
		{ id: 'o', title: '对象', content: { text: '嵌套的文字' }, createdAt: 1, updatedAt: 3 }
	]);
	old.close();
	const d = new GaojiangDb(name);
	useDatabase(d);
	const bodies = (await listDrafts()).map((x) => x.sections[0]!.body);
	expect(bodies).toEqual(['{"text":"嵌套的文字"}', '12345']);
});

describe('storage errors in Chinese', () => {
	const cases: Array<[string, unknown, RegExp]> = [
		['full disk (Chromium DataError)', new Dexie.DataError('Failed to write blobs'), /存储空间已满/],
		['full disk wrapped', new Dexie.AbortError('Transaction aborted', new DOMException('Failed to write blobs', 'DataError')), /存储空间已满/],
		['quota', new DOMException('x', 'QuotaExceededError'), /存储空间已满/],
		['unknown', new DOMException('Internal error', 'UnknownError'), /内部错误/],
		['abort', new Dexie.AbortError('aborted'), /中断/],
		['timeout', new Dexie.TimeoutError('slow'), /超时/],
		['constraint', new Dexie.ConstraintError('Key already exists'), /冲突/],
		['clone', new DOMException('could not be cloned', 'DataCloneError'), /无法写入/],
		['inactive', new Dexie.TransactionInactiveError('inactive'), /中断/],
		['closed', new Dexie.DatabaseClosedError('closed'), /刷新页面/],
		['version', new Dexie.VersionError('newer'), /更新版本/],
		['something else', new TypeError('x is undefined'), /意外错误/]
	];
	for (const [name, e, pattern] of cases) {
		test(name, () => {
			const text = describeDbError(e);
			expect(text).toMatch(pattern);
			expect(text).not.toMatch(/Failed|Error|aborted|undefined/);
		});
	}
});

test('a field this version does not know is kept through a read and a save, not stripped', async () => {
	await database.drafts.put({ ...base, id: 'future', sections: [{ id: 's', kind: 'free', title: '正文', body: '字', note: '新版本的批注' }], tags: ['新版本'] } as never);
	const d = (await getDraft('future'))! as unknown as Record<string, unknown>;
	expect(d.tags).toEqual(['新版本']);
	const saved = await saveDraft({ ...(d as unknown as Draft), title: '改名' }, 1);
	expect(saved.ok).toBe(true);
	const raw = (await database.drafts.get('future')) as unknown as { tags: string[]; sections: Array<{ note: string }> };
	expect(raw.tags).toEqual(['新版本']);
	expect(raw.sections[0]!.note).toBe('新版本的批注');
});
