import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { redo, undo } from '@codemirror/commands';
import { EditorSession, type EditorSectionInfo } from '../../src/lib/state/editor-session.svelte';
import { memoryFillStore, parseStoredFill, type FillStore } from '../../src/lib/editor/fill-record';

// 撤销填空 stays offered as long as the fill can still be undone: after Ctrl+Z and redo in a
// section, after typing and taking it back, and in a new session of the draft (a reload) while
// the text reads as the fill left it.
const clock = {
	now: () => Date.now(),
	setTimer: (fn: () => void, ms: number) => setTimeout(fn, ms),
	clearTimer: (h: unknown) => clearTimeout(h as ReturnType<typeof setTimeout>)
};

const sections: EditorSectionInfo[] = [
	{ id: 'a', title: '概述', body: '20__年，全县实现工业总产值亿元。' },
	{ id: 'b', title: '主要成绩', body: '完成固定资产投资万元。' }
];

let store: FillStore;
const open: EditorSession[] = [];

async function newSession(list: EditorSectionInfo[] = sections): Promise<EditorSession> {
	const s = new EditorSession({ draftId: 'd1', fillStore: store, clock });
	s.checking.follow(2026, null);
	s.sync(list);
	open.push(s);
	vi.runAllTimers();
	await vi.waitFor(() => Promise.resolve());
	return s;
}

function fillAll(s: EditorSession): void {
	s.fillInItems();
	const fields = s.fillInFields();
	const values = Object.fromEntries(fields.map((f, n) => [f.id, ['2026', '12.5', '3000'][n] ?? '']));
	expect(s.applyFillIn(fields, values).filled).toBe(3);
}

const cm = (s: EditorSession, id: string) => ({ state: s.editors.state(id)!, dispatch: (tr: Parameters<typeof s.editors.dispatch>[1]) => s.editors.dispatch(id, tr) });

beforeEach(() => {
	vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date', 'performance'] });
	store = memoryFillStore();
});

afterEach(() => {
	for (const s of open.splice(0)) s.close();
	vi.useRealTimers();
});

test('Ctrl+Z in a section, then redo: 撤销填空 comes back with the fill', async () => {
	const s = await newSession();
	fillAll(s);
	expect(s.canUndoFill).toBe(true);
	// Undone in one section by Ctrl+Z: the other still holds the fill, 撤销填空 does that one.
	undo(cm(s, 'a'));
	expect(s.text('a')).toBe(sections[0]!.body);
	expect(s.canUndoFill).toBe(true);
	undo(cm(s, 'b'));
	expect(s.canUndoFill).toBe(false);
	redo(cm(s, 'a'));
	redo(cm(s, 'b'));
	expect(s.text('a')).toBe('2026年，全县实现工业总产值12.5亿元。');
	expect(s.canUndoFill).toBe(true);
	expect(s.undoFillIn()).toBe(2);
	expect(s.text('a')).toBe(sections[0]!.body);
	expect(s.text('b')).toBe(sections[1]!.body);
	expect(s.canUndoFill).toBe(false);
	// Ctrl+Z after 撤销填空 brings the fill back, and with it the button.
	undo(cm(s, 'a'));
	expect(s.text('a')).toBe('2026年，全县实现工业总产值12.5亿元。');
	expect(s.canUndoFill).toBe(true);
});

test('typing hides 撤销填空; taking the typing back shows it again', async () => {
	const s = await newSession();
	fillAll(s);
	s.insertAtCursor('另', 'b');
	expect(s.canUndoFill).toBe(false);
	undo(cm(s, 'b'));
	expect(s.canUndoFill).toBe(true);
});

test('after a reload with the text unchanged, 撤销填空 is offered and restores the text', async () => {
	const first = await newSession();
	fillAll(first);
	const filled = sections.map((x) => ({ ...x, body: first.text(x.id) }));
	first.close();
	await Promise.resolve();

	const again = await newSession(filled);
	await vi.waitFor(() => expect(again.canUndoFill).toBe(true));
	expect(again.undoFillIn()).toBe(2);
	expect(again.text('a')).toBe(sections[0]!.body);
	expect(again.text('b')).toBe(sections[1]!.body);
});

test('a reload that shows an older save first and the kept edits after it still offers 撤销填空', async () => {
	// The stored draft row can lag the journal: the page loads the row (here: the text before
	// the fill, saved while it was undone), then applies the journaled edits (the fill redone).
	const first = await newSession();
	fillAll(first);
	const filled = sections.map((x) => ({ ...x, body: first.text(x.id) }));
	first.close();
	await Promise.resolve();

	const again = await newSession(sections);
	expect(again.canUndoFill).toBe(false);
	again.sync(filled);
	await vi.waitFor(() => expect(again.canUndoFill).toBe(true));
	expect(again.undoFillIn()).toBe(2);
	expect(again.text('a')).toBe(sections[0]!.body);
});

test('after a reload with the text changed, nothing is offered', async () => {
	const first = await newSession();
	fillAll(first);
	const changed = sections.map((x) => ({ ...x, body: first.text(x.id) + (x.id === 'b' ? '又改了。' : '') }));
	first.close();
	const again = await newSession(changed);
	await Promise.resolve();
	await Promise.resolve();
	expect(again.canUndoFill).toBe(false);
	expect(again.undoFillIn()).toBe(0);
	expect(again.text('b')).toBe(changed[1]!.body);
});

test('a stored record that does not fit reads as nothing', () => {
	expect(parseStoredFill(null)).toBeNull();
	expect(parseStoredFill({ version: 1, count: 1, sections: [{ id: 'a', before: { length: 1, hash: 1 }, after: { length: 2, hash: 2 }, undo: [5] }] })).toBeNull();
	expect(parseStoredFill({ version: 2, count: 0, sections: [] })).toBeNull();
	expect(parseStoredFill({ version: 1, count: 0, sections: [] })).toEqual({ version: 1, count: 0, sections: [] });
});

test('blanks in the draft’s title and in section titles are filled with the rest, and 撤销填空 restores them', async () => {
	const draft = {
		id: 'd9',
		title: '20__年度工作总结',
		year: 2026,
		packId: null,
		sections: [
			{ id: 'a', title: ' aa镇20__年主要成绩', body: '全年实现工业总产值亿元。', kind: 'free' },
			{ id: 'b', title: '二、aa镇下一步打算', body: 'aa镇将继续推进。', kind: 'free' }
		]
	};
	const source = {
		draft,
		updateSectionBody: (id: string, body: string) => void (draft.sections.find((s) => s.id === id)!.body = body),
		setTitle: (title: string) => void (draft.title = title),
		renameSection: (id: string, title: string) => void (draft.sections.find((s) => s.id === id)!.title = title)
	};
	const s = new EditorSession({ draftId: 'd9', source, fillStore: store, clock });
	open.push(s);
	s.follow({ title: draft.title, year: 2026, packId: null, sections: draft.sections });
	vi.runAllTimers();
	const items = s.fillInItems();
	// Report order: the draft's title, then each section's title and body (offsets into the title
	// as held, its leading space counted).
	expect(items.map((i) => [i.sectionTitle, i.masked, i.from])).toEqual([
		['标题', '__', 2],
		['aa镇20__年主要成绩（章节标题）', 'aa', 1],
		['aa镇20__年主要成绩（章节标题）', '__', 6],
		[' aa镇20__年主要成绩', '', 9],
		['二、aa镇下一步打算（章节标题）', 'aa', 2],
		['二、aa镇下一步打算', 'aa', 0]
	]);
	const fields = s.fillInFields();
	// The title's year and the section title's year are one field (both 2026); aa镇 in a title and in a body too.
	const byMask = (mask: string) => fields.filter((f) => f.items[0]!.masked === mask);
	expect(byMask('__')).toHaveLength(1);
	expect(byMask('__')[0]!.items).toHaveLength(2);
	expect(byMask('aa')).toHaveLength(1);
	const values: Record<string, string> = { [byMask('__')[0]!.id]: '2026', [byMask('aa')[0]!.id]: '青禾' };
	for (const f of fields) if (f.items[0]!.valueKind === 'number') values[f.id] = '5';
	const result = s.applyFillIn(fields, values);
	expect(result.errors).toEqual({});
	expect(draft.title).toBe('2026年度工作总结');
	expect(draft.sections[0]!.title).toBe(' 青禾镇2026年主要成绩');
	expect(draft.sections[1]!.title).toBe('二、青禾镇下一步打算');
	expect(s.text('b')).toBe('青禾镇将继续推进。');
	expect(s.canUndoFill).toBe(true);
	s.undoFillIn();
	expect(draft.title).toBe('20__年度工作总结');
	expect(draft.sections[0]!.title).toBe(' aa镇20__年主要成绩');
	expect(draft.sections[1]!.title).toBe('二、aa镇下一步打算');
	expect(s.text('b')).toBe('aa镇将继续推进。');
	expect(s.canUndoFill).toBe(false);
});
