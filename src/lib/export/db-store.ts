/** Export settings in the app's settings repository (IndexedDB), under `export:<draftId>`. */
import { getSetting, setSetting } from '$lib/db';
import type { SettingsStore } from './settings';

export const dbSettingsStore: SettingsStore = {
	get: (key) => getSetting<unknown>(key),
	set: (key, value) => setSetting(key, value)
};

/** Where the editor keeps the draft's 忽略此处 list (read by export to skip intended blanks). */
export { settingKeys } from '$lib/db';
