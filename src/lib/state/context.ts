import { getContext, setContext } from 'svelte';
import type { DraftSession } from './draft-session.svelte';

const KEY = Symbol('gaojiang-draft-session');

/** The draft page provides its session so panels mounted inside it (export, guidance, findings) can use it. */
export function provideDraftSession(session: DraftSession): void {
	setContext(KEY, session);
}

/** The open draft's session; only inside the draft page. */
export function useDraftSession(): DraftSession {
	const s = getContext<DraftSession | undefined>(KEY);
	if (!s) throw new Error('useDraftSession() 只能在草稿页内使用');
	return s;
}
