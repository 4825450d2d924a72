/** The template pack a draft names, from the packs repository (an installed pack shadows a built-in). */
import { db } from '$lib/db';
import { findPack } from '$lib/packs/repository';
import type { TemplatePack } from '$lib/packs/types';

export async function loadDraftPack(packId: string): Promise<TemplatePack | null> {
	return (await findPack(db().packs, packId)) ?? null;
}
