/**
 * The editor of one opened draft, put together from pieces with one job each: the section
 * editors (one record per section), checking (the draft checker, findings, open blanks), the
 * ignore list, 逐项填空 and 查找替换. Created per opened draft by the draft page (EditorScope) and passed
 * down by context; the clock and the repositories are injected, so tests run on fake time.
 */
import { untrack } from 'svelte';
import type { Finding } from '$lib/check/types';
import type { CheckedDraft, DisabledChecks } from '$lib/checking';
import type { IgnoreStore } from '$lib/checking/ignore';
import { memoryIgnoreStore } from '$lib/checking/ignore';
import { locateFinding } from '$lib/editor/findings-field';
import type { Range } from '$lib/editor/findings';
import { findBlank } from '$lib/editor/navigation';
import type { FillInItem, FillInPlan } from '$lib/editor/fill-in';
import type { FillInField } from '$lib/editor/fill-in-fields';
import type { FillStore, TitlePlace } from '$lib/editor/fill-record';
import { placeInsertion, type InsertKind } from '$lib/editor/insert';
import { isolateHistory } from '@codemirror/commands';
import type { TemplatePack } from '$lib/packs/types';
import { DraftChecking } from './draft-checking.svelte';
import { FillIn, titleKey, type TitleAccess } from './fill-in.svelte';
import { FindReplace } from './find-replace.svelte';
import { IgnoreList } from './ignore-list.svelte';
import { SectionEditors, realClock, type Clock, type EditorSectionInfo } from './section-editors.svelte';

export type { EditorSectionInfo, Clock };
export { minimalChange } from './section-editors.svelte';

/** What the editor needs of the open draft (the app's DraftSession fits). */
export interface DraftSource {
	readonly draft: {
		id: string;
		title: string;
		year: number | null;
		packId?: string | null;
		/** The 范文 an imported draft came from. */
		source?: { text: string };
		sections: readonly EditorSectionInfo[];
	} | null;
	updateSectionBody(sectionId: string, body: string): void;
	/** Title changes (逐项填空 fills blanks in titles too); absent: titles are not filled. */
	setTitle?(title: string): void;
	renameSection?(sectionId: string, title: string): void;
}

export interface EditorSessionOptions {
	/** The draft's id ('' for a standalone editor). */
	draftId: string;
	/** The open draft this session follows (sections, title, 年度, pack); none when standalone. */
	source?: DraftSource | null;
	/** Where 忽略此处 is kept. */
	ignoreStore?: IgnoreStore;
	/** Where the last 逐项填空 is kept, so 撤销填空 outlives a reload. */
	fillStore?: FillStore;
	/** Finds the draft's template pack by id. */
	loadPack?: (packId: string) => Promise<TemplatePack | null>;
	clock?: Clock;
	/** A section without a mounted editor must be shown (for pages that show one at a time). */
	onShowSection?: (sectionId: string) => void;
	/** Benchmark switch: the editor without checking. */
	checkingOff?: boolean;
	/** Where undo histories are kept between sessions of a draft (the app keeps recent drafts'). */
	histories?: HistoryKeeper;
	/** The checks turned off (read in an effect: a rune-backed getter is followed). */
	disabledChecks?: () => DisabledChecks | undefined;
}

/** Undo histories of recently closed drafts, by draft and section. */
export interface HistoryKeeper {
	load(draftId: string, sectionId: string): unknown;
	save(draftId: string, sectionId: string, kept: unknown): void;
}

/** Keeps the histories of the last `drafts` drafts in memory (this tab only). */
export function memoryHistoryKeeper(drafts = 8): HistoryKeeper {
	const byDraft = new Map<string, Map<string, unknown>>();
	return {
		load: (draftId, sectionId) => byDraft.get(draftId)?.get(sectionId),
		save(draftId, sectionId, kept) {
			let sections = byDraft.get(draftId);
			if (!sections) {
				sections = new Map();
				byDraft.set(draftId, sections);
				while (byDraft.size > drafts) byDraft.delete(byDraft.keys().next().value!);
			}
			sections.set(sectionId, kept);
		}
	};
}

/** A finding together with a short piece of its text, for the panel. */
export interface ListedFinding {
	finding: Finding;
	excerpt: string;
}

export class EditorSession {
	readonly draftId: string;
	/** Section ids and titles in report order. */
	sections = $state.raw<{ id: string; title: string }[]>([]);
	/** Every finding per section as last checked, ignored ones included (the panel's list). */
	findings = $state.raw<Record<string, readonly ListedFinding[]>>({});
	activeSectionId = $state<string | null>(null);
	/** Bumped after every check, so tests and the benchmark can wait for one. */
	checks = $state(0);

	readonly ignoreList: IgnoreList;
	readonly checking: DraftChecking;
	readonly editors: SectionEditors;
	readonly fill: FillIn;
	/** 查找替换 across every section. */
	readonly find: FindReplace;

	/**
	 * Shows a blank in a title (the page's title inputs: focus and select); set by the page. While
	 * unset, F8 visits the bodies only.
	 */
	revealTitle: ((place: TitlePlace, range: Range) => void) | null = null;

	readonly #source: DraftSource | null;
	#titles: TitleAccess | null = null;
	readonly #disabledChecks: (() => DisabledChecks | undefined) | undefined;
	#signatures = new Map<string, string>();
	#title = '';
	/** Sections where the writer has put the caret (focus, F8, a finding shown) in this session. */
	readonly #caretPlaced = new Set<string>();

	constructor(options: EditorSessionOptions) {
		this.draftId = options.draftId;
		this.#source = options.source ?? null;
		this.#disabledChecks = options.disabledChecks;
		this.ignoreList = new IgnoreList(options.ignoreStore ?? memoryIgnoreStore(), options.draftId);
		this.editors = new SectionEditors({
			clock: options.clock ?? realClock,
			check: (info, text) => this.checking.checkSection({ id: info.id, kind: info.kind ?? 'free', title: info.title, body: text }),
			ignored: () => this.ignoreList.keys,
			changed: (id, body, state) => {
				this.#source?.updateSectionBody(id, body);
				this.fill.edited(id, state.doc);
				this.find.edited(id, state.doc);
			},
			checked: (id, text, found, ms) => this.#checked(id, text, found, ms),
			hooks: (id) => ({
				focused: () => {
					this.activeSectionId = id;
					this.#caretPlaced.add(id);
				},
				goToBlank: (dir) => this.goToBlank(dir, id),
				ignore: (f) => void this.ignore(f.key),
				fix: (f) => {
					if (this.applyFix(id, f)) this.editors.view(id)?.focus();
				}
			}),
			showSection: options.onShowSection,
			histories: options.histories && options.draftId
				? { load: (id) => options.histories!.load(options.draftId, id), save: (id, kept) => options.histories!.save(options.draftId, id, kept) }
				: undefined
		});
		this.checking = new DraftChecking({
			ignore: this.ignoreList,
			loadPack: options.loadPack,
			draft: () => this.#checkedDraft(),
			onContextChange: () => this.editors.requestAll(),
			off: options.checkingOff
		});
		this.fill = new FillIn({
			editors: this.editors,
			sections: () => this.sections,
			year: () => this.checking.context.year,
			store: options.fillStore ?? null,
			draftId: options.draftId,
			titles: (this.#titles = this.#source?.setTitle && this.#source.renameSection ? this.#titleAccess(this.#source) : null)
		});
		void this.fill.load();
		this.find = new FindReplace(this.editors, () => this.sections);
		this.checking.setDisabled(options.disabledChecks?.());
		// Marks of keys ignored elsewhere (the list loaded, another panel) follow the list.
		void this.ignoreList.ready.then(() => this.editors.showAll());
	}

	/** Blanks not ignored over the whole draft: the badge's number. */
	get blankCount(): number {
		return this.checking.openBlankCount;
	}

	get ignored(): ReadonlySet<string> {
		return this.ignoreList.keys;
	}

	/** Whether 撤销填空 can be done now. */
	get canUndoFill(): boolean {
		return this.fill.canUndo;
	}

	get notice(): string {
		return this.fill.notice;
	}

	/** Follows the source draft: sections, titles, 年度 and pack. Returns the stop function. */
	attach(): () => void {
		const source = this.#source;
		if (!source) return () => {};
		return $effect.root(() => {
			$effect(() => {
				const draft = source.draft;
				if (!draft || draft.id !== this.draftId) return;
				const copy = {
					title: draft.title,
					year: draft.year,
					packId: draft.packId ?? null,
					source: draft.source?.text ?? null,
					sections: draft.sections.map((s) => ({ id: s.id, title: s.title, body: s.body, kind: s.kind }))
				};
				untrack(() => this.follow(copy));
			});
			$effect(() => {
				const disabled = this.#disabledChecks?.();
				untrack(() => this.checking.setDisabled(disabled));
			});
		});
	}

	/** Takes in the draft as it is now: its sections, title, 年度 and pack. */
	follow(draft: { title: string; year: number | null; packId: string | null; source?: string | null; sections: readonly EditorSectionInfo[] }): void {
		this.#title = draft.title;
		this.sync(draft.sections);
		this.checking.follow(draft.year, draft.packId, draft.source ?? null);
		this.checking.refreshDraftWide();
	}

	/**
	 * Brings the editors in line with the draft's sections: new sections get a record, removed
	 * ones go, and a body changed from outside (another tab, a restored snapshot) replaces the text.
	 */
	sync(sections: readonly EditorSectionInfo[]): void {
		const keep = new Set(sections.map((s) => s.id));
		for (const id of this.editors.ids()) if (!keep.has(id)) this.#drop(id);
		for (const s of sections) {
			if (this.editors.has(s.id)) this.editors.update(s);
			else this.editors.add(s);
		}
		const next = sections.map((s) => ({ id: s.id, title: s.title }));
		const same = next.length === this.sections.length && next.every((s, i) => s.id === this.sections[i]?.id && s.title === this.sections[i]?.title);
		if (!same) this.sections = next;
		this.fill.adopt();
	}

	/** A section used without an open draft (standalone); `onchange` receives its edits. */
	ensureSection(info: EditorSectionInfo, onchange?: (body: string) => void): void {
		if (this.editors.has(info.id)) return;
		this.editors.add(info, onchange);
		this.sections = [...this.sections, { id: info.id, title: info.title }];
	}

	syncBody(sectionId: string, body: string): void {
		this.editors.syncBody(sectionId, body);
	}

	mount(sectionId: string, parent: HTMLElement) {
		return this.editors.mount(
			sectionId,
			parent,
			(text, id, kind) => this.insertAtCursor(text, id, kind),
			(id, range) => this.reveal(id, range)
		);
	}

	unmount(sectionId: string, view: import('@codemirror/view').EditorView): void {
		this.editors.unmount(sectionId, view);
	}

	text(sectionId: string): string {
		return this.editors.text(sectionId);
	}

	view(sectionId: string) {
		return this.editors.view(sectionId);
	}

	/**
	 * Inserts text where the writer looks: at the caret of section `sectionId` (default: the
	 * focused one) when the writer has put a caret there, else at the end of that section. A
	 * `block` (a skeleton) is its own paragraph. One transaction, kept apart in the undo history,
	 * so one Ctrl+Z takes it out; the caret is scrolled into view below the sticky toolbar.
	 */
	insertAtCursor(text: string, sectionId?: string, kind: InsertKind = 'inline'): boolean {
		const id = sectionId ?? this.activeSectionId ?? this.editors.firstMounted() ?? this.sections[0]?.id;
		if (!id) return false;
		const state = this.editors.state(id);
		if (!state) return false;
		const doc = state.doc.toString();
		const { from, to } = this.#caretPlaced.has(id) ? state.selection.main : { from: doc.length, to: doc.length };
		const placed = placeInsertion(doc, from, to, text, kind);
		this.editors.dispatch(id, {
			changes: { from: placed.from, to: placed.to, insert: placed.insert },
			selection: { anchor: placed.cursor },
			scrollIntoView: true,
			userEvent: 'input.paste',
			annotations: isolateHistory.of('full')
		});
		this.editors.view(id)?.focus();
		this.activeSectionId = id;
		this.#caretPlaced.add(id);
		return true;
	}

	/**
	 * F8 / Shift+F8: selects the next / previous open blank of the report — the draft's title,
	 * then each section's title and body (titles only when the page can show them).
	 */
	goToBlank(dir: 1 | -1, fromSection?: string, fromTitle?: { place: TitlePlace; pos: number }): boolean {
		this.editors.flush();
		const titles = this.#titleTargets();
		const current = fromTitle ? titleKey(fromTitle.place) : (fromSection ?? this.activeSectionId);
		let pos = fromTitle?.pos ?? -1;
		if (!fromTitle) {
			const state = current ? this.editors.state(current) : null;
			pos = state && current ? state.selection.main.from : -1;
		}
		const order: { sectionId: string; ranges: Range[] }[] = [];
		const titleOf = (key: string) => titles.get(key);
		if (titleOf(titleKey({ kind: 'title' }))) order.push({ sectionId: titleKey({ kind: 'title' }), ranges: titleOf(titleKey({ kind: 'title' }))!.ranges });
		for (const s of this.sections) {
			const key = titleKey({ kind: 'section-title', sectionId: s.id });
			const t = titleOf(key);
			if (t) order.push({ sectionId: key, ranges: t.ranges });
			order.push({ sectionId: s.id, ranges: this.editors.blankRanges(s.id) });
		}
		const target = findBlank(order, { sectionId: current ?? '', pos }, dir);
		if (!target) return false;
		const title = titles.get(target.sectionId);
		if (title && this.revealTitle) this.revealTitle(title.place, target);
		else this.reveal(target.sectionId, target);
		return true;
	}

	/** The titles' open blanks as F8 targets (offsets into each title as held), by title key. */
	#titleTargets(): Map<string, { place: TitlePlace; ranges: Range[] }> {
		const out = new Map<string, { place: TitlePlace; ranges: Range[] }>();
		const titles = this.#titles;
		if (!titles || !this.revealTitle) return out;
		for (const { place, finding } of titles.blanks()) {
			const text = titles.text(place);
			if (text === null) continue;
			const lead = text.length - text.trimStart().length;
			const key = titleKey(place);
			const entry = out.get(key) ?? { place, ranges: [] };
			entry.ranges.push({ from: finding.from + lead, to: finding.to + lead });
			out.set(key, entry);
		}
		for (const e of out.values()) e.ranges.sort((a, b) => a.from - b.from);
		return out;
	}

	/** Selects a range in a section, scrolls it into view and focuses the editor. */
	reveal(sectionId: string, range: Range): void {
		this.activeSectionId = sectionId;
		this.#caretPlaced.add(sectionId);
		const view = this.editors.view(sectionId);
		if (!view) return this.editors.deferReveal(sectionId, range);
		const len = view.state.doc.length;
		const from = Math.min(range.from, len);
		const to = Math.min(range.to, len);
		view.dispatch({ selection: { anchor: from, head: to }, scrollIntoView: true });
		view.focus();
	}

	/** Shows a listed finding where it is now (after edits since the check). */
	revealFinding(sectionId: string, finding: Finding): void {
		const state = this.editors.state(sectionId);
		if (!state) return;
		this.reveal(sectionId, locateFinding(state, finding) ?? { from: finding.from, to: finding.to });
	}

	/** Applies a finding's quick fix where the finding is now. */
	applyFix(sectionId: string, finding: Finding): boolean {
		const state = this.editors.state(sectionId);
		if (!state || !finding.fix || finding.fix.length === 0) return false;
		const at = locateFinding(state, finding);
		if (!at) return false;
		const delta = at.from - finding.from;
		const changes = finding.fix.map((e) => ({ from: e.from + delta, to: e.to + delta, insert: e.insert }));
		if (changes.some((c) => c.from < 0 || c.to > state.doc.length || c.from > c.to)) return false;
		this.editors.dispatch(sectionId, { changes, userEvent: 'input.fix' });
		this.editors.request(sectionId);
		return true;
	}

	/** 忽略此处. */
	async ignore(key: string): Promise<void> {
		const saved = this.ignoreList.add(key);
		this.editors.showAll();
		await saved;
	}

	/** 取消忽略. */
	async unignore(key: string): Promise<void> {
		const saved = this.ignoreList.remove(key);
		this.editors.showAll();
		await saved;
	}

	/** Runs any waiting check now (not during a composition). */
	flushChecks(): void {
		this.editors.flush();
	}

	/** Every open blank of the draft as a fill-in form row. */
	fillInItems(): FillInItem[] {
		return this.fill.items();
	}

	/** The form's fields over the blanks last listed (the same blanks share one). */
	fillInFields(split?: ReadonlySet<string>): FillInField[] {
		return this.fill.fields(split);
	}

	applyFillIn(fields: readonly FillInField[], values: Readonly<Record<string, string>>): FillInPlan & { stale: boolean } {
		return this.fill.apply(fields, values);
	}

	undoFillIn(): number {
		return this.fill.undo();
	}

	/** Ends the session (views must already be unmounted by their components). */
	close(): void {
		this.editors.dispose();
		this.fill.reset();
		this.find.reset();
	}

	/**
	 * The draft as checking sees it: the source's title, the editors' current texts. Bodies are
	 * read only when a draft-wide rule asks (this runs after every keystroke's check).
	 */
	#checkedDraft(): CheckedDraft {
		const editors = this.editors;
		return {
			title: this.#title,
			sections: this.sections.map((s) => ({
				id: s.id,
				kind: editors.info(s.id)?.kind ?? 'free',
				title: s.title,
				get body() {
					return editors.text(s.id);
				}
			}))
		};
	}

	/** The draft's titles for 逐项填空: their open blanks, read and written through the source. */
	#titleAccess(source: DraftSource): TitleAccess {
		const text = (place: TitlePlace): string | null => {
			const draft = source.draft;
			if (!draft) return null;
			if (place.kind === 'title') return draft.title;
			return draft.sections.find((s) => s.id === place.sectionId)?.title ?? null;
		};
		return {
			blanks: () => {
				this.checking.refreshDraftWide();
				const ignored = this.ignoreList.keys;
				const out: { place: TitlePlace; finding: Finding }[] = [];
				for (const p of this.checking.draftWide) {
					if (p.finding.category !== 'blank' || ignored.has(p.finding.key)) continue;
					if (p.place.kind === 'title' || p.place.kind === 'section-title') out.push({ place: p.place, finding: p.finding });
				}
				return out;
			},
			text,
			set: (place, value) => {
				if (place.kind === 'title') source.setTitle?.(value);
				else source.renameSection?.(place.sectionId, value);
				// The checker and the form read the titles from here at once, not after the effect.
				this.#title = source.draft?.title ?? this.#title;
				this.sync(source.draft?.sections.map((s) => ({ id: s.id, title: s.title, body: this.editors.has(s.id) ? this.editors.text(s.id) : s.body, kind: s.kind })) ?? []);
				this.checking.refreshDraftWide();
			}
		};
	}

	#drop(id: string): void {
		this.editors.remove(id);
		this.checking.forget(id);
		this.#signatures.delete(id);
		if (id in this.findings) {
			const { [id]: _gone, ...rest } = this.findings;
			this.findings = rest;
		}
	}

	#checked(id: string, text: string, found: Finding[], ms: number): void {
		// Positions shift with every keystroke before a finding; the panel only needs to change
		// when what was found changes (positions live, mapped, in the editor state).
		const signature = found.map((f) => `${f.key}\u0000${f.message}`).join('\n');
		if (signature !== this.#signatures.get(id)) {
			this.#signatures.set(id, signature);
			const listed = found.map((finding) => ({
				finding,
				excerpt: text.slice(Math.max(0, finding.from - 10), Math.min(text.length, finding.to + 10))
			}));
			this.findings = { ...this.findings, [id]: listed };
		}
		this.checks++;
		// For the benchmark and browser tests: a check's result is now in the editor.
		if (typeof window !== 'undefined') window.dispatchEvent(new CustomEvent('gaojiang:checked', { detail: { sectionId: id, ms } }));
	}
}
