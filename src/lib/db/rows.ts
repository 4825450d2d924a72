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

/** The stored tables, by name, with their row schema and key field. */
export const TABLES = {
	drafts: { schema: DraftSchema, key: 'id' },
	snapshots: { schema: SnapshotSchema, key: 'id' },
	packs: { schema: PackRowSchema, key: 'id' },
	settings: { schema: SettingSchema, key: 'key' }
} as const;

export type TableName = keyof typeof TABLES;
export const TABLE_NAMES = Object.keys(TABLES) as TableName[];
