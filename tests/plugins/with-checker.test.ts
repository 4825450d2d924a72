import { describe, expect, test } from 'vitest';
import { checkText } from '$lib/check';
import { fillSlots, findSlots, labelSlotFindings, mergeSlotFindings, plugins } from '$plugins';
import type { SlotDef } from '$plugins';
import { builtinPacks, packSkeletons, sectionCheckConfig } from '$lib/packs';

function sample(slot: SlotDef, i: number): string {
	switch (slot.kind) {
		case 'year':
			return '2026';
		case 'percent':
			return `${4 + i}.8`;
		case 'number':
			// Decreasing along the text, so a part (其中……) never exceeds the total before it.
			return slot.unit === '月' ? '9' : String(330 - i * 11);
		case 'date':
			return slot.unit === '月' ? '1' : '6';
		case 'name':
			return '南湖高新区管委会';
		case 'text':
			return '企业上门服务';
	}
}

// Through the real checker: plugin rules as extraRules next to the general rules.
describe('plugin skeletons through checkText', () => {
	for (const plugin of plugins) {
		for (const sk of plugin.skeletons) {
			test(`${plugin.meta.name} / ${sk.name}`, () => {
				const unfilled = checkText(sk.text, { extraRules: plugin.rules });
				const blanks = unfilled.filter((f) => f.category === 'blank');
				// Every slot mark is covered by at least one blank finding …
				for (const m of sk.text.matchAll(/_{2,}/g)) {
					expect(blanks.some((f) => f.from <= m.index && f.to >= m.index + m[0].length - 1)).toBe(true);
				}
				// … and once merged and labelled, each slot is exactly one blank named as the skeleton names it.
				const merged = labelSlotFindings(mergeSlotFindings(unfilled), findSlots(plugin.meta.id, sk.text)).filter((f) => f.category === 'blank');
				expect(merged.map((f) => f.blank?.label)).toEqual(sk.slots.map((s) => s.label));
				const filled = fillSlots(sk.text, sk.slots.map(sample));
				const left = checkText(filled, { extraRules: plugin.rules }).filter((f) => f.severity !== 'info');
				expect(left.map((f) => `${f.rule}: ${f.message} [${filled.slice(f.from, f.to)}]`)).toEqual([]);
			});
		}
	}
});

describe('pack sections through checkText', () => {
	for (const pack of builtinPacks()) {
		pack.sections.forEach((section) => {
			for (const sk of packSkeletons(section)) test(`${pack.name} / ${section.title} / ${sk.name}`, () => {
				const config = sectionCheckConfig(pack, { kind: section.plugin, title: section.title });
				const blanks = checkText(sk.text, config).filter((f) => f.category === 'blank');
				expect(blanks.length).toBeGreaterThanOrEqual(sk.slots.length);
				const filled = fillSlots(sk.text, sk.slots.map(sample));
				const left = checkText(filled, config).filter((f) => f.severity !== 'info');
				expect(left.map((f) => `${f.rule}: ${f.message} [${filled.slice(f.from, f.to)}]`)).toEqual([]);
			});
		});
	}
});

describe('traditional characters and full-width figures (through the engine’s folded text)', () => {
	const rulesOf = (kind: string) => plugins.find((p) => p.meta.id === kind)!.rules;
	const ids = (kind: string, text: string) =>
		checkText(text, { extraRules: rulesOf(kind) })
			.filter((f) => f.rule.startsWith(`${kind}/`))
			.map((f) => `${f.rule}@${text.slice(f.from, f.to)}`);

	test('disguised praise in traditional characters is caught at the original span', () => {
		expect(ids('problems', '一是工作太投入；二是對自己要求過高。')).toEqual([
			'problems/disguised-praise@工作太投入',
			'problems/disguised-praise@對自己要求過高'
		]);
	});
	test('traditional wording counts as concrete, as a period, as a plan', () => {
		expect(ids('integrity', '嚴格遵守八項規定，不收受禮品禮金。')).toEqual([]);
		expect(ids('overview', '任職以來，我主要負責園區招商。')).toEqual([]);
		expect(ids('achievements', '全年稅收３．２億元，同比增長１２％。')).toEqual([]);
	});
});
