/**
 * 逐项填空 for the open draft: every open blank as a form row, the same blanks sharing a field
 * (years proposed from the draft's 年度), applied as one undoable transaction per section (all
 * or nothing when a value is bad or the text changed under the form), and 撤销填空 across the
 * sections it touched. 撤销填空 stays offered while it can still be done — every section reads
 * as the fill left it (or as before it, already undone there): after Ctrl+Z and redo, and after
 * a reload, from the record kept with the draft (`fill:<draftId>`).
 */
import { isolateHistory } from '@codemirror/commands';
import { ChangeSet, type Text } from '@codemirror/state';
import type { Finding } from '$lib/check/types';
import { placedFindings } from '$lib/editor/findings-field';
import { applyEdits, buildFillInItems, type FillInItem, type FillInPlan, type FillInSection } from '$lib/editor/fill-in';
import { buildFields, planFields, type FillInField } from '$lib/editor/fill-in-fields';
import {
	printOf,
	samePrint,
	storeFill,
	undoChange,
	type FilledSection,
	type FilledTitle,
	type FillStore,
	type StoredFill,
	type TitlePlace
} from '$lib/editor/fill-record';
import { editorMessages as m } from '$lib/messages/editor';
import type { SectionEditors } from './section-editors.svelte';

/** The last fill in memory: per section the texts before and after (either may be unknown after a reload). */
interface FillRecord {
	sections: { id: string; before: Text | null; after: Text | null; undo: ChangeSet | null }[];
	titles: FilledTitle[];
	count: number;
}

/** The draft's title and its sections' titles: their open blanks, and how to change them. */
export interface TitleAccess {
	/** Open (not ignored) blank findings of a title, offsets into the trimmed title. */
	blanks(): readonly { place: TitlePlace; finding: Finding }[];
	/** The title as the draft holds it; null when it is gone. */
	text(place: TitlePlace): string | null;
	set(place: TitlePlace, text: string): void;
}

/** A title's place as a form section id (titles fill like a one-line section, and F8 visits them). */
export function titleKey(place: TitlePlace): string {
	return place.kind === 'title' ? '\u0000title' : `\u0000title:${place.sectionId}`;
}

export interface FillInOptions {
	editors: SectionEditors;
	sections: () => readonly { id: string; title: string }[];
	/** The draft's 年度, for year proposals. */
	year: () => number | null;
	/** Where the last fill is kept across reloads; none for a standalone editor. */
	store?: FillStore | null;
	draftId?: string;
	/** Blanks in titles, filled with the rest; none for a standalone editor. */
	titles?: TitleAccess | null;
}

export class FillIn {
	/** Whether 撤销填空 can be done now. */
	canUndo = $state(false);
	/** A short status line for the writer (fill-in done, undo done). */
	notice = $state('');

	readonly #opts: FillInOptions;
	#base = new Map<string, Text>();
	#titleBase = new Map<string, { place: TitlePlace; text: string }>();
	#items: FillInItem[] = [];
	#record: FillRecord | null = null;
	/** A record read back from the store, adopted once its sections are open. */
	#stored: StoredFill | null = null;

	constructor(options: FillInOptions) {
		this.#opts = options;
	}

	get #editors(): SectionEditors {
		return this.#opts.editors;
	}

	/** Reads the draft's last fill back (after a reload); 撤销填空 shows if the text still fits. */
	async load(): Promise<void> {
		const { store, draftId } = this.#opts;
		if (!store || !draftId) return;
		const stored = await store.load(draftId).catch(() => null);
		// A fill made in this session since wins over what was stored before it.
		if (!stored || this.#record) return;
		this.#stored = stored;
		this.adopt();
	}

	/**
	 * Matches a stored record with the open texts. It is taken up only once the texts read as the
	 * fill left them (somewhere) and as before it elsewhere; until then it stays pending, because
	 * the texts of a reload can pass through an older save first (the stored row, then the
	 * journaled edits on top) and each later change of a text tries again.
	 */
	adopt(): void {
		const stored = this.#stored;
		if (!stored || this.#record) return;
		if (stored.sections.some((s) => !this.#editors.has(s.id))) return;
		const titles = this.#opts.titles;
		if (stored.titles?.some((t) => titles?.text(t.place) === null)) return;
		const sections: FillRecord['sections'] = [];
		let filled = false;
		for (const s of stored.sections) {
			const doc = this.#editors.state(s.id)!.doc;
			const print = printOf(doc.toString());
			const undo = undoChange(s);
			if (undo && samePrint(print, s.after)) {
				sections.push({ id: s.id, after: doc, before: undo.apply(doc), undo });
				filled = true;
			} else if (samePrint(print, s.before)) sections.push({ id: s.id, after: null, before: doc, undo: null });
			else return; // edited since: nothing to undo (unless the text comes back to the fill)
		}
		for (const t of stored.titles ?? []) {
			const now = titles?.text(t.place);
			if (now === t.after) filled = true;
			else if (now !== t.before) return;
		}
		if (!filled) return;
		this.#stored = null;
		this.#record = { sections, titles: stored.titles ?? [], count: stored.count };
		this.#refresh();
	}

	/** Every open blank of the draft's sections as a form row (ignored ones are not marked). */
	items(): FillInItem[] {
		this.#editors.flush();
		this.#base.clear();
		const sections = this.#opts.sections().map((s) => {
			const state = this.#editors.state(s.id);
			if (state) this.#base.set(s.id, state.doc);
			// Current positions from the editor state, which holds exactly the open findings.
			const findings = state ? placedFindings(state).map((p) => ({ ...p.finding, from: p.from, to: p.to })) : [];
			return { id: s.id, title: s.title, body: state?.doc.toString() ?? '', findings };
		});
		// Report order: the draft's title, then each section's title and body.
		const titles = new Map(this.#titleSections().map((t) => [t.id, t]));
		const ordered: FillInSection[] = [];
		const own = titles.get(titleKey({ kind: 'title' }));
		if (own) ordered.push(own);
		for (const s of sections) {
			const title = titles.get(titleKey({ kind: 'section-title', sectionId: s.id }));
			if (title) ordered.push(title);
			ordered.push(s);
		}
		this.#items = buildFillInItems(ordered);
		return this.#items;
	}

	/** Each title with open blanks as a one-line form section, offsets into the title as held. */
	#titleSections(): FillInSection[] {
		this.#titleBase.clear();
		const titles = this.#opts.titles;
		if (!titles) return [];
		const byKey = new Map<string, FillInSection & { place: TitlePlace; lead: number; list: Finding[] }>();
		for (const { place, finding } of titles.blanks()) {
			if (finding.category !== 'blank') continue;
			const key = titleKey(place);
			let entry = byKey.get(key);
			if (!entry) {
				const text = titles.text(place);
				if (text === null) continue;
				const lead = text.length - text.trimStart().length;
				const name = place.kind === 'title' ? m.draftTitle : m.sectionTitleOf((this.#opts.sections().find((s) => s.id === place.sectionId)?.title ?? '').trim());
				entry = { id: key, title: name, body: text, findings: [], place, lead, list: [] };
				byKey.set(key, entry);
				this.#titleBase.set(key, { place, text });
			}
			entry.list.push({ ...finding, from: finding.from + entry.lead, to: finding.to + entry.lead });
		}
		return [...byKey.values()].map((e) => ({ id: e.id, title: e.title, body: e.body, findings: e.list }));
	}

	/** The form's fields over the items last listed; `split` items are filled on their own. */
	fields(split: ReadonlySet<string> = new Set()): FillInField[] {
		return buildFields(this.#items, { year: this.#opts.year(), split });
	}

	/** The draft's 年度 (for the form's wording). */
	get year(): number | null {
		return this.#opts.year();
	}

	/** Fills the blanks: one transaction per section, so Ctrl+Z there undoes the whole fill-in. */
	apply(fields: readonly FillInField[], values: Readonly<Record<string, string>>): FillInPlan & { stale: boolean } {
		const plan = planFields(fields, values);
		if (Object.keys(plan.errors).length > 0 || plan.filled === 0) return { ...plan, stale: false };
		const titles = this.#opts.titles;
		for (const id of plan.edits.keys()) {
			const title = this.#titleBase.get(id);
			if (title ? titles?.text(title.place) !== title.text : this.#editors.state(id)?.doc !== this.#base.get(id)) return { ...plan, stale: true };
		}
		// A fill made now wins over one stored before it (still pending or not).
		this.#stored = null;
		const filled: FilledSection[] = [];
		const filledTitles: FilledTitle[] = [];
		for (const [id, edits] of plan.edits) {
			const title = this.#titleBase.get(id);
			if (title && titles) {
				const after = applyEdits(title.text, edits);
				titles.set(title.place, after);
				filledTitles.push({ place: title.place, before: title.text, after });
				continue;
			}
			const before = this.#editors.state(id)!.doc;
			const changes = ChangeSet.of(
				edits.map((e) => ({ from: e.from, to: e.to, insert: e.insert })),
				before.length
			);
			this.#editors.dispatch(id, { changes, userEvent: 'input.fill', annotations: isolateHistory.of('full') });
			const after = this.#editors.state(id)?.doc;
			if (after) filled.push({ id, before, after, undo: changes.invert(before) });
		}
		for (const id of plan.edits.keys()) if (!this.#titleBase.has(id)) this.#editors.flush(id);
		this.#record = { sections: filled.map((s) => ({ ...s })), titles: filledTitles, count: plan.filled };
		this.#save(filled, filledTitles, plan.filled);
		this.#refresh();
		this.notice = m.fillInDone(plan.filled);
		return { ...plan, stale: false };
	}

	/** 撤销填空: puts back the text before the fill in every section still as the fill left it. */
	undo(): number {
		const record = this.#record;
		if (!record || !this.#undoable(record)) {
			this.#refresh();
			if (record) this.notice = m.fillInUndoStale;
			return 0;
		}
		let undone = 0;
		for (const s of record.sections) {
			const state = this.#editors.state(s.id);
			if (!state || !s.after || !s.undo || !state.doc.eq(s.after)) continue;
			// A change of its own (not the history's undo), so it works after a reload too and
			// Ctrl+Z brings the fill back.
			this.#editors.dispatch(s.id, { changes: s.undo, userEvent: 'input.fill.undo', annotations: isolateHistory.of('full') });
			this.#editors.flush(s.id);
			undone++;
		}
		const titles = this.#opts.titles;
		for (const t of record.titles) {
			if (titles?.text(t.place) !== t.after) continue;
			titles.set(t.place, t.before);
			undone++;
		}
		this.#refresh();
		this.notice = m.fillInUndone(record.count);
		return undone;
	}

	/** A section's text changed (typing, Ctrl+Z, redo): 撤销填空 follows whether it still applies. */
	edited(id: string, _doc: Text): void {
		const record = this.#record;
		if (!record) return this.adopt();
		if (!record.sections.some((s) => s.id === id)) return;
		const was = this.canUndo;
		this.#refresh();
		if (was && !this.canUndo) this.notice = '';
	}

	/** A title changed (typed, or another tab): 撤销填空 follows whether it still applies. */
	titlesChanged(): void {
		if (!this.#record?.titles.length) {
			this.adopt();
			return;
		}
		const was = this.canUndo;
		this.#refresh();
		if (was && !this.canUndo) this.notice = '';
	}

	/** Forgets the last fill-in (the draft was closed). */
	reset(): void {
		this.#record = null;
		this.#stored = null;
		this.canUndo = false;
		this.notice = '';
		this.#base.clear();
	}

	#refresh(): void {
		const record = this.#record;
		this.canUndo = record !== null && this.#undoable(record);
	}

	/** Every section as the fill left it or as before it, and at least one as the fill left it. */
	#undoable(record: FillRecord): boolean {
		let filled = false;
		for (const t of record.titles) {
			const now = this.#opts.titles?.text(t.place);
			if (now === t.after) filled = true;
			else if (now !== t.before) return false;
		}
		for (const s of record.sections) {
			const doc = this.#editors.state(s.id)?.doc;
			if (!doc) return false;
			if (s.after && doc.eq(s.after)) filled = true;
			else if (!(s.before && doc.eq(s.before))) return false;
		}
		return filled;
	}

	#save(sections: readonly FilledSection[], titles: readonly FilledTitle[], count: number): void {
		const { store, draftId } = this.#opts;
		if (!store || !draftId) return;
		// Best effort: without it, 撤销填空 still works until the page is closed.
		void store.save(draftId, storeFill(sections, count, titles)).catch(() => {});
	}
}
