/**
 * The writer's settings (备份与设置) and what they mean: the default export preset and fonts, the
 * 年度 of a new draft, the checks turned off, the editor's type size. Stored as one row of the
 * settings table (its shape: PreferencesSchema in src/lib/db/rows.ts), so it lives with the
 * drafts and travels in backups. Pure: the app, the export dialog and the CLI read it alike.
 */
import * as v from 'valibot';
import type { DisabledChecks } from '$lib/checking/types';
import { PreferencesSchema } from '$lib/db/rows';
import { applyPreset, defaultSettings, isFontName, PRESETS, type ExportFonts, type ExportSettings, type OwnPreset, type PresetId } from '$lib/export/settings';

export { PREFERENCES_KEY } from '$lib/db/rows';
export { preferencesMessages, checkGroupMessages } from './messages';

/** The writer's settings. */
export type Preferences = v.InferOutput<typeof PreferencesSchema>;

export const defaultPreferences: Preferences = {
	version: 1,
	exportPreset: 'gbt9704',
	exportFonts: {},
	defaultYear: null,
	checksOff: [],
	editorFontSize: 16
};

/** Editor type sizes offered (px). */
export const EDITOR_FONT_SIZES = [14, 15, 16, 17, 18, 20, 22, 24] as const;

/**
 * A group of checks the writer can turn off as one, with what it covers. Blanks are not among
 * them: finding what is left unfilled is what the tool is for.
 */
export interface CheckGroup {
	id: string;
	covers: DisabledChecks;
}

export const CHECK_GROUPS: readonly CheckGroup[] = [
	{ id: 'style', covers: { categories: ['style'] } },
	{ id: 'numbers', covers: { rules: ['parts-exceed-total', 'rate-mismatch', 'share-over-100', 'measure-conflict'] } },
	{ id: 'years', covers: { rules: ['stale-year'] } },
	{ id: 'format', covers: { categories: ['format'] } },
	{ id: 'numbering', covers: { categories: ['numbering'] } },
	{ id: 'leftover', covers: { categories: ['leftover'] } },
	{ id: 'residue', covers: { categories: ['residue'] } }
];

type Field = keyof typeof PreferencesSchema.entries;

/**
 * Stored preferences read field by field: a missing or damaged field takes its default, the
 * others stay (an older or hand-edited row never resets everything).
 */
export function normalizePreferences(raw: unknown): Preferences {
	const value = raw && typeof raw === 'object' && !Array.isArray(raw) ? (raw as Record<string, unknown>) : {};
	const out = structuredClone(defaultPreferences) as Record<Field, unknown>;
	for (const field of Object.keys(PreferencesSchema.entries) as Field[]) {
		if (field === 'version') continue;
		const r = v.safeParse(PreferencesSchema.entries[field], value[field]);
		if (r.success) out[field] = r.output;
	}
	return out as Preferences;
}

/** The checks turned off, as the draft checker takes them. */
export function disabledChecksOf(prefs: Pick<Preferences, 'checksOff'>): DisabledChecks | undefined {
	const groups = CHECK_GROUPS.filter((g) => prefs.checksOff.includes(g.id));
	if (groups.length === 0) return undefined;
	return {
		rules: groups.flatMap((g) => g.covers.rules ?? []),
		categories: groups.flatMap((g) => g.covers.categories ?? [])
	};
}

/**
 * A draft's export settings before the writer changes any in its dialog: the default preset
 * (one of the writer's own when it still exists, else GB/T 9704), then the default fonts.
 */
export function exportDefaults(prefs: Pick<Preferences, 'exportPreset' | 'exportFonts'>, own: readonly OwnPreset[] = []): ExportSettings {
	const id = prefs.exportPreset as PresetId;
	const mine = id.startsWith('own:') ? own.find((p) => `own:${p.name}` === id) : undefined;
	const builtin = id === 'plain' || id === 'gbt9704' ? id : null;
	let settings = defaultSettings(builtin ?? 'gbt9704');
	if (mine) settings = applyPreset(settings, id, mine);
	else if (builtin) settings = applyPreset(settings, builtin, PRESETS[builtin]);
	for (const [role, name] of Object.entries(prefs.exportFonts) as [keyof ExportFonts, string | undefined][]) {
		if (name && isFontName(name)) settings.fonts[role] = name.trim();
	}
	return settings;
}

/** The 年度 of a new draft: the year its title names, else the default year. */
export function newDraftYear(titleYear: number | null, prefs: Pick<Preferences, 'defaultYear'>): number | null {
	return titleYear ?? prefs.defaultYear;
}
