/**
 * 逐项填空 for the open draft: every open blank as a form row, applied as one undoable
 * transaction per section (all or nothing when a value is bad or the text changed under the
 * form), and 撤销填空 across the sections it touched.
 */
import { isolateHistory, undo } from '@codemirror/commands';
import type { Text } from '@codemirror/state';
import { placedFindings } from '$lib/editor/findings-field';
import { buildFillInItems, planFillIn, type FillInItem, type FillInPlan } from '$lib/editor/fill-in';
import { editorMessages as m } from '$lib/messages/editor';
import type { SectionEditors } from './section-editors.svelte';

interface FillRecord {
	sections: { id: string; docAfter: Text }[];
	count: number;
}

export class FillIn {
	lastFill = $state.raw<FillRecord | null>(null);
	/** A short status line for the writer (fill-in done, undo done). */
	notice = $state('');

	readonly #editors: SectionEditors;
	readonly #sections: () => readonly { id: string; title: string }[];
	#base = new Map<string, Text>();

	constructor(editors: SectionEditors, sections: () => readonly { id: string; title: string }[]) {
		this.#editors = editors;
		this.#sections = sections;
	}

	/** Every open blank of the draft's sections as a form row (ignored ones are not marked). */
	items(): FillInItem[] {
		this.#editors.flush();
		this.#base.clear();
		const sections = this.#sections().map((s) => {
			const state = this.#editors.state(s.id);
			if (state) this.#base.set(s.id, state.doc);
			// Current positions from the editor state, which holds exactly the open findings.
			const findings = state ? placedFindings(state).map((p) => ({ ...p.finding, from: p.from, to: p.to })) : [];
			return { id: s.id, title: s.title, body: state?.doc.toString() ?? '', findings };
		});
		return buildFillInItems(sections);
	}

	/** Fills the blanks: one transaction per section, so Ctrl+Z there undoes the whole fill-in. */
	apply(items: readonly FillInItem[], values: Readonly<Record<string, string>>): FillInPlan & { stale: boolean } {
		const plan = planFillIn(items, values);
		if (Object.keys(plan.errors).length > 0 || plan.filled === 0) return { ...plan, stale: false };
		for (const id of plan.edits.keys()) {
			if (this.#editors.state(id)?.doc !== this.#base.get(id)) return { ...plan, stale: true };
		}
		const record: FillRecord = { sections: [], count: plan.filled };
		for (const [id, edits] of plan.edits) {
			this.#editors.dispatch(id, {
				changes: edits.map((e) => ({ from: e.from, to: e.to, insert: e.insert })),
				userEvent: 'input.fill',
				annotations: isolateHistory.of('full')
			});
			const state = this.#editors.state(id);
			if (state) record.sections.push({ id, docAfter: state.doc });
		}
		for (const id of plan.edits.keys()) this.#editors.flush(id);
		this.lastFill = record;
		this.notice = m.fillInDone(plan.filled);
		return { ...plan, stale: false };
	}

	/** 撤销填空: undoes the last fill-in in every section it changed. */
	undo(): number {
		const record = this.lastFill;
		if (!record) return 0;
		let undone = 0;
		let stale = false;
		for (const { id, docAfter } of record.sections) {
			const state = this.#editors.state(id);
			if (!state || state.doc !== docAfter) {
				stale = true;
				continue;
			}
			const view = this.#editors.view(id);
			if (view) undo(view);
			else undo({ state, dispatch: (tr) => this.#editors.dispatch(id, tr) });
			this.#editors.flush(id);
			undone++;
		}
		this.lastFill = null;
		this.notice = stale ? m.fillInUndoStale : m.fillInUndone(record.count);
		return undone;
	}

	/** Typing after a fill-in: the section's own Ctrl+Z still works; 撤销填空 no longer applies. */
	edited(id: string, doc: Text): void {
		const fill = this.lastFill;
		if (fill && fill.sections.some((s) => s.id === id && s.docAfter !== doc)) {
			this.lastFill = null;
			this.notice = '';
		}
	}

	/** Forgets the last fill-in (the draft was closed). */
	reset(): void {
		this.lastFill = null;
		this.notice = '';
		this.#base.clear();
	}
}
