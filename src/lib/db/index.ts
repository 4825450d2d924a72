/** The data layer: one Dexie database and plain async repository functions. */
export { db, useDatabase, reopenDatabase, GaojiangDb, DB_NAME } from './database';
export type { SnapshotRow, SnapshotReason, PackRow, SettingRow } from './database';
export {
	createDraft,
	buildDraft,
	yearFromTitle,
	insertDraftCopy,
	putBackDraft,
	getDraft,
	listDrafts,
	saveDraft,
	renameDraft,
	duplicateDraft,
	trashDraft,
	restoreDraft,
	purgeDraft
} from './drafts';
export type { NewDraft, SaveResult } from './drafts';
export { snapshot, listSnapshots, draftHistory, getSnapshot, restoreSnapshot, MAX_AUTO_SNAPSHOTS, type RestoreOptions } from './snapshots';
export { getSetting, setSetting, deleteSetting, settingKeys } from './settings';
export { listPacks, getPack, putPack, deletePack } from './packs';
export { onDraftChange, announceDraftChange, CHANNEL_NAME, TAB_ID } from './events';
export type { DraftChange } from './events';
export { isQuotaError, isUnavailableError, isNewerVersionError, isClosedError, describeDbError, ReadOnlyDbError, needsReopen } from './errors';
export { newId } from './ids';
export { checkDraft, checkSnapshot, checkPackRow, checkSetting, checkRow, sortRows, rawKey, DamagedRowError } from './read';
export type { DamagedRow, RowCheck } from './read';
export { listDamaged, deleteDamaged } from './damaged';
export { nextRevision, isSafeRevision, REVISION_BOUND } from './revision';
export { LIMITS, TABLES, TABLE_NAMES, DraftSchema, SnapshotSchema, PackRowSchema, SettingSchema, SectionSchema } from './rows';
export type { TableName } from './rows';
export { formatPath, describeIssue } from './describe';
