/** Export settings in the app's settings repository (IndexedDB), under `export:<draftId>`. */
import { getSetting, setSetting } from '$lib/db';
import type { SettingsStore } from '$lib/export/settings';

export const dbSettingsStore: SettingsStore = {
	get: (key) => getSetting<unknown>(key),
	set: (key, value) => setSetting(key, value)
};
