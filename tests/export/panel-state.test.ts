import { expect, test } from 'vitest';
import { ExportPanelState } from '$lib/state/export-panel.svelte';
import { memoryStore, settingsKey } from '$lib/export/settings';
import type { Draft } from '$lib/model';
import { findTestBlanks } from './fixtures';
import { openDocx } from './docx-helpers';

const draft: Draft = {
	id: 'd1',
	title: '2026年度工作总结',
	year: 2026,
	packId: null,
	sections: [{ id: 's1', kind: 'achievements', title: '主要成绩', body: '全年完成农业总产值亿元。' }],
	createdAt: 0,
	updatedAt: 0,
	revision: 1,
	deletedAt: null
};

function saver() {
	const saved: { blob: Blob; name: string }[] = [];
	return { saved, save: (blob: Blob, name: string) => void saved.push({ blob, name }) };
}

test('open blanks block the export until the writer chooses to export anyway; then they are highlighted', async () => {
	const panel = new ExportPanelState(memoryStore());
	await panel.load(draft.id);
	const s = saver();
	expect(await panel.export(draft, 'docx', findTestBlanks, { blanks: 1, leftovers: 0, residue: 0 }, s.save)).toBe(false);
	expect(panel.status).toEqual({ kind: 'error', text: '请先填写空白，或勾选“仍然导出”。' });
	expect(s.saved).toEqual([]);

	panel.exportAnyway = true;
	expect(await panel.export(draft, 'docx', findTestBlanks, { blanks: 1, leftovers: 0, residue: 0 }, s.save)).toBe(true);
	expect(s.saved[0]?.name).toMatch(/^2026年度工作总结_\d{8}\.docx$/);
	const xml = await (await openDocx(new Uint8Array(await s.saved[0]!.blob.arrayBuffer()))).read('word/document.xml');
	expect(xml).toContain('<w:highlight w:val="yellow"/>');
	expect(panel.status?.kind).toBe('ok');
});

test('模板残留 or 范文残留 alone block the export too, until the writer chooses; nothing is highlighted then', async () => {
	const panel = new ExportPanelState(memoryStore());
	await panel.load(draft.id);
	const s = saver();
	for (const held of [{ blanks: 0, leftovers: 2, residue: 0 }, { blanks: 0, leftovers: 0, residue: 1 }]) {
		expect(await panel.export(draft, 'docx', () => [], held, s.save)).toBe(false);
		expect(panel.status).toEqual({ kind: 'error', text: '请先删去或改写这些残留内容，或勾选“仍然导出”。' });
	}
	expect(s.saved).toEqual([]);
	panel.exportAnyway = true;
	expect(await panel.export(draft, 'docx', () => [], { blanks: 0, leftovers: 2, residue: 1 }, s.save)).toBe(true);
	const xml = await (await openDocx(new Uint8Array(await s.saved[0]!.blob.arrayBuffer()))).read('word/document.xml');
	expect(xml).not.toContain('<w:highlight');
});

test('font edits are validated and remembered per draft; a new load gets them back', async () => {
	const store = memoryStore();
	const panel = new ExportPanelState(store);
	await panel.load('d1');
	await panel.setFont('body', '仿宋');
	await panel.setFont('title', 'bad"font');
	expect(panel.fontErrors.title).toBe(true);
	expect(panel.settings.fonts.title).toBe('方正小标宋简体');
	expect(await store.get(settingsKey('d1'))).toMatchObject({ fonts: { body: '仿宋' } });

	const again = new ExportPanelState(store);
	await again.load('d1');
	expect(again.settings.fonts.body).toBe('仿宋');
	await again.load('d2');
	expect(again.settings.fonts.body).toBe('仿宋_GB2312');
});

test('a failing settings store does not block export', async () => {
	const broken = { get: async () => Promise.reject(new Error('quota')), set: async () => Promise.reject(new Error('quota')) };
	const panel = new ExportPanelState(broken);
	await panel.load('d1');
	await panel.setPreset('plain');
	const s = saver();
	expect(await panel.export(draft, 'txt', () => [], { blanks: 0, leftovers: 0, residue: 0 }, s.save)).toBe(true);
	expect(await s.saved[0]!.blob.text()).toContain('全年完成农业总产值亿元。');
});
