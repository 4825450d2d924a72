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
		const newer = testPack('2.0.0');
		newer.sections.push({ plugin: 'plan', title: '四、明年打算' });
		await m.importFile(file(exportPackJson(newer)));
		expect(m.pending?.prepared.situation.kind).toBe('newer');
		expect(m.pending?.diff?.sectionsAdded).toEqual(['四、明年打算']);
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

	test('the JSON tab: edits are checked as an import is; the id of an existing pack stays', async () => {
		const m = manager();
		await m.refresh();
		const builtin = builtinPacks()[0]!;
		await m.duplicate(builtin);
		const e = m.editing!;
		e.showJson();
		e.setJson(e.json.replace('"plugin": "plan"', '"plugin": "rocket"'));
		expect(e.jsonProblems.map((p) => p.path)).toEqual([expect.stringMatching(/^\$\.sections\[\d+\]\.plugin$/)]);
		expect(e.showForm()).toBe(false);
		e.setJson(e.json.replace('"plugin": "rocket"', '"plugin": "plan"').replace(`"id": "${builtin.id}-2"`, '"id": "other-id"'));
		expect(e.jsonProblems.map((p) => p.path)).toEqual(['$.id']);
		e.setJson(e.json.replace('"id": "other-id"', `"id": "${builtin.id}-2"`).replace(/"name": "[^"]*"/, '"name": "改过的名字"'));
		expect(e.showForm()).toBe(true);
		expect(e.form.name).toBe('改过的名字');
		await m.saveEditing();
		expect(m.editing).toBeNull();
		expect(m.entries.find((x) => x.pack.id === `${builtin.id}-2`)?.pack.name).toBe('改过的名字');
	});

	test('a new pack from scratch: every problem at once, the id must be free, then saved and started', async () => {
		const m = manager();
		await m.refresh();
		m.startNew();
		const e = m.editing!;
		expect(e.isNew).toBe(true);
		expect(e.problems.map((p) => p.path)).toEqual(['$.name', '$.sections[0].title']);
		e.form.id = builtinPacks()[0]!.id;
		expect(e.problems.map((p) => p.path)).toContain('$.id');
		e.form.id = 'our-office';
		e.form.name = '我们科室的总结';
		e.form.sections[0]!.title = '一、总体情况';
		e.insertSlot(0, 0, 'year');
		e.form.sections[0]!.main.text += '，我们完成了各项工作。';
		expect(e.problems).toEqual([]);
		await m.saveEditing();
		const saved = m.entries.find((x) => x.pack.id === 'our-office')!.pack;
		expect(saved.sections[0]).toMatchObject({ skeleton: '____，我们完成了各项工作。', slots: [{ kind: 'year', label: '年份', unit: '年' }] });
		await m.startDraft(saved);
		expect(drafts[0]?.sections[0]?.body).toBe('____，我们完成了各项工作。');
	});

	test('duplicate opens an editor; saving validates; delete asks first', async () => {
		const m = manager();
		await m.refresh();
		const builtin = builtinPacks()[0]!;
		await m.duplicate(builtin);
		const copyId = `${builtin.id}-2`;
		expect(m.editing?.form.id).toBe(copyId);
		m.editing!.form.version = 'oops';
		expect(m.editing?.problems.map((p) => p.path)).toEqual(['$.version']);
		await m.saveEditing();
		expect(m.saveRefused).toBe(true);
		expect(await db.packs.get(copyId).then((r) => r?.version)).toBe(builtin.version);
		m.editing!.form.version = '9.1.0';
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
