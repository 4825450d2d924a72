import { getContext, setContext } from 'svelte';
import type { EditorSession } from './editor-session.svelte';

const KEY = Symbol('gaojiang-editor-session');

/** The draft page's editor scope provides the opened draft's editor session to what it contains. */
export function provideEditorSession(session: EditorSession): void {
	setContext(KEY, session);
}

/** The opened draft's editor session; null outside a draft's editor scope. */
export function maybeEditorSession(): EditorSession | null {
	return getContext<EditorSession | undefined>(KEY) ?? null;
}

/** The opened draft's editor session; only inside a draft's editor scope. */
export function useEditorSession(): EditorSession {
	const s = maybeEditorSession();
	if (!s) throw new Error('useEditorSession() 只能在草稿的编辑区内使用');
	return s;
}
