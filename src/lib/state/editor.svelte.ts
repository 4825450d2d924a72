/**
 * The open draft's editors: one EditorState per section (kept while its view is off screen, so
 * undo survives switching), the findings of every section, the writer's ignore list, F8
 * navigation across the report, insertion at the cursor, and 逐项填空 applied as one undoable
 * transaction per section. One instance, `editorSession`, shared by the draft page's components.
 */
import { Transaction, type EditorState, type Text, type TransactionSpec } from '@codemirror/state';
import { EditorView } from '@codemirror/view';
import { isolateHistory, undo } from '@codemirror/commands';
import { untrack } from 'svelte';
import type { Finding } from '$lib/check/types';
import type { TemplatePack } from '$lib/packs/types';
import { editorMessages as m } from '$lib/messages/editor';
import { partitionIgnored, type Range } from '$lib/editor/findings';
import { blankRanges, locateFinding, placedFindings, setFindings } from '$lib/editor/findings-field';
import { findBlank } from '$lib/editor/navigation';
import { CheckScheduler } from '$lib/editor/schedule';
import { createSectionState, externalChange, type SectionHooks } from '$lib/editor/setup';
import { buildFillInItems, planFillIn, type FillInItem, type FillInPlan } from '$lib/editor/fill-in';
import { memoryIgnoreStore, type IgnoreStore } from '$lib/checking/ignore';
import { settingsIgnoreStore } from '$lib/editor/ignore-db';
import { createSectionChecker, type SectionChecker } from '$lib/editor/checker';
import { findPack } from '$lib/packs/repository';
import { setCursorInserter } from '$lib/editor/insert';
import { db } from '$lib/db';

/** What the session needs to know of a section. */
export interface EditorSectionInfo {
	id: string;
	title: string;
	body: string;
	kind?: string;
}

export type { SectionChecker };

export interface EditorSessionOptions {
	/** The writer changed a section's text: save it (the draft session's updateSectionBody). */
	onBodyChange(sectionId: string, body: string): void;
	/** Where 忽略此处 is kept (the settings table in the app). */
	ignoreStore?: IgnoreStore;
	/** Builds the checker for a section from the draft's pack (plugins add rules by kind). */
	createChecker?: (section: EditorSectionInfo, pack: TemplatePack | null) => SectionChecker;
	/** Finds the draft's template pack by id (for its rule settings and slots). */
	loadPack?: (packId: string) => Promise<TemplatePack | null>;
	/** A section without a mounted editor must be shown (for pages that show one at a time). */
	onShowSection?: (sectionId: string) => void;
}

/** What the editor needs of the app's open-draft session (the app's DraftSession fits). */
export interface DraftSource {
	readonly draft: { id: string; packId?: string | null; sections: readonly EditorSectionInfo[] } | null;
	updateSectionBody(sectionId: string, body: string): void;
}

/** App-wide defaults: where ignore lists live and how sections are checked. */
export type EditorDefaults = Pick<EditorSessionOptions, 'ignoreStore' | 'createChecker' | 'loadPack'>;

/** A finding together with a short piece of its text, for the panel. */
export interface ListedFinding {
	finding: Finding;
	excerpt: string;
}

interface FillRecord {
	sections: { id: string; docAfter: Text }[];
	count: number;
}

const noChecker: SectionChecker = { check: () => [] };

async function loadPack(packId: string): Promise<TemplatePack | null> {
	return (await findPack(db().packs, packId)) ?? null;
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

function safeGet(key: string): string | null {
	try {
		return localStorage.getItem(key);
	} catch {
		return null;
	}
}

export class EditorSession {
	draftId = $state<string | null>(null);
	/** Section ids and titles in report order. */
	sections = $state.raw<{ id: string; title: string }[]>([]);
	/** Every finding per section as last checked, ignored ones included. */
	findings = $state.raw<Record<string, readonly ListedFinding[]>>({});
	ignored = $state.raw<ReadonlySet<string>>(new Set());
	activeSectionId = $state<string | null>(null);
	lastFill = $state.raw<FillRecord | null>(null);
	/** A short status line for the writer (fill-in done, undo done). */
	notice = $state('');
	/** Bumped after every check, so tests and the benchmark can wait for one. */
	checks = $state(0);

	/** Blanks not ignored, over the whole report: the badge's number. */
	blankCount = $derived.by(() => {
		let n = 0;
		for (const list of Object.values(this.findings))
			for (const { finding } of list) if (finding.category === 'blank' && !this.ignored.has(finding.key)) n++;
		return n;
	});

	#opts: EditorSessionOptions = { onBodyChange: () => {} };
	#states = new Map<string, EditorState>();
	#views = new Map<string, EditorView>();
	#checkers = new Map<string, SectionChecker>();
	#schedulers = new Map<string, CheckScheduler>();
	#infos = new Map<string, EditorSectionInfo>();
	#lastEmitted = new Map<string, string>();
	#pendingReveal = new Map<string, Range>();
	#signatures = new Map<string, string>();
	/** The latest findings of each section with the text they were found in (positions exact). */
	#latest = new Map<string, { doc: Text; findings: Finding[] }>();
	#fillBase = new Map<string, Text>();
	#pack: TemplatePack | null = null;
	#packId: string | null = null;
	/** The app's: ignore lists in the settings table, the incremental checker, packs from the db. */
	#defaults: EditorDefaults = { ignoreStore: settingsIgnoreStore, createChecker: createSectionChecker, loadPack };
	#onChangeFor = new Map<string, (body: string) => void>();
	#bound: DraftSource | null = null;
	#boundCount = 0;
	#stopBinding: (() => void) | null = null;
	#ignoreLoad: Promise<void> = Promise.resolve();

	/** Sets the app-wide defaults (the settings-table ignore store, the real checker). */
	configure(defaults: EditorDefaults): void {
		this.#defaults = defaults;
	}

	/**
	 * Follows an open draft: opens it here and re-syncs whenever its sections change (added,
	 * removed, moved, renamed, replaced from another tab). Every SectionEditor of the draft page
	 * calls this; the binding ends when the last one is gone. Returns the release function.
	 */
	attach(source: DraftSource): () => void {
		if (this.#bound !== source) {
			this.#stopBinding?.();
			this.#bound = source;
			this.#boundCount = 0;
			this.#stopBinding = $effect.root(() => {
				$effect(() => {
					const draft = source.draft;
					if (!draft) return;
					const sections = draft.sections.map((s) => ({ id: s.id, title: s.title, body: s.body, kind: s.kind }));
					const id = draft.id;
					const packId = draft.packId ?? null;
					untrack(() => {
						void this.open(id, sections, {
							onBodyChange: (sectionId, body) => source.updateSectionBody(sectionId, body),
							...this.#defaults
						});
						this.#followPack(packId);
					});
				});
			});
		}
		this.#boundCount++;
		return () => {
			this.#boundCount--;
			// Let a component that replaces this one (same page, next section list) re-attach first.
			queueMicrotask(() => {
				if (this.#boundCount > 0 || this.#bound !== source) return;
				this.#stopBinding?.();
				this.#stopBinding = null;
				this.#bound = null;
			});
		};
	}

	/**
	 * Makes sure a section exists when a SectionEditor is used without an open draft (standalone);
	 * `onchange` receives the writer's edits of that section.
	 */
	ensureSection(info: EditorSectionInfo, onchange?: (body: string) => void): void {
		if (onchange) this.#onChangeFor.set(info.id, onchange);
		if (this.#states.has(info.id)) return;
		if (this.draftId === null) {
			this.draftId = '';
			this.#opts = { onBodyChange: () => {}, ...this.#defaults };
		}
		this.#infos.set(info.id, info);
		this.#create(info);
		this.sections = [...this.sections, { id: info.id, title: info.title }];
	}

	/** Opens a draft (or re-syncs it when it is already open, keeping every undo history). */
	open(draftId: string, sections: readonly EditorSectionInfo[], options: EditorSessionOptions): Promise<void> {
		this.#opts = options;
		if (this.draftId !== draftId) {
			this.close();
			this.draftId = draftId;
			const store = this.#ignoreStore();
			this.#ignoreLoad = store.load(draftId).then(
				(keys) => {
					if (this.draftId !== draftId) return;
					this.ignored = new Set(keys);
					for (const id of this.#states.keys()) this.#showFindings(id);
				},
				() => {
					// Unreadable settings: start with nothing ignored rather than block editing.
				}
			);
		}
		this.sync(sections);
		return this.#ignoreLoad;
	}

	/** Forgets the open draft (views must already be unmounted by their components). */
	close(): void {
		for (const s of this.#schedulers.values()) s.dispose();
		for (const v of this.#views.values()) v.destroy();
		this.#states.clear();
		this.#views.clear();
		this.#checkers.clear();
		this.#schedulers.clear();
		this.#infos.clear();
		this.#lastEmitted.clear();
		this.#pendingReveal.clear();
		this.#signatures.clear();
		this.#latest.clear();
		this.#fillBase.clear();
		this.#onChangeFor.clear();
		this.draftId = null;
		this.#pack = null;
		this.#packId = null;
		this.sections = [];
		this.findings = {};
		this.ignored = new Set();
		this.activeSectionId = null;
		this.lastFill = null;
		this.notice = '';
	}

	/** The draft's template pack: its rule settings, forbidden words and skeleton slots. */
	setPack(pack: TemplatePack | null): void {
		this.#pack = pack;
		for (const info of this.#infos.values()) {
			this.#checkers.set(info.id, this.#makeChecker(info));
			this.#signatures.delete(info.id);
			this.#schedulers.get(info.id)?.request();
		}
	}

	/** Loads the pack a draft names (once per id) and re-checks with it. */
	#followPack(packId: string | null): void {
		if (packId === this.#packId) return;
		this.#packId = packId;
		if (!packId) {
			if (this.#pack) this.setPack(null);
			return;
		}
		const load = this.#opts.loadPack ?? this.#defaults.loadPack;
		if (!load) return;
		void load(packId).then(
			(pack) => {
				if (this.#packId === packId) this.setPack(pack);
			},
			() => {
				// Pack unreadable: keep checking with the built-in rules.
			}
		);
	}

	/**
	 * Brings the session in line with the draft's sections: new sections get a state, removed ones
	 * go, and a body changed from outside (another tab, a restored snapshot) replaces the text.
	 */
	sync(sections: readonly EditorSectionInfo[]): void {
		const keep = new Set(sections.map((s) => s.id));
		for (const id of [...this.#states.keys()]) if (!keep.has(id)) this.#drop(id);
		for (const s of sections) {
			const before = this.#infos.get(s.id);
			this.#infos.set(s.id, s);
			if (!this.#states.has(s.id)) {
				this.#create(s);
				continue;
			}
			this.syncBody(s.id, s.body);
			// The pack section (and so the rules) is found by plugin and title.
			if (before && (before.kind !== s.kind || before.title !== s.title)) {
				this.#checkers.set(s.id, this.#makeChecker(s));
				this.#schedulers.get(s.id)?.request();
			}
		}
		const next = sections.map((s) => ({ id: s.id, title: s.title }));
		const same =
			next.length === this.sections.length &&
			next.every((s, i) => s.id === this.sections[i]?.id && s.title === this.sections[i]?.title);
		if (!same) this.sections = next;
	}

	/** One section's body as the draft holds it; replaces the text only when it differs. */
	syncBody(sectionId: string, body: string): void {
		if (this.#lastEmitted.get(sectionId) === body) return;
		const state = this.#state(sectionId);
		if (!state) return;
		if (state.doc.length === body.length && state.doc.toString() === body) {
			this.#lastEmitted.set(sectionId, body);
			return;
		}
		this.#lastEmitted.set(sectionId, body);
		this.#dispatch(sectionId, {
			changes: minimalChange(state.doc.toString(), body),
			annotations: [externalChange.of(true), Transaction.addToHistory.of(false)]
		});
		this.#schedulers.get(sectionId)?.request();
	}

	/** Shows section `sectionId` in `parent`; returns the view. Call unmount when done. */
	mount(sectionId: string, parent: HTMLElement): EditorView | null {
		const state = this.#states.get(sectionId);
		if (!state) return null;
		this.#views.get(sectionId)?.destroy();
		const view = new EditorView({ state, parent });
		this.#views.set(sectionId, view);
		setCursorInserter((text, id) => this.insertAtCursor(text, id));
		const pending = this.#pendingReveal.get(sectionId);
		if (pending) {
			this.#pendingReveal.delete(sectionId);
			queueMicrotask(() => this.reveal(sectionId, pending));
		}
		return view;
	}

	/** Takes a section's view off screen, keeping its state (and undo history). */
	unmount(sectionId: string, view: EditorView): void {
		if (this.#views.get(sectionId) !== view) {
			view.destroy();
			return;
		}
		this.#states.set(sectionId, view.state);
		this.#views.delete(sectionId);
		view.destroy();
		if (this.#views.size === 0) setCursorInserter(null);
	}

	/** The section's current text. */
	text(sectionId: string): string {
		return this.#state(sectionId)?.doc.toString() ?? '';
	}

	view(sectionId: string): EditorView | null {
		return this.#views.get(sectionId) ?? null;
	}

	/**
	 * Inserts text at the writer's cursor (replacing a selection) in the focused section, or the
	 * one given; for phrase banks and skeletons. Returns false when there is no section to insert
	 * into.
	 */
	insertAtCursor(text: string, sectionId?: string): boolean {
		const id = sectionId ?? this.activeSectionId ?? this.#views.keys().next().value ?? this.sections[0]?.id;
		if (!id) return false;
		const state = this.#state(id);
		if (!state) return false;
		const spec = state.replaceSelection(text);
		this.#dispatch(id, { ...spec, scrollIntoView: true, userEvent: 'input.paste' });
		const view = this.#views.get(id);
		if (view) view.focus();
		this.activeSectionId = id;
		return true;
	}

	/** F8 / Shift+F8: selects the next / previous blank of the report. */
	goToBlank(dir: 1 | -1, fromSection?: string): boolean {
		this.flushChecks();
		const current = fromSection ?? this.activeSectionId;
		const state = current ? this.#state(current) : null;
		const pos = state && current ? state.selection.main.from : -1;
		const target = findBlank(
			this.sections.map((s) => ({ sectionId: s.id, ranges: this.#blankRanges(s.id) })),
			{ sectionId: current ?? '', pos },
			dir
		);
		if (!target) return false;
		this.reveal(target.sectionId, target);
		return true;
	}

	/** Selects a range in a section, scrolls it into view and focuses the editor. */
	reveal(sectionId: string, range: Range): void {
		this.activeSectionId = sectionId;
		const view = this.#views.get(sectionId);
		if (!view) {
			// Off screen: move its cursor now, scroll and focus once a view shows it.
			const len = this.#state(sectionId)?.doc.length ?? 0;
			this.#dispatch(sectionId, { selection: { anchor: Math.min(range.from, len), head: Math.min(range.to, len) } });
			this.#pendingReveal.set(sectionId, range);
			this.#opts.onShowSection?.(sectionId);
			return;
		}
		const len = view.state.doc.length;
		const from = Math.min(range.from, len);
		const to = Math.min(range.to, len);
		view.dispatch({
			selection: { anchor: from, head: to },
			effects: EditorView.scrollIntoView(from, { y: 'center' })
		});
		view.focus();
	}

	/** Shows a listed finding where it is now (after edits since the check). */
	revealFinding(sectionId: string, finding: Finding): void {
		const state = this.#state(sectionId);
		if (!state) return;
		const at = locateFinding(state, finding) ?? { from: finding.from, to: finding.to };
		this.reveal(sectionId, at);
	}

	/** Applies a finding's quick fix where the finding is now. */
	applyFix(sectionId: string, finding: Finding): boolean {
		const state = this.#state(sectionId);
		if (!state || !finding.fix || finding.fix.length === 0) return false;
		const at = locateFinding(state, finding);
		if (!at) return false;
		const delta = at.from - finding.from;
		const changes = finding.fix.map((e) => ({ from: e.from + delta, to: e.to + delta, insert: e.insert }));
		if (changes.some((c) => c.from < 0 || c.to > state.doc.length || c.from > c.to)) return false;
		this.#dispatch(sectionId, { changes, userEvent: 'input.fix' });
		this.#schedulers.get(sectionId)?.request();
		return true;
	}

	/** 忽略此处. */
	ignore(key: string): Promise<void> {
		if (this.ignored.has(key)) return Promise.resolve();
		this.ignored = new Set([...this.ignored, key]);
		return this.#afterIgnoreChange();
	}

	/** 取消忽略. */
	unignore(key: string): Promise<void> {
		if (!this.ignored.has(key)) return Promise.resolve();
		const next = new Set(this.ignored);
		next.delete(key);
		this.ignored = next;
		return this.#afterIgnoreChange();
	}

	/** Runs any waiting check now (not during a composition). */
	flushChecks(): void {
		for (const s of this.#schedulers.values()) s.flush();
	}

	/** Every blank of the draft as a fill-in form row. */
	fillInItems(): FillInItem[] {
		this.flushChecks();
		this.#fillBase.clear();
		const sections = this.sections.map((s) => {
			const state = this.#state(s.id);
			const body = state?.doc.toString() ?? '';
			if (state) this.#fillBase.set(s.id, state.doc);
			// Current positions from the editor state (ignored findings are not in it).
			const findings = state ? placedFindings(state).map((p) => ({ ...p.finding, from: p.from, to: p.to })) : [];
			return { id: s.id, title: s.title, body, findings };
		});
		return buildFillInItems(sections);
	}

	/**
	 * Fills the blanks: one transaction per section (so Ctrl+Z in that section undoes the whole
	 * fill-in there), all or nothing when a value is bad or the text changed under the form.
	 */
	applyFillIn(items: readonly FillInItem[], values: Readonly<Record<string, string>>): FillInPlan & { stale: boolean } {
		const plan = planFillIn(items, values);
		if (Object.keys(plan.errors).length > 0 || plan.filled === 0) return { ...plan, stale: false };
		for (const id of plan.edits.keys()) {
			if (this.#state(id)?.doc !== this.#fillBase.get(id)) return { ...plan, stale: true };
		}
		const record: FillRecord = { sections: [], count: plan.filled };
		for (const [id, edits] of plan.edits) {
			this.#dispatch(id, {
				changes: edits.map((e) => ({ from: e.from, to: e.to, insert: e.insert })),
				userEvent: 'input.fill',
				annotations: isolateHistory.of('full')
			});
			const state = this.#state(id);
			if (state) record.sections.push({ id, docAfter: state.doc });
		}
		for (const id of plan.edits.keys()) this.#schedulers.get(id)?.flush();
		this.lastFill = record;
		this.notice = m.fillInDone(plan.filled);
		return { ...plan, stale: false };
	}

	/** 撤销填空: undoes the last fill-in in every section it changed. */
	undoFillIn(): number {
		const record = this.lastFill;
		if (!record) return 0;
		let undone = 0;
		let stale = false;
		for (const { id, docAfter } of record.sections) {
			const state = this.#state(id);
			if (!state || state.doc !== docAfter) {
				stale = true;
				continue;
			}
			const view = this.#views.get(id);
			if (view) undo(view);
			else undo({ state, dispatch: (tr) => this.#dispatch(id, tr) });
			this.#schedulers.get(id)?.flush();
			undone++;
		}
		this.lastFill = null;
		this.notice = stale ? m.fillInUndoStale : m.fillInUndone(record.count);
		return undone;
	}

	// ——— internals ———

	#fallbackStore = memoryIgnoreStore();
	/** Benchmark switch (localStorage gaojiang:editor:nocheck = 1): measure the editor alone. */
	#checkingOff = typeof localStorage !== 'undefined' && safeGet('gaojiang:editor:nocheck') === '1';

	#ignoreStore(): IgnoreStore {
		return this.#opts.ignoreStore ?? this.#defaults.ignoreStore ?? this.#fallbackStore;
	}

	#makeChecker(info: EditorSectionInfo): SectionChecker {
		const make = this.#opts.createChecker ?? this.#defaults.createChecker;
		return make?.(info, this.#pack) ?? noChecker;
	}

	#create(info: EditorSectionInfo): void {
		const id = info.id;
		const hooks: SectionHooks = {
			changed: (u) => this.#changed(id, u.state),
			focused: () => (this.activeSectionId = id),
			compositionEnded: () => this.#schedulers.get(id)?.compositionEnded(),
			goToBlank: (dir) => this.goToBlank(dir, id),
			ignore: (f) => void this.ignore(f.key),
			fix: (f) => {
				if (this.applyFix(id, f)) this.#views.get(id)?.focus();
			}
		};
		this.#states.set(id, createSectionState(info.body, info.title, hooks));
		this.#lastEmitted.set(id, info.body);
		this.#checkers.set(id, this.#makeChecker(info));
		const scheduler = new CheckScheduler({
			run: () => this.#check(id),
			isComposing: () => this.#views.get(id)?.composing ?? false
		});
		this.#schedulers.set(id, scheduler);
		scheduler.request();
	}

	#drop(id: string): void {
		this.#schedulers.get(id)?.dispose();
		this.#views.get(id)?.destroy();
		for (const map of [this.#states, this.#views, this.#checkers, this.#schedulers, this.#infos, this.#lastEmitted, this.#signatures, this.#onChangeFor, this.#latest])
			map.delete(id);
		const { [id]: _f, ...findings } = this.findings;
		this.findings = findings;
	}

	#changed(id: string, state: EditorState): void {
		const body = state.doc.toString();
		this.#lastEmitted.set(id, body);
		const own = this.#onChangeFor.get(id);
		if (own) own(body);
		else this.#opts.onBodyChange(id, body);
		this.#schedulers.get(id)?.request();
		// Typing after a fill-in: the section's own Ctrl+Z still works; 撤销填空 no longer applies.
		const fill = this.lastFill;
		if (fill && fill.sections.some((s) => s.id === id && s.docAfter !== state.doc)) {
			this.lastFill = null;
			this.notice = '';
		}
	}

	#state(id: string): EditorState | undefined {
		return this.#views.get(id)?.state ?? this.#states.get(id);
	}

	#dispatch(id: string, spec: TransactionSpec | Transaction): void {
		const view = this.#views.get(id);
		if (view) {
			if (spec instanceof Transaction) view.dispatch(spec);
			else view.dispatch(spec);
			return;
		}
		const state = this.#states.get(id);
		if (!state) return;
		const tr = spec instanceof Transaction ? spec : state.update(spec);
		this.#states.set(id, tr.state);
		if (tr.docChanged && !tr.annotation(externalChange)) this.#changed(id, tr.state);
	}

	#check(id: string): number {
		const t0 = performance.now();
		const state = this.#state(id);
		const checker = this.#checkingOff ? noChecker : this.#checkers.get(id);
		if (!state || !checker) return 0;
		const text = state.doc.toString();
		let found: Finding[];
		try {
			found = checker.check(text);
		} catch {
			// A failing rule must never cost the writer the editor.
			found = [];
		}
		// Positions shift with every keystroke before a finding; the panel only needs to change
		// when what was found changes (positions live, mapped, in the editor state).
		this.#latest.set(id, { doc: state.doc, findings: found });
		const signature = found.map((f) => `${f.key}\u0000${f.message}`).join('\n');
		if (signature !== this.#signatures.get(id)) {
			this.#signatures.set(id, signature);
			const listed = found.map((finding) => ({
				finding,
				excerpt: text.slice(Math.max(0, finding.from - 10), Math.min(text.length, finding.to + 10))
			}));
			this.findings = { ...this.findings, [id]: listed };
		}
		this.#showFindings(id);
		this.checks++;
		const ms = performance.now() - t0;
		// For the benchmark and browser tests: a check's result is now in the editor.
		if (typeof window !== 'undefined') window.dispatchEvent(new CustomEvent('gaojiang:checked', { detail: { sectionId: id, ms } }));
		return ms;
	}

	/** Puts the section's non-ignored findings into its editor state. */
	#showFindings(id: string): void {
		const state = this.#state(id);
		const latest = this.#latest.get(id);
		if (!state || !latest) return;
		// Positions are exact only for the text they were found in; the panel's list may be older
		// (it changes only when what was found changes). A newer text gets a fresh check instead.
		if (latest.doc !== state.doc) {
			this.#schedulers.get(id)?.request();
			return;
		}
		const { shown } = partitionIgnored(latest.findings, this.ignored);
		// Unchanged findings already sit at these positions (mapped through the edit): leave the
		// decorations alone, so a keystroke costs no redraw of every underline.
		if (samePlaces(placedFindings(state), shown)) return;
		const view = this.#views.get(id);
		if (view?.composing) {
			// Never touch decorations inside a composition; check again when it ends.
			this.#schedulers.get(id)?.request();
			return;
		}
		this.#dispatch(id, { effects: setFindings.of(shown) });
	}

	#blankRanges(id: string): Range[] {
		const state = this.#state(id);
		return state ? blankRanges(state) : [];
	}

	async #afterIgnoreChange(): Promise<void> {
		for (const id of this.#states.keys()) this.#showFindings(id);
		const draftId = this.draftId;
		if (!draftId) return;
		await this.#ignoreLoad;
		await this.#ignoreStore().save(draftId, [...this.ignored]);
	}
}

export const editorSession = new EditorSession();
