import 'fake-indexeddb/auto';
import Dexie, { type EntityTable } from 'dexie';
import { beforeEach, expect, test } from 'vitest';
import { PackGallery, type GalleryDeps } from '$lib/state/pack-gallery.svelte';
import { draftSectionsFrom } from '$lib/state/pack-manager.svelte';
import type { StoredPack } from '$lib/packs/repository';
import { builtinPacks } from '$lib/packs';

class TestDb extends Dexie {
	packs!: EntityTable<StoredPack, 'id'>;
	constructor(name: string) {
		super(name);
		this.version(1).stores({ packs: 'id' });
	}
}

let n = 0;
let db: TestDb;
let drafts: Parameters<GalleryDeps['createDraft']>[0][];
let opened: string[];

beforeEach(() => {
	db = new TestDb(`gallery-${n++}`);
	drafts = [];
	opened = [];
});

function gallery(): PackGallery {
	return new PackGallery({
		table: () => db.packs,
		createDraft: async (input) => {
			drafts.push(input);
			return `draft-${drafts.length}`;
		},
		openDraft: (id) => opened.push(id),
		year: () => 2026
	});
}

test('lists every pack, the first chosen; the title follows the choice until the writer types one', async () => {
	const g = gallery();
	await g.refresh();
	const names = builtinPacks().map((p) => p.name);
	expect(g.entries.map((e) => e.pack.name)).toEqual([...names].sort(new Intl.Collator('zh-Hans-CN').compare));
	const at = (name: string) => g.entries.findIndex((e) => e.pack.name === name);
	expect(at('企业年度工作总结')).toBeLessThan(at('述职报告'));
	expect(at('述职报告')).toBeLessThan(at('乡镇年度工作总结'));
	expect(g.selected?.pack.id).toBe(g.entries[0]!.pack.id);
	expect(g.title).toBe(g.entries[0]!.pack.name);
	g.select('hospital-annual-summary');
	expect(g.title).toBe('医院年度工作总结');
	expect(g.preview.map((s) => s.title)).toEqual(builtinPacks().find((p) => p.id === 'hospital-annual-summary')!.sections.map((s) => s.title));
	g.setTitle('城东医院2026年工作总结');
	g.select('school-annual-summary');
	expect(g.title).toBe('城东医院2026年工作总结');
});

test('the filter finds packs by name, description or section title; the choice moves into what is shown', async () => {
	const g = gallery();
	await g.refresh();
	g.select('hospital-annual-summary');
	g.filter = '述职';
	expect(g.shown.length).toBeGreaterThan(0);
	expect(g.shown.every((e) => `${e.pack.name}${e.pack.description}${e.pack.sections.map((s) => s.title).join('')}`.includes('述职'))).toBe(true);
	expect(g.selected && g.shown.includes(g.selected)).toBe(true);
	g.filter = '门急诊不存在的词';
	expect(g.shown).toEqual([]);
	expect(g.selected).toBeNull();
});

test('start creates the draft from the chosen pack with its title and opens it', async () => {
	const g = gallery();
	await g.refresh();
	g.select('township-annual-summary');
	g.setTitle('青禾镇2026年工作总结');
	await g.start();
	const pack = builtinPacks().find((p) => p.id === 'township-annual-summary')!;
	expect(drafts).toEqual([{ title: '青禾镇2026年工作总结', packId: pack.id, sections: draftSectionsFrom(pack) }]);
	expect(opened).toEqual(['draft-1']);
});
