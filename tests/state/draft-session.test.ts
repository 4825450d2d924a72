import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { freshDb } from '../db/helpers';
import { createDraft, getDraft, listDrafts, listSnapshots, type GaojiangDb } from '../../src/lib/db';
import { DraftSession } from '../../src/lib/state/draft-session.svelte';

let db: GaojiangDb;
const sessions: DraftSession[] = [];
beforeEach(() => {
	db = freshDb();
});
afterEach(async () => {
	vi.restoreAllMocks();
	for (const s of sessions.splice(0)) await s.close();
});

async function open(id: string, opts = {}): Promise<DraftSession> {
	const s = new DraftSession(opts);
	sessions.push(s);
	await s.open(id);
	return s;
}

const until = async (cond: () => boolean | Promise<boolean>, ms = 2000) => {
	const end = Date.now() + ms;
	while (!(await cond())) {
		if (Date.now() > end) throw new Error('timed out waiting');
		await new Promise((r) => setTimeout(r, 10));
	}
};

/**
 * Two tabs on one two-section draft, saving only when flushed, with a hook into the database:
 * right after the first refused compare-and-set (a tab finding the other's revision and about to
 * store its merge), `race` runs once before the merged version is written.
 */
async function twoTabsRacingAMerge(race: (tabs: { a: DraftSession; b: DraftSession; first: string; second: string }) => Promise<void> | void) {
	const d = await createDraft({
		title: '稿',
		sections: [
			{ kind: 'free', title: '一', body: '' },
			{ kind: 'free', title: '二', body: '' }
		]
	});
	const slow = { debounceMs: 10_000, maxWaitMs: 10_000, snapshotEveryMs: Infinity };
	const a = await open(d.id, slow);
	const b = await open(d.id, slow);
	const [first, second] = d.sections.map((s) => s.id) as [string, string];
	const transaction = db.transaction.bind(db) as (...args: unknown[]) => Promise<unknown>;
	let armed = false;
	let raced = false;
	vi.spyOn(db, 'transaction').mockImplementation((async (...args: unknown[]) => {
		if (armed) {
			armed = false;
			raced = true;
			await race({ a, b, first, second });
		}
		const result = await transaction(...args);
		if (!raced && (result as { ok?: boolean } | undefined)?.ok === false) armed = true;
		return result;
	}) as never);
	return { d, a, b, first, second, raced: () => raced };
}

test('edits reach the database by themselves, within the debounce window', async () => {
	const d = await createDraft({ title: '稿' });
	const s = await open(d.id);
	const sid = s.draft!.sections[0]!.id;
	s.updateSectionBody(sid, '今年');
	expect(s.status.kind).toBe('pending');
	await until(async () => (await getDraft(d.id))!.sections[0]!.body === '今年', 1000);
	await until(() => s.status.kind === 'saved');
	expect(s.dirty).toBe(false);
	expect(s.draft!.revision).toBe(2);
});

test('typing without pause is still saved at least every maxWait', async () => {
	const d = await createDraft({ title: '稿' });
	const s = await open(d.id, { debounceMs: 200, maxWaitMs: 300 });
	const sid = s.draft!.sections[0]!.id;
	let text = '';
	const started = Date.now();
	let savedWhileTyping = false;
	while (Date.now() - started < 900) {
		text += '字';
		s.updateSectionBody(sid, text);
		await new Promise((r) => setTimeout(r, 50));
		if ((await getDraft(d.id))!.sections[0]!.body.length > 0) savedWhileTyping = true;
	}
	expect(savedWhileTyping).toBe(true);
	await s.flush();
	expect((await getDraft(d.id))!.sections[0]!.body).toBe(text);
});

test('section operations: add, rename, move, remove', async () => {
	const d = await createDraft({ title: '稿' });
	const s = await open(d.id);
	const first = s.draft!.sections[0]!.id;
	const second = s.addSection({ kind: 'plan', title: '下一步工作计划' })!;
	const middle = s.addSection({ title: '存在问题' }, first)!;
	expect(s.draft!.sections.map((x) => x.id)).toEqual([first, middle, second]);
	s.renameSection(middle, '存在的问题');
	s.moveSection(second, -5);
	expect(s.draft!.sections.map((x) => x.id)).toEqual([second, first, middle]);
	s.removeSection(first);
	s.setTitle('新标题');
	s.setYear(2026);
	await s.flush();
	const stored = (await getDraft(d.id))!;
	expect(stored.title).toBe('新标题');
	expect(stored.year).toBe(2026);
	expect(stored.sections.map((x) => x.title)).toEqual(['下一步工作计划', '存在的问题']);
});

test('a clean tab reloads live when another tab saves', async () => {
	const d = await createDraft({ title: '稿' });
	const a = await open(d.id);
	const b = await open(d.id);
	const sid = d.sections[0]!.id;
	a.updateSectionBody(sid, '甲写的');
	await a.flush();
	await until(() => b.draft!.sections[0]!.body === '甲写的');
	expect(b.baseRevision).toBe(2);
	expect(b.notice?.kind).toBe('reloaded');
});

test('a clean tab reloading another tab\'s import takes its 范文 too (and drops it when a restore has none)', async () => {
	const d = await createDraft({ title: '稿' });
	const a = await open(d.id);
	const b = await open(d.id);
	const source = { fileName: '范文.txt', text: '青石镇今年引进项目十二个。', importedAt: 1 };
	await a.replaceContent({ sections: [{ id: d.sections[0]!.id, kind: 'free', title: '概述', body: '青石镇今年引进项目十二个。' }], source }, 'before-import');
	await until(() => b.draft!.sections[0]!.body === '青石镇今年引进项目十二个。');
	expect(b.draft!.source).toEqual(source);
	// The snapshot taken before the import has no 范文: restoring it in b takes it away, in a it reloads so.
	const before = (await listSnapshots(d.id)).find((x) => x.reason === 'before-import')!;
	await b.restoreSnapshot(before.id);
	expect(b.draft!.source).toBeUndefined();
	await until(() => a.draft!.sections[0]!.body === '');
	expect(a.draft!.source).toBeUndefined();
});

test('two tabs editing different sections: both edits kept, no copy', async () => {
	const d = await createDraft({
		title: '稿',
		sections: [
			{ kind: 'free', title: '一', body: '' },
			{ kind: 'free', title: '二', body: '' }
		]
	});
	const a = await open(d.id, { debounceMs: 10_000, maxWaitMs: 10_000 });
	const b = await open(d.id, { debounceMs: 10_000, maxWaitMs: 10_000 });
	a.updateSectionBody(d.sections[0]!.id, '甲写第一节');
	b.updateSectionBody(d.sections[1]!.id, '乙写第二节');
	await a.flush();
	await b.flush();
	await until(() => a.draft!.sections[1]!.body === '乙写第二节');
	const stored = (await getDraft(d.id))!;
	expect(stored.sections.map((x) => x.body)).toEqual(['甲写第一节', '乙写第二节']);
	expect(await listDrafts()).toHaveLength(1);
	expect(b.draft!.sections.map((x) => x.body)).toEqual(['甲写第一节', '乙写第二节']);
});

test('another tab saves again while a merge is being stored: the next round merges with it, nothing overwritten', async () => {
	// B's save finds A's revision and merges; just before the merged version is written, A saves
	// its next keystroke (the race two tabs typing in turn meet on a slow machine).
	const { d, a, b, first, second, raced } = await twoTabsRacingAMerge(async ({ a, first }) => {
		a.updateSectionBody(first, '甲窗口写第一');
		await a.flush();
	});
	b.updateSectionBody(second, '乙');
	a.updateSectionBody(first, '甲窗口写第');
	await a.flush();
	await b.flush();
	await until(() => raced() && !b.dirty && !a.dirty);
	vi.restoreAllMocks();
	await until(async () => (await getDraft(d.id))!.sections[1]!.body === '乙');
	const stored = (await getDraft(d.id))!;
	expect(stored.sections.map((x) => x.body)).toEqual(['甲窗口写第一', '乙']);
	expect(await listDrafts()).toHaveLength(1);
	await until(() => a.draft!.sections[1]!.body === '乙' && b.draft!.sections[0]!.body === '甲窗口写第一');
	expect(a.notice?.kind).not.toBe('conflict-copy');
	expect(b.notice?.kind).not.toBe('conflict-copy');
});

test('typing into the other tab\'s section while a merge is being stored is a real conflict: both kept', async () => {
	// B's merged version is on its way; meanwhile B types into the section A just wrote.
	const { a, b, first, second, raced } = await twoTabsRacingAMerge(({ b, second }) => {
		b.updateSectionBody(second, '乙也写第二节');
	});
	b.updateSectionBody(first, '乙写第一节');
	a.updateSectionBody(second, '甲写第二节');
	await a.flush();
	await b.flush();
	await until(() => raced() && !b.dirty);
	vi.restoreAllMocks();
	await b.flush();
	// Neither tab's words for the second section are gone: one is in the draft, one in the copy.
	const all = await listDrafts();
	expect(all).toHaveLength(2);
	const seconds = all.map((x) => x.sections[1]!.body).sort();
	expect(seconds).toEqual(['乙也写第二节', '甲写第二节'].sort());
	expect(b.notice?.kind).toBe('conflict-copy');
});

test('a real conflict keeps both: the later tab becomes a 冲突副本 and is told', async () => {
	const d = await createDraft({ title: '年度总结' });
	const a = await open(d.id, { debounceMs: 10_000, maxWaitMs: 10_000 });
	const b = await open(d.id, { debounceMs: 10_000, maxWaitMs: 10_000 });
	const sid = d.sections[0]!.id;
	a.updateSectionBody(sid, '甲的版本');
	b.updateSectionBody(sid, '乙的版本');
	await a.flush();
	await b.flush();
	const all = await listDrafts();
	expect(all).toHaveLength(2);
	const original = (await getDraft(d.id))!;
	expect(original.sections[0]!.body).toBe('甲的版本');
	const copy = all.find((x) => x.id !== d.id)!;
	expect(copy.title).toMatch(/^年度总结（冲突副本 \d\d:\d\d）$/);
	expect(copy.sections[0]!.body).toBe('乙的版本');
	expect(b.notice).toMatchObject({ kind: 'conflict-copy', originalId: d.id, copyId: copy.id });
	// B stays on the original, now showing the stored version; its own words are in the copy.
	expect(b.draft!.id).toBe(d.id);
	expect(b.draft!.sections[0]!.body).toBe('甲的版本');
	expect(b.dirty).toBe(false);
	// No two drafts share section ids (editors key their state by them).
	expect(copy.sections[0]!.id).not.toBe(sid);
	// B's next edit is an ordinary save on top of the original.
	b.updateSectionBody(sid, '甲的版本，乙接着写');
	await b.flush();
	expect((await getDraft(d.id))!.sections[0]!.body).toBe('甲的版本，乙接着写');
	expect((await getDraft(copy.id))!.sections[0]!.body).toBe('乙的版本');
});

test('quota error: shown plainly, text stays in memory, saved once space is back', async () => {
	const d = await createDraft({ title: '稿' });
	const s = await open(d.id);
	const sid = d.sections[0]!.id;
	const put = vi
		.spyOn(db.drafts, 'put')
		.mockRejectedValueOnce(new DOMException('The quota has been exceeded.', 'QuotaExceededError'));
	s.updateSectionBody(sid, '不能丢的字');
	await s.flush();
	expect(put).toHaveBeenCalled();
	expect(s.status).toMatchObject({ kind: 'error', quota: true });
	if (s.status.kind === 'error') expect(s.status.message).toContain('存储空间已满');
	expect(s.draft!.sections[0]!.body).toBe('不能丢的字');
	expect(s.dirty).toBe(true);
	expect((await getDraft(d.id))!.sections[0]!.body).toBe('');
	await s.flush();
	expect(s.status.kind).toBe('saved');
	expect((await getDraft(d.id))!.sections[0]!.body).toBe('不能丢的字');
});

test('replaceContent snapshots first; automatic snapshots are rate-limited', async () => {
	const d = await createDraft({ title: '稿', sections: [{ kind: 'free', title: '正文', body: '原文' }] });
	const s = await open(d.id, { snapshotEveryMs: 60_000 });
	const sid = d.sections[0]!.id;
	s.updateSectionBody(sid, '原文加一句');
	await s.flush();
	s.updateSectionBody(sid, '原文加两句');
	await s.flush();
	await until(async () => (await listSnapshots(d.id)).length === 1);
	await s.replaceContent({ sections: [{ id: sid, kind: 'free', title: '正文', body: '全新内容' }] });
	const snaps = await listSnapshots(d.id);
	expect(snaps.map((x) => x.reason)).toEqual(['before-replace', 'auto']);
	expect(snaps[0]!.draft.sections[0]!.body).toBe('原文加两句');
	expect((await getDraft(d.id))!.sections[0]!.body).toBe('全新内容');
	await s.restoreSnapshot(snaps[0]!.id);
	expect(s.draft!.sections[0]!.body).toBe('原文加两句');
});

test('a draft destroyed in another tab while this one had edits is put back, not lost', async () => {
	const d = await createDraft({ title: '稿' });
	const s = await open(d.id, { debounceMs: 10_000, maxWaitMs: 10_000 });
	s.updateSectionBody(d.sections[0]!.id, '还在写');
	await db.drafts.delete(d.id);
	await s.flush();
	expect(s.notice?.kind).toBe('deleted-elsewhere');
	expect((await getDraft(d.id))!.sections[0]!.body).toBe('还在写');
});

test('a missing draft reports not-found', async () => {
	const s = await open('nope');
	expect(s.loadError).toBe('not-found');
	void db;
});
