/**
 * The app's wiring of an editor session: ignore lists and the last fill-in in the settings table, packs from the
 * packs repository (an installed pack shadows a built-in), real time.
 */
import { loadDraftPack } from './pack-lookup';
import { EditorSession, memoryHistoryKeeper, type DraftSource } from './editor-session.svelte';
import { settingsIgnoreStore } from './ignore-store';
import { settingsFillStore } from './fill-store';
import { preferences } from './preferences.svelte';

function safeGet(key: string): string | null {
	try {
		return localStorage.getItem(key);
	} catch {
		return null;
	}
}

/** Undo histories of this tab's recently closed drafts: leaving a draft and coming back keeps Ctrl+Z. */
const histories = memoryHistoryKeeper();

/** The editor session for the opened draft `draftId` of `source`. */
export function createAppEditorSession(source: DraftSource | null, draftId: string): EditorSession {
	return new EditorSession({
		draftId,
		source,
		ignoreStore: settingsIgnoreStore,
		fillStore: settingsFillStore,
		loadPack: loadDraftPack,
		histories,
		// The checks turned off in 备份与设置 (followed: a change there applies at once).
		disabledChecks: () => preferences.disabledChecks,
		// Benchmark switch (localStorage gaojiang:editor:nocheck = 1): measure the editor alone.
		checkingOff: typeof localStorage !== 'undefined' && safeGet('gaojiang:editor:nocheck') === '1'
	});
}
