import { db, type PackRow } from './database';
import { checkedOrThrow, sortRows } from './read';

/** Installed template packs, by name (checked rows; damaged ones are listed by listDamaged). */
export async function listPacks(): Promise<PackRow[]> {
	const { good } = sortRows<PackRow>('packs', await db().packs.toArray());
	return good.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

export async function getPack(id: string): Promise<PackRow | undefined> {
	return checkedOrThrow<PackRow>('packs', await db().packs.get(id));
}

/** Installs or replaces a pack; keeps the first installedAt. The inner id is the row id. */
export async function putPack(input: { id: string; version: string; name: string; pack: unknown }): Promise<PackRow> {
	const d = db();
	return d.transaction('rw', d.packs, async () => {
		const existing = (await d.packs.get(input.id)) as Partial<PackRow> | undefined;
		const now = Date.now();
		const inner = structuredClone(input.pack);
		const row: PackRow = {
			id: input.id,
			version: input.version,
			name: input.name,
			pack: inner !== null && typeof inner === 'object' && !Array.isArray(inner) ? { ...inner, id: input.id } : inner,
			installedAt: typeof existing?.installedAt === 'number' ? existing.installedAt : now,
			updatedAt: now
		};
		await d.packs.put(row);
		return row;
	});
}

export async function deletePack(id: string): Promise<void> {
	await db().packs.delete(id);
}
