/**
 * The app's wiring of an editor session: ignore lists in the settings table, packs from the
 * packs repository (an installed pack shadows a built-in), real time.
 */
import { loadDraftPack } from './pack-lookup';
import { EditorSession, type DraftSource } from './editor-session.svelte';
import { settingsIgnoreStore } from './ignore-store';

function safeGet(key: string): string | null {
	try {
		return localStorage.getItem(key);
	} catch {
		return null;
	}
}

/** The editor session for the opened draft `draftId` of `source`. */
export function createAppEditorSession(source: DraftSource | null, draftId: string): EditorSession {
	return new EditorSession({
		draftId,
		source,
		ignoreStore: settingsIgnoreStore,
		loadPack: loadDraftPack,
		// Benchmark switch (localStorage gaojiang:editor:nocheck = 1): measure the editor alone.
		checkingOff: typeof localStorage !== 'undefined' && safeGet('gaojiang:editor:nocheck') === '1'
	});
}
