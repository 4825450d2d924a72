import { describe, expect, test } from 'vitest';
import { packRules, packDocumentRules, sectionCheckConfig, FORBIDDEN_RULE_ID, REQUIRED_RULE_ID, builtinPacks, packSkeletons, startingText } from '$lib/packs';
import { runRules } from '../plugins/run-rules';

describe('declarative pack checks become rules', () => {
	const pack = { checks: { forbiddenWords: ['小编', '范文'], requiredPhrases: ['廉洁', '述职'] } };

	test('forbidden words are found wherever they occur', () => {
		const text = '以下是小编整理的范文。\n小编说：';
		const found = runRules(packRules(pack), text).filter((f) => f.rule === FORBIDDEN_RULE_ID);
		expect(found.map((f) => text.slice(f.from, f.to))).toEqual(['小编', '范文', '小编']);
		expect(found[0]!.message).toBe('“小编”是本模板包禁止使用的词语');
	});

	test('each missing required phrase is one finding', () => {
		const found = runRules(packDocumentRules(pack), '本人述职如下。');
		expect(found.map((f) => [f.rule, f.message])).toEqual([[REQUIRED_RULE_ID, '缺少本模板包要求的表述“廉洁”']]);
	});

	test('no checks, no rules', () => expect(packRules({})).toEqual([]));
});

describe('section check configuration', () => {
	test('plugin rules, forbidden words and pack rule settings', () => {
		const park = builtinPacks().find((p) => p.id === 'park-annual-summary')!;
		const config = sectionCheckConfig(park, { kind: 'achievements', title: '二、主要工作和成效' });
		const ids = config.extraRules!.map((r) => r.meta.id);
		expect(ids).toEqual(expect.arrayContaining(['achievements/quantified', 'section/unfilled-slot', FORBIDDEN_RULE_ID]));
		expect(config.rules!['achievements/quantified']).toEqual({ severity: 'warning', options: { min: 4 } });
		// The pack section's own skeletons reach the slot rule so their labels are known.
		const slotSetting = config.rules!['section/unfilled-slot'];
		expect(typeof slotSetting === 'object' && slotSetting.options?.skeletons).toEqual(packSkeletons(park.sections[1]).map(({ text, slots }) => ({ text, slots })));
	});

	test('a renamed or moved section still finds its pack section by plugin', () => {
		const park = builtinPacks().find((p) => p.id === 'park-annual-summary')!;
		const config = sectionCheckConfig(park, { kind: 'achievements', title: '我改过的标题' });
		const setting = config.rules!['section/unfilled-slot'];
		expect(typeof setting === 'object' && (setting.options?.skeletons as { text: string }[])[0]?.text).toBe(startingText(park.sections[1]!));
		expect(sectionCheckConfig(null, { kind: 'plan', title: 'x' }).extraRules!.map((r) => r.meta.id)).toContain('plan/targets');
	});

	test('a pack skeleton slot is reported with the pack label', () => {
		const park = builtinPacks().find((p) => p.id === 'park-annual-summary')!;
		const section = park.sections[1]!;
		const config = sectionCheckConfig(park, { kind: 'achievements', title: '二、主要工作和成效' });
		const slotRule = config.extraRules!.find((r) => r.meta.id === 'section/unfilled-slot')!;
		const setting = config.rules!['section/unfilled-slot'];
		const options = typeof setting === 'object' ? (setting.options ?? {}) : {};
		for (const sk of packSkeletons(section)) {
			const found = runRules([slotRule], sk.text, options);
			expect(found.map((f) => f.blank?.label)).toEqual(sk.slots.map((s) => s.label));
		}
	});
});
