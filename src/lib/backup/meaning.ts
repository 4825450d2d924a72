/**
 * A backup's rows checked for meaning, not only shape: each row with the database's own row
 * check (the read layer), then what only the whole file can tell. A row that cannot be used is
 * skipped and reported; what can be repaired without losing anything is repaired:
 * - ids unique within each table (a second row with a taken id is skipped);
 * - section ids unique within a draft (later ones re-keyed: read layer);
 * - draft ids safe in a URL: others re-keyed, with their snapshots and settings following;
 * - revisions within the safe range (re-based);
 * - a pack row's inner id equal to its row id (a mismatched one gets its own id).
 */
import { checkRow, isSafeRevision, newId, rawKey, type PackRow, type SettingRow, type SnapshotRow, type TableName } from '../db';
import type { Draft } from '../model';
import { validatePackValue } from '../packs/validate';
import { asCopy } from '../packs/conflict';
import { builtinPacks } from '../packs/builtins';
import { skippedText } from '../messages/app';
import type { Backup, DamagedEntry } from './schema';

/** A row left out of a restore, and why. */
export interface SkippedRow {
	table: TableName;
	index: number;
	key: string | null;
	problems: string[];
}

/** Ids that go into an address (#/drafts/<id>) as they are. */
export const SAFE_ID = /^[A-Za-z0-9][A-Za-z0-9_-]*$/;

/** Per-draft setting keys, which follow a re-keyed draft. */
const PER_DRAFT_KEY = /^(export|ignore|fill):(.*)$/s;

interface RawTables {
	drafts: unknown[];
	snapshots: unknown[];
	packs: unknown[];
	settings: unknown[];
	damaged: DamagedEntry[];
}

/** Checks every row; returns the usable backup and what was skipped. */
export function checkBackupRows(env: RawTables & Pick<Backup, 'type' | 'version' | 'exportedAt'>): { backup: Backup; skipped: SkippedRow[] } {
	const skipped: SkippedRow[] = [];
	const take = <T>(table: TableName): T[] => {
		const seen = new Set<string>();
		const out: T[] = [];
		env[table].forEach((raw, index) => {
			const key = rawKey(table, raw);
			const r = checkRow(table, raw);
			if (!r.ok) skipped.push({ table, index, key, problems: r.problems });
			else if (seen.has(key!)) skipped.push({ table, index, key, problems: [skippedText.duplicateId(key!)] });
			else {
				seen.add(key!);
				out.push(r.row as T);
			}
		});
		return out;
	};
	const drafts = take<Draft>('drafts');
	const snapshots = take<SnapshotRow>('snapshots');
	const packs = take<PackRow>('packs');
	const settings = take<SettingRow>('settings');

	// Draft ids that would break an address get fresh ones; their links follow.
	const rekey = new Map<string, string>();
	for (const d of drafts) {
		if (!SAFE_ID.test(d.id)) {
			const fresh = newId();
			rekey.set(d.id, fresh);
			d.id = fresh;
		}
		if (!isSafeRevision(d.revision)) d.revision = 1;
	}
	for (const s of snapshots) {
		const to = rekey.get(s.draftId) ?? (SAFE_ID.test(s.draftId) ? undefined : newId());
		if (to) {
			rekey.set(s.draftId, to);
			s.draftId = to;
		}
		s.draft.id = s.draftId;
		if (!isSafeRevision(s.draft.revision)) s.draft.revision = 1;
	}
	const keys = new Set(settings.map((s) => s.key));
	for (const s of settings) {
		const m = PER_DRAFT_KEY.exec(s.key);
		const to = m ? rekey.get(m[2]!) : undefined;
		if (m && to && !keys.has(`${m[1]}:${to}`)) s.key = `${m[1]}:${to}`;
	}

	// The read layer reads a mismatched pack under its row id; a row id that is no pack id
	// (an older app's `id~xxxx` copies) gets a proper one, so the pack can be used and deleted.
	const taken = new Set([...packs.map((p) => p.id), ...builtinPacks().map((p) => p.id)]);
	for (const p of packs) {
		const r = validatePackValue(p.pack);
		if (r.ok && r.pack.id !== p.id) {
			const copy = asCopy(r.pack, taken, '');
			taken.add(copy.id);
			p.id = copy.id;
			p.pack = { ...r.pack, id: copy.id };
		}
	}
	return {
		backup: { type: env.type, version: env.version, exportedAt: env.exportedAt, drafts, snapshots, packs, settings, damaged: env.damaged },
		skipped
	};
}
