import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { redo, undo } from '@codemirror/commands';
import { EditorSession, type EditorSectionInfo } from '../../src/lib/state/editor-session.svelte';

const clock = {
	now: () => Date.now(),
	setTimer: (fn: () => void, ms: number) => setTimeout(fn, ms),
	clearTimer: (h: unknown) => clearTimeout(h as ReturnType<typeof setTimeout>)
};

const sections: EditorSectionInfo[] = [
	{ id: 'a', title: '概述', body: '今年，aa产业园新引进企业12家，aa产业园产值增长8%。' },
	{ id: 'b', title: '主要成绩', body: '推动aa产业园二期开工。' },
	{ id: 'c', title: '下一步', body: '继续抓好招商引资。' }
];

let session: EditorSession;
let saved: Record<string, string>;

beforeEach(() => {
	vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'queueMicrotask', 'Date', 'performance'] });
	saved = {};
	session = new EditorSession({
		draftId: 'd1',
		source: { draft: { id: 'd1', title: '总结', year: 2026, packId: null, sections }, updateSectionBody: (id, body) => void (saved[id] = body) },
		clock
	});
	session.sync(sections);
	vi.runAllTimers();
});

afterEach(() => {
	session.close();
	vi.useRealTimers();
});

/** Ctrl+Z in one section's editor, as the writer presses it there. */
function ctrlZ(id: string, again: typeof undo = undo) {
	const state = session.editors.state(id)!;
	again({ state, dispatch: (tr) => session.editors.dispatch(id, tr) });
}

test('counts per section and in total before anything is replaced', () => {
	const f = session.find;
	f.query = 'aa产业园';
	expect(f.count()).toBe(3);
	expect(f.counts.map((c) => [c.title, c.count])).toEqual([
		['概述', 2],
		['主要成绩', 1],
		['下一步', 0]
	]);
	expect(session.text('a')).toBe(sections[0]!.body);
	f.query = '(';
	f.regex = true;
	expect(f.count()).toBe(0);
	expect(f.error).toMatch(/^正则表达式有误/);
});

test('replace all touches every section with a match; 撤销替换 restores them all in one step', () => {
	const f = session.find;
	f.query = 'aa产业园';
	f.replacement = '青石产业园';
	expect(f.replaceAll()).toBe(3);
	expect(session.text('a')).toBe('今年，青石产业园新引进企业12家，青石产业园产值增长8%。');
	expect(session.text('b')).toBe('推动青石产业园二期开工。');
	expect(saved).toEqual({ a: session.text('a'), b: session.text('b') });
	expect(f.total).toBe(0);
	expect(f.notice).toBe('已替换 3 处（2 节）。可点“撤销替换”一次恢复，或在各节中按 Ctrl+Z。');
	expect(f.lastReplace?.sections.map((s) => s.id)).toEqual(['a', 'b']);

	expect(f.undo()).toBe(2);
	expect(session.text('a')).toBe(sections[0]!.body);
	expect(session.text('b')).toBe(sections[1]!.body);
	expect(f.lastReplace).toBeNull();
	expect(f.total).toBe(3);
	expect(f.notice).toBe('已撤销替换，2 节共 3 处恢复原样。');
	// Each section's own redo brings its part back.
	ctrlZ('b', redo);
	expect(session.text('b')).toBe('推动青石产业园二期开工。');
});

test('each section’s own Ctrl+Z undoes just its part of the replace, not the typing before it', () => {
	session.insertAtCursor('全年，', 'b');
	const typed = session.text('b');
	const f = session.find;
	f.query = 'aa产业园';
	f.replacement = '青石产业园';
	f.replaceAll();
	ctrlZ('b');
	expect(session.text('b')).toBe(typed);
	expect(session.text('a')).toBe('今年，青石产业园新引进企业12家，青石产业园产值增长8%。');
	// Section b changed since the replace: 撤销替换 is withdrawn, section a keeps the replacement.
	expect(f.lastReplace).toBeNull();
	expect(f.undo()).toBe(0);
	expect(session.text('a')).toBe('今年，青石产业园新引进企业12家，青石产业园产值增长8%。');
});

test('typing in a touched section after the replace withdraws 撤销替换 (it would take the typing back)', () => {
	const f = session.find;
	f.query = 'aa产业园';
	f.replacement = '青石产业园';
	f.replaceAll();
	session.insertAtCursor('另：', 'a');
	expect(f.lastReplace).toBeNull();
	expect(f.undo()).toBe(0);
	expect(session.text('a')).toContain('另：');
	expect(session.text('b')).toBe('推动青石产业园二期开工。');
});

test('replace one: the first press shows the first match, the next replaces it and shows the next', () => {
	const f = session.find;
	f.query = 'aa产业园';
	f.replacement = '青石产业园';
	expect(f.replaceOne()).toBe(true);
	expect(session.text('a')).toBe(sections[0]!.body);
	const sel = session.editors.state('a')!.selection.main;
	expect(session.text('a').slice(sel.from, sel.to)).toBe('aa产业园');
	expect(f.replaceOne()).toBe(true);
	expect(session.text('a')).toBe('今年，青石产业园新引进企业12家，aa产业园产值增长8%。');
	expect(f.total).toBe(2);
	f.replaceOne();
	f.replaceOne();
	expect(session.text('a')).toBe('今年，青石产业园新引进企业12家，青石产业园产值增长8%。');
	expect(session.text('b')).toBe('推动青石产业园二期开工。');
	expect(f.total).toBe(0);
	// Each single replace is an ordinary edit of its section.
	ctrlZ('b');
	expect(session.text('b')).toBe(sections[1]!.body);
});

test('find walks the matches across sections and wraps', () => {
	const f = session.find;
	f.query = 'aa产业园';
	const seen: string[] = [];
	for (let i = 0; i < 4; i++) {
		// The selection left from the last match is cleared; find goes on from the match it showed.
		for (const x of ['a', 'b']) session.editors.dispatch(x, { selection: { anchor: 0 } });
		f.find(1);
		const id = ['a', 'b'].find((x) => !session.editors.state(x)!.selection.main.empty)!;
		const sel = session.editors.state(id)!.selection.main;
		expect(session.text(id).slice(sel.from, sel.to)).toBe('aa产业园');
		seen.push(`${id}:${sel.from}`);
	}
	expect(seen).toEqual(['a:3', 'a:17', 'b:2', 'a:3']);
});
