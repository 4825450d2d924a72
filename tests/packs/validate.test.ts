import { describe, expect, test } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { builtinPacks, exportPackJson, validatePackBytes, validatePackText, validatePackValue, CURRENT_SCHEMA_VERSION } from '$lib/packs';
import { getPlugin } from '$plugins';
import { hostileCases, validPack } from './hostile-cases';

const TEMPLATES = path.resolve(import.meta.dirname, '../../templates');

describe('built-in packs', () => {
	const files = readdirSync(TEMPLATES).filter((f) => f.endsWith('.json'));

	test('there are at least five, covering the seed genres', () => {
		expect(files.length).toBeGreaterThanOrEqual(5);
		const names = builtinPacks().map((p) => p.name);
		for (const want of ['园区年度工作总结', '挂职锻炼工作总结', '半年工作总结', '述职述廉', '年度总结与明年工作计划']) {
			expect(names.some((n) => n.includes(want))).toBe(true);
		}
		expect(builtinPacks()).toHaveLength(files.length);
	});

	test.each(files)('%s validates', (file) => {
		const r = validatePackText(readFileSync(path.join(TEMPLATES, file), 'utf8'));
		expect(r.ok ? [] : r.problems).toEqual([]);
	});

	test.each(files)('%s: every section is guided (pack or plugin guidance)', (file) => {
		const r = validatePackText(readFileSync(path.join(TEMPLATES, file), 'utf8'));
		if (!r.ok) throw new Error('invalid');
		for (const s of r.pack.sections) {
			expect(s.guidance ?? getPlugin(s.plugin)?.guidance).toBeTruthy();
		}
	});

	test('built-in ids are unique', () => {
		const ids = builtinPacks().map((p) => p.id);
		expect(new Set(ids).size).toBe(ids.length);
	});
});

describe('export and import round-trip', () => {
	test.each(builtinPacks().map((p) => [p.id, p] as const))('%s', (_id, pack) => {
		const again = validatePackText(exportPackJson(pack));
		expect(again.ok && again.pack).toEqual(pack);
		expect(exportPackJson(again.ok ? again.pack : pack)).toBe(exportPackJson(pack));
	});

	test('the test pack round-trips too', () => {
		const first = validatePackValue(validPack());
		if (!first.ok) throw new Error(JSON.stringify(first.problems));
		const again = validatePackText(exportPackJson(first.pack));
		expect(again.ok && again.pack).toEqual(first.pack);
	});

	test('a UTF-8 BOM is accepted; invalid UTF-8 is refused at $', () => {
		const json = exportPackJson(builtinPacks()[0]!);
		expect(validatePackBytes(new TextEncoder().encode('\uFEFF' + json)).ok).toBe(true);
		const r = validatePackBytes(new Uint8Array([0x7b, 0xff, 0xfe, 0x7d]));
		expect(r.ok ? [] : r.problems.map((p) => p.path)).toEqual(['$']);
	});
});

describe('hostile and malformed packs', () => {
	const cases = hostileCases();
	test('at least thirty cases', () => expect(cases.length).toBeGreaterThanOrEqual(30));

	test.each(cases.map((c) => [c.name, c] as const))('refused: %s', (_n, c) => {
		const r = validatePackText(c.text);
		expect(r.ok).toBe(false);
		if (r.ok) return;
		expect(r.problems.map((p) => p.path)).toContain(c.path);
		for (const p of r.problems) expect(p.message).toMatch(/[\u4e00-\u9fff]/);
		if (c.says) expect(r.problems.map((p) => p.message).join('\n')).toContain(c.says);
	});

	test('__proto__ in a refused pack pollutes nothing', () => {
		validatePackText('{"__proto__":{"polluted":true},"type":"gaojiang-template-pack"}');
		expect(({} as Record<string, unknown>).polluted).toBeUndefined();
	});
});

describe('migration', () => {
	const v1 = {
		type: 'gaojiang-template-pack',
		schemaVersion: 1,
		id: 'old-duty-report',
		name: '旧版述职模板',
		version: '0.9.0',
		sections: [
			{ kind: 'overview', heading: '基本情况', tips: '写清任职时间。', template: '[[任职年份（年）]]年起，我担任[[职务]]。' },
			{ kind: 'achievements', heading: '工作成绩', template: '全年办结事项[[办结事项（件）]]件，满意率[[满意率（%）]]%。', phrases: ['全年共', '与去年相比'] },
			{ kind: 'signature', heading: '落款' }
		],
		forbiddenWords: ['小编']
	};

	test('a v1 pack is migrated to the current schema', () => {
		const r = validatePackValue(v1);
		if (!r.ok) throw new Error(JSON.stringify(r.problems));
		expect(r.migratedFrom).toBe(1);
		expect(r.pack.schemaVersion).toBe(CURRENT_SCHEMA_VERSION);
		expect(r.pack.author).toBe('');
		expect(r.pack.sections[0]).toEqual({
			plugin: 'overview',
			title: '基本情况',
			guidance: '写清任职时间。',
			skeleton: '____年起，我担任____。',
			slots: [
				{ name: 's1', label: '任职年份', kind: 'year', unit: '年' },
				{ name: 's2', label: '职务', kind: 'text', unit: '' }
			]
		});
		expect(r.pack.sections[1]!.slots!.map((s) => [s.label, s.kind, s.unit])).toEqual([
			['办结事项', 'number', '件'],
			['满意率', 'percent', '%']
		]);
		expect(r.pack.sections[1]!.phrases).toEqual([{ purpose: '常用表述', items: ['全年共', '与去年相比'] }]);
		expect(r.pack.checks).toEqual({ forbiddenWords: ['小编'] });
	});

	test('a migrated pack exports in the current format and re-imports unchanged', () => {
		const r = validatePackValue(v1);
		if (!r.ok) throw new Error();
		const again = validatePackText(exportPackJson(r.pack));
		expect(again.ok && again.migratedFrom).toBeUndefined();
		expect(again.ok && again.pack).toEqual(r.pack);
	});

	test('a v1 pack with an unknown plugin is still refused after migration', () => {
		const r = validatePackValue({ ...v1, sections: [{ kind: 'rocket', heading: 'x' }] });
		expect(r.ok ? [] : r.problems.map((p) => p.path)).toEqual(['$.sections[0].plugin']);
	});
});
