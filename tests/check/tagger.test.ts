import { describe, expect, test } from 'vitest';
import { PLACEHOLDER_CHARS, PlaceholderReader, tag } from '$lib/check/tagger';
import { LC_BOX, LC_HALF_MARK, LC_NAME_LETTER, LC_OPEN_BRACKET, LC_PERCENT, LC_PLACEHOLDER, LC_PLACE_LETTER, LC_QI, foldLines, lineChars } from '$lib/check/tagger/line-chars';
import { fold } from '$lib/check/text/normalize';

const tokens = (s: string) => {
	const r = new PlaceholderReader();
	const out: string[] = [];
	for (let at = 0; r.next(s, at); at = r.to) out.push(s.slice(r.from, r.to));
	return out;
};

/** The placeholder grammar as a regex: the reader must read exactly these tokens. */
const M = PLACEHOLDER_CHARS.replace(/[*?\]\\^-]/g, '\\$&');
const REFERENCE = new RegExp(`(?:[0-9]{1,3},(?=[0-9${M}]{3}(?![0-9${M}])))*[0-9.]*[${M}](?:[0-9${M}.]*[0-9${M}])?(?:,[0-9${M}]{3}(?![0-9${M}]))*`, 'g');

describe('tagger: placeholder tokens', () => {
	test('masks with the digits, dots and thousands groups that belong to them', () => {
		expect(tokens('20xx年，xx镇完成投资41**万元，增长XX.27%')).toEqual(['20xx', 'xx', '41**', 'XX.27']);
		expect(tokens('收入12.x5亿元，x,x00元，1X,X35人')).toEqual(['12.x5', 'x,x00', '1X,X35']);
		// A dot ends no token; a group of other than three digits is not joined.
		expect(tokens('约xx.万元；x,5；__签字')).toEqual(['xx', 'x', '__']);
		expect(tokens('全年实现产值12.5亿元')).toEqual([]);
		// Digits before a thousands group the token opens belong to it (1,xxx, 23,4x6).
		expect(tokens('存栏1,xxx头，出栏23,4x6头，1,234,xx0元')).toEqual(['1,xxx', '23,4x6', '1,234,xx0']);
	});
	test('reads what the placeholder grammar (as a regex) reads, on mixed strings', () => {
		const alphabet = ['x', 'X', '×', '*', '_', '?', '□', '○', '0', '7', '.', ',', ' ', '年', 'a', '-'];
		let seed = 3;
		const rand = () => ((seed = (seed * 1103515245 + 12345) >>> 0) / 2 ** 32);
		for (let i = 0; i < 3000; i++) {
			let s = '';
			for (let k = Math.floor(rand() * 12); k >= 0; k--) s += alphabet[Math.floor(rand() * alphabet.length)];
			expect(tokens(s), s).toEqual(s.match(REFERENCE) ?? []);
		}
	});
	test('tag() reads the same characters as masks, but ? as punctuation', () => {
		expect(tag('xx镇').map((t) => t.tag)).toEqual(['mask', 'han']);
		expect(tag('20??')[0]).toEqual({ tag: 'figure', from: 0, to: 2 });
	});
});

describe('tagger: line characters', () => {
	test('one bit per kind of rare character', () => {
		const bits = lineChars('其中aa公司（k县）□');
		for (const b of [LC_QI, LC_NAME_LETTER, LC_OPEN_BRACKET, LC_PLACE_LETTER, LC_BOX]) expect(bits & b).toBe(b);
		expect(bits & LC_PLACEHOLDER).toBe(LC_PLACEHOLDER); // □ is a mask character too
		expect(lineChars('其中k县') & LC_PLACEHOLDER).toBe(0);
		expect(lineChars('各项工作稳步推进。')).toBe(0);
	});
	test('foldLines: fold and the bits of every folded line in one pass', () => {
		const cases = [
			'',
			'各项工作稳步推进。',
			'全年新增企業12家,完成投資3.5億元.\n其中xx鎮（k区）占比﹪\r\n\n二〇二六年１２月，ＡＢ公司□',
			'12.5亿元,1,250人;http://a.b\n',
			'\n\n同比增长(下降)个百分点!\n'
		];
		for (const t of cases) {
			const bits: number[] = [];
			const folded = foldLines(t, bits);
			expect(folded).toBe(fold(t));
			expect(bits).toEqual(fold(t).split('\n').map(lineChars));
		}
		// Nothing folds: the text itself, not a copy.
		const plain = '实现产值亿元，同比增长。\n新建站点个。';
		expect(foldLines(plain, []) === plain).toBe(true);
		// The bits are the folded characters' (﹪ reads as %, a half-width comma after Chinese as ，).
		const bits: number[] = [];
		foldLines('占比﹪\n完成,', bits);
		expect(bits[0]! & LC_PERCENT).toBe(LC_PERCENT);
		expect(bits[1]! & LC_HALF_MARK).toBe(0);
	});
});
