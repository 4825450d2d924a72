/**
 * State of the pack gallery (新建稿件 from a template pack): the packs, a filter, the chosen pack,
 * its preview and the new draft's title. Storage and draft creation are injected, as for the
 * pack manager, so tests wire their own.
 */
import { listPacks, type PackEntry, type PackTable } from '$lib/packs/repository';
import { packPreview, type SectionPreview } from '$lib/packs/preview';
import { draftSectionsFrom } from './pack-manager.svelte';
import type { Section } from '$lib/model';

export interface GalleryDeps {
	table: () => PackTable;
	/** Creates a draft and returns its id; without a year the draft takes it from its title. */
	createDraft: (input: { title: string; packId: string; sections: Omit<Section, 'id'>[] }) => Promise<string>;
	openDraft: (id: string) => void;
	/** The report year the previews' examples use (this year, unless the writer said). */
	year: () => number;
}

/** Text a pack is found by: its name, description and section titles. */
function haystack(e: PackEntry): string {
	return [e.pack.name, e.pack.description, ...e.pack.sections.map((s) => s.title)].join(' ');
}

export class PackGallery {
	entries = $state<PackEntry[]>([]);
	loaded = $state(false);
	filter = $state('');
	selectedId = $state<string | null>(null);
	/** The new draft's title; follows the chosen pack's name until the writer types one. */
	title = $state('');
	private titleEdited = false;
	busy = $state(false);

	shown = $derived.by(() => {
		const words = this.filter.trim().split(/\s+/).filter(Boolean);
		return words.length === 0 ? this.entries : this.entries.filter((e) => words.every((w) => haystack(e).includes(w)));
	});
	selected = $derived(this.shown.find((e) => e.pack.id === this.selectedId) ?? this.shown[0] ?? null);
	/** The report year of the previews' examples. */
	year = $state(0);
	preview = $derived<SectionPreview[]>(this.selected ? packPreview(this.selected.pack, this.year) : []);
	private deps: GalleryDeps;

	constructor(deps: GalleryDeps) {
		this.deps = deps;
		this.year = deps.year();
	}

	async refresh(): Promise<void> {
		// By name, in the order a Chinese reader looks things up (拼音), wherever a pack comes from.
		const collator = new Intl.Collator('zh-Hans-CN');
		this.entries = (await listPacks(this.deps.table())).sort((a, b) => collator.compare(a.pack.name, b.pack.name));
		this.loaded = true;
		if (!this.titleEdited) this.title = this.selected?.pack.name ?? '';
	}

	select(id: string): void {
		this.selectedId = id;
		if (!this.titleEdited) this.title = this.entries.find((e) => e.pack.id === id)?.pack.name ?? '';
	}

	setTitle(title: string): void {
		this.title = title;
		this.titleEdited = title.trim() !== '';
	}

	/** Creates the draft from the chosen pack and opens it. */
	async start(): Promise<void> {
		const entry = this.selected;
		if (!entry || this.busy) return;
		this.busy = true;
		try {
			const id = await this.deps.createDraft({
				title: this.title.trim() || entry.pack.name,
				packId: entry.pack.id,
				sections: draftSectionsFrom(entry.pack)
			});
			this.deps.openDraft(id);
		} finally {
			this.busy = false;
		}
	}
}
