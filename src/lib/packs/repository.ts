/**
 * The writer's own packs, over the database's `packs` table ({id, version, name, pack,
 * installedAt, updatedAt}). Functions take the table so they work with the app's Dexie
 * database and with a test database alike. Built-in packs are not stored; an installed pack
 * with a built-in's id shadows the built-in (deleting it brings the built-in back).
 *
 * Import is two steps so nothing changes before the writer decides: `prepareImport` validates
 * and says what situation the pack is in; `applyImport` writes only the chosen outcome.
 */
import { builtinPacks } from './builtins';
import { asCopy, decisionsFor, importSituation, type ImportDecision, type ImportSituation } from './conflict';
import { validatePackBytes, validatePackText, validatePackValue } from './validate';
import type { PackProblem, TemplatePack } from './types';

/** A row of the `packs` table. `pack` is stored JSON; it is validated again when read. */
export interface StoredPack {
	id: string;
	version: string;
	name: string;
	pack: unknown;
	installedAt: number;
	updatedAt: number;
}

/**
 * A stored pack, validated again: the database may hold a pack written by an older version of
 * the app (migrated here) or damaged by hand; a row that no longer validates is skipped (the
 * 损坏的记录 list shows it). The row id is the pack's id: a row whose inner id differs (an
 * older restore kept copies that way) is read under its row id, so it lists once, opens and
 * deletes under one id and never stands in for a built-in.
 */
function readRow(row: StoredPack | undefined): TemplatePack | undefined {
	if (!row || typeof row !== 'object' || typeof row.id !== 'string') return undefined;
	const r = validatePackValue(row.pack);
	if (!r.ok) return undefined;
	return r.pack.id === row.id ? r.pack : { ...r.pack, id: row.id };
}

function updatedAtOf(row: StoredPack): number {
	return typeof row.updatedAt === 'number' && Number.isFinite(row.updatedAt) ? row.updatedAt : 0;
}

/** The part of a Dexie table the repository uses. */
export interface PackTable {
	get(id: string): PromiseLike<StoredPack | undefined>;
	put(row: StoredPack): PromiseLike<unknown>;
	delete(id: string): PromiseLike<void>;
	toArray(): PromiseLike<StoredPack[]>;
}

/** A pack as the manager lists it. */
export interface PackEntry {
	pack: TemplatePack;
	source: 'builtin' | 'installed';
	/** True when an installed pack has the id of a built-in one. */
	shadowsBuiltin: boolean;
	updatedAt: number | null;
}

/** Every pack the writer can start from: installed ones first (newest first), then built-ins. */
export async function listPacks(table: PackTable): Promise<PackEntry[]> {
	const rows = (await table.toArray()).sort((a, b) => updatedAtOf(b) - updatedAtOf(a));
	const builtins = builtinPacks();
	const builtinIds = new Set(builtins.map((p) => p.id));
	const seen = new Set<string>();
	const entries: PackEntry[] = rows.flatMap((r) => {
		const pack = readRow(r);
		// Row ids are unique, so this only guards the list's keys against the impossible.
		if (!pack || seen.has(pack.id)) return [];
		seen.add(pack.id);
		return [{ pack, source: 'installed' as const, shadowsBuiltin: builtinIds.has(r.id), updatedAt: updatedAtOf(r) }];
	});
	const installed = new Set(entries.map((e) => e.pack.id));
	return [
		...entries,
		...builtins.filter((p) => !installed.has(p.id)).map((p) => ({ pack: p, source: 'builtin' as const, shadowsBuiltin: false, updatedAt: null }))
	];
}

/** The pack a draft refers to (installed first, then built-in). */
export async function findPack(table: PackTable, id: string): Promise<TemplatePack | undefined> {
	return readRow(await table.get(id)) ?? builtinPacks().find((p) => p.id === id);
}

export type PreparedImport =
	| { ok: false; problems: PackProblem[] }
	| { ok: true; pack: TemplatePack; situation: ImportSituation; decisions: ImportDecision[]; migratedFrom?: number };

/** Validates a file and works out whether importing it conflicts; writes nothing. */
export async function prepareImport(table: PackTable, file: Uint8Array | string): Promise<PreparedImport> {
	const result = typeof file === 'string' ? validatePackText(file) : validatePackBytes(file);
	if (!result.ok) return result;
	const existing = await findPack(table, result.pack.id);
	const situation = importSituation(existing, result.pack);
	return { ok: true, pack: result.pack, situation, decisions: decisionsFor(situation), migratedFrom: result.migratedFrom };
}

/**
 * Writes the outcome the writer chose and returns the stored pack's id, or null for cancel.
 * A decision the situation does not offer (e.g. "upgrade" to an older version) is refused.
 */
export async function applyImport(
	table: PackTable,
	prepared: Extract<PreparedImport, { ok: true }>,
	decision: ImportDecision | 'install',
	copySuffix: string,
	now: number = Date.now()
): Promise<string | null> {
	const { pack, situation } = prepared;
	if (decision === 'cancel') return null;
	const allowed = situation.kind === 'new' ? ['install', 'keep-both'] : decisionsFor(situation);
	if (!allowed.includes(decision)) throw new Error(`decision ${decision} not offered for ${situation.kind}`);
	if (decision === 'keep-both') {
		const taken = new Set([...(await table.toArray()).map((r) => r.id), ...builtinPacks().map((p) => p.id)]);
		const copy = asCopy(pack, taken, copySuffix);
		await savePack(table, copy, now);
		return copy.id;
	}
	await savePack(table, pack, now);
	return pack.id;
}

/** Stores (inserts or overwrites) a pack; keeps the first install time. */
export async function savePack(table: PackTable, pack: TemplatePack, now: number = Date.now()): Promise<void> {
	const prior = await table.get(pack.id);
	const installedAt = typeof prior?.installedAt === 'number' && Number.isFinite(prior.installedAt) ? prior.installedAt : now;
	// Structured clone drops any reactive proxy a caller may hand in.
	const plain = JSON.parse(JSON.stringify(pack)) as TemplatePack;
	await table.put({ id: pack.id, version: pack.version, name: pack.name, pack: plain, installedAt, updatedAt: now });
}

/** Copies a pack (built-in or installed) under a new id so the writer can edit it. */
export async function duplicatePack(table: PackTable, pack: TemplatePack, copySuffix: string, now: number = Date.now()): Promise<TemplatePack> {
	const taken = new Set([...(await table.toArray()).map((r) => r.id), ...builtinPacks().map((p) => p.id)]);
	const copy = asCopy(pack, taken, copySuffix);
	await savePack(table, copy, now);
	return copy;
}

/** Deletes an installed pack. Built-ins cannot be deleted (there is nothing stored). */
export async function deletePack(table: PackTable, id: string): Promise<void> {
	await table.delete(id);
}
