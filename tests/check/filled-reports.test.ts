import { describe, expect, test } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { checkText, countBlanks } from '$lib/check';

/**
 * Fully filled reports of our own, one per genre: the checker must find no blank at all in
 * them (a false alarm on a finished report costs the writer's trust).
 */
const dir = path.join(import.meta.dirname, 'fixtures');
const files = readdirSync(dir).filter((f) => f.startsWith('filled-'));

describe('fully filled reports', () => {
	test('there are fixtures in several genres', () => expect(files.length).toBeGreaterThanOrEqual(6));
	for (const file of files) {
		test(`${file}: zero blank findings`, () => {
			const text = readFileSync(path.join(dir, file), 'utf8');
			const blanks = checkText(text).filter((f) => f.category === 'blank');
			expect(blanks.map((f) => `${f.line}:${f.column} ${f.message}`)).toEqual([]);
			expect(countBlanks(blanks).total).toBe(0);
		});
	}
});
