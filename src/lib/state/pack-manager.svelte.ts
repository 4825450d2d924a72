/**
 * State of the pack manager page: the list, the selected pack, an import waiting for the
 * writer's decision, refusals and notices. Storage and draft creation are injected so the
 * page wires the app's database and tests can wire their own.
 */
import { managerMessages as t } from '$lib/messages/packs';
import type { Section } from '$lib/model';
import { LIMITS } from '$lib/packs/limits';
import { draftSectionsFrom } from '$lib/packs/from-draft';
import { exportPackJson, packFileName } from '$lib/packs/transfer';
import {
	applyImport,
	deletePack,
	duplicatePack,
	findPack,
	listPacks,
	prepareImport,
	savePack,
	type PackEntry,
	type PackTable,
	type PreparedImport
} from '$lib/packs/repository';
import { blankForm } from '$lib/packs/form-model';
import { diffPacks, type PackDiff } from '$lib/packs/diff';
import { PackFormState } from './pack-form.svelte';
import type { ImportDecision } from '$lib/packs/conflict';
import type { PackProblem, TemplatePack } from '$lib/packs/types';

/** What the manager needs from the rest of the app. */
export interface ManagerDeps {
	table: () => PackTable;
	/** Creates a draft and returns its id. */
	createDraft: (input: { title: string; year: number | null; packId: string; sections: Omit<Section, 'id'>[] }) => Promise<string>;
	/** Opens a created draft. */
	openDraft: (id: string) => void;
	/** Offers text as a file download. */
	download: (fileName: string, text: string) => void;
	confirm: (question: string) => boolean;
}

export { draftSectionsFrom };

function randomHex(): string {
	const bytes = new Uint8Array(4);
	crypto.getRandomValues(bytes);
	return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

export class PackManager {
	entries = $state<PackEntry[]>([]);
	selectedId = $state<string | null>(null);
	/** An import that conflicts with an installed pack, waiting for a decision. */
	pending = $state<{ prepared: Extract<PreparedImport, { ok: true }>; fileName: string; diff: PackDiff | null } | null>(null);
	refusal = $state<{ fileName: string; problems: PackProblem[] } | null>(null);
	notice = $state('');
	busy = $state(false);
	/** The pack being edited in the form editor (a new one, or an installed one). */
	editing = $state<PackFormState | null>(null);
	/** Set when saving was refused: the form shows where. */
	saveRefused = $state(false);

	selected = $derived(this.entries.find((e) => e.pack.id === this.selectedId) ?? this.entries[0] ?? null);

	constructor(private deps: ManagerDeps) {}

	async refresh(): Promise<void> {
		this.entries = await listPacks(this.deps.table());
	}

	select(id: string): void {
		this.selectedId = id;
	}

	private reset(): void {
		this.refusal = null;
		this.notice = '';
		this.pending = null;
	}

	/** Reads and validates a file; installs it when new, otherwise waits for a decision. */
	async importFile(file: File): Promise<void> {
		this.reset();
		if (file.size > LIMITS.fileChars * 4) {
			this.refusal = { fileName: file.name, problems: [{ path: '$', message: t.tooBig }] };
			return;
		}
		this.busy = true;
		try {
			const bytes = new Uint8Array(await file.arrayBuffer());
			const prepared = await prepareImport(this.deps.table(), bytes);
			if (!prepared.ok) {
				this.refusal = { fileName: file.name, problems: prepared.problems };
				return;
			}
			if (prepared.situation.kind === 'new') await this.finish(prepared, 'install');
			else {
				// What the incoming version changes against the one installed, shown before deciding.
				const installed = await findPack(this.deps.table(), prepared.pack.id);
				this.pending = { prepared, fileName: file.name, diff: installed ? diffPacks(installed, prepared.pack) : null };
			}
		} catch (e) {
			this.notice = t.dbError(e instanceof Error ? e.message : String(e));
		} finally {
			this.busy = false;
		}
	}

	/** The writer's answer to a pending conflict. */
	async decide(decision: ImportDecision): Promise<void> {
		const pending = this.pending;
		if (!pending) return;
		this.pending = null;
		if (decision === 'cancel') {
			this.notice = t.cancelled;
			return;
		}
		await this.finish(pending.prepared, decision);
	}

	private async finish(prepared: Extract<PreparedImport, { ok: true }>, decision: ImportDecision | 'install'): Promise<void> {
		const id = await applyImport(this.deps.table(), prepared, decision, t.copySuffix);
		await this.refresh();
		if (id) {
			this.selectedId = id;
			const name = this.entries.find((e) => e.pack.id === id)?.pack.name ?? prepared.pack.name;
			this.notice = t.imported(name) + (prepared.migratedFrom ? t.migrated(prepared.migratedFrom) : '');
		}
	}

	exportPack(pack: TemplatePack): void {
		this.deps.download(packFileName(pack), exportPackJson(pack));
	}

	async duplicate(pack: TemplatePack): Promise<void> {
		this.reset();
		const copy = await duplicatePack(this.deps.table(), $state.snapshot(pack) as TemplatePack, t.copySuffix);
		await this.refresh();
		this.selectedId = copy.id;
		this.notice = t.duplicated(copy.name);
		this.startEditing(copy);
	}

	async remove(entry: PackEntry): Promise<void> {
		if (entry.source !== 'installed') return;
		if (!this.deps.confirm(t.removeConfirm(entry.pack.name))) return;
		this.reset();
		await deletePack(this.deps.table(), entry.pack.id);
		await this.refresh();
		this.notice = t.removed(entry.pack.name);
	}

	async startDraft(pack: TemplatePack): Promise<void> {
		const id = await this.deps.createDraft({
			title: t.draftTitle(pack.name),
			year: null,
			packId: pack.id,
			sections: draftSectionsFrom(pack)
		});
		this.deps.openDraft(id);
	}

	/** Ids a new pack may not take: every pack listed (installed and built-in). */
	private takenIds(except?: string): Set<string> {
		return new Set(this.entries.map((e) => e.pack.id).filter((id) => id !== except));
	}

	startEditing(pack: TemplatePack): void {
		this.reset();
		this.saveRefused = false;
		this.editing = PackFormState.editing($state.snapshot(pack) as TemplatePack, this.takenIds(pack.id));
	}

	/** Opens the form editor on a new, empty pack. */
	startNew(): void {
		this.reset();
		this.saveRefused = false;
		const taken = this.takenIds();
		let id = `mine-${randomHex()}`;
		while (taken.has(id)) id = `mine-${randomHex()}`;
		this.editing = new PackFormState(blankForm(id), { isNew: true, taken });
	}

	/** Saves the edited pack after the same validation an import gets; an edited pack keeps its id. */
	async saveEditing(): Promise<void> {
		const editing = this.editing;
		if (!editing) return;
		const r = editing.result();
		if (!r.ok) {
			this.saveRefused = true;
			return;
		}
		await savePack(this.deps.table(), r.pack);
		await this.refresh();
		this.editing = null;
		this.saveRefused = false;
		this.selectedId = r.pack.id;
		this.notice = t.saved;
	}
}
