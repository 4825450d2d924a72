/** 忽略此处 kept in the app's settings table (`ignore:<draftId>`), so it survives reloads. */
import { getSetting, setSetting } from '$lib/db';
import { ignoreSettingKey, parseIgnoreList, type IgnoreStore } from '$lib/checking/ignore';

export const settingsIgnoreStore: IgnoreStore = {
	async load(draftId) {
		return parseIgnoreList(await getSetting<unknown>(ignoreSettingKey(draftId)));
	},
	async save(draftId, keys) {
		await setSetting(ignoreSettingKey(draftId), [...keys]);
	}
};
