import { describe, expect, test } from 'vitest';
import { builtinPacks, packSkeletons, sectionCheckConfig } from '$lib/packs';
import { plugins, UNFILLED_SLOT_RULE_ID } from '$plugins';
import { runRules } from './run-rules';

// Guidance that helps, never pesters: a section's own rules say nothing about a skeleton the
// writer has not touched (its slots are the findings), and every message says what to add.

const pluginCases = plugins.flatMap((p) => p.skeletons.map((sk) => ({ name: `${p.meta.name} / ${sk.name}`, rules: p.rules, text: sk.text, slots: sk.slots.length, options: {} })));
const packCases = builtinPacks().flatMap((pack) =>
	pack.sections.flatMap((section) => {
		const config = sectionCheckConfig(pack, { kind: section.plugin, title: section.title });
		const setting = (id: string) => config.rules?.[id];
		const rules = (config.extraRules ?? []).filter((r) => setting(r.meta.id) !== 'off');
		const slotSetting = setting(UNFILLED_SLOT_RULE_ID);
		const options = typeof slotSetting === 'object' ? (slotSetting.options ?? {}) : {};
		return packSkeletons(section).map((sk) => ({ name: `${pack.name} / ${section.title} / ${sk.name}`, rules, text: sk.text, slots: sk.slots.length, options }));
	})
);

describe('an untouched skeleton draws only its slots', () => {
	test.each([...pluginCases, ...packCases].map((c) => [c.name, c] as const))('%s', (_n, c) => {
		const found = runRules(c.rules, c.text, c.options);
		expect(found.filter((f) => f.rule !== UNFILLED_SLOT_RULE_ID).map((f) => f.message)).toEqual([]);
		expect(found.filter((f) => f.rule === UNFILLED_SLOT_RULE_ID)).toHaveLength(c.slots);
	});

	test('a section rule speaks again once the slots are filled and the thing is still missing', () => {
		const achievements = plugins.find((p) => p.meta.id === 'achievements')!;
		const text = '招商工作取得____成效，服务企业更加____。';
		expect(runRules(achievements.rules, text).map((f) => f.rule)).toEqual([UNFILLED_SLOT_RULE_ID, UNFILLED_SLOT_RULE_ID]);
		expect(runRules(achievements.rules, '招商工作取得明显成效，服务企业更加主动。').map((f) => f.rule)).toEqual([
			'achievements/quantified',
			'achievements/comparison'
		]);
	});
});

describe('every plugin rule says, in one line, what to add', () => {
	// An instruction: write, add, fill, change, delete or replace something.
	const INSTRUCTION = /^(?:再写|写出|写明|写上|补|填写|改为|改写|删去|换成|在)|[：:](?:改为|改写|补|写)/;
	const messages = plugins.flatMap((p) =>
		p.rules.flatMap((r) => Object.entries(r.meta.messages).map(([id, text]) => ({ name: `${r.meta.id}:${id}`, text })))
	);
	const unique = [...new Map(messages.map((m) => [m.name, m])).values()];

	test('there are messages to judge', () => expect(unique.length).toBeGreaterThan(15));
	test.each(unique.map((m) => [m.name, m.text] as const))('%s: %s', (_n, text) => {
		expect(text).not.toMatch(/\n/);
		expect(text.length).toBeLessThanOrEqual(48);
		expect(text).toMatch(INSTRUCTION);
	});
});
