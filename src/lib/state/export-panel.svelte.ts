/**
 * State of the export panel for one draft: the settings (remembered per draft), the writer's
 * deliberate choice to export with open blanks, and the last status line.
 */
import type { Draft } from '$lib/model';
import type { BlankFinder } from '$lib/export/blanks';
import { draftToDocument } from '$lib/export/from-draft';
import { buildOutput, exportFileName, MIME, type ExportFormat } from '$lib/export/formats';
import { exportMessages as m } from '$lib/export/messages';
import {
	defaultSettings,
	type ExportFonts,
	type ExportSettings,
	isFontName,
	loadExportSettings,
	normalizeSettings,
	type PresetId,
	saveExportSettings,
	type SettingsStore
} from '$lib/export/settings';

export type Status = { kind: 'ok' | 'error' | 'busy'; text: string } | null;

/** Saves a built file; file-saver in the app, injectable in tests. */
export type SaveFile = (data: Blob, name: string) => void;

export class ExportPanelState {
	settings = $state<ExportSettings>(defaultSettings());
	exportAnyway = $state(false);
	status = $state<Status>(null);
	/** Font fields the writer typed that cannot be used (kept as typed, not saved). */
	fontErrors = $state<Partial<Record<keyof ExportFonts, boolean>>>({});

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
		try {
			this.settings = await loadExportSettings(this.#store, draftId);
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

	async setPreset(preset: PresetId): Promise<void> {
		this.settings = defaultSettings(preset);
		this.fontErrors = {};
		await this.#save();
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

	async setOption(key: 'boldLevels34' | 'numberSections' | 'pageNumbers', value: boolean): Promise<void> {
		this.settings[key] = value;
		await this.#save();
	}

	async resetFonts(): Promise<void> {
		this.settings.fonts = defaultSettings(this.settings.preset).fonts;
		this.fontErrors = {};
		await this.#save();
	}

	/**
	 * Builds and saves one format. With open blanks it refuses until the writer ticks
	 * "export anyway"; then the blanks are highlighted in the file.
	 */
	async export(draft: Draft, format: ExportFormat, findBlanks: BlankFinder, openBlanks: number, save: SaveFile): Promise<boolean> {
		if (openBlanks > 0 && !this.exportAnyway) {
			this.status = { kind: 'error', text: m.exportNeedsChoice };
			return false;
		}
		this.status = { kind: 'busy', text: m.exporting };
		try {
			const settings = normalizeSettings($state.snapshot(this.settings));
			const doc = draftToDocument(draft, { findBlanks, numberSections: settings.numberSections });
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
