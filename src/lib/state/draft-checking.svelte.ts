/**
 * Checking of one open draft: the draft checker for its pack and 年度, the latest findings of
 * each section (as the editor checked them), of the titles and of the draft-wide rules, the
 * writer's ignore list, and from these the open blanks the badge, F8, 逐项填空 and the export
 * dialog all count. Export asks `blankFinder` for its spans; nothing else decides what is open.
 */
import type { Finding } from '$lib/check/types';
import {
	DraftChecker,
	blankFinderFor,
	exportGate,
	openBlanks,
	type ExportGate,
	type BlankSpan,
	type CheckedDraft,
	type CheckedSection,
	type CheckingContext,
	type DisabledChecks,
	type DraftReport,
	type PlacedFinding
} from '$lib/checking';
import type { TemplatePack } from '$lib/packs/types';
import type { IgnoreList } from './ignore-list.svelte';
import { preferences } from './preferences.svelte';

export interface DraftCheckingOptions {
	ignore: IgnoreList;
	/** Finds the draft's template pack by id (the packs repository in the app). */
	loadPack?: (packId: string) => Promise<TemplatePack | null>;
	/** The draft's current title and sections, for the draft-wide rules. */
	draft: () => CheckedDraft | null;
	/** The context changed (pack loaded, year set): every section must be checked again. */
	onContextChange?: () => void;
	/** Benchmark switch: check nothing (to measure the editor alone). */
	off?: boolean;
}

export class DraftChecking {
	context = $state.raw<CheckingContext>({ pack: null, year: null });
	/** Each section's findings as last checked (ignored ones included). */
	sections = $state.raw<Readonly<Record<string, readonly Finding[]>>>({});
	/** Findings of the titles and of the draft-wide rules (ignored ones included). */
	draftWide = $state.raw<readonly PlacedFinding[]>([]);
	/** With a 范文: each section's share still identical to it, in whole percent (本节 85% 与范文相同). */
	residue = $state.raw<Readonly<Record<string, number>>>({});
	readonly ignore: IgnoreList;

	/** Blanks not ignored over the whole draft: “还有 N 处未填写”. */
	openBlankCount = $derived.by(() => {
		const ignored = this.ignore.keys;
		let n = 0;
		for (const list of Object.values(this.sections)) for (const f of list) if (f.category === 'blank' && !ignored.has(f.key)) n++;
		for (const p of this.draftWide) if (p.finding.category === 'blank' && !ignored.has(p.finding.key)) n++;
		return n;
	});

	#checker: DraftChecker;
	#opts: DraftCheckingOptions;
	#packId: string | null = null;
	#lastWide = '';
	#signatures = new Map<string, string>();

	constructor(options: DraftCheckingOptions) {
		this.#opts = options;
		this.ignore = options.ignore;
		this.#checker = new DraftChecker(this.context);
	}

	/** Checks one section (the editor's scheduler calls this) and refreshes the draft-wide findings. */
	checkSection(section: CheckedSection): Finding[] {
		if (this.#opts.off) return [];
		const found = this.#checker.checkSection(section);
		// Offsets move with every keystroke; the count only changes when what is found changes.
		const signature = found.map((f) => `${f.category}\u0000${f.key}`).join('\n');
		if (signature !== this.#signatures.get(section.id) || !(section.id in this.sections)) {
			this.#signatures.set(section.id, signature);
			this.sections = { ...this.sections, [section.id]: found };
		}
		this.#updateResidue(section);
		this.refreshDraftWide();
		return found;
	}

	#updateResidue(section: CheckedSection): void {
		const share = this.#checker.residueOf(section.body);
		const percent = share && share.sentences > 0 ? Math.round(share.share * 100) : null;
		if (percent === (this.residue[section.id] ?? null)) return;
		const { [section.id]: _old, ...rest } = this.residue;
		this.residue = percent === null ? rest : { ...rest, [section.id]: percent };
	}

	/** A section was removed. */
	forget(sectionId: string): void {
		this.#checker.forget(sectionId);
		this.#signatures.delete(sectionId);
		if (!(sectionId in this.sections)) return;
		const { [sectionId]: _gone, ...rest } = this.sections;
		this.sections = rest;
		if (sectionId in this.residue) {
			const { [sectionId]: _share, ...others } = this.residue;
			this.residue = others;
		}
		this.refreshDraftWide();
	}

	/** Re-runs the title and draft-wide checks (cheap); call when a title changes. */
	refreshDraftWide(): void {
		const draft = this.#opts.draft();
		if (!draft || this.#opts.off) return;
		const placed: PlacedFinding[] = [];
		const title = draft.title.trim();
		for (const finding of this.#checker.checkTitle(title)) placed.push({ place: { kind: 'title' }, finding });
		for (const s of draft.sections) {
			for (const finding of this.#checker.checkTitle(s.title.trim())) placed.push({ place: { kind: 'section-title', sectionId: s.id }, finding });
		}
		placed.push(...this.#checker.checkDraftWide(draft));
		const signature = placed.map((p) => `${JSON.stringify(p.place)}\u0000${p.finding.key}\u0000${p.finding.message}`).join('\n');
		if (signature === this.#lastWide) return;
		this.#lastWide = signature;
		this.draftWide = placed;
	}

	/**
	 * The draft's 年度, pack id and 范文 (the text it was imported from, or null): loads the pack
	 * (once per id) and re-checks with them.
	 */
	follow(year: number | null, packId: string | null, source: string | null = null): void {
		if (year !== this.context.year || source !== (this.context.source ?? null)) this.#setContext({ ...this.context, year, source });
		if (packId === this.#packId) return;
		this.#packId = packId;
		if (!packId) {
			if (this.context.pack) this.#setContext({ ...this.context, pack: null });
			return;
		}
		const load = this.#opts.loadPack;
		if (!load) return;
		void load(packId).then(
			(pack) => {
				if (this.#packId === packId) this.#setContext({ ...this.context, pack });
			},
			() => {
				// Pack unreadable: keep checking with the built-in rules.
			}
		);
	}

	/** The checks the writer turned off; every section is checked again when they change. */
	setDisabled(disabled: DisabledChecks | undefined): void {
		if (JSON.stringify(disabled ?? null) === JSON.stringify(this.context.disabled ?? null)) return;
		this.#setContext({ ...this.context, disabled });
	}

	/** Sets the pack directly (tests, or a caller that already has it). */
	setPack(pack: TemplatePack | null): void {
		this.#packId = pack?.id ?? null;
		this.#setContext({ ...this.context, pack });
	}

	/** The whole draft checked now (export, preview): the same checker, so the same findings. */
	report(draft: CheckedDraft): DraftReport {
		return this.#opts.off ? { texts: [], draft: [] } : this.#checker.check(draft);
	}

	/** Export's spans per text: the open blanks of `draft` after the writer's ignores. */
	blankFinder(draft: CheckedDraft): (text: string) => BlankSpan[] {
		return blankFinderFor(this.report(draft), this.ignore.keys, this.context);
	}

	/** What export lists before it goes ahead (blanks, 模板残留, 范文残留), after the writer's ignores. */
	gate(draft: CheckedDraft): ExportGate {
		return exportGate(draft, this.report(draft), this.ignore.keys);
	}

	/** The open blanks of `draft`, in draft order. */
	openBlanks(draft: CheckedDraft): PlacedFinding[] {
		return openBlanks(this.report(draft), this.ignore.keys);
	}

	#setContext(context: CheckingContext): void {
		this.context = context;
		this.#checker = new DraftChecker(context);
		this.#lastWide = '';
		this.#signatures.clear();
		if (!context.source) this.residue = {};
		this.refreshDraftWide();
		this.#opts.onContextChange?.();
	}
}

/**
 * Export's spans for a draft shown outside an opened draft's editor (no pack, nothing ignored):
 * still the draft checker, so nothing the editor would flag prints unmarked.
 */
export function standaloneBlankFinder(draft: CheckedDraft & { year?: number | null }): (text: string) => BlankSpan[] {
	const context: CheckingContext = { pack: null, year: draft.year ?? null };
	return blankFinderFor(new DraftChecker(context).check(draft), new Set(), context);
}

/** The export gate of a draft shown outside an opened draft's editor (no pack, nothing ignored). */
export function standaloneGate(draft: CheckedDraft & { year?: number | null; source?: { text: string } }): ExportGate {
	const context: CheckingContext = { pack: null, year: draft.year ?? null, source: draft.source?.text ?? null, disabled: preferences.disabledChecks };
	return exportGate(draft, new DraftChecker(context).check(draft), new Set());
}
