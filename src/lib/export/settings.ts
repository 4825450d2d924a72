/**
 * Export settings, remembered per draft through an injectable key/value store (the app's settings
 * repository in the browser): the page setup (margins, grid, sizes per level, indent, line
 * spacing; presets GB/T 9704 and plain plus the writer's own saved presets), font names, which
 * section titles print, the optional 版头 and 版记, and punctuation normalising.
 */

/** The built-in presets. */
export type BuiltinPresetId = 'gbt9704' | 'plain';
/** A built-in preset, or `own:<name>` for one the writer saved. */
export type PresetId = BuiltinPresetId | `own:${string}`;

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

/** Type sizes in points by role. */
export interface ExportSizes {
	title: number;
	body: number;
	level1: number;
	level2: number;
	level3: number;
	table: number;
	pageNumber: number;
}

/** The page setup the writer may edit (each number within PAGE_RANGES). */
export interface PageSetup {
	marginMm: { top: number; bottom: number; left: number; right: number };
	/** A line grid of linesPerPage × charsPerLine (公文); without it, lines are lineSpacingPt apart. */
	grid: boolean;
	linesPerPage: number;
	charsPerLine: number;
	lineSpacingPt: number;
	sizes: ExportSizes;
	/** First-line indent of body paragraphs and headings, in characters. */
	indentChars: number;
	/** 落款 laid out for a seal (§7.3.5.1: signature centred over the date) rather than without (§7.3.5.2). */
	sealed: boolean;
}

/** 版头: 发文机关标志 (red 小标宋), 发文字号, 签发人 (reports to superiors), red rule. */
export interface DocumentHead {
	on: boolean;
	organ: string;
	number: string;
	signer: string;
}

/** 版记: 抄送, 印发机关 and 印发日期 between rules. */
export interface DocumentRecord {
	on: boolean;
	cc: string;
	printer: string;
	printDate: string;
}

export interface ExportSettings {
	preset: PresetId;
	fonts: ExportFonts;
	page: PageSetup;
	/** Set levels 3–4 (1. and （1）) in bold. */
	boldLevels34: boolean;
	/** Number unnumbered section titles 一、二、…. */
	numberSections: boolean;
	/** Page numbers "— 1 —" in the footer. */
	pageNumbers: boolean;
	/** Half-width punctuation inside Chinese text printed full-width (，；：？！（）). */
	fullWidthPunctuation: boolean;
	/** The writer's per-section choice (section id → print its title or not). */
	sectionTitles: Record<string, boolean>;
	head: DocumentHead;
	record: DocumentRecord;
}

/** Page geometry and type sizes as builders use them (derived from the page setup). */
export interface PageLayout {
	pageMm: { width: number; height: number };
	marginMm: { top: number; bottom: number; left: number; right: number };
	titlePt: number;
	bodyPt: number;
	/** Sizes of levels 1–4 (level 4 takes level 3's). */
	levelPt: [number, number, number, number];
	tablePt: number;
	pageNumberPt: number;
	/** Fixed line pitch in twips (1/20 pt). */
	lineTwips: number;
	/** Lines per page and characters per line of the document grid; null for no grid. */
	grid: { lines: number; chars: number } | null;
	indentChars: number;
	sealed: boolean;
	/** Footer distance from the page bottom, mm. */
	footerMm: number;
}

/** What a preset holds: the page setup, fonts and bold levels. */
export interface PresetValues {
	fonts: ExportFonts;
	page: PageSetup;
	boldLevels34: boolean;
}

const A4 = { width: 210, height: 297 };

/** GB/T 9704-2012: A4, 37/35/28/26 mm margins, 22 lines × 28 characters, 3号 body, 2号 title. */
const GBT9704: PresetValues = {
	fonts: {
		title: '方正小标宋简体',
		body: '仿宋_GB2312',
		level1: '黑体',
		level2: '楷体_GB2312',
		level3: '仿宋_GB2312',
		latin: 'Times New Roman',
		pageNumber: '宋体'
	},
	page: {
		marginMm: { top: 37, bottom: 35, left: 28, right: 26 },
		grid: true,
		linesPerPage: 22,
		charsPerLine: 28,
		lineSpacingPt: 28.95,
		// 3号 body and headings, 2号 title, 4号 tables and page numbers.
		sizes: { title: 22, body: 16, level1: 16, level2: 16, level3: 16, table: 14, pageNumber: 14 },
		indentChars: 2,
		sealed: false
	},
	boldLevels34: false
};

/** A plain document: Word's default margins, 小四 body at 1.5 lines. */
const PLAIN: PresetValues = {
	fonts: { title: '黑体', body: '宋体', level1: '黑体', level2: '楷体', level3: '宋体', latin: 'Times New Roman', pageNumber: '宋体' },
	page: {
		marginMm: { top: 25.4, bottom: 25.4, left: 31.8, right: 31.8 },
		grid: false,
		linesPerPage: 38,
		charsPerLine: 36,
		lineSpacingPt: 18,
		sizes: { title: 18, body: 12, level1: 12, level2: 12, level3: 12, table: 10.5, pageNumber: 10.5 },
		indentChars: 2,
		sealed: false
	},
	boldLevels34: true
};

export const PRESETS: Record<BuiltinPresetId, PresetValues> = { gbt9704: GBT9704, plain: PLAIN };

/** Allowed ranges of every page-setup number (inclusive), checked before anything is saved. */
export const PAGE_RANGES = {
	margin: [10, 60],
	linesPerPage: [10, 40],
	charsPerLine: [15, 40],
	lineSpacingPt: [10, 48],
	indentChars: [0, 4],
	size: { title: [10, 36], body: [9, 22], level1: [9, 22], level2: [9, 22], level3: [9, 22], table: [8, 22], pageNumber: [8, 16] }
} as const;

export function defaultSettings(preset: BuiltinPresetId = 'gbt9704'): ExportSettings {
	return {
		preset,
		...structuredClone(PRESETS[preset]),
		numberSections: true,
		pageNumbers: true,
		fullWidthPunctuation: true,
		sectionTitles: {},
		head: { on: false, organ: '', number: '', signer: '' },
		record: { on: false, cc: '', printer: '', printDate: '' }
	};
}

/** Settings with a preset's values (built-in or the writer's own) over the other choices. */
export function applyPreset(settings: ExportSettings, id: PresetId, values: PresetValues): ExportSettings {
	return { ...settings, preset: id, ...structuredClone(values) };
}

const mmTwips = (mm: number) => (mm * 1440) / 25.4;

export function layoutOf(settings: Pick<ExportSettings, 'page'>): PageLayout {
	const p = settings.page;
	const s = p.sizes;
	const textHeight = mmTwips(A4.height - p.marginMm.top - p.marginMm.bottom);
	// With a grid the pitch fills the text block with linesPerPage lines (225 mm / 22 → 579 twips,
	// the customary 28.95 pt); without one, the chosen spacing.
	const lineTwips = p.grid ? Math.floor(textHeight / p.linesPerPage) : Math.round(p.lineSpacingPt * 20);
	return {
		pageMm: { ...A4 },
		marginMm: { ...p.marginMm },
		titlePt: s.title,
		bodyPt: s.body,
		levelPt: [s.level1, s.level2, s.level3, s.level3],
		tablePt: s.table,
		pageNumberPt: s.pageNumber,
		lineTwips,
		grid: p.grid ? { lines: p.linesPerPage, chars: p.charsPerLine } : null,
		indentChars: p.indentChars,
		sealed: p.sealed,
		// Puts the page number about 7 mm under the text block (§7.5) whatever the bottom margin.
		footerMm: Math.max(5, p.marginMm.bottom - 10)
	};
}

/** One problem with a page setup, as a path into it ('marginMm.top', 'sizes.body', 'grid'). */
export type PageProblem = { field: string; kind: 'range' | 'lines' | 'chars' };

/** Checks every number against PAGE_RANGES and that the grid fits the page; [] when usable. */
export function checkPageSetup(p: PageSetup): PageProblem[] {
	const out: PageProblem[] = [];
	const inRange = (v: unknown, [lo, hi]: readonly [number, number]) => typeof v === 'number' && Number.isFinite(v) && v >= lo && v <= hi;
	for (const k of ['top', 'bottom', 'left', 'right'] as const) if (!inRange(p.marginMm?.[k], PAGE_RANGES.margin)) out.push({ field: `marginMm.${k}`, kind: 'range' });
	for (const k of ['linesPerPage', 'charsPerLine', 'lineSpacingPt', 'indentChars'] as const) if (!inRange(p[k], PAGE_RANGES[k])) out.push({ field: k, kind: 'range' });
	for (const k of Object.keys(PAGE_RANGES.size) as (keyof ExportSizes)[]) if (!inRange(p.sizes?.[k], PAGE_RANGES.size[k])) out.push({ field: `sizes.${k}`, kind: 'range' });
	if (typeof p.grid !== 'boolean') out.push({ field: 'grid', kind: 'range' });
	if (typeof p.sealed !== 'boolean') out.push({ field: 'sealed', kind: 'range' });
	if (out.length) return out;
	const textHeightPt = ((A4.height - p.marginMm.top - p.marginMm.bottom) * 72) / 25.4;
	const textWidthPt = ((A4.width - p.marginMm.left - p.marginMm.right) * 72) / 25.4;
	const bodyPt = p.sizes.body;
	// Lines closer than the type size would overlap; characters may be condensed by a fifth at most.
	if (p.grid && textHeightPt / p.linesPerPage < bodyPt) out.push({ field: 'linesPerPage', kind: 'lines' });
	if (p.grid && p.charsPerLine * bodyPt * 0.8 > textWidthPt) out.push({ field: 'charsPerLine', kind: 'chars' });
	if (!p.grid && p.lineSpacingPt < bodyPt) out.push({ field: 'lineSpacingPt', kind: 'lines' });
	return out;
}

const FONT_KEYS: (keyof ExportFonts)[] = ['title', 'body', 'level1', 'level2', 'level3', 'latin', 'pageNumber'];

type Obj = Record<string, unknown>;
const obj = (v: unknown): Obj => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Obj) : {});
const text = (v: unknown, max = 80): string | null => (typeof v === 'string' && v.length <= max && !/[<>]/.test(v) ? v : null);

/** A page setup read defensively: damaged fields take the fallback's values. */
export function normalizePage(value: unknown, fallback: PageSetup): PageSetup {
	const v = obj(value);
	const out = structuredClone(fallback);
	const m = obj(v.marginMm);
	for (const k of ['top', 'bottom', 'left', 'right'] as const) if (typeof m[k] === 'number') out.marginMm[k] = m[k];
	for (const k of ['linesPerPage', 'charsPerLine', 'lineSpacingPt', 'indentChars'] as const) if (typeof v[k] === 'number') out[k] = v[k];
	if (typeof v.grid === 'boolean') out.grid = v.grid;
	if (typeof v.sealed === 'boolean') out.sealed = v.sealed;
	const s = obj(v.sizes);
	for (const k of Object.keys(out.sizes) as (keyof ExportSizes)[]) if (typeof s[k] === 'number') out.sizes[k] = s[k];
	// Field by field first; a setup that still fails its checks falls back whole.
	return checkPageSetup(out).length ? structuredClone(fallback) : out;
}

function normalizeFonts(value: unknown, fallback: ExportFonts): ExportFonts {
	const fonts = obj(value);
	const out = { ...fallback };
	for (const k of FONT_KEYS) {
		const f = fonts[k];
		if (typeof f === 'string' && isFontName(f)) out[k] = f.trim();
	}
	return out;
}

/**
 * Reads stored settings defensively: unknown or damaged values fall back to the preset's
 * defaults field by field, so an old or hand-edited record never breaks export.
 */
export function normalizeSettings(value: unknown): ExportSettings {
	const v = obj(value);
	const builtin: BuiltinPresetId = v.preset === 'plain' ? 'plain' : 'gbt9704';
	const out = defaultSettings(builtin);
	if (typeof v.preset === 'string' && /^own:.{1,40}$/.test(v.preset)) out.preset = v.preset as PresetId;
	out.fonts = normalizeFonts(v.fonts, out.fonts);
	out.page = normalizePage(v.page, out.page);
	for (const k of ['boldLevels34', 'numberSections', 'pageNumbers', 'fullWidthPunctuation'] as const) if (typeof v[k] === 'boolean') out[k] = v[k];
	for (const [id, on] of Object.entries(obj(v.sectionTitles))) if (typeof on === 'boolean') out.sectionTitles[id] = on;
	const h = obj(v.head);
	if (typeof h.on === 'boolean') out.head.on = h.on;
	for (const k of ['organ', 'number', 'signer'] as const) out.head[k] = text(h[k]) ?? '';
	const r = obj(v.record);
	if (typeof r.on === 'boolean') out.record.on = r.on;
	for (const k of ['cc', 'printer', 'printDate'] as const) out.record[k] = text(r[k], 200) ?? '';
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
/** The writer's own presets, shared by every draft. */
export const PRESETS_KEY = 'export-presets';

/** A draft's export settings; `fallback` (else GB/T 9704) when the draft has none stored yet. */
export async function loadExportSettings(store: SettingsStore, draftId: string, fallback?: ExportSettings): Promise<ExportSettings> {
	const stored = await store.get(settingsKey(draftId));
	return stored === undefined && fallback ? structuredClone(fallback) : normalizeSettings(stored);
}

export async function saveExportSettings(store: SettingsStore, draftId: string, s: ExportSettings): Promise<void> {
	await store.set(settingsKey(draftId), normalizeSettings(s));
}

/** A preset the writer saved under a name. */
export interface OwnPreset extends PresetValues {
	name: string;
}

export function isPresetName(name: string): boolean {
	const t = name.trim();
	return t.length > 0 && t.length <= 40 && !/[<>"']/.test(t);
}

/** The writer's saved presets; damaged entries are dropped. */
export async function loadOwnPresets(store: SettingsStore): Promise<OwnPreset[]> {
	const raw = await store.get(PRESETS_KEY);
	if (!Array.isArray(raw)) return [];
	const out: OwnPreset[] = [];
	for (const item of raw) {
		const v = obj(item);
		if (typeof v.name !== 'string' || !isPresetName(v.name) || out.some((p) => p.name === v.name)) continue;
		const page = normalizePage(v.page, GBT9704.page);
		out.push({ name: v.name.trim(), fonts: normalizeFonts(v.fonts, GBT9704.fonts), page, boldLevels34: v.boldLevels34 === true });
	}
	return out;
}

export async function saveOwnPresets(store: SettingsStore, presets: readonly OwnPreset[]): Promise<void> {
	await store.set(PRESETS_KEY, structuredClone([...presets]));
}

/** Twips (1/20 pt) from millimetres, as Word stores page geometry. */
export const mmToTwips = (mm: number) => Math.round((mm * 1440) / 25.4);

/** A font name the writer may type: no quotes or markup characters (it goes into CSS and XML). */
export function isFontName(name: string): boolean {
	const t = name.trim();
	return t.length > 0 && t.length <= 64 && !/['"<>;{}\\]/.test(t);
}

/** The GB/T 9704 layout and the plain one, as builders see them (tests, benches). */
export const GBT9704_LAYOUT: PageLayout = layoutOf(PRESETS.gbt9704);
export const PLAIN_LAYOUT: PageLayout = layoutOf(PRESETS.plain);
