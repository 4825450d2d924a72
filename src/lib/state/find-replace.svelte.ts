/**
 * 查找替换 across every section of the open draft. Each section is its own CodeMirror editor
 * with its own undo history, so a replace-all is one isolated transaction per section it
 * touches: Ctrl+Z in a section undoes that section's part, and 撤销替换 undoes every part at
 * once (one step for the writer) — as long as none of those sections has changed since. After
 * an edit there, 撤销替换 is withdrawn (an undo then would take back the writer's typing
 * instead) and each section's own Ctrl+Z still works.
 */
import { isolateHistory, undo } from '@codemirror/commands';
import type { Text } from '@codemirror/state';
import { compileQuery, findMatches, nextMatch, planReplace, type Matcher } from '$lib/editor/find-replace';
import { findReplaceMessages as m } from '$lib/messages/find-replace';
import type { SectionEditors } from './section-editors.svelte';

interface ReplaceRecord {
	sections: { id: string; docAfter: Text }[];
	count: number;
}

/** One section's match count, for the list shown before replacing. */
export interface SectionCount {
	id: string;
	title: string;
	count: number;
}

export class FindReplace {
	query = $state('');
	replacement = $state('');
	wholeWord = $state(false);
	regex = $state(false);
	caseSensitive = $state(false);
	/** The query cannot be used (empty, a broken regex): why, in Chinese. */
	error = $state('');
	/** Matches per section (all sections, in report order) and in total, as of the last count. */
	counts = $state.raw<SectionCount[]>([]);
	total = $state(0);
	/** The last replace-all, while 撤销替换 can still take it back. */
	lastReplace = $state.raw<ReplaceRecord | null>(null);
	notice = $state('');

	readonly #editors: SectionEditors;
	readonly #sections: () => readonly { id: string; title: string }[];
	/** The match last shown (section, range, and the text it was found in). */
	#current: { id: string; from: number; to: number; doc: Text } | null = null;

	constructor(editors: SectionEditors, sections: () => readonly { id: string; title: string }[]) {
		this.#editors = editors;
		this.#sections = sections;
	}

	#texts() {
		return this.#sections().map((s) => ({ id: s.id, text: this.#editors.text(s.id) }));
	}

	#matcher(): Matcher | null {
		const c = compileQuery({ text: this.query, wholeWord: this.wholeWord, regex: this.regex, caseSensitive: this.caseSensitive });
		this.error = c.ok || this.query === '' ? '' : c.error;
		return c.ok ? c.matcher : null;
	}

	/** Counts the matches again (the query, an option or the text changed). */
	count(): number {
		const matcher = this.#matcher();
		const titles = this.#sections();
		if (!matcher) {
			this.counts = titles.map((s) => ({ id: s.id, title: s.title, count: 0 }));
			this.total = 0;
			return 0;
		}
		const plan = planReplace(this.#texts(), matcher);
		this.counts = plan.counts.map((c, i) => ({ id: c.id, title: titles[i]?.title ?? '', count: c.count }));
		this.total = plan.total;
		return plan.total;
	}

	/** Selects the next (or previous) match after the current one or the writer's cursor. */
	find(dir: 1 | -1 = 1, from?: { id: string; pos: number }): boolean {
		const matcher = this.#matcher();
		if (!matcher) return false;
		const cur = this.#current;
		let at = from;
		if (!at && cur && this.#editors.state(cur.id)?.doc === cur.doc) at = { id: cur.id, pos: dir === 1 ? cur.to : cur.from };
		if (!at) {
			const id = this.#sections().find((s) => this.#editors.view(s.id)?.hasFocus)?.id ?? null;
			const sel = id ? this.#editors.state(id)?.selection.main : undefined;
			at = { id: id ?? '', pos: sel ? (dir === 1 ? sel.from : sel.to) : 0 };
		}
		const hit = nextMatch(this.#texts(), matcher, at, dir);
		if (!hit) {
			this.#current = null;
			return false;
		}
		this.#show(hit.id, hit.from, hit.to);
		return true;
	}

	/** Shows a match: selected and scrolled to, the focus left where it is (the find field). */
	#show(id: string, from: number, to: number): void {
		const view = this.#editors.view(id);
		if (view) view.dispatch({ selection: { anchor: from, head: to }, scrollIntoView: true });
		else this.#editors.deferReveal(id, { from, to });
		const doc = this.#editors.state(id)?.doc;
		this.#current = doc ? { id, from, to, doc } : null;
	}

	/**
	 * 替换: replaces the match shown (if the text still holds it there) and shows the next one;
	 * with no match shown yet, shows the first one. A normal edit of its section (its Ctrl+Z).
	 */
	replaceOne(): boolean {
		const matcher = this.#matcher();
		const cur = this.#current;
		if (!matcher) return false;
		const state = cur ? this.#editors.state(cur.id) : undefined;
		const match = cur && state && state.doc === cur.doc ? findMatches(state.doc.toString(), matcher, this.replacement).find((f) => f.from === cur.from && f.to === cur.to) : undefined;
		if (!cur || !match) return this.find(1);
		this.#editors.dispatch(cur.id, { changes: { from: match.from, to: match.to, insert: match.insert }, userEvent: 'input.replace' });
		this.#editors.request(cur.id);
		this.#current = null;
		this.notice = m.replacedOne;
		this.count();
		if (this.total) this.find(1, { id: cur.id, pos: match.from + match.insert.length });
		return true;
	}

	/** 全部替换: every match in every section, one undoable step per section. */
	replaceAll(): number {
		const matcher = this.#matcher();
		if (!matcher) return 0;
		const plan = planReplace(this.#texts(), matcher, this.replacement);
		if (plan.total === 0) {
			this.notice = m.nothingToReplace;
			return 0;
		}
		const record: ReplaceRecord = { sections: [], count: plan.total };
		for (const [id, edits] of plan.edits) {
			this.#editors.dispatch(id, {
				changes: edits.map((e) => ({ from: e.from, to: e.to, insert: e.insert })),
				userEvent: 'input.replace',
				// Its own history event: one Ctrl+Z in the section undoes exactly this replace.
				annotations: isolateHistory.of('full')
			});
			const state = this.#editors.state(id);
			if (state) record.sections.push({ id, docAfter: state.doc });
		}
		for (const id of plan.edits.keys()) this.#editors.flush(id);
		this.#current = null;
		this.lastReplace = record;
		this.notice = m.replacedAll(plan.total, record.sections.length);
		this.count();
		return plan.total;
	}

	/** 撤销替换: undoes the last replace-all in every section it changed, as one step. */
	undo(): number {
		const record = this.lastReplace;
		if (!record) return 0;
		// All or nothing: every touched section must still be exactly as the replace left it.
		if (record.sections.some(({ id, docAfter }) => this.#editors.state(id)?.doc !== docAfter)) {
			this.lastReplace = null;
			this.notice = m.undoStale;
			return 0;
		}
		for (const { id } of record.sections) {
			const view = this.#editors.view(id);
			if (view) undo(view);
			else {
				const state = this.#editors.state(id)!;
				undo({ state, dispatch: (tr) => this.#editors.dispatch(id, tr) });
			}
			this.#editors.flush(id);
		}
		this.lastReplace = null;
		this.#current = null;
		this.notice = m.undone(record.count, record.sections.length);
		this.count();
		return record.sections.length;
	}

	/** A section changed: 撤销替换 no longer applies if it was one the replace touched. */
	edited(id: string, doc: Text): void {
		const last = this.lastReplace;
		if (last && last.sections.some((s) => s.id === id && s.docAfter !== doc)) {
			this.lastReplace = null;
			this.notice = '';
		}
	}

	/** Forgets the last replace (the draft was closed). */
	reset(): void {
		this.lastReplace = null;
		this.notice = '';
		this.#current = null;
	}
}
