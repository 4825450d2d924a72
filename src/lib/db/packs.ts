import { db, type PackRow } from './database';

/** Installed template packs, by name. The packs module validates `pack` before calling. */
export async function listPacks(): Promise<PackRow[]> {
	return db().packs.orderBy('name').toArray();
}

export async function getPack(id: string): Promise<PackRow | undefined> {
	return db().packs.get(id);
}

/** Installs or replaces a pack; keeps the first installedAt. */
export async function putPack(input: { id: string; version: string; name: string; pack: unknown }): Promise<PackRow> {
	const d = db();
	return d.transaction('rw', d.packs, async () => {
		const existing = await d.packs.get(input.id);
		const now = Date.now();
		const row: PackRow = {
			id: input.id,
			version: input.version,
			name: input.name,
			pack: structuredClone(input.pack),
			installedAt: existing?.installedAt ?? now,
			updatedAt: now
		};
		await d.packs.put(row);
		return row;
	});
}

export async function deletePack(id: string): Promise<void> {
	await db().packs.delete(id);
}
