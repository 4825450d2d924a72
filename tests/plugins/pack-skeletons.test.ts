import { describe, expect, test } from 'vitest';
import { builtinPacks, packSkeletons, sectionCheckConfig } from '$lib/packs';
import { fillSlots } from '$plugins';
import type { SlotDef } from '$plugins';
import { runRules } from './run-rules';

function sample(slot: SlotDef, i: number): string {
	switch (slot.kind) {
		case 'year':
			return '2026';
		case 'percent':
			return `${6 + i}.5`;
		case 'number':
			return slot.unit === '月' ? '6' : String(20 + i * 3);
		case 'date':
			return slot.unit === '月' ? '1' : '8';
		case 'name':
			return '青山经济开发区';
		case 'text':
			return '园区配套道路建设';
	}
}

// Every skeleton a built-in pack defines: unfilled it is flagged at each slot with the pack's
// labels; filled with sample figures it passes the section's own checks.
const cases = builtinPacks().flatMap((pack) =>
	pack.sections.flatMap((s) => packSkeletons(s).map((sk) => ({ pack, section: s, skeleton: sk, name: `${pack.name} / ${s.title} / ${sk.name}` })))
);

describe('built-in pack skeletons', () => {
	test('there are some', () => expect(cases.length).toBeGreaterThan(5));

	test.each(cases.map((c) => [c.name, c] as const))('%s', (_n, { pack, section, skeleton }) => {
		const config = sectionCheckConfig(pack, { kind: section.plugin, title: section.title });
		const rules = config.extraRules!.filter((r) => config.rules?.[r.meta.id] !== 'off');
		const setting = config.rules?.['section/unfilled-slot'];
		const options = typeof setting === 'object' ? (setting.options ?? {}) : {};
		const unfilled = runRules(rules, skeleton.text, options).filter((f) => f.rule === 'section/unfilled-slot');
		expect(unfilled.map((f) => f.blank?.label)).toEqual(skeleton.slots.map((s) => s.label));

		const filled = fillSlots(skeleton.text, skeleton.slots.map(sample));
		const ruleOptions = (id: string) => {
			const s = config.rules?.[id];
			return typeof s === 'object' ? (s.options ?? {}) : {};
		};
		const findings = rules.flatMap((r) => runRules([r], filled, ruleOptions(r.meta.id)));
		expect(findings.map((f) => f.message)).toEqual([]);
	});
});
