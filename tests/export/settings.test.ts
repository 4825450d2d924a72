import { expect, test } from 'vitest';
import { defaultSettings, loadExportSettings, memoryStore, normalizeSettings, saveExportSettings, settingsKey } from '$lib/export/settings';

test('settings are remembered per draft', async () => {
	const store = memoryStore();
	const s = defaultSettings('gbt9704');
	s.fonts.body = '仿宋';
	await saveExportSettings(store, 'd1', s);
	expect((await loadExportSettings(store, 'd1')).fonts.body).toBe('仿宋');
	expect((await loadExportSettings(store, 'd2')).fonts.body).toBe('仿宋_GB2312');
	expect(await store.get(settingsKey('d1'))).toMatchObject({ preset: 'gbt9704' });
});

test('damaged stored values fall back field by field', () => {
	const s = normalizeSettings({ preset: 'plain', fonts: { body: 'x"; }', title: '黑体', level1: 42 }, boldLevels34: 'yes' });
	expect(s.preset).toBe('plain');
	expect(s.fonts.body).toBe(defaultSettings('plain').fonts.body);
	expect(s.fonts.title).toBe('黑体');
	expect(s.boldLevels34).toBe(defaultSettings('plain').boldLevels34);
	expect(normalizeSettings(null)).toEqual(defaultSettings('gbt9704'));
});
