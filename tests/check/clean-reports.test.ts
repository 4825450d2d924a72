import { describe, expect, test } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { checkText } from '$lib/check';
import type { CheckConfig } from '$lib/check';

/**
 * Fully filled reports of our own (乡镇, 述职, 财务, 学校半年, 社区党建), written in official style and
 * dense with figures, history years and quotations: with the report year given, not one rule —
 * blanks, style, stale years, number consistency — may report anything on them.
 */
const dir = path.join(import.meta.dirname, 'fixtures');
const files = readdirSync(dir).filter((f) => f.startsWith('filled-clean-'));
const year = 2026;
const config: CheckConfig = {
	rules: { 'stale-year': { severity: 'warning', options: { year } }, 'measure-conflict': { severity: 'warning', options: { year } } }
};

describe('fully filled reports in official style', () => {
	test('there are at least five of them', () => expect(files.length).toBeGreaterThanOrEqual(5));
	for (const file of files) {
		const text = readFileSync(path.join(dir, file), 'utf8');
		test(`${file}: no finding from any rule`, () => {
			expect(checkText(text, config).map((f) => `${f.line}:${f.column} ${f.rule} ${f.message}`)).toEqual([]);
		});
		test(`${file}: is dense (figures, years of history, quotations)`, () => {
			expect((text.match(/[0-9]+(?:\.[0-9]+)?(?:%|[亿万]?[元人名家个项次户亩吨]|个百分点)/g) ?? []).length).toBeGreaterThanOrEqual(12);
			expect(new Set((text.match(/(?:19|20)[0-9]{2}(?=年)/g) ?? []).filter((y) => Number(y) < year)).size).toBeGreaterThanOrEqual(2);
			expect((text.match(/“/g) ?? []).length).toBeGreaterThanOrEqual(3);
		});
	}
});
