import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { undo } from '@codemirror/commands';
import { EditorSession, memoryHistoryKeeper, minimalChange, type EditorSectionInfo } from '../../src/lib/state/editor-session.svelte';
import { memoryIgnoreStore } from '../../src/lib/checking/ignore';

// The real draft checker, on fake time (the clock is injected).
const clock = {
	now: () => Date.now(),
	setTimer: (fn: () => void, ms: number) => setTimeout(fn, ms),
	clearTimer: (h: unknown) => clearTimeout(h as ReturnType<typeof setTimeout>)
};

function source(list: EditorSectionInfo[], saved: Record<string, string>) {
	return {
		draft: { id: 'd1', title: '工作总结', year: 2026, packId: null, sections: list },
		updateSectionBody: (id: string, body: string) => void (saved[id] = body)
	};
}

function newSession(store: ReturnType<typeof memoryIgnoreStore>, saved: Record<string, string>): EditorSession {
	const s = new EditorSession({ draftId: 'd1', source: source(sections, saved), ignoreStore: store, clock });
	s.sync(sections);
	return s;
}

const sections: EditorSectionInfo[] = [
	{ id: 'a', title: '概述', body: '20__年，全县实现工业总产值亿元，同比增长，' },
	{ id: 'b', title: '主要成绩', body: '完成固定资产投资万元。' }
];

let session: EditorSession;
let saved: Record<string, string>;
let store = memoryIgnoreStore();

beforeEach(async () => {
	vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'queueMicrotask', 'Date', 'performance'] });
	saved = {};
	store = memoryIgnoreStore();
	session = newSession(store, saved);
	await session.ignoreList.ready;
	vi.runAllTimers();
});

afterEach(() => {
	session.close();
	vi.useRealTimers();
});

test('opening checks every section and counts the blanks', () => {
	expect(session.blankCount).toBe(4);
	expect(session.findings.b?.map((l) => l.excerpt)).toEqual(['完成固定资产投资万元。']);
});

test('ignored blanks are left out of the fill-in form', async () => {
	await session.ignore(session.findings.b![0]!.finding.key);
	expect(session.fillInItems().map((i) => i.sectionId)).toEqual(['a', 'a', 'a']);
});

test('fill-in fills every blank in one step per section, and 撤销填空 restores them', () => {
	session.checking.follow(2026, null);
	vi.runAllTimers();
	const items = session.fillInItems();
	expect(items.map((i) => i.label || i.kind)).toEqual(['年份', '工业总产值', '同比增长', '固定资产投资']);
	const fields = session.fillInFields();
	// The masked year comes proposed from the draft's 年度.
	expect(fields.map((f) => f.proposal)).toEqual(['2026', '', '', '']);
	const values = Object.fromEntries(fields.map((f, n) => [f.id, ['2026', '12.5', '8', '3000'][n] ?? '']));
	const result = session.applyFillIn(fields, values);
	expect(result.filled).toBe(4);
	expect(session.text('a')).toBe('2026年，全县实现工业总产值12.5亿元，同比增长8%，');
	expect(session.text('b')).toBe('完成固定资产投资3000万元。');
	expect(saved.a).toBe(session.text('a'));
	expect(session.blankCount).toBe(0);

	expect(session.undoFillIn()).toBe(2);
	expect(session.text('a')).toBe(sections[0]!.body);
	expect(session.text('b')).toBe(sections[1]!.body);
	vi.runAllTimers();
	expect(session.blankCount).toBe(4);
});

test('a bad value fills nothing and says which item is wrong', () => {
	session.fillInItems();
	const fields = session.fillInFields();
	const result = session.applyFillIn(fields, { [fields[0]!.id]: '明年', [fields[1]!.id]: '3' });
	expect(Object.keys(result.errors)).toEqual([fields[0]!.id]);
	expect(session.text('a')).toBe(sections[0]!.body);
});

test('the text changed under the form: nothing is applied', () => {
	session.fillInItems();
	const fields = session.fillInFields();
	session.insertAtCursor('前言。', 'a');
	const result = session.applyFillIn(fields, { [fields[1]!.id]: '3' });
	expect(result.stale).toBe(true);
	expect(session.text('a')).toBe(sections[0]!.body + '前言。');
});

test('ignoring a finding drops it from the count and is stored for the draft', async () => {
	const first = session.findings.a![1]!.finding;
	await session.ignore(first.key);
	expect(session.blankCount).toBe(3);
	expect(await store.load('d1')).toEqual([first.key]);
	// A new session of the same draft reads it back.
	const again = newSession(store, {});
	await again.ignoreList.ready;
	vi.runAllTimers();
	expect(again.blankCount).toBe(3);
	await again.unignore(first.key);
	expect(again.blankCount).toBe(4);
	expect(await store.load('d1')).toEqual([]);
	again.close();
});

test('F8 walks the blanks across sections; insertAtCursor types at the cursor', () => {
	session.goToBlank(1);
	expect(session.activeSectionId).toBe('a');
	session.goToBlank(1);
	session.goToBlank(1);
	session.goToBlank(1);
	expect(session.activeSectionId).toBe('b');
	session.goToBlank(1);
	expect(session.activeSectionId).toBe('a');
	session.goToBlank(-1);
	expect(session.activeSectionId).toBe('b');
	expect(session.insertAtCursor('88')).toBe(true);
	expect(session.text('b')).toBe('完成固定资产投资88万元。');
	vi.runAllTimers();
	expect(session.blankCount).toBe(3);
});

test('a body changed from outside replaces the text without telling the draft back', () => {
	session.sync([{ ...sections[0]!, body: '新的概述。' }, sections[1]!]);
	expect(session.text('a')).toBe('新的概述。');
	expect(saved.a).toBeUndefined();
	session.sync([sections[1]!]);
	expect(session.sections.map((s) => s.id)).toEqual(['b']);
	vi.runAllTimers();
	expect(session.blankCount).toBe(1);
});

test('minimalChange keeps the common start and end', async () => {
	expect(minimalChange('实现产值亿元', '实现产值5亿元')).toEqual({ from: 4, to: 4, insert: '5' });
	expect(minimalChange('aaa', 'aa')).toEqual({ from: 2, to: 3, insert: '' });
	expect(minimalChange('', '新')).toEqual({ from: 0, to: 0, insert: '新' });
	expect(minimalChange('同一', '同一')).toEqual({ from: 2, to: 2, insert: '' });
});

test('a change from another tab keeps the cursor where the writer was', () => {
	session.insertAtCursor('', 'b');
	session.reveal('b', { from: 2, to: 2 });
	session.sync([sections[0]!, { ...sections[1]!, body: sections[1]!.body + '另起一段。' }]);
	expect(session.text('b')).toBe('完成固定资产投资万元。另起一段。');
	session.insertAtCursor('X', 'b');
	expect(session.text('b')).toBe('完成X固定资产投资万元。另起一段。');
});

test('a quick fix lands where its finding is now, even after edits before it', () => {
	session.sync([sections[0]!, { ...sections[1]!, body: '利润增长-5%，' }]);
	vi.runAllTimers();
	const fixable = session.findings.b!.find((l) => l.finding.fix)!.finding;
	session.reveal('b', { from: 0, to: 0 });
	session.insertAtCursor('全年', 'b');
	expect(session.applyFix('b', fixable)).toBe(true);
	expect(session.text('b')).toBe('全年利润下降5%，');
});

test('after a re-check that finds the same things, marks and fixes stay at the right place', () => {
	session.sync([sections[0]!, { ...sections[1]!, body: '一段足够长的开头，利润增长-5%，' }]);
	vi.runAllTimers();
	const fixable = session.findings.b!.find((l) => l.finding.fix)!.finding;
	session.reveal('b', { from: 0, to: 0 });
	session.insertAtCursor('全年', 'b');
	// The check after the edit finds the same finding (same key): the panel keeps its entry.
	vi.runAllTimers();
	expect(session.findings.b!.find((l) => l.finding.fix)!.finding).toBe(fixable);
	expect(session.applyFix('b', fixable)).toBe(true);
	expect(session.text('b')).toBe('全年一段足够长的开头，利润下降5%，');
});

test('the draft title and the draft-wide rules count too, and follow the title', () => {
	const saved: Record<string, string> = {};
	const s = new EditorSession({ draftId: 'd2', source: source(sections, saved), clock });
	s.follow({ title: '20__年工作总结', year: 2026, packId: null, sections });
	vi.runAllTimers();
	expect(s.blankCount).toBe(5);
	expect(s.checking.draftWide.map((p) => p.place)).toEqual([{ kind: 'title' }]);
	s.follow({ title: '2026年工作总结', year: 2026, packId: null, sections });
	expect(s.blankCount).toBe(4);
	s.close();
});

test('a new session of the same draft brings back each section’s undo history', () => {
	const histories = memoryHistoryKeeper();
	const first = new EditorSession({ draftId: 'd3', clock, histories });
	first.sync(sections);
	first.insertAtCursor('补充。', 'b');
	expect(first.text('b')).toBe('完成固定资产投资万元。补充。');
	const body = first.text('b');
	first.close();
	const second = new EditorSession({ draftId: 'd3', clock, histories });
	second.sync([sections[0]!, { ...sections[1]!, body }]);
	const state = second.editors.state('b')!;
	undo({ state, dispatch: (tr) => second.editors.dispatch('b', tr) });
	expect(second.text('b')).toBe(sections[1]!.body);
	second.close();
});

test('a draft imported from a 范文: each section shows its share still the 范文, follows edits, and nothing without one', () => {
	const fan = '一是产业结构不优，新兴产业占比偏低。二是基础设施欠账较多，群众出行仍有不便。三是青石镇的营商环境仍需改善。';
	const list: EditorSectionInfo[] = [
		{ id: 'p', title: '存在问题', body: '一是产业结构不优，新兴产业占比偏低。二是基础设施欠账较多，群众出行仍有不便。' },
		{ id: 'q', title: '下一步', body: '明年将继续推进道路改造，完成三条主干道拓宽。' }
	];
	const s = new EditorSession({ draftId: 'd4', source: source(list, {}), clock });
	s.follow({ title: '工作总结', year: 2026, packId: null, sections: list });
	vi.runAllTimers();
	expect(s.checking.residue).toEqual({});
	s.follow({ title: '工作总结', year: 2026, packId: null, source: fan, sections: list });
	vi.runAllTimers();
	expect(s.checking.residue).toEqual({ p: 100, q: 0 });
	expect(s.findings.p?.map((l) => l.finding.message)).toEqual(['本节 100% 与范文相同（2/2 句），请按实际情况改写']);
	// Rewriting one sentence lowers the share on the next check (the caret at the start of the section).
	s.reveal('p', { from: 0, to: 0 });
	s.insertAtCursor('全面', 'p');
	vi.runAllTimers();
	expect(s.checking.residue.p).toBe(50);
	s.follow({ title: '工作总结', year: 2026, packId: null, source: null, sections: list });
	vi.runAllTimers();
	expect(s.checking.residue).toEqual({});
	expect(s.findings.p?.filter((l) => l.finding.category === 'residue')).toEqual([]);
	s.close();
});

test('sections replaced by new ones (all-new ids) have their text in the new editors, checked', () => {
	session.sync([
		{ id: 'c', title: '目标', body: '完成全年任务。' },
		{ id: 'd', title: '措施', body: '投资万元。' }
	]);
	expect(session.sections.map((s) => s.id)).toEqual(['c', 'd']);
	expect(session.text('c')).toBe('完成全年任务。');
	expect(session.text('d')).toBe('投资万元。');
	vi.runAllTimers();
	expect(session.blankCount).toBe(1);
});

test('F8 visits blanks in the draft’s title and section titles too, in report order, once the page can show them', () => {
	const draft = {
		id: 'd5',
		title: '20__年度工作总结',
		year: 2026,
		packId: null,
		sections: [
			{ id: 'a', title: '一、aa镇概况', body: '完成投资万元。', kind: 'free' },
			{ id: 'b', title: '二、打算', body: '新增企业家。', kind: 'free' }
		]
	};
	const source = {
		draft,
		updateSectionBody: () => {},
		setTitle: (title: string) => void (draft.title = title),
		renameSection: (id: string, title: string) => void (draft.sections.find((s) => s.id === id)!.title = title)
	};
	const s = new EditorSession({ draftId: 'd5', source, clock });
	s.follow({ title: draft.title, year: 2026, packId: null, sections: draft.sections });
	vi.runAllTimers();
	const shown: string[] = [];
	const where = () => shown[shown.length - 1];
	// Without the page's title inputs, titles are skipped: from the end of the report F8 wraps to a body.
	s.reveal('b', { from: 6, to: 6 });
	s.goToBlank(1);
	expect(s.activeSectionId).toBe('a');
	s.revealTitle = (place, range) => void shown.push(`${place.kind === 'title' ? 'title' : place.sectionId}:${range.from}-${range.to}`);
	s.reveal('b', { from: 6, to: 6 });
	s.goToBlank(1);
	expect(where()).toBe('title:2-4');
	s.goToBlank(1, undefined, { place: { kind: 'title' }, pos: 2 });
	expect(where()).toBe('a:2-4');
	s.goToBlank(1, undefined, { place: { kind: 'section-title', sectionId: 'a' }, pos: 2 });
	expect(s.activeSectionId).toBe('a');
	s.goToBlank(-1, undefined, { place: { kind: 'section-title', sectionId: 'a' }, pos: 2 });
	expect(where()).toBe('title:2-4');
	s.close();
});
