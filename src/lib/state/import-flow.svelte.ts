/**
 * The import flow's state: a file or paste → the preview (decoding choice, cleaning kinds,
 * samples, section kinds) → drafts. Created per page; the only import code that calls the db.
 */
import { db } from '../db';
import { createDraftWithDefaults } from './preferences.svelte';
import { listPacks } from '../packs/repository';
import type { TemplatePack } from '../packs/types';
import { mapOntoPack } from '../import/pack-map';
import type { Draft, DraftSource, Section, SectionKind } from '../model';
import {
	CHANGE_KINDS,
	clean,
	importMessages as m,
	importText,
	isImportError,
	openFile,
	openPaste,
	type ChangeKind,
	type ImportResult,
	type ImportSource,
	type OpenOptions
} from '../import';

/** What the writer confirmed for one sample. */
export interface SampleChoice {
	title: string;
	year: number | null;
	/** One kind per proposed section (same order). */
	kinds: SectionKind[];
}

async function browserOptions(): Promise<OpenOptions> {
	if (typeof window === 'undefined') return {};
	const { default: DOMPurify } = await import('dompurify');
	return { sanitizeHtml: (h) => DOMPurify.sanitize(h) };
}

export class ImportFlow {
	source = $state<ImportSource | null>(null);
	error = $state('');
	busy = $state(false);
	enabled = $state<ChangeKind[]>([...CHANGE_KINDS]);
	/** Indices of the samples to import. */
	selected = $state<number[]>([]);
	/** The writer's edits by sample index. */
	choices = $state<Record<number, SampleChoice>>({});
	/** Template packs to map the sections onto, and the chosen one (null: the sample's own sections). */
	packs = $state.raw<TemplatePack[]>([]);
	packId = $state<string | null>(null);

	/** Loads the packs the writer can map onto (installed and built-in). */
	async loadPacks(): Promise<void> {
		try {
			this.packs = (await listPacks(db().packs)).map((e) => e.pack);
		} catch {
			this.packs = [];
		}
	}

	result: ImportResult | null = $derived(this.source ? importText(this.source, new Set(this.enabled)) : null);
	/** How many changes each kind would make with every kind on (for the toggles). */
	counts: Record<string, number> = $derived.by(() => {
		const out: Record<string, number> = {};
		if (!this.source) return out;
		for (const c of clean(this.source.text.replace(/\r\n?/g, '\n')).changes) out[c.kind] = (out[c.kind] ?? 0) + 1;
		return out;
	});

	/** Reads a dropped or picked file. */
	async openFile(file: File): Promise<void> {
		this.busy = true;
		this.error = '';
		try {
			const bytes = new Uint8Array(await file.arrayBuffer());
			const r = await openFile(bytes, file.name, await browserOptions());
			if (isImportError(r)) this.#fail(r.message);
			else this.#load(r);
		} catch (e) {
			this.#fail(m.ui.failed(e instanceof Error ? e.message : String(e)));
		} finally {
			this.busy = false;
		}
	}

	/** Takes pasted text (and its text/html when the clipboard has it). */
	async openPaste(text: string, html: string | null): Promise<void> {
		if (!text.trim() && !html) return;
		this.error = '';
		this.#load(openPaste(text, html, await browserOptions()));
	}

	#fail(message: string): void {
		this.source = null;
		this.error = message;
	}

	#load(source: ImportSource): void {
		this.source = source;
		this.enabled = [...CHANGE_KINDS];
		this.choices = {};
		this.selected = this.result && this.result.samples.length ? [0] : [];
	}

	/** Reads the file with another of the close decodings. */
	useDecoding(index: number): void {
		const src = this.source;
		const alt = src?.alternatives[index];
		if (!src || !alt) return;
		const current = { encoding: src.encoding, text: src.text, score: 0 };
		const alternatives = [...src.alternatives];
		alternatives.splice(index, 1, current);
		this.#load({ ...src, encoding: alt.encoding, text: alt.text, alternatives });
	}

	toggleKind(kind: ChangeKind, on: boolean): void {
		this.enabled = on ? CHANGE_KINDS.filter((k) => k === kind || this.enabled.includes(k)) : this.enabled.filter((k) => k !== kind);
		// Sections may split differently: kind choices start again from the proposal.
		this.choices = {};
		const n = this.result?.samples.length ?? 0;
		this.selected = this.selected.filter((i) => i < n);
	}

	toggleSample(index: number, on: boolean): void {
		this.selected = on ? [...new Set([...this.selected, index])].sort((a, b) => a - b) : this.selected.filter((i) => i !== index);
	}

	/** The writer's choice for a sample (the proposal until edited). */
	choice(index: number): SampleChoice {
		const c = this.choices[index];
		if (c) return c;
		const s = this.result?.samples[index];
		return { title: s?.title ?? '', year: s?.year ?? null, kinds: s?.sections.map((x) => x.kind) ?? [] };
	}

	#edit(index: number, change: (c: SampleChoice) => void): void {
		const c = structuredClone($state.snapshot(this.choice(index))) as SampleChoice;
		change(c);
		this.choices = { ...this.choices, [index]: c };
	}

	setTitle(index: number, title: string): void {
		this.#edit(index, (c) => (c.title = title));
	}

	setYear(index: number, year: number | null): void {
		this.#edit(index, (c) => (c.year = year));
	}

	setKind(index: number, section: number, kind: SectionKind): void {
		this.#edit(index, (c) => (c.kinds[section] = kind));
	}

	/** The sections a sample becomes (kinds as chosen). */
	sectionsOf(index: number): Array<Omit<Section, 'id'>> {
		const s = this.result?.samples[index];
		if (!s) return [];
		const kinds = this.choice(index).kinds;
		const own = s.sections.map((x, i) => ({ kind: kinds[i] ?? x.kind, title: x.title, body: x.body }));
		const pack = this.packs.find((p) => p.id === this.packId);
		return pack ? mapOntoPack(own, pack) : own;
	}

	/** Where the drafts come from. */
	draftSource(): DraftSource | undefined {
		if (!this.source) return undefined;
		return { fileName: this.source.fileName, text: this.source.text, importedAt: Date.now() };
	}

	/** Creates one draft per selected sample; returns them in order. */
	async createDrafts(): Promise<Draft[]> {
		const out: Draft[] = [];
		const source = this.draftSource();
		for (const i of this.selected) {
			const c = this.choice(i);
			out.push(await createDraftWithDefaults({ title: c.title, year: c.year, packId: this.packId, sections: this.sectionsOf(i), ...(source ? { source } : {}) }));
		}
		this.reset();
		return out;
	}

	reset(): void {
		this.packId = null;
		this.source = null;
		this.error = '';
		this.choices = {};
		this.selected = [];
	}
}
