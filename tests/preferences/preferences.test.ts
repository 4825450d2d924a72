import { expect, test } from 'vitest';
import * as v from 'valibot';
import { main } from '$lib/cli/main';
import { PreferencesSchema } from '$lib/db/rows';
import { checkSetting } from '$lib/db/read';
import { CHECK_GROUPS, checkGroupMessages, defaultPreferences, disabledChecksOf, exportDefaults, newDraftYear, normalizePreferences, PREFERENCES_KEY } from '$lib/preferences';
import { builtinRules } from '$lib/check';
import { fakeIo } from '../cli/fake-io';

test('the defaults are a valid row; a damaged field takes its default, the others stay', () => {
	expect(v.safeParse(PreferencesSchema, defaultPreferences).success).toBe(true);
	const read = normalizePreferences({ version: 1, exportPreset: 'plain', defaultYear: 'next year', editorFontSize: 99, checksOff: ['style'] });
	expect(read).toEqual({ ...defaultPreferences, exportPreset: 'plain', checksOff: ['style'] });
	expect(normalizePreferences(null)).toEqual(defaultPreferences);
	expect(normalizePreferences([1, 2])).toEqual(defaultPreferences);
});

test('a stored preferences row is checked with its schema: a damaged one is listed, not used', () => {
	expect(checkSetting({ key: PREFERENCES_KEY, value: defaultPreferences }).ok).toBe(true);
	expect(checkSetting({ key: PREFERENCES_KEY, value: { ...defaultPreferences, exportFonts: { body: '<b>' } } }).ok).toBe(false);
	// Other settings keep their free-form values.
	expect(checkSetting({ key: 'ignore:d1', value: ['k'] }).ok).toBe(true);
});

test('the default preset and fonts make a draft’s first export settings', () => {
	const plain = exportDefaults({ exportPreset: 'plain', exportFonts: { body: '楷体' } });
	expect(plain.preset).toBe('plain');
	expect(plain.fonts.body).toBe('楷体');
	expect(plain.fonts.title).toBe('黑体');
	expect(plain.page.grid).toBe(false);
	const own = exportDefaults({ exportPreset: 'own:我的', exportFonts: {} }, [
		{ name: '我的', fonts: { ...plain.fonts, title: '宋体' }, page: plain.page, boldLevels34: false }
	]);
	expect(own.preset).toBe('own:我的');
	expect(own.fonts.title).toBe('宋体');
	// A preset of one's own that is gone: GB/T 9704.
	expect(exportDefaults({ exportPreset: 'own:没了', exportFonts: {} }).preset).toBe('gbt9704');
});

test('every check group names what it covers, and covers real rules; blanks are never among them', () => {
	const ids = new Set(builtinRules.map((r) => r.meta.id));
	for (const g of CHECK_GROUPS) {
		expect(checkGroupMessages[g.id]?.label).toBeTruthy();
		for (const r of g.covers.rules ?? []) expect(ids.has(r)).toBe(true);
		expect(g.covers.categories ?? []).not.toContain('blank');
	}
	expect(disabledChecksOf({ checksOff: [] })).toBeUndefined();
	expect(disabledChecksOf({ checksOff: ['style', 'numbers', 'unknown'] })).toEqual({
		rules: ['parts-exceed-total', 'rate-mismatch', 'share-over-100', 'measure-conflict'],
		categories: ['style']
	});
});

test('a new draft’s year: the title’s, else the default', () => {
	expect(newDraftYear(2025, { defaultYear: 2026 })).toBe(2025);
	expect(newDraftYear(null, { defaultYear: 2026 })).toBe(2026);
	expect(newDraftYear(null, { defaultYear: null })).toBe(null);
});

test('check --draft leaves out the checks turned off in the backup’s preferences', async () => {
	const draft = {
		id: 'd1',
		title: '2026年工作总结',
		year: 2026,
		packId: null,
		sections: [{ id: 's1', kind: 'free', title: '正文', body: '全年新增企业10家,其中工业企业8家、服务业企业6家。' }],
		createdAt: 1,
		updatedAt: 2,
		revision: 3,
		deletedAt: null
	};
	const backup = (settings: unknown[]) =>
		JSON.stringify({ type: 'gaojiang-backup', version: 1, exportedAt: '2026-12-01T00:00:00.000Z', drafts: [draft], snapshots: [], packs: [], settings });
	const rules = async (settings: unknown[]) => {
		const f = fakeIo({ 'b.json': backup(settings) });
		await main(['check', '--json', '--draft', 'd1', 'b.json'], f.io);
		return JSON.parse(f.out.join(''))[0].diagnostics.map((d: { rule: string }) => d.rule).sort();
	};
	expect(await rules([])).toEqual(['half-width-punct', 'parts-exceed-total']);
	expect(await rules([{ key: PREFERENCES_KEY, value: { ...defaultPreferences, checksOff: ['style'] } }])).toEqual(['parts-exceed-total']);
});
