import { afterEach, expect, test, vi } from 'vitest';
import { undo } from '@codemirror/commands';
import { placeInsertion } from '../../src/lib/editor/insert';
import { EditorSession } from '../../src/lib/state/editor-session.svelte';

// ⟦⟧ marks the selection the piece goes over; the right column is the text after insertion,
// with | where the caret ends.
const cases: [string, 'inline' | 'block', string, string][] = [
	['⟦⟧一是部分项目推进慢。', 'block', '仍有差距。', '仍有差距。|\n一是部分项目推进慢。'],
	['全年工作平稳。⟦⟧', 'block', '一是____。', '全年工作平稳。\n一是____。|'],
	['开头。⟦⟧结尾。', 'block', '一是____。', '开头。\n一是____。|\n结尾。'],
	['第一段。\n⟦⟧\n第三段。', 'block', '\n一是____。\n', '第一段。\n一是____。|\n第三段。'],
	['⟦⟧', 'block', '一是____。', '一是____。|'],
	['全年⟦旧词⟧完成。', 'inline', '圆满', '全年圆满|完成。'],
	['⟦⟧一是部分项目推进慢。', 'inline', '总的看，', '总的看，|一是部分项目推进慢。']
];

test.each(cases)('%s + %s %s → %s', (marked, kind, text, expected) => {
	const from = marked.indexOf('⟦');
	const to = marked.indexOf('⟧') - 1;
	const doc = marked.replace('⟦', '').replace('⟧', '');
	const p = placeInsertion(doc, from, to, text, kind);
	const after = doc.slice(0, p.from) + p.insert + doc.slice(p.to);
	expect(after.slice(0, p.cursor) + '|' + after.slice(p.cursor)).toBe(expected);
});

const clock = {
	now: () => Date.now(),
	setTimer: (fn: () => void, ms: number) => setTimeout(fn, ms),
	clearTimer: (h: unknown) => clearTimeout(h as ReturnType<typeof setTimeout>)
};

function session() {
	vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'queueMicrotask', 'Date', 'performance'] });
	const s = new EditorSession({ draftId: 'd-insert', clock });
	s.sync([
		{ id: 'a', title: '概述', body: '今年各项工作稳步推进。' },
		{ id: 'b', title: '存在问题', body: '一是部分项目推进慢。' }
	]);
	return s;
}

afterEach(() => {
	vi.useRealTimers();
});

test('a section the writer has not put the caret in gets the piece at its end, not its start', () => {
	const s = session();
	s.insertAtCursor('总的看，', 'a');
	expect(s.text('a')).toBe('今年各项工作稳步推进。总的看，');
	s.close();
});

test('with the caret placed, a skeleton goes there as its own paragraph; one undo takes it out', () => {
	const s = session();
	s.reveal('b', { from: 0, to: 0 });
	s.insertAtCursor('二是服务意识还有差距。', 'b', 'block');
	expect(s.text('b')).toBe('二是服务意识还有差距。\n一是部分项目推进慢。');
	// Typed right after, the next edit is not folded into the insertion's undo step.
	const typed = s.editors.state('b')!;
	s.editors.dispatch('b', { changes: { from: typed.selection.main.head, insert: '另' }, userEvent: 'input.type' });
	const undoOnce = () => {
		const state = s.editors.state('b')!;
		undo({ state, dispatch: (tr) => s.editors.dispatch('b', tr) });
	};
	undoOnce();
	expect(s.text('b')).toBe('二是服务意识还有差距。\n一是部分项目推进慢。');
	undoOnce();
	expect(s.text('b')).toBe('一是部分项目推进慢。');
	s.close();
});
