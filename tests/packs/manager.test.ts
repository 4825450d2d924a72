import 'fake-indexeddb/auto';
import Dexie, { type EntityTable } from 'dexie';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { PackManager, draftSectionsFrom, type ManagerDeps } from '$lib/state/pack-manager.svelte';
import type { StoredPack } from '$lib/packs/repository';
import { builtinPacks, exportPackJson, validatePackValue } from '$lib/packs';
import { validPack } from './hostile-cases';

class TestDb extends Dexie {
	packs!: EntityTable<StoredPack, 'id'>;
	constructor(name: string) {
		super(name);
		this.version(1).stores({ packs: 'id' });
	}
}

let db: TestDb;
let n = 0;
let downloads: { fileName: string; text: string }[];
let drafts: Parameters<ManagerDeps['createDraft']>[0][];
let opened: string[];
let answer: boolean;

function manager(): PackManager {
	return new PackManager({
		table: () => db.packs,
		createDraft: async (input) => {
			drafts.push(input);
			return `draft-${drafts.length}`;
		},
		openDraft: (id) => opened.push(id),
		download: (fileName, text) => downloads.push({ fileName, text }),
		confirm: () => answer
	});
}

function file(text: string, name = 'pack.json'): File {
	return new File([text], name, { type: 'application/json' });
}

beforeEach(() => {
	db = new TestDb(`manager-${n++}`);
	downloads = [];
	drafts = [];
	opened = [];
	answer = true;
});
afterEach(() => db.delete());

const testPack = (version: string) => {
	const r = validatePackValue({ ...validPack(), version });
	if (!r.ok) throw new Error();
	return r.pack;
};

describe('pack manager state', () => {
	test('lists built-ins; imports a new pack straight away and selects it', async () => {
		const m = manager();
		await m.refresh();
		expect(m.entries.length).toBe(builtinPacks().length);
		await m.importFile(file(exportPackJson(testPack('1.0.0'))));
		expect(m.pending).toBeNull();
		expect(m.selected?.pack.id).toBe('test-pack');
		expect(m.notice).toContain('已导入');
	});

	test('a refused file shows its problems and stores nothing', async () => {
		const m = manager();
		await m.importFile(file('{"type":"gaojiang-template-pack","schemaVersion":2,"id":"a b"}', 'bad.json'));
		expect(m.refusal?.fileName).toBe('bad.json');
		expect(m.refusal?.problems.map((p) => p.path)).toContain('$.id');
		expect(await db.packs.count()).toBe(0);
	});

	test('a conflict waits for a decision; cancel changes nothing', async () => {
		const m = manager();
		await m.importFile(file(exportPackJson(testPack('1.0.0'))));
		await m.importFile(file(exportPackJson(testPack('1.0.0'))));
		expect(m.pending?.prepared.decisions).toEqual(['replace', 'keep-both', 'cancel']);
		await m.decide('cancel');
		expect(m.pending).toBeNull();
		expect(await db.packs.count()).toBe(1);
		await m.importFile(file(exportPackJson(testPack('2.0.0'))));
		expect(m.pending?.prepared.situation.kind).toBe('newer');
		await m.decide('upgrade');
		expect((await db.packs.get('test-pack'))?.version).toBe('2.0.0');
	});

	test('export downloads the same JSON; start draft creates sections from the pack', async () => {
		const m = manager();
		await m.refresh();
		const park = builtinPacks().find((p) => p.id === 'park-annual-summary')!;
		m.exportPack(park);
		expect(downloads).toEqual([{ fileName: `park-annual-summary-${park.version}.json`, text: exportPackJson(park) }]);
		await m.startDraft(park);
		expect(drafts[0]).toMatchObject({ title: park.name, packId: park.id, sections: draftSectionsFrom(park) });
		expect(drafts[0]!.sections.map((s) => s.kind)).toEqual(park.sections.map((s) => s.plugin));
		expect(opened).toEqual(['draft-1']);
	});

	test('duplicate opens an editor; saving validates; delete asks first', async () => {
		const m = manager();
		await m.refresh();
		const builtin = builtinPacks()[0]!;
		await m.duplicate(builtin);
		const copyId = `${builtin.id}-2`;
		expect(m.editing?.id).toBe(copyId);
		m.editing!.text = m.editing!.text.replace(`"version": "${builtin.version}"`, '"version": "oops"');
		await m.saveEditing();
		expect(m.editing?.problems.map((p) => p.path)).toEqual(['$.version']);
		m.editing!.text = m.editing!.text.replace('"version": "oops"', '"version": "9.1.0"');
		await m.saveEditing();
		expect(m.editing).toBeNull();
		expect((await db.packs.get(copyId))?.version).toBe('9.1.0');
		const entry = m.entries.find((e) => e.pack.id === copyId)!;
		answer = false;
		await m.remove(entry);
		expect(await db.packs.get(copyId)).toBeDefined();
		answer = true;
		await m.remove(entry);
		expect(await db.packs.get(copyId)).toBeUndefined();
	});
});
