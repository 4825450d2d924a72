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

describe('exception groups (lexicon/exceptions.ts, lexicon/ordinals.ts)', async () => {
	const groups = [...Object.entries(await import('$lib/check/lexicon/exceptions')), ...Object.entries(await import('$lib/check/lexicon/ordinals'))];
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

/** One list of the characters that mask a figure or a name; every other list is a named part of it. */
describe('mask characters (lexicon MASK_CHARS)', async () => {
	const { MASK_CHARS, MASK, DIGIT_MASKS, CELL_ONLY_MASKS } = await import('$lib/check/lexicon');
	const { PLACEHOLDER_CHARS } = await import('$lib/check/tagger');
	const { checkText } = await import('$lib/check');
	const blanks = (t: string) => checkText(t).filter((f) => f.category === 'blank').map((f) => t.slice(f.from, f.to));
	test('the tagger reads masks by the lexicon list', () => expect(PLACEHOLDER_CHARS).toBe(MASK_CHARS));
	test('every subset is part of the one list', () => {
		for (const c of MASK + DIGIT_MASKS + CELL_ONLY_MASKS) expect(MASK_CHARS).toContain(c);
	});
	test('MASK leaves out ○ alone, the zero of a Chinese numeral', () => {
		expect([...MASK_CHARS].filter((c) => !MASK.includes(c))).toEqual(['○']);
		expect(blanks('二○二五年全镇完成造林1200亩。')).toEqual([]);
		expect(blanks('○○公司全年纳税860万元。')).toEqual(['○○']);
	});
	test('cell-only masks are a figure alone in a cell, × and ? are not', () => {
		for (const c of CELL_ONLY_MASKS) expect(blanks(`| 营业收入 | 120 | ${c} |`)).toEqual([c]);
		expect(blanks('| 营业收入 | 120 | × |')).toEqual([]);
		expect(blanks('| 营业收入 | 120 | ? |')).toEqual([]);
	});
	test('digit masks make a figure in a run', () => {
		for (const c of DIGIT_MASKS) expect(blanks(`全年完成投资${c}${c}亿元。`)).toEqual([c + c]);
	});
});

/** Where a person's name stands: each place's masked line has its mask found, its filled line none. */
describe('places of a name (lexicon PERSON_NAME_PLACES)', async () => {
	const { PERSON_NAME_PLACES } = await import('$lib/check/lexicon');
	const { checkText } = await import('$lib/check');
	const { parseMarked } = await import('./helpers');
	for (const p of PERSON_NAME_PLACES) {
		test(`${p.words[0]}…: ${p.masked}`, () => {
			const { text, errors } = parseMarked(p.masked);
			expect(p.words.length).toBeGreaterThan(0);
			expect(p.why.length).toBeGreaterThan(3);
			const blanks = checkText(text).filter((f) => f.category === 'blank');
			expect(blanks.map((f) => [f.from, f.to, f.blank?.kind])).toEqual(errors.map((e) => [e.from, e.to, 'masked-name']));
			expect(checkText(p.filled).filter((f) => f.category === 'blank')).toEqual([]);
		});
	}
});

/** Name heads: each group's masked line has exactly its masks found, as masked names. */
describe('lower-case letters (lexicon LOWER_CASE_NAME_LETTERS)', async () => {
	const { LOWER_CASE_NAME_LETTERS: L } = await import('$lib/check/lexicon');
	const { checkText } = await import('$lib/check');
	const { parseMarked } = await import('./helpers');
	test(L.masked, () => {
		const { text, errors } = parseMarked(L.masked);
		expect(L.why.length).toBeGreaterThan(3);
		const blanks = checkText(text).filter((f) => f.category === 'blank');
		expect(blanks.map((f) => [f.from, f.to, f.blank?.kind])).toEqual(errors.map((e) => [e.from, e.to, 'masked-name']));
		expect(checkText(L.filled).filter((f) => f.category === 'blank')).toEqual([]);
	});
});

/** What a placeholder stands before (lexicon NAME_KINDS): each kind's masked line has exactly its masks found, its filled line none. */
describe('kinds of named things (lexicon NAME_KINDS)', async () => {
	const { NAME_KINDS, SOMEBODY_BREAKS } = await import('$lib/check/lexicon');
	const { checkText } = await import('$lib/check');
	const { parseMarked } = await import('./helpers');
	for (const k of NAME_KINDS) {
		test(`${k.kind}: ${k.masked}`, () => {
			const { text, errors } = parseMarked(k.masked);
			expect(k.why.length).toBeGreaterThan(3);
			expect(errors.length).toBeGreaterThan(0);
			const blanks = checkText(text).filter((f) => f.category === 'blank');
			expect(blanks.map((f) => [f.from, f.to, f.blank?.kind])).toEqual(errors.map((e) => [e.from, e.to, 'masked-name']));
			expect(checkText(k.filled).filter((f) => f.category === 'blank')).toEqual([]);
		});
	}
	test(`somebody: ${SOMEBODY_BREAKS.example}`, () => {
		expect(checkText(SOMEBODY_BREAKS.example).filter((f) => f.category === 'blank')).toEqual([]);
	});
});

describe('placeholders naming their field (lexicon PLACEHOLDER_FIELDS)', async () => {
	const { PLACEHOLDER_FIELDS } = await import('$lib/check/lexicon');
	const { checkText } = await import('$lib/check');
	const { parseMarked } = await import('./helpers');
	for (const f of PLACEHOLDER_FIELDS) {
		test(`${f.words[0]}…: ${f.masked}`, () => {
			const { text, errors } = parseMarked(f.masked);
			const blanks = checkText(text).filter((x) => x.category === 'blank');
			const kind = f.value === 'name' ? 'masked-name' : 'masked-number';
			expect(blanks.map((x) => [x.from, x.to, x.blank?.kind])).toEqual(errors.map((e) => [e.from, e.to, kind]));
			expect(checkText(f.filled).filter((x) => x.category === 'blank')).toEqual([]);
		});
	}
});

describe('name heads (lexicon NAME_HEADS)', async () => {
	const { NAME_HEADS } = await import('$lib/check/lexicon');
	const { checkText } = await import('$lib/check');
	const { parseMarked } = await import('./helpers');
	for (const g of NAME_HEADS) {
		test(`${g.words[0]}…: ${g.masked}`, () => {
			const { text, errors } = parseMarked(g.masked);
			expect(g.why.length).toBeGreaterThan(3);
			expect(errors.length).toBeGreaterThan(0);
			const blanks = checkText(text).filter((f) => f.category === 'blank');
			expect(blanks.map((f) => [f.from, f.to, f.blank?.kind])).toEqual(errors.map((e) => [e.from, e.to, 'masked-name']));
		});
	}
});
