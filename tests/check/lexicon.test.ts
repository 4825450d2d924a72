import { describe, expect, test } from 'vitest';
import { CLASSIFIERS_TABLE, COMPARISONS, UNITS, VERBS, STRONG_UNITS, countFigures, findFigures, unitKind } from '$lib/check/lexicon';

describe('lexicon', () => {
	test('every unit is written after a figure in its own example', () => {
		for (const u of UNITS) expect(u.example, u.text).toMatch(new RegExp(`[0-9]${u.text.replace(/[%]/g, '\\$&')}`));
	});
	test('no unit is listed twice', () => expect(new Set(UNITS.map((u) => u.text)).size).toBe(UNITS.length));
	test('every classifier follows a figure in its example', () => {
		for (const c of CLASSIFIERS_TABLE) expect(c.example, c.char).toMatch(new RegExp(`[0-9]${c.char}`));
	});
	test('every verb and comparison occurs in its example', () => {
		for (const v of VERBS) expect(v.example, v.text).toContain(v.text);
		for (const c of COMPARISONS) expect(c.example, c.text).toContain(c.text);
	});
	test('derived lists are longest first', () => {
		for (let i = 1; i < STRONG_UNITS.length; i++) expect(STRONG_UNITS[i - 1]!.length).toBeGreaterThanOrEqual(STRONG_UNITS[i]!.length);
	});
	test('units know their kind', () => {
		expect(unitKind('千瓦时')).toBe('energy');
		expect(unitKind('兆瓦')).toBe('power');
		expect(unitKind('亿元')).toBe('money');
		expect(unitKind('平方米')).toBe('area');
		expect(unitKind('桌')).toBeUndefined();
	});
	test('figures with a unit, full-width digits and spaces included', () => {
		expect(countFigures('年发电量3000千瓦时，新增装机120兆瓦，植树5000株。')).toBe(3);
		expect(findFigures('完成投资１２．５亿元，增长 8.2%').map((f) => [f.unit, f.kind])).toEqual([
			['亿元', 'money'],
			['%', 'percent']
		]);
		expect(countFigures('实现产值____亿元，同比增长__%')).toBe(0);
	});
});

describe('exception groups (lexicon/exceptions.ts)', async () => {
	const groups = Object.entries(await import('$lib/check/lexicon/exceptions'));
	const { checkText } = await import('$lib/check');
	test('every group says why and has an example', () => {
		expect(groups.length).toBeGreaterThan(10);
		for (const [name, g] of groups) {
			expect(g.why.length, name).toBeGreaterThan(3);
			expect('words' in g ? g.words.length : g.chars.length, name).toBeGreaterThan(0);
		}
	});
	test('every example is a sentence the checker leaves without a blank', () => {
		for (const [name, g] of groups) expect(checkText(g.example).filter((f) => f.blank).map((f) => f.message), `${name}: ${g.example}`).toEqual([]);
	});
});
