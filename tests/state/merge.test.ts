import { expect, test } from 'vitest';
import type { Draft } from '../../src/lib/model';
import { mergeDrafts } from '../../src/lib/state/merge';

const base: Draft = {
	id: 'd',
	title: '总结',
	year: 2026,
	packId: null,
	sections: [
		{ id: 'a', kind: 'overview', title: '概述', body: '一' },
		{ id: 'b', kind: 'plan', title: '计划', body: '二' }
	],
	createdAt: 1,
	updatedAt: 1,
	revision: 3,
	deletedAt: null
};
const edit = (f: (d: Draft) => void): Draft => {
	const d = structuredClone(base);
	f(d);
	return d;
};

test('different sections merge', () => {
	const r = mergeDrafts(base, edit((d) => (d.sections[0]!.body = '一改')), edit((d) => (d.sections[1]!.body = '二改')));
	expect(r.ok && r.draft.sections.map((s) => s.body)).toEqual(['一改', '二改']);
});

test('same section changed differently is a conflict; changed identically is not', () => {
	expect(mergeDrafts(base, edit((d) => (d.sections[0]!.body = 'x')), edit((d) => (d.sections[0]!.body = 'y'))).ok).toBe(false);
	expect(mergeDrafts(base, edit((d) => (d.sections[0]!.body = 'x')), edit((d) => (d.sections[0]!.body = 'x'))).ok).toBe(true);
});

test('one side adds a section while the other edits text', () => {
	const mine = edit((d) => d.sections.push({ id: 'c', kind: 'free', title: '新', body: '三' }));
	const theirs = edit((d) => (d.sections[0]!.body = '一改'));
	const r = mergeDrafts(base, mine, theirs);
	expect(r.ok && r.draft.sections.map((s) => s.body)).toEqual(['一改', '二', '三']);
});

test('removing a section the other side edited is a conflict (text would be lost)', () => {
	const mine = edit((d) => d.sections.splice(1, 1));
	const theirs = edit((d) => (d.sections[1]!.body = '二改'));
	expect(mergeDrafts(base, mine, theirs).ok).toBe(false);
});

test('both sides reorder differently is a conflict; title changes merge', () => {
	const mine = edit((d) => d.sections.reverse());
	const theirs = edit((d) => d.sections.push({ id: 'z', kind: 'free', title: '', body: '' }));
	expect(mergeDrafts(base, mine, theirs).ok).toBe(false);
	const r = mergeDrafts(base, edit((d) => (d.title = '新题')), edit((d) => (d.year = 2025)));
	expect(r.ok && [r.draft.title, r.draft.year]).toEqual(['新题', 2025]);
});
