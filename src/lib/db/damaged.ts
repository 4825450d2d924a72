import { db } from './database';
import { checkRow, rawKey, sortRows, type DamagedRow } from './read';
import { TABLE_NAMES, type TableName } from './rows';
import { validatePackValue } from '../packs/validate';
import { damagedText } from '../messages/app';

/**
 * Every damaged row of every table, as it is stored: for the 损坏的记录 list (view, download,
 * delete) and for backups, which carry them raw. A pack row whose pack no longer validates is
 * damaged too (the pack list would otherwise just not show it).
 */
export async function listDamaged(): Promise<DamagedRow[]> {
	const d = db();
	const out: DamagedRow[] = [];
	await d.transaction('r', d.drafts, d.snapshots, d.packs, d.settings, async () => {
		for (const table of TABLE_NAMES) {
			const rows: unknown[] = await d.table(table).toArray();
			const { good, damaged } = sortRows<unknown>(table, rows);
			out.push(...damaged);
			if (table === 'packs') {
				for (const row of good as Array<{ id: string; pack: unknown }>) {
					const r = validatePackValue(row.pack);
					if (!r.ok) {
						const raw = rows.find((x) => rawKey('packs', x) === row.id);
						out.push({ table, key: row.id, problems: [damagedText.packInvalid, ...r.problems.slice(0, 6).map((p) => `${p.path}：${p.message}`)], raw });
					}
				}
			}
		}
	});
	return out;
}

/** Deletes a damaged row (the writer chose to, after downloading it); refuses a healthy one. */
export async function deleteDamaged(table: TableName, key: string): Promise<void> {
	const d = db();
	await d.transaction('rw', d.table(table), async () => {
		const raw: unknown = await d.table(table).get(key);
		if (raw === undefined) return;
		const r = checkRow(table, raw);
		const packBad = table === 'packs' && r.ok && !validatePackValue((r.row as { pack: unknown }).pack).ok;
		if (r.ok && !packBad) throw new Error(damagedText.notDamaged);
		await d.table(table).delete(key);
	});
}
