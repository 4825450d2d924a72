import type Dexie from 'dexie';
import type { Draft, Section } from '../model';

/**
 * The schema history. Each version is written as it shipped, so a database created by any
 * earlier version opens and upgrades. Never edit an old version: add a new one.
 */

/** v1 kept a draft as one body of text (before sections existed). */
export interface DraftV1 {
	id: string;
	title: string;
	content: string;
	createdAt: number;
	updatedAt: number;
}

export const SCHEMA_V1 = {
	drafts: 'id, updatedAt'
} as const;

export const SCHEMA_V2 = {
	drafts: 'id, updatedAt, deletedAt, packId',
	snapshots: 'id, draftId, [draftId+takenAt], takenAt',
	packs: 'id, name, updatedAt',
	settings: 'key'
} as const;

/** The title v2 gives the single section made from a v1 draft's text. */
export const V1_BODY_SECTION_TITLE = '正文';

/** v1 text as a string: other types are kept as their JSON rather than dropped. */
function textOf(content: unknown): string {
	if (typeof content === 'string') return content;
	if (content === undefined || content === null) return '';
	try {
		return JSON.stringify(content) ?? String(content);
	} catch {
		return String(content);
	}
}

/** Turns a v1 row into a v2 Draft (one 'free' section holding the old text). */
export function upgradeDraftV1(row: DraftV1, sectionId: string): Draft {
	const section: Section = {
		id: sectionId,
		kind: 'free',
		title: V1_BODY_SECTION_TITLE,
		body: textOf(row.content)
	};
	return {
		id: row.id,
		title: typeof row.title === 'string' ? row.title : textOf(row.title),
		year: null,
		packId: null,
		sections: [section],
		createdAt: row.createdAt ?? Date.now(),
		updatedAt: row.updatedAt ?? Date.now(),
		revision: 1,
		deletedAt: null
	};
}

/** The newest schema version this app declares. */
export const LATEST_VERSION = 2;

/** Declares every schema version on a Dexie instance. */
export function declareSchema(db: Dexie, newId: () => string): void {
	db.version(1).stores(SCHEMA_V1);
	db.version(2)
		.stores(SCHEMA_V2)
		.upgrade(async (tx) => {
			const drafts = tx.table('drafts');
			const rows = (await drafts.toArray()) as unknown as DraftV1[];
			// Replace rows rather than modify in place: the shape changes completely.
			await drafts.bulkPut(rows.map((r) => upgradeDraftV1(r, newId())));
		});
}
