/**
 * State of 明年再写 and 存为模板包 for one draft: the sites the writer reviews (each figure and
 * year with what becomes of it), the pack's name and version, and the outcome — an installed
 * pack, and for 明年再写 a new draft for the next year started from it. Storage and navigation
 * are injected (the page wires the app's database; tests wire their own).
 */
import { fromDraftMessages as t } from '$lib/messages/from-draft';
import type { Section } from '$lib/model';
import {
	actionsFor,
	advanceYears,
	defaultActions,
	draftSectionsFrom,
	draftSites,
	packFromDraft,
	reportYearOf,
	type DraftSite,
	type FromDraftMode,
	type SiteAction,
	type SourceDraft
} from '$lib/packs/from-draft';
import { createDraft, db, newId } from '$lib/db';
import { findPack, savePack, type PackTable } from '$lib/packs/repository';
import type { PackProblem, TemplatePack } from '$lib/packs/types';
import { validatePackValue } from '$lib/packs/validate';

/** What the flow needs from the rest of the app. */
export interface FromDraftDeps {
	table: () => PackTable;
	/** The pack the draft was started from, when it has one. */
	findPack: (id: string) => Promise<TemplatePack | undefined>;
	createDraft: (input: { title: string; year: number | null; packId: string; sections: Omit<Section, 'id'>[] }) => Promise<string>;
	openDraft: (id: string) => void;
	/** A fresh random id (hex), for a new pack's id. */
	newId: () => string;
}

/** The draft as the flow reads it. */
export type FlowDraft = SourceDraft & { id: string; packId: string | null };

/** Lower-case letters and digits only, as a pack id allows. */
function idPart(s: string, max: number): string {
	return s.toLowerCase().replace(/[^a-z0-9]/g, '').slice(0, max);
}

export class FromDraftFlow {
	readonly mode: FromDraftMode;
	readonly sites: readonly DraftSite[];
	/** What becomes of each site, by site id. */
	actions = $state<Record<string, SiteAction>>({});
	/** The year the draft reports on; the writer may set it when the draft has none. */
	reportYear = $state<number | null>(null);
	name = $state('');
	author = $state('');
	version = $state('1.0.0');
	description = $state('');
	problems = $state<PackProblem[]>([]);
	busy = $state(false);
	/** After 存为模板包: the pack saved. */
	saved = $state<TemplatePack | null>(null);

	/** The year of the new draft (明年再写), when the report's year is known. */
	nextYear = $derived(this.reportYear === null ? null : this.reportYear + 1);

	constructor(
		private draft: FlowDraft,
		mode: FromDraftMode,
		private deps: FromDraftDeps
	) {
		this.mode = mode;
		this.sites = draftSites(draft);
		this.reportYear = reportYearOf(draft);
		this.actions = defaultActions(this.sites, mode, this.reportYear);
		this.name = mode === 'next-year' ? t.nextYearPackName(draft.title) : draft.title;
		this.description = mode === 'next-year' ? t.nextYearDescription(draft.title) : '';
	}

	/** The choices a site offers. */
	choices(site: DraftSite): SiteAction[] {
		return actionsFor(site);
	}

	/** Sets the report's year again: the years' defaults follow it. */
	setReportYear(year: number | null): void {
		this.reportYear = year;
		const fresh = defaultActions(this.sites, this.mode, year);
		for (const s of this.sites) if (s.kind === 'year') this.actions[s.id] = fresh[s.id]!;
	}

	/** Marks a site kept as it is, or back to its default. */
	setKeep(site: DraftSite, keep: boolean): void {
		this.actions[site.id] = keep ? 'keep' : (actionsFor(site).find((a) => a !== 'keep') ?? 'slot');
	}

	private packId(): string {
		if (this.mode === 'next-year') return `nextyear-${idPart(this.draft.id, 16) || idPart(this.deps.newId(), 16)}-${this.nextYear ?? 'next'}`;
		return `mine-${idPart(this.deps.newId(), 16)}`;
	}

	/** The pack the current choices make, validated as any import is. */
	private async build(): Promise<TemplatePack | null> {
		const source = this.draft.packId ? ((await this.deps.findPack(this.draft.packId)) ?? null) : null;
		const shift = this.mode === 'next-year' && this.reportYear !== null ? 1 : 0;
		const pack = packFromDraft(
			{ ...this.draft, year: this.reportYear },
			{
				mode: this.mode,
				actions: $state.snapshot(this.actions),
				shift,
				source,
				meta: { id: this.packId(), name: this.name.trim(), version: this.version.trim(), author: this.author.trim(), description: this.description.trim() }
			}
		);
		const r = validatePackValue(pack);
		if (!r.ok) {
			this.problems = r.problems;
			return null;
		}
		this.problems = [];
		return r.pack;
	}

	/** Saves the pack; for 明年再写 also creates the next year's draft from it and opens it. */
	async run(): Promise<void> {
		if (this.busy) return;
		this.busy = true;
		try {
			const pack = await this.build();
			if (!pack) return;
			await savePack(this.deps.table(), pack);
			if (this.mode === 'template') {
				this.saved = pack;
				return;
			}
			const id = await this.deps.createDraft({
				title: advanceYears(this.draft.title, this.reportYear, 1),
				year: this.nextYear,
				packId: pack.id,
				sections: draftSectionsFrom(pack)
			});
			this.deps.openDraft(id);
		} finally {
			this.busy = false;
		}
	}
}

/** The flow's dependencies wired to the app's database; `openDraft` navigates to a draft. */
export function appFromDraftDeps(openDraft: (id: string) => void): FromDraftDeps {
	return {
		table: () => db().packs,
		findPack: (id) => findPack(db().packs, id),
		createDraft: async (input) => (await createDraft(input)).id,
		openDraft,
		newId
	};
}
