/** Backup and restore: one JSON file with every draft, snapshot, pack and setting. */
export { buildBackup, backupBlob, downloadBackup, restoreBackup } from './backup';
export type { RestoreSummary } from './backup';
export { parseBackupText, parseBackupFile, validateBackup, formatPath } from './parse';
export type { ParseResult } from './parse';
export { BackupSchema, LIMITS, BACKUP_TYPE, BACKUP_VERSION } from './schema';
export type { Backup } from './schema';
