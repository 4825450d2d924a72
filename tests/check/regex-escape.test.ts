import { describe, expect, test } from 'vitest';
import { escapeClass, escapeRe } from '$lib/check/text/regex';

/** The one place text is made safe for a RegExp (check/text/regex.ts), as its callers use it. */
describe('regex escaping', () => {
	test('a literal matches itself only, with and without the u flag', () => {
		for (const text of ['增长12.5%', '(万元)', '1+1', '[附件]', 'a|b', '^$', '\\n', '{3}', '*号*']) {
			for (const flags of ['', 'u']) {
				const re = new RegExp(`^${escapeRe(text)}$`, flags);
				expect(re.test(text), `${text} /${flags}`).toBe(true);
				expect(re.test(`${text}x`)).toBe(false);
			}
		}
		// A dot is a dot: 1.5 is not 1x5.
		expect(new RegExp(escapeRe('1.5')).test('1x5')).toBe(false);
	});
	test('a class body holds exactly its characters (a hyphen makes no range, a caret no negation)', () => {
		const dashes = '-—~–';
		for (const flags of ['', 'u']) {
			const re = new RegExp(`^[${escapeClass(dashes)}]$`, flags);
			for (const c of dashes) expect(re.test(c), c).toBe(true);
			for (const c of ['.', ',', 'a', '0', '\\']) expect(re.test(c), c).toBe(false);
			const neg = new RegExp(`^[${escapeClass('^]\\')}]$`, flags);
			for (const c of ['^', ']', '\\']) expect(neg.test(c), c).toBe(true);
			expect(neg.test('a')).toBe(false);
		}
	});
});
