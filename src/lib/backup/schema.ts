import * as v from 'valibot';

/**
 * The backup file's schema. Every field is checked before anything is written; limits keep a
 * hostile or corrupt file from exhausting memory or the database.
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

export const BACKUP_TYPE = 'gaojiang-backup';
export const BACKUP_VERSION = 1;

const id = v.pipe(v.string(), v.minLength(1), v.maxLength(LIMITS.idLength));
const time = v.pipe(v.number(), v.finite());
const title = v.pipe(v.string(), v.maxLength(LIMITS.titleLength));

export const SectionSchema = v.object({
	id,
	kind: v.pipe(v.string(), v.maxLength(LIMITS.idLength)),
	title,
	body: v.pipe(v.string(), v.maxLength(LIMITS.bodyLength))
});

export const DraftSchema = v.object({
	id,
	title,
	year: v.nullable(v.pipe(v.number(), v.integer(), v.minValue(1900), v.maxValue(2999))),
	packId: v.nullable(id),
	sections: v.pipe(v.array(SectionSchema), v.maxLength(LIMITS.sections)),
	createdAt: time,
	updatedAt: time,
	revision: v.pipe(v.number(), v.integer(), v.minValue(0)),
	deletedAt: v.nullable(time),
	source: v.optional(
		v.object({
			fileName: v.nullable(v.pipe(v.string(), v.maxLength(LIMITS.titleLength))),
			text: v.pipe(v.string(), v.maxLength(LIMITS.bodyLength)),
			importedAt: time
		})
	)
});

export const SnapshotSchema = v.object({
	id,
	draftId: id,
	takenAt: time,
	reason: v.picklist(['auto', 'before-replace', 'before-restore', 'before-import', 'manual']),
	draft: DraftSchema
});

export const PackSchema = v.object({
	id,
	version: v.pipe(v.string(), v.maxLength(LIMITS.idLength)),
	name: title,
	pack: v.unknown(),
	installedAt: time,
	updatedAt: time
});

export const SettingSchema = v.object({
	key: v.pipe(v.string(), v.minLength(1), v.maxLength(LIMITS.idLength * 2)),
	value: v.unknown()
});

export const BackupSchema = v.object({
	type: v.literal(BACKUP_TYPE),
	version: v.literal(BACKUP_VERSION),
	exportedAt: v.string(),
	drafts: v.pipe(v.array(DraftSchema), v.maxLength(LIMITS.drafts)),
	snapshots: v.pipe(v.array(SnapshotSchema), v.maxLength(LIMITS.snapshots)),
	packs: v.pipe(v.array(PackSchema), v.maxLength(LIMITS.packs)),
	settings: v.pipe(v.array(SettingSchema), v.maxLength(LIMITS.settings))
});

/** A validated backup. */
export type Backup = v.InferOutput<typeof BackupSchema>;
