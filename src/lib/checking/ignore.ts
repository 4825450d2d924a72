/**
 * 忽略此处: the writer's list of finding keys marked as intended, stored per draft in the
 * settings table under `ignore:<draftId>`. Keys come from the checker (Finding.key) and survive
 * edits elsewhere in the text.
 */

export function ignoreSettingKey(draftId: string): string {
	return `ignore:${draftId}`;
}

/** Reads a stored value defensively: anything that is not a list of strings counts as empty. */
export function parseIgnoreList(value: unknown): string[] {
	if (!Array.isArray(value)) return [];
	const keys = new Set<string>();
	for (const v of value) if (typeof v === 'string' && v.length > 0) keys.add(v);
	return [...keys];
}

/** Where the ignore list lives; the app's settings repository in the browser, a Map in tests. */
export interface IgnoreStore {
	load(draftId: string): Promise<string[]>;
	save(draftId: string, keys: readonly string[]): Promise<void>;
}

/** An in-memory store, for tests and for when IndexedDB is unavailable. */
export function memoryIgnoreStore(): IgnoreStore {
	const data = new Map<string, string[]>();
	return {
		async load(draftId) {
			return parseIgnoreList(data.get(ignoreSettingKey(draftId)));
		},
		async save(draftId, keys) {
			data.set(ignoreSettingKey(draftId), [...keys]);
		}
	};
}
