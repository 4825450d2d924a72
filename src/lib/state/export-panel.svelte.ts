/**
 * State of the export panel for one draft: the settings (remembered per draft), the writer's own
 * presets (shared by all drafts), the deliberate choice to export with what the gate lists (open
 * blanks, 模板残留, 范文残留), and the last status line.
 */
import type { Draft } from '$lib/model';
import type { BlankFinder } from '$lib/export/blanks';
import { draftToDocument } from '$lib/export/from-draft';
import { buildOutput, exportFileName, MIME, type ExportFormat } from '$lib/export/formats';
import { exportMessages as m } from '$lib/export/messages';
import {
	applyPreset,
	checkPageSetup,
	defaultSettings,
	type DocumentHead,
	type DocumentRecord,
	type ExportFonts,
	type ExportSettings,
	isFontName,
	isPresetName,
	loadExportSettings,
	loadOwnPresets,
	normalizeSettings,
	type OwnPreset,
	type PageProblem,
	type PageSetup,
	PRESETS,
	type PresetId,
	saveExportSettings,
	saveOwnPresets,
	type SettingsStore
} from '$lib/export/settings';

import { exportDefaults, normalizePreferences, PREFERENCES_KEY } from '$lib/preferences';

export type Status = { kind: 'ok' | 'error' | 'busy'; text: string } | null;

/** What the export gate holds back, by group (open blanks, 模板残留, 范文残留). */
export interface GateCounts {
	blanks: number;
	leftovers: number;
	residue: number;
}

/** What the dialog lists per gate group (the draft checker's ExportGate fits). */
export type GateList = Record<keyof GateCounts, readonly { where: string; context: string; finding: { message: string } }[]>;

export function countGate(gate: GateList): GateCounts {
	return { blanks: gate.blanks.length, leftovers: gate.leftovers.length, residue: gate.residue.length };
}

/** Saves a built file; file-saver in the app, injectable in tests. */
export type SaveFile = (data: Blob, name: string) => void;

/** A page-setup field: a path into PageSetup ('marginMm.top', 'sizes.body', 'linesPerPage'). */
export type PageField = `marginMm.${keyof PageSetup['marginMm']}` | `sizes.${keyof PageSetup['sizes']}` | 'linesPerPage' | 'charsPerLine' | 'lineSpacingPt' | 'indentChars';

export type Toggle = 'boldLevels34' | 'numberSections' | 'pageNumbers' | 'fullWidthPunctuation';

export class ExportPanelState {
	settings = $state<ExportSettings>(defaultSettings());
	ownPresets = $state<OwnPreset[]>([]);
	exportAnyway = $state(false);
	status = $state<Status>(null);
	/** Font fields the writer typed that cannot be used (kept as typed, not saved). */
	fontErrors = $state<Partial<Record<keyof ExportFonts, boolean>>>({});
	/** Page-setup problems of the last edit (the edit is not applied while there are any). */
	pageErrors = $state<PageProblem[]>([]);
	presetError = $state(false);

	#store: SettingsStore;
	#draftId = '';

	constructor(store: SettingsStore) {
		this.#store = store;
	}

	async load(draftId: string): Promise<void> {
		this.#draftId = draftId;
		this.exportAnyway = false;
		this.status = null;
		this.fontErrors = {};
		this.pageErrors = [];
		try {
			this.ownPresets = await loadOwnPresets(this.#store);
		} catch {
			this.ownPresets = [];
		}
		try {
			// A draft the writer has not set up yet starts from 备份与设置's defaults.
			const prefs = normalizePreferences(await this.#store.get(PREFERENCES_KEY));
			this.settings = await loadExportSettings(this.#store, draftId, exportDefaults(prefs, this.ownPresets));
		} catch {
			this.settings = defaultSettings();
		}
	}

	async #save(): Promise<void> {
		if (!this.#draftId) return;
		try {
			await saveExportSettings(this.#store, this.#draftId, $state.snapshot(this.settings) as ExportSettings);
		} catch {
			// Settings are a convenience: failing to remember them must not block export.
		}
	}

	/** Switches to a built-in preset or one of the writer's own; other choices stay. */
	async setPreset(id: PresetId): Promise<void> {
		const own = id.startsWith('own:') ? this.ownPresets.find((p) => `own:${p.name}` === id) : undefined;
		const values = own ?? (id === 'plain' || id === 'gbt9704' ? PRESETS[id] : undefined);
		if (!values) return;
		this.settings = applyPreset($state.snapshot(this.settings) as ExportSettings, id, $state.snapshot(values) as OwnPreset);
		this.fontErrors = {};
		this.pageErrors = [];
		await this.#save();
	}

	/** Saves the current page setup and fonts as the writer's own preset under a name. */
	async savePreset(name: string): Promise<boolean> {
		if (!isPresetName(name)) {
			this.presetError = true;
			return false;
		}
		this.presetError = false;
		const s = $state.snapshot(this.settings) as ExportSettings;
		const preset: OwnPreset = { name: name.trim(), fonts: s.fonts, page: s.page, boldLevels34: s.boldLevels34 };
		this.ownPresets = [...this.ownPresets.filter((p) => p.name !== preset.name), preset];
		this.settings.preset = `own:${preset.name}`;
		try {
			await saveOwnPresets(this.#store, $state.snapshot(this.ownPresets) as OwnPreset[]);
		} catch {
			// Kept for this session even when it cannot be stored.
		}
		await this.#save();
		return true;
	}

	async deletePreset(name: string): Promise<void> {
		this.ownPresets = this.ownPresets.filter((p) => p.name !== name);
		try {
			await saveOwnPresets(this.#store, $state.snapshot(this.ownPresets) as OwnPreset[]);
		} catch {
			// as above
		}
	}

	async setFont(key: keyof ExportFonts, value: string): Promise<void> {
		if (!isFontName(value)) {
			this.fontErrors = { ...this.fontErrors, [key]: true };
			return;
		}
		this.fontErrors = { ...this.fontErrors, [key]: false };
		this.settings.fonts[key] = value.trim();
		await this.#save();
	}

	/** One page-setup number; refused (with the problem listed) when out of range or the grid cannot fit. */
	async setPage(field: PageField, value: number): Promise<boolean> {
		const page = structuredClone($state.snapshot(this.settings.page)) as PageSetup;
		const [a, b] = field.split('.') as [string, string | undefined];
		if (b) (page[a as 'marginMm' | 'sizes'] as unknown as Record<string, number>)[b] = value;
		else (page as unknown as Record<string, number>)[a] = value;
		const problems = checkPageSetup(page);
		this.pageErrors = problems;
		if (problems.length) return false;
		this.settings.page = page;
		await this.#save();
		return true;
	}

	/** The line grid on or off, or the 落款 laid out for a seal (§7.3.5.1) or without (§7.3.5.2). */
	async setPageFlag(key: 'grid' | 'sealed', on: boolean): Promise<void> {
		const page = { ...($state.snapshot(this.settings.page) as PageSetup), [key]: on };
		const problems = checkPageSetup(page);
		this.pageErrors = problems;
		if (problems.length) return;
		this.settings.page = page;
		await this.#save();
	}

	async setOption(key: Toggle, value: boolean): Promise<void> {
		this.settings[key] = value;
		await this.#save();
	}

	/** The writer's choice to print a section with or without its title. */
	async setSectionTitle(sectionId: string, printed: boolean): Promise<void> {
		this.settings.sectionTitles = { ...this.settings.sectionTitles, [sectionId]: printed };
		await this.#save();
	}

	async setHead<K extends keyof DocumentHead>(key: K, value: DocumentHead[K]): Promise<void> {
		this.settings.head[key] = value;
		await this.#save();
	}

	async setRecord<K extends keyof DocumentRecord>(key: K, value: DocumentRecord[K]): Promise<void> {
		this.settings.record[key] = value;
		await this.#save();
	}

	async resetFonts(): Promise<void> {
		const own = this.ownPresets.find((p) => `own:${p.name}` === this.settings.preset);
		this.settings.fonts = structuredClone(own ? $state.snapshot(own.fonts) : PRESETS[this.settings.preset === 'plain' ? 'plain' : 'gbt9704'].fonts);
		this.fontErrors = {};
		await this.#save();
	}

	/**
	 * Builds and saves one format. With anything in the gate (open blanks, 模板残留, 范文残留) it
	 * refuses until the writer ticks "export anyway"; then the blanks are highlighted in the file.
	 */
	async export(draft: Draft, format: ExportFormat, findBlanks: BlankFinder, held: GateCounts, save: SaveFile): Promise<boolean> {
		const openBlanks = held.blanks;
		if ((openBlanks > 0 || held.leftovers > 0 || held.residue > 0) && !this.exportAnyway) {
			this.status = { kind: 'error', text: openBlanks > 0 ? m.exportNeedsChoice : m.exportNeedsChoiceResidue };
			return false;
		}
		this.status = { kind: 'busy', text: m.exporting };
		try {
			const settings = normalizeSettings($state.snapshot(this.settings));
			const doc = draftToDocument(draft, { findBlanks, numberSections: settings.numberSections, sectionTitles: settings.sectionTitles });
			const bytes = await buildOutput(doc, format, settings, { markBlanks: openBlanks > 0 });
			const name = exportFileName(draft.title, format);
			save(new Blob([bytes as Uint8Array<ArrayBuffer>], { type: MIME[format] }), name);
			this.status = { kind: 'ok', text: m.exported(name) };
			return true;
		} catch (e) {
			this.status = { kind: 'error', text: m.exportFailed(e instanceof Error ? e.message : String(e)) };
			return false;
		}
	}
}
