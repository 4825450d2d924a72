/**
 * Tells other tabs (and this one) that stored drafts changed. One channel, distinctive name:
 * every file:// page shares an origin, so a generic name could reach another app.
 */
export const CHANNEL_NAME = 'gaojiang-drafts-changes';

/** A change to one stored draft; `revision` is null when it was purged. */
export interface DraftChange {
	type: 'draft-changed';
	draftId: string;
	revision: number | null;
	/** The tab that made the change, so it can ignore its own echo. */
	origin: string;
}

/** This tab's id (random per page load). */
export const TAB_ID = Math.random().toString(36).slice(2) + Date.now().toString(36);

let channel: BroadcastChannel | null | undefined;
const localListeners = new Set<(c: DraftChange) => void>();

function getChannel(): BroadcastChannel | null {
	if (channel === undefined) {
		channel = typeof BroadcastChannel === 'function' ? new BroadcastChannel(CHANNEL_NAME) : null;
		channel?.addEventListener('message', (ev: MessageEvent<unknown>) => {
			const data = ev.data as Partial<DraftChange> | null;
			if (data && data.type === 'draft-changed' && typeof data.draftId === 'string') {
				for (const l of localListeners) l(data as DraftChange);
			}
		});
	}
	return channel;
}

/** Announces a change to other tabs and to listeners in this tab. */
export function announceDraftChange(draftId: string, revision: number | null): void {
	const change: DraftChange = { type: 'draft-changed', draftId, revision, origin: TAB_ID };
	try {
		getChannel()?.postMessage(change);
	} catch {
		// A closed channel (page unloading) is not worth failing a save over.
	}
	for (const l of localListeners) l(change);
}

/** Subscribes to draft changes from any tab, this one included; returns an unsubscribe. */
export function onDraftChange(listener: (c: DraftChange) => void): () => void {
	getChannel();
	localListeners.add(listener);
	return () => localListeners.delete(listener);
}
