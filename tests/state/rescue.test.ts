import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { freshDb } from '../db/helpers';
import { createDraft, getDraft, listDrafts, type GaojiangDb } from '../../src/lib/db';
import { DraftSession } from '../../src/lib/state/draft-session.svelte';
import { contentDigest, continuedRevision, parseRescue, readRescue } from '../../src/lib/state/rescue';
import type { Draft } from '../../src/lib/model';

const until = async (cond: () => boolean | Promise<boolean>, ms = 3000) => {
	const end = Date.now() + ms;
	while (!(await cond())) {
		if (Date.now() > end) throw new Error('timed out waiting');
		await new Promise((r) => setTimeout(r, 5));
	}
};

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

test('killed after the database took a save but before the page heard: keys typed during it are applied in place, not set aside', async () => {
	const d = await createDraft({ title: '保存中断电' });
	const sid = d.sections[0]!.id;
	const s = new DraftSession({ debounceMs: 10_000, maxWaitMs: 10_000 });
	await s.open(d.id);
	s.updateSectionBody(sid, '存到一半');
	// The save's read-back never answers: the row is stored, the page never learns it.
	const get = db.drafts.get.bind(db.drafts);
	let calls = 0;
	vi.spyOn(db.drafts, 'get').mockImplementation(((...args: Parameters<typeof get>) => {
		calls += 1;
		return calls === 1 ? get(...args) : new Promise(() => {});
	}) as typeof get);
	void s.flush();
	await until(async () => calls >= 2);
	s.updateSectionBody(sid, '存到一半，又打了几个字');
	await until(() => s.unsafeEdits === 0);
	vi.restoreAllMocks();
	expect((await getDraft(d.id))!.revision).toBe(2);

	const next = new DraftSession();
	await next.open(d.id);
	expect(next.notice).toBeNull();
	expect(next.draft!.sections[0]!.body).toBe('存到一半，又打了几个字');
	expect((await getDraft(d.id))!.sections[0]!.body).toBe('存到一半，又打了几个字');
	expect((await listDrafts()).filter((x) => x.title.includes('保存中断电'))).toHaveLength(1);
	await next.close();
});

test('a record waiting for a save applies in place only when the stored draft is that save', () => {
	const base = { id: 'x', title: '稿', year: 2026, packId: null, sections: [{ id: 's', kind: 'free', title: '一', body: '甲' }], createdAt: 1, updatedAt: 1, revision: 4, deletedAt: null } as Draft;
	const mine = { ...base, sections: [{ ...base.sections[0]!, body: '甲乙' }] };
	const rescue = { baseRevision: 4, at: 2, draft: { ...mine, sections: [{ ...mine.sections[0]!, body: '甲乙丙' }] }, saving: { revision: 5, digest: contentDigest(mine) } };
	// The save landed: revision 5 holds exactly what was sent (field order does not matter).
	const landed = { ...mine, revision: 5, updatedAt: 9, sections: [{ body: '甲乙', title: '一', kind: 'free', id: 's' }] } as Draft;
	expect(continuedRevision(rescue, landed)).toBe(5);
	// Another tab's revision 5 (the save was refused): the edits stay based on 4, a 冲突副本.
	expect(continuedRevision(rescue, { ...landed, sections: [{ ...landed.sections[0]!, body: '别的窗口' }] })).toBe(4);
	expect(continuedRevision(rescue, { ...landed, revision: 6 })).toBe(4);
	expect(continuedRevision({ ...rescue, saving: undefined }, landed)).toBe(4);
	// A malformed marker read back is dropped, the edits kept.
	const raw = JSON.stringify({ ...rescue, saving: { revision: '5', digest: 1 } });
	expect(parseRescue(raw, 'x')?.saving).toBeUndefined();
	expect(parseRescue(raw, 'x')?.draft.sections[0]!.body).toBe('甲乙丙');
});
