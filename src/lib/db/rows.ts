import * as v from 'valibot';

/**
 * The shape of every stored row, as valibot schemas (loose: a field this version does not know
 * is kept, not stripped). The ONE definition: the read layer checks
 * each row read back from IndexedDB with it, and a backup file is checked row by row with it.
 */
export const LIMITS = {
	/** Largest backup file accepted, checked before reading or parsing. */
	fileBytes: 30 * 1024 * 1024,
	drafts: 5_000,
	snapshots: 50_000,
	packs: 1_000,
	settings: 20_000,
	sections: 1_000,
	idLength: 200,
	titleLength: 1_000,
	bodyLength: 2_000_000,
	/** Nesting depth allowed inside free-form values (packs, settings). */
	depth: 64
} as const;

const id = v.pipe(v.string(), v.minLength(1), v.maxLength(LIMITS.idLength));
/** Epoch milliseconds within what Date can show (a larger number makes date formatting throw). */
const time = v.pipe(v.number(), v.finite(), v.minValue(0), v.maxValue(8.64e15));
const title = v.pipe(v.string(), v.maxLength(LIMITS.titleLength));

export const SectionSchema = v.looseObject({
	id,
	kind: v.pipe(v.string(), v.maxLength(LIMITS.idLength)),
	title,
	body: v.pipe(v.string(), v.maxLength(LIMITS.bodyLength))
});

/**
 * Any non-negative whole revision, even one beyond 2^53: a stored value is read as it is and
 * the revision arithmetic (revision.ts) re-bases it on the next save.
 */
const revision = v.pipe(v.number(), v.finite(), v.minValue(0));

export const DraftSchema = v.looseObject({
	id,
	title,
	year: v.nullable(v.pipe(v.number(), v.integer(), v.minValue(1900), v.maxValue(2999))),
	packId: v.nullable(id),
	sections: v.pipe(v.array(SectionSchema), v.maxLength(LIMITS.sections)),
	createdAt: time,
	updatedAt: time,
	revision,
	deletedAt: v.nullable(time),
	/** Where an imported draft came from (kept for the comparison with its 范文). */
	source: v.optional(
		v.object({
			fileName: v.nullable(v.pipe(v.string(), v.maxLength(LIMITS.titleLength))),
			text: v.pipe(v.string(), v.maxLength(LIMITS.bodyLength)),
			importedAt: time
		})
	)
});

export const SNAPSHOT_REASONS = ['auto', 'before-replace', 'before-restore', 'before-import', 'manual'] as const;

export const SnapshotSchema = v.looseObject({
	id,
	draftId: id,
	takenAt: time,
	reason: v.picklist(SNAPSHOT_REASONS),
	draft: DraftSchema
});

export const PackRowSchema = v.looseObject({
	id,
	version: v.pipe(v.string(), v.maxLength(LIMITS.idLength)),
	name: title,
	pack: v.unknown(),
	installedAt: time,
	updatedAt: time
});

export const SettingSchema = v.looseObject({
	key: v.pipe(v.string(), v.minLength(1), v.maxLength(LIMITS.idLength * 2)),
	value: v.unknown()
});

/** The writer's settings (备份与设置): one row of the settings table, under this key. */
export const PREFERENCES_KEY = 'preferences';

/** A font name as export accepts it (it goes into CSS and XML). */
const fontName = v.pipe(v.string(), v.minLength(1), v.maxLength(64), v.regex(/^[^'"<>;{}\\]+$/));

/**
 * The value of the preferences row. Each field is also read alone (a damaged one takes its
 * default, the others stay): see src/lib/preferences. `version` is the seam for a later shape.
 */
export const PreferencesSchema = v.looseObject({
	version: v.literal(1),
	/** The export preset a draft starts with: gbt9704, plain or own:<name> (the writer's own). */
	exportPreset: v.pipe(v.string(), v.regex(/^(?:gbt9704|plain|own:[^<>"']{1,40})$/)),
	/** Fonts over the preset's, by role; absent roles keep the preset's. */
	exportFonts: v.partial(
		v.object({ title: fontName, body: fontName, level1: fontName, level2: fontName, level3: fontName, latin: fontName, pageNumber: fontName })
	),
	/** The 年度 of a new draft whose title names no year; null: none. */
	defaultYear: v.nullable(v.pipe(v.number(), v.integer(), v.minValue(1900), v.maxValue(2999))),
	/** Ids of the check groups turned off. */
	checksOff: v.pipe(v.array(v.pipe(v.string(), v.maxLength(80))), v.maxLength(100)),
	/** The editor's type size in px. */
	editorFontSize: v.pipe(v.number(), v.integer(), v.minValue(12), v.maxValue(28))
});

/** The stored tables, by name, with their row schema and key field. */
export const TABLES = {
	drafts: { schema: DraftSchema, key: 'id' },
	snapshots: { schema: SnapshotSchema, key: 'id' },
	packs: { schema: PackRowSchema, key: 'id' },
	settings: { schema: SettingSchema, key: 'key' }
} as const;

export type TableName = keyof typeof TABLES;
export const TABLE_NAMES = Object.keys(TABLES) as TableName[];
