import { db, type SettingRow } from './database';
import { checkSetting } from './read';

/** Reads a setting; `fallback` when absent. The caller knows the value's type. */
export async function getSetting<T>(key: string, fallback: T): Promise<T>;
export async function getSetting<T>(key: string): Promise<T | undefined>;
export async function getSetting<T>(key: string, fallback?: T): Promise<T | undefined> {
	const raw = await db().settings.get(key);
	// A damaged row reads as absent (the caller's default); it stays listed as damaged.
	const r = raw === undefined ? null : checkSetting(raw);
	return r?.ok ? ((r.row as SettingRow).value as T) : fallback;
}

/** Stores a setting (structured-clone safe values only). */
export async function setSetting<T>(key: string, value: T): Promise<void> {
	await db().settings.put({ key, value: structuredClone(value) });
}

export async function deleteSetting(key: string): Promise<void> {
	await db().settings.delete(key);
}

/** Key helpers so every helper spells per-draft keys the same way. */
export const settingKeys = {
	export: (draftId: string) => `export:${draftId}`,
	ignore: (draftId: string) => `ignore:${draftId}`,
	/** The last 逐项填空 (what 撤销填空 needs after a reload); see editor/fill-record.ts. */
	fill: (draftId: string) => `fill:${draftId}`
} as const;
