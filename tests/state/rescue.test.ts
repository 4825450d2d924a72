import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { freshDb } from '../db/helpers';
import { createDraft, getDraft, listDrafts, type GaojiangDb } from '../../src/lib/db';
import { DraftSession } from '../../src/lib/state/draft-session.svelte';
import { readRescue } from '../../src/lib/state/rescue';

/** A page stand-in: events for pagehide / visibilitychange, a Map-backed localStorage. */
function fakePage() {
	const data = new Map<string, string>();
	vi.stubGlobal('localStorage', {
		getItem: (k: string) => data.get(k) ?? null,
		setItem: (k: string, v: string) => void data.set(k, v),
		removeItem: (k: string) => void data.delete(k)
	});
	const target = new EventTarget() as EventTarget & { document: EventTarget & { visibilityState: string } };
	target.document = Object.assign(new EventTarget(), { visibilityState: 'visible' });
	return { target: target as unknown as Window, doc: target.document, data };
}

let db: GaojiangDb;
beforeEach(() => {
	db = freshDb();
});
afterEach(() => {
	vi.restoreAllMocks();
	vi.unstubAllGlobals();
});

test('edits left by a page that closed before its flush finished are applied on the next open', async () => {
	const { target, data } = fakePage();
	const d = await createDraft({ title: '关窗' });
	const s = new DraftSession({ debounceMs: 10_000, maxWaitMs: 10_000 });
	await s.open(d.id);
	s.attachLifecycle(target);
	s.updateSectionBody(d.sections[0]!.id, '关窗前最后一句');
	// The page dies before IndexedDB answers: the write never lands.
	const put = vi.spyOn(db.drafts, 'put').mockRejectedValue(new DOMException('closing', 'AbortError'));
	target.dispatchEvent(new Event('pagehide'));
	await s.flush();
	put.mockRestore();
	expect((await getDraft(d.id))!.sections[0]!.body).toBe('');
	expect(readRescue(d.id)?.draft.sections[0]!.body).toBe('关窗前最后一句');

	const next = new DraftSession();
	await next.open(d.id);
	expect(next.draft!.sections[0]!.body).toBe('关窗前最后一句');
	expect((await getDraft(d.id))!.sections[0]!.body).toBe('关窗前最后一句');
	expect(data.size).toBe(0);
	await next.close();
});

test('a rescue whose base moved on is kept as a 冲突副本, and a landed one is just dropped', async () => {
	const { target, doc, data } = fakePage();
	const d = await createDraft({ title: '关窗' });
	const s = new DraftSession({ debounceMs: 10_000, maxWaitMs: 10_000 });
	await s.open(d.id);
	s.attachLifecycle(target);
	s.updateSectionBody(d.sections[0]!.id, '本窗口没存上的');
	const put = vi.spyOn(db.drafts, 'put').mockRejectedValue(new DOMException('closing', 'AbortError'));
	doc.visibilityState = 'hidden';
	doc.dispatchEvent(new Event('visibilitychange'));
	await s.flush();
	put.mockRestore();
	// Meanwhile another tab saved something else (written directly: the closed page hears nothing).
	await db.drafts.update(d.id, { revision: 2, sections: [{ ...d.sections[0]!, body: '别的窗口写的' }] });

	const next = new DraftSession();
	await next.open(d.id);
	expect(next.draft!.sections[0]!.body).toBe('别的窗口写的');
	expect(next.notice?.kind).toBe('conflict-copy');
	const bodies = (await listDrafts()).map((x) => x.sections[0]!.body).sort();
	expect(bodies).toEqual(['别的窗口写的', '本窗口没存上的'].sort());
	expect(data.size).toBe(0);

	// A flush that did land leaves nothing behind to apply.
	next.attachLifecycle(target);
	next.updateSectionBody(d.sections[0]!.id, '这次存上了');
	target.dispatchEvent(new Event('pagehide'));
	await next.flush();
	expect(data.size).toBe(0);
	await next.close();
});
