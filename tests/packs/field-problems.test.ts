import { describe, expect, test } from 'vitest';
import { FieldProblems } from '$lib/packs/field-problems';
import { validatePackValue } from '$lib/packs';
import { validPack } from './hostile-cases';

describe('FieldProblems: a pack problem next to its field', () => {
	test('schema and semantic problems land on the field they name', () => {
		const pack = validPack() as unknown as { name: string; sections: { title: string; plugin: string }[] };
		pack.name = '';
		pack.sections[0]!.title = '';
		pack.sections[0]!.plugin = 'nope';
		const r = validatePackValue(pack);
		if (r.ok) throw new Error('should be refused');
		const f = new FieldProblems(r.problems);
		expect(f.at('name')).toEqual(['不能为空']);
		expect(f.at('sections', 0, 'title')).toEqual(['不能为空']);
		expect(f.at('version')).toEqual([]);
	});

	test('what no field shows stays visible under its part', () => {
		const f = new FieldProblems([
			{ path: '$.sections[0].title', message: 'a' },
			{ path: '$.sections[0].slots', message: 'b' },
			{ path: '$.sections[10]', message: 'c' },
			{ path: '$.name', message: 'd' }
		]);
		expect(f.rest([['sections', 0, 'title']], 'sections', 0).map((p) => p.message)).toEqual(['b']);
		expect(f.rest([], 'sections').map((p) => p.message)).toEqual(['a', 'b', 'c']);
	});
});
