/** Backup and restore: one JSON file with every draft, snapshot, pack and setting. */
export { buildBackup, backupBlob, downloadBackup, restoreBackup, packCopyRow } from './backup';
export type { RestoreSummary } from './backup';
export { parseBackupText, parseBackupFile, validateBackup, formatPath } from './parse';
export type { ParseResult } from './parse';
export { checkBackupRows, SAFE_ID } from './meaning';
export type { SkippedRow } from './meaning';
export { EnvelopeSchema, LIMITS, BACKUP_TYPE, BACKUP_VERSION } from './schema';
export type { Backup, DamagedEntry } from './schema';
