/** The last 逐项填空 of a draft kept in the app's settings table (`fill:<draftId>`), so 撤销填空 survives reloads. */
import { getSetting, setSetting } from '$lib/db';
import { fillSettingKey, parseStoredFill, type FillStore } from '$lib/editor/fill-record';

export const settingsFillStore: FillStore = {
	async load(draftId) {
		return parseStoredFill(await getSetting<unknown>(fillSettingKey(draftId)));
	},
	async save(draftId, fill) {
		await setSetting(fillSettingKey(draftId), fill);
	}
};
