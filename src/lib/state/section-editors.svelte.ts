/**
 * The section editors of one open draft: one record per section holding its EditorState (kept
 * while the view is off screen, so undo survives switching), its view when mounted, its check
 * scheduler and the findings last put into it. Text in, text out, marks shown; what the marks
 * are comes from the checking piece, through `check`.
 */
import { Transaction, type EditorState, type Text, type TransactionSpec } from '@codemirror/state';
import { EditorView } from '@codemirror/view';
import type { Finding } from '$lib/check/types';
import { partitionIgnored, type Range } from '$lib/editor/findings';
import { blankRanges, placedFindings, setFindings } from '$lib/editor/findings-field';
import { CheckScheduler, type CheckState } from '$lib/editor/schedule';
import { createSectionState, externalChange, keptState, type SectionHooks } from '$lib/editor/setup';
import { setCursorInserter, type CursorInserter } from '$lib/editor/insert';

/** What the editors need to know of a section. */
export interface EditorSectionInfo {
	id: string;
	title: string;
	body: string;
	kind?: string;
}

/** Timers and time, injected so tests run on fake time. */
export interface Clock {
	now(): number;
	setTimer(fn: () => void, ms: number): unknown;
	clearTimer(handle: unknown): void;
}

export const realClock: Clock = {
	now: () => Date.now(),
	setTimer: (fn, ms) => setTimeout(fn, ms),
	clearTimer: (h) => clearTimeout(h as ReturnType<typeof setTimeout>)
};

/** One section of the open draft. */
export interface SectionRecord {
	info: EditorSectionInfo;
	/** The state while no view shows it (a mounted view holds the live one). */
	state: EditorState;
	view: EditorView | null;
	scheduler: CheckScheduler;
	/** The body last sent to or received from the draft (a sync with it is a no-op). */
	lastEmitted: string;
	/** A reveal asked for while off screen, done once a view shows the section. */
	pendingReveal: Range | null;
	/** The latest findings with the text they were found in (positions exact for that text). */
	latest: { doc: Text; findings: Finding[] } | null;
	/** Edits of a standalone editor go here instead of to the draft. */
	onChange?: (body: string) => void;
}

export interface SectionEditorsOptions {
	clock: Clock;
	/** Checks a section's text; returns every finding (ignored ones included). */
	check(info: EditorSectionInfo, text: string): Finding[];
	/** The keys the writer ignored (marks are not drawn for them). */
	ignored(): ReadonlySet<string>;
	/** The writer changed a section's text. */
	changed(id: string, body: string, state: EditorState): void;
	/** A check ran (the session lists findings and counts checks). */
	checked(id: string, text: string, findings: Finding[], ms: number): void;
	/** Hooks the editor keymap and tooltips call. */
	hooks(id: string): Omit<SectionHooks, 'changed' | 'compositionEnded'>;
	/** A section without a mounted editor must be shown (pages that show one at a time). */
	showSection?(id: string): void;
	/** Undo histories kept from an earlier session of the draft (leaving it and coming back). */
	histories?: SectionHistories;
}

/** Keeps sections' undo histories between sessions of one draft (plain JSON). */
export interface SectionHistories {
	load(sectionId: string): unknown;
	save(sectionId: string, kept: unknown): void;
}

/** The one change turning `a` into `b` (common start and end kept, so cursor and marks stay put). */
export function minimalChange(a: string, b: string): { from: number; to: number; insert: string } {
	let start = 0;
	const max = Math.min(a.length, b.length);
	while (start < max && a.charCodeAt(start) === b.charCodeAt(start)) start++;
	let end = 0;
	while (end < max - start && a.charCodeAt(a.length - 1 - end) === b.charCodeAt(b.length - 1 - end)) end++;
	return { from: start, to: a.length - end, insert: b.slice(start, b.length - end) };
}

function samePlaces(placed: readonly { from: number; to: number; finding: Finding }[], next: readonly Finding[]): boolean {
	if (placed.length !== next.length) return false;
	const sorted = [...next].sort((a, b) => a.from - b.from || a.to - b.to);
	for (let i = 0; i < sorted.length; i++) {
		const p = placed[i];
		const n = sorted[i];
		if (!p || !n || p.from !== n.from || p.to !== n.to || p.finding.key !== n.key || p.finding.message !== n.message) return false;
	}
	return true;
}

/**
 * The check scheduler's state on the editor element (data-check-state="idle|pending|held"): what
 * a test waits for instead of sleeping (a check held back during an IME composition); the page
 * itself never reads it.
 */
function showCheckState(view: EditorView | null, state: CheckState): void {
	view?.dom.setAttribute('data-check-state', state);
}

export class SectionEditors {
	readonly #records = new Map<string, SectionRecord>();
	readonly #opts: SectionEditorsOptions;

	constructor(options: SectionEditorsOptions) {
		this.#opts = options;
	}

	has(id: string): boolean {
		return this.#records.has(id);
	}

	ids(): string[] {
		return [...this.#records.keys()];
	}

	info(id: string): EditorSectionInfo | undefined {
		return this.#records.get(id)?.info;
	}

	/** Adds a section (checked soon after). */
	add(info: EditorSectionInfo, onChange?: (body: string) => void): void {
		const id = info.id;
		const hooks: SectionHooks = {
			...this.#opts.hooks(id),
			changed: (u) => this.#changed(id, u.state),
			compositionEnded: () => this.#records.get(id)?.scheduler.compositionEnded()
		};
		const { clock } = this.#opts;
		const record: SectionRecord = {
			info,
			state: createSectionState(info.body, info.title, hooks, this.#opts.histories?.load(id)),
			view: null,
			scheduler: new CheckScheduler({
				run: () => this.#check(id),
				isComposing: () => this.#records.get(id)?.view?.composing ?? false,
				onState: (state) => showCheckState(this.#records.get(id)?.view ?? null, state),
				now: () => clock.now(),
				setTimer: (fn, ms) => clock.setTimer(fn, ms),
				clearTimer: (h) => clock.clearTimer(h)
			}),
			lastEmitted: info.body,
			pendingReveal: null,
			latest: null,
			onChange
		};
		this.#records.set(id, record);
		record.scheduler.request();
	}

	/** Updates what is known of a section (title, kind); re-checks when they change. */
	update(info: EditorSectionInfo): void {
		const r = this.#records.get(info.id);
		if (!r) return;
		const rulesChange = r.info.kind !== info.kind || r.info.title !== info.title;
		r.info = info;
		this.syncBody(info.id, info.body);
		if (rulesChange) r.scheduler.request();
	}

	remove(id: string): void {
		const r = this.#records.get(id);
		if (!r) return;
		r.scheduler.dispose();
		r.view?.destroy();
		this.#records.delete(id);
	}

	/** Ends every section, keeping each one's undo history for the draft's next session. */
	dispose(): void {
		const histories = this.#opts.histories;
		if (histories) for (const id of this.ids()) histories.save(id, keptState(this.state(id)!));
		for (const id of this.ids()) this.remove(id);
		setCursorInserter(null);
	}

	/** One section's body as the draft holds it; replaces the text only when it differs. */
	syncBody(id: string, body: string): void {
		const r = this.#records.get(id);
		if (!r || r.lastEmitted === body) return;
		const state = this.state(id)!;
		r.lastEmitted = body;
		if (state.doc.length === body.length && state.doc.toString() === body) return;
		this.dispatch(id, {
			changes: minimalChange(state.doc.toString(), body),
			annotations: [externalChange.of(true), Transaction.addToHistory.of(false)]
		});
		r.scheduler.request();
	}

	/** The live state of a section. */
	state(id: string): EditorState | undefined {
		const r = this.#records.get(id);
		return r ? (r.view?.state ?? r.state) : undefined;
	}

	view(id: string): EditorView | null {
		return this.#records.get(id)?.view ?? null;
	}

	/** Any mounted view's section id (the first), for insertion without focus. */
	firstMounted(): string | undefined {
		for (const [id, r] of this.#records) if (r.view) return id;
		return undefined;
	}

	text(id: string): string {
		return this.state(id)?.doc.toString() ?? '';
	}

	/** Shows section `id` in `parent`; returns the view. */
	mount(id: string, parent: HTMLElement, inserter: CursorInserter, reveal: (id: string, range: Range) => void): EditorView | null {
		const r = this.#records.get(id);
		if (!r) return null;
		r.view?.destroy();
		r.view = new EditorView({ state: r.state, parent });
		showCheckState(r.view, r.scheduler.state);
		setCursorInserter(inserter);
		const pending = r.pendingReveal;
		if (pending) {
			r.pendingReveal = null;
			queueMicrotask(() => reveal(id, pending));
		}
		return r.view;
	}

	/** Takes a section's view off screen, keeping its state (and undo history). */
	unmount(id: string, view: EditorView): void {
		const r = this.#records.get(id);
		if (!r || r.view !== view) {
			view.destroy();
			return;
		}
		r.state = view.state;
		r.view = null;
		view.destroy();
		if (this.firstMounted() === undefined) setCursorInserter(null);
	}

	/** Applies a transaction to a section, mounted or not. */
	dispatch(id: string, spec: TransactionSpec | Transaction): void {
		const r = this.#records.get(id);
		if (!r) return;
		if (r.view) {
			if (spec instanceof Transaction) r.view.dispatch(spec);
			else r.view.dispatch(spec);
			return;
		}
		const tr = spec instanceof Transaction ? spec : r.state.update(spec);
		r.state = tr.state;
		if (tr.docChanged && !tr.annotation(externalChange)) this.#changed(id, tr.state);
	}

	/** Off screen: remember the range so a view showing the section reveals it. */
	deferReveal(id: string, range: Range): void {
		const r = this.#records.get(id);
		if (!r) return;
		const len = this.state(id)?.doc.length ?? 0;
		this.dispatch(id, { selection: { anchor: Math.min(range.from, len), head: Math.min(range.to, len) } });
		r.pendingReveal = range;
		this.#opts.showSection?.(id);
	}

	/** Check again soon. */
	request(id: string): void {
		this.#records.get(id)?.scheduler.request();
	}

	/** Every section checked again soon (the pack or the year changed). */
	requestAll(): void {
		for (const r of this.#records.values()) r.scheduler.request();
	}

	/** Runs a waiting check now (not during a composition). */
	flush(id?: string): void {
		if (id !== undefined) this.#records.get(id)?.scheduler.flush();
		else for (const r of this.#records.values()) r.scheduler.flush();
	}

	/** Blank ranges where the marks are now. */
	blankRanges(id: string): Range[] {
		const state = this.state(id);
		return state ? blankRanges(state) : [];
	}

	/** Puts the section's non-ignored findings into its editor state. */
	showFindings(id: string): void {
		const r = this.#records.get(id);
		const state = this.state(id);
		if (!r || !state || !r.latest) return;
		// Positions are exact only for the text they were found in: a newer text gets a fresh check.
		if (r.latest.doc !== state.doc) {
			r.scheduler.request();
			return;
		}
		const { shown } = partitionIgnored(r.latest.findings, this.#opts.ignored());
		// Unchanged findings already sit at these positions (mapped through the edit): leave the
		// decorations alone, so a keystroke costs no redraw of every underline.
		if (samePlaces(placedFindings(state), shown)) return;
		if (r.view?.composing) {
			// Never touch decorations inside a composition; check again when it ends.
			r.scheduler.request();
			return;
		}
		this.dispatch(id, { effects: setFindings.of(shown) });
	}

	/** Shows findings in every section (the ignore list changed). */
	showAll(): void {
		for (const id of this.#records.keys()) this.showFindings(id);
	}

	#changed(id: string, state: EditorState): void {
		const r = this.#records.get(id);
		if (!r) return;
		const body = state.doc.toString();
		r.lastEmitted = body;
		if (r.onChange) r.onChange(body);
		this.#opts.changed(id, body, state);
		r.scheduler.request();
	}

	#check(id: string): number {
		const t0 = performance.now();
		const r = this.#records.get(id);
		const state = this.state(id);
		if (!r || !state) return 0;
		const text = state.doc.toString();
		let found: Finding[];
		try {
			found = this.#opts.check(r.info, text);
		} catch {
			// The checker reports a failing rule as a finding; this guards the editor itself.
			found = [];
		}
		r.latest = { doc: state.doc, findings: found };
		this.showFindings(id);
		const ms = performance.now() - t0;
		this.#opts.checked(id, text, found, ms);
		return ms;
	}
}
