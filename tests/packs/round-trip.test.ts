import 'fake-indexeddb/auto';
import Dexie, { type EntityTable } from 'dexie';
import { afterEach, describe, expect, test } from 'vitest';
import { DraftChecker, openBlanks } from '$lib/checking';
import { findPack, type StoredPack } from '$lib/packs/repository';
import { draftSectionsFrom } from '$lib/packs/from-draft';
import type { Section } from '$lib/model';
import type { TemplatePack } from '$lib/packs/types';
import { FromDraftFlow, type FromDraftDeps } from '$lib/state/from-draft.svelte';
import { PackManager } from '$lib/state/pack-manager.svelte';
import { ownReport, ownReportFigures } from './own-report';

/** One browser profile: its own packs table and the drafts it creates. */
class Profile extends Dexie {
	packs!: EntityTable<StoredPack, 'id'>;
	drafts: { title: string; year: number | null; packId: string; sections: Omit<Section, 'id'>[] }[] = [];
	opened: string[] = [];
	downloads: { fileName: string; text: string }[] = [];
	constructor(name: string) {
		super(name);
		this.version(1).stores({ packs: 'id' });
	}
	flowDeps(): FromDraftDeps {
		return {
			table: () => this.packs,
			findPack: (id) => findPack(this.packs, id),
			createDraft: async (input) => {
				this.drafts.push(input);
				return `draft-${this.drafts.length}`;
			},
			openDraft: (id) => this.opened.push(id),
			newId: () => 'ab12cd34ef56ab78cd90'
		};
	}
	manager(): PackManager {
		return new PackManager({
			table: () => this.packs,
			createDraft: async (input) => {
				this.drafts.push(input);
				return `draft-${this.drafts.length}`;
			},
			openDraft: (id) => this.opened.push(id),
			download: (fileName, text) => this.downloads.push({ fileName, text }),
			confirm: () => true
		});
	}
}

let n = 0;
const profiles: Profile[] = [];
function profile(): Profile {
	const p = new Profile(`round-trip-${n++}`);
	profiles.push(p);
	return p;
}
afterEach(async () => {
	for (const p of profiles.splice(0)) await p.delete();
});

const draft = { ...ownReport, id: '0f3a9c2e7b1d4e5f8a6b9c0d1e2f3a4b', packId: null };

/** The slots a draft's checker finds, section by section: label, unit, kind, hint. */
function slotsOf(pack: TemplatePack, sections: Omit<Section, 'id'>[], year: number | null) {
	const withIds = sections.map((s, i) => ({ ...s, id: `s${i}` }));
	const report = new DraftChecker({ pack, year }).check({ title: 't', sections: withIds });
	return openBlanks(report, new Set()).map((b) => [b.place, b.finding.from, b.finding.blank?.label, b.finding.blank?.unit, b.finding.blank?.valueKind, b.finding.blank?.hint]);
}

describe('存为模板包 → export → import on a fresh profile → new draft', () => {
	test('the same sections and slots', async () => {
		const home = profile();
		const flow = new FromDraftFlow(draft, 'template', home.flowDeps());
		flow.author = '综合办';
		await flow.run();
		expect(flow.problems).toEqual([]);
		const saved = flow.saved!;
		expect(await findPack(home.packs, saved.id)).toEqual(saved);

		const homeManager = home.manager();
		await homeManager.refresh();
		homeManager.exportPack(homeManager.entries.find((e) => e.pack.id === saved.id)!.pack);
		const [file] = home.downloads;

		const fresh = profile();
		const freshManager = fresh.manager();
		await freshManager.refresh();
		await freshManager.importFile(new File([file!.text], file!.fileName, { type: 'application/json' }));
		const imported = freshManager.entries.find((e) => e.pack.id === saved.id)!.pack;
		expect(imported).toEqual(saved);
		await freshManager.startDraft(imported);

		const made = fresh.drafts[0]!;
		expect(made.sections.map((s) => [s.kind, s.title])).toEqual(ownReport.sections.map((s) => [s.kind, s.title]));
		expect(made.sections).toEqual(draftSectionsFrom(saved));
		const slotsHome = slotsOf(saved, draftSectionsFrom(saved), null);
		expect(slotsOf(imported, made.sections, null)).toEqual(slotsHome);
		// Every slot of every skeleton is found as a blank, with its hint.
		expect(slotsHome.map((s) => s[5])).toEqual(saved.sections.flatMap((s) => s.slots ?? []).map((s) => s.hint));
	});
});

describe('明年再写 flow', () => {
	test('installs the pack and opens a draft for the next year whose blanks are the figures with hints', async () => {
		const home = profile();
		const flow = new FromDraftFlow(draft, 'next-year', home.flowDeps());
		expect(flow.nextYear).toBe(2026);
		await flow.run();
		expect(flow.problems).toEqual([]);
		expect(home.opened).toEqual(['draft-1']);
		const made = home.drafts[0]!;
		expect(made).toMatchObject({ title: '青禾工业园区2026年工作总结', year: 2026 });
		const pack = (await findPack(home.packs, made.packId))!;
		expect(slotsOf(pack, made.sections, 2026).map((s) => [s[2], s[3], s[5]])).toEqual(ownReportFigures);
	});

	test('keep as is, per site', async () => {
		const home = profile();
		const flow = new FromDraftFlow(draft, 'next-year', home.flowDeps());
		const output = flow.sites.find((s) => s.label === '工业总产值')!;
		flow.setKeep(output, true);
		await flow.run();
		expect(home.drafts[0]!.sections[0]!.body).toContain('工业总产值38.6亿元');
		flow.setKeep(output, false);
		expect(flow.actions[output.id]).toBe('slot');
	});

	test('a draft with no year: years stay, the writer may give one', async () => {
		const home = profile();
		const flow = new FromDraftFlow({ ...draft, title: '园区工作总结', year: null }, 'next-year', home.flowDeps());
		expect(flow.reportYear).toBeNull();
		const y2025 = flow.sites.find((s) => s.value === '2025')!;
		expect(flow.actions[y2025.id]).toBe('keep');
		flow.setReportYear(2025);
		expect(flow.actions[y2025.id]).toBe('advance');
	});

	test('a refused pack (name emptied) saves nothing and says why, next to the field', async () => {
		const home = profile();
		const flow = new FromDraftFlow(draft, 'template', home.flowDeps());
		flow.name = '  ';
		await flow.run();
		expect(flow.problems.map((p) => p.path)).toEqual(['$.name']);
		expect(await home.packs.count()).toBe(0);
	});
});
