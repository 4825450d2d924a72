import { expect, test } from 'vitest';
import { checkText } from '$lib/check';
import type { CheckConfig, Finding } from '$lib/check';

/**
 * Table-driven rule tests in the style of textlint-tester. Invalid cases mark the expected span
 * inside the text with ⟦ ⟧ (⟦⟧ for a zero-width gap), so ranges are exact and readable:
 *   '实现工业总产值⟦⟧亿元，'  →  one finding at from = to = 7.
 */
export interface Expected {
	/** Rule id, or blank kind, or messageId the finding must have (any one of them). */
	id?: string;
	from: number;
	to: number;
}

export interface InvalidCase {
	text: string;
	/** When omitted, taken from the ⟦ ⟧ markers (all with `id` = the table's id). */
	errors?: Expected[];
}

export function parseMarked(marked: string, id?: string): { text: string; errors: Expected[] } {
	let text = '';
	const errors: Expected[] = [];
	let open = -1;
	for (const ch of marked) {
		if (ch === '⟦') open = text.length;
		else if (ch === '⟧') {
			errors.push({ id, from: open, to: text.length });
			open = -1;
		} else text += ch;
	}
	return { text, errors };
}

const matches = (f: Finding, id: string | undefined) =>
	id === undefined || f.rule === id || f.blank?.kind === id || f.messageId === id || f.category === id;

/**
 * `select` picks the findings under test (e.g. every blank, or one rule's). Valid texts must
 * yield none of them; invalid texts exactly the marked ones.
 */
export function ruleTable(
	name: string,
	select: (f: Finding) => boolean,
	cases: { valid: string[]; invalid: Array<string | InvalidCase> },
	config?: CheckConfig,
	id?: string
): void {
	for (const text of cases.valid) {
		test(`${name} — valid: ${text.slice(0, 40)}`, () => {
			const got = checkText(text, config).filter(select);
			expect(got.map((f) => `${f.rule} ${f.from}-${f.to} ${text.slice(f.from - 5, f.to + 5)}`)).toEqual([]);
		});
	}
	for (const c of cases.invalid) {
		const { text, errors } = typeof c === 'string' ? parseMarked(c, id) : c.errors ? { text: c.text, errors: c.errors } : parseMarked(c.text, id);
		test(`${name} — invalid: ${text.slice(0, 40)}`, () => {
			const got = checkText(text, config).filter(select);
			expect(got.map((f) => [f.from, f.to])).toEqual(errors.map((e) => [e.from, e.to]));
			got.forEach((f, i) => expect(matches(f, errors[i]!.id), `${f.rule}/${f.blank?.kind} vs ${errors[i]!.id}`).toBe(true));
		});
	}
}

export const isBlank = (f: Finding) => f.category === 'blank';
