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
