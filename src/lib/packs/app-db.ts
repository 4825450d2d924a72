/**
 * The app's database as the pack screens need it: the `packs` table and draft creation.
 *
 * `$lib/db` belongs to the app layer and landed in parallel with this module, so it is looked
 * up with `import.meta.glob` (which yields nothing rather than failing the build when the
 * module is absent) and typed structurally. When the database is missing the pack screens
 * still list the built-in packs; installing and starting drafts report that storage is not
 * available.
 */
import type { Section } from '$lib/model';
import type { PackTable } from './repository';

/** The part of `$lib/db` the pack screens use. */
export interface AppDb {
	db(): { packs: PackTable };
	createDraft(input: { title: string; year?: number | null; packId?: string | null; sections?: Omit<Section, 'id'>[] }): Promise<{ id: string }>;
}

const modules = import.meta.glob('../db/index.ts');

let loaded: Promise<AppDb | null> | null = null;

export function appDb(): Promise<AppDb | null> {
	loaded ??= (async () => {
		const load = Object.values(modules)[0];
		return load ? ((await load()) as AppDb) : null;
	})();
	return loaded;
}

/** A table that holds nothing and refuses writes: used until (or unless) the database exists. */
export const noTable: PackTable = {
	get: async () => undefined,
	toArray: async () => [],
	put: async () => {
		throw new Error('storage unavailable');
	},
	delete: async () => {}
};
