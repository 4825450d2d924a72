/**
 * Export settings: two presets (GB/T 9704 公文 and a plain document) whose font names the writer
 * may edit (many offices have 仿宋 rather than 仿宋_GB2312), remembered per draft through an
 * injectable key/value store (the app's settings repository in the browser).
 */

export type PresetId = 'gbt9704' | 'plain';

/** Font names by role; `latin` is used for digits and Latin letters (ascii/hAnsi). */
export interface ExportFonts {
	title: string;
	body: string;
	level1: string;
	level2: string;
	level3: string;
	latin: string;
	pageNumber: string;
}

/** Page geometry and type sizes of a preset (not edited by the writer). */
export interface PageLayout {
	/** Page size and margins in millimetres. */
	pageMm: { width: number; height: number };
	marginMm: { top: number; bottom: number; left: number; right: number };
	/** Font sizes in points. */
	titlePt: number;
	bodyPt: number;
	pageNumberPt: number;
	/** Fixed line pitch in twips (1/20 pt). */
	lineTwips: number;
	/** Lines per page and characters per line of the document grid; null for no grid. */
	grid: { lines: number; chars: number } | null;
	/** Footer distance from the page bottom, mm. */
	footerMm: number;
}

export interface ExportSettings {
	preset: PresetId;
	fonts: ExportFonts;
	/** Set levels 3–4 (1. and （1）) in bold. */
	boldLevels34: boolean;
	/** Number unnumbered section titles 一、二、…. */
	numberSections: boolean;
	/** Page numbers "— 1 —" in the footer. */
	pageNumbers: boolean;
}

/** GB/T 9704-2012: A4, 37/35/28/26 mm margins, 22 lines × 28 characters, 3号 body, 2号 title. */
export const GBT9704_LAYOUT: PageLayout = {
	pageMm: { width: 210, height: 297 },
	marginMm: { top: 37, bottom: 35, left: 28, right: 26 },
	titlePt: 22,
	bodyPt: 16,
	pageNumberPt: 14,
	// 225 mm text block / 22 lines = 28.99 pt; 28.95 pt (579 twips) is the customary fixed value
	// that still leaves 22 lines room (22 × 579 = 12738 ≤ 12756 twips).
	lineTwips: 579,
	grid: { lines: 22, chars: 28 },
	// Puts the page number's dashes about 7 mm under the text block (§7.5).
	footerMm: 25
};

/** A plain document: Word's default margins, 小四 body at 1.5 lines. */
export const PLAIN_LAYOUT: PageLayout = {
	pageMm: { width: 210, height: 297 },
	marginMm: { top: 25.4, bottom: 25.4, left: 31.8, right: 31.8 },
	titlePt: 18,
	bodyPt: 12,
	pageNumberPt: 10.5,
	lineTwips: 360,
	grid: null,
	footerMm: 15
};

export const PRESETS: Record<PresetId, { layout: PageLayout; defaults: ExportSettings }> = {
	gbt9704: {
		layout: GBT9704_LAYOUT,
		defaults: {
			preset: 'gbt9704',
			fonts: {
				title: '方正小标宋简体',
				body: '仿宋_GB2312',
				level1: '黑体',
				level2: '楷体_GB2312',
				level3: '仿宋_GB2312',
				latin: 'Times New Roman',
				pageNumber: '宋体'
			},
			boldLevels34: false,
			numberSections: true,
			pageNumbers: true
		}
	},
	plain: {
		layout: PLAIN_LAYOUT,
		defaults: {
			preset: 'plain',
			fonts: {
				title: '黑体',
				body: '宋体',
				level1: '黑体',
				level2: '楷体',
				level3: '宋体',
				latin: 'Times New Roman',
				pageNumber: '宋体'
			},
			boldLevels34: true,
			numberSections: true,
			pageNumbers: true
		}
	}
};

export function defaultSettings(preset: PresetId = 'gbt9704'): ExportSettings {
	const d = PRESETS[preset].defaults;
	return { ...d, fonts: { ...d.fonts } };
}

export function layoutOf(settings: ExportSettings): PageLayout {
	return PRESETS[settings.preset].layout;
}

const FONT_KEYS: (keyof ExportFonts)[] = ['title', 'body', 'level1', 'level2', 'level3', 'latin', 'pageNumber'];

/**
 * Reads stored settings defensively: unknown or damaged values fall back to the preset's
 * defaults field by field, so an old or hand-edited record never breaks export.
 */
export function normalizeSettings(value: unknown): ExportSettings {
	const v = (value && typeof value === 'object' ? value : {}) as Record<string, unknown>;
	const preset: PresetId = v.preset === 'plain' ? 'plain' : 'gbt9704';
	const out = defaultSettings(preset);
	const fonts = (v.fonts && typeof v.fonts === 'object' ? v.fonts : {}) as Record<string, unknown>;
	for (const k of FONT_KEYS) {
		const f = fonts[k];
		if (typeof f === 'string' && isFontName(f)) out.fonts[k] = f.trim();
	}
	if (typeof v.boldLevels34 === 'boolean') out.boldLevels34 = v.boldLevels34;
	if (typeof v.numberSections === 'boolean') out.numberSections = v.numberSections;
	if (typeof v.pageNumbers === 'boolean') out.pageNumbers = v.pageNumbers;
	return out;
}

/** Where settings live: the app's settings repository, or a Map in tests and the CLI. */
export interface SettingsStore {
	get(key: string): Promise<unknown>;
	set(key: string, value: unknown): Promise<void>;
}

export function memoryStore(): SettingsStore {
	const m = new Map<string, unknown>();
	return {
		get: async (k) => structuredClone(m.get(k)),
		set: async (k, v) => void m.set(k, structuredClone(v))
	};
}

export const settingsKey = (draftId: string) => `export:${draftId}`;

export async function loadExportSettings(store: SettingsStore, draftId: string): Promise<ExportSettings> {
	return normalizeSettings(await store.get(settingsKey(draftId)));
}

export async function saveExportSettings(store: SettingsStore, draftId: string, s: ExportSettings): Promise<void> {
	await store.set(settingsKey(draftId), normalizeSettings(s));
}

/** Twips (1/20 pt) from millimetres, as Word stores page geometry. */
export const mmToTwips = (mm: number) => Math.round((mm * 1440) / 25.4);

/** A font name the writer may type: no quotes or markup characters (it goes into CSS and XML). */
export function isFontName(name: string): boolean {
	const t = name.trim();
	return t.length > 0 && t.length <= 64 && !/['"<>;{}\\]/.test(t);
}
