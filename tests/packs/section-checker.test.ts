import { expect, test } from 'vitest';
import { builtinPacks, checkPackRequirements, createPackSectionChecker } from '$lib/packs';

const park = builtinPacks().find((p) => p.id === 'park-annual-summary')!;
const duty = builtinPacks().find((p) => p.id === 'personal-duty-integrity')!;

test('a pack section checker flags each slot once, with the pack label', () => {
	const section = park.sections[0]!;
	const checker = createPackSectionChecker(park)({ kind: section.plugin, title: section.title }, {});
	const blanks = checker.check(section.skeleton!).filter((f) => f.category === 'blank');
	expect(blanks.map((f) => f.blank?.label)).toEqual(section.slots!.map((s) => s.label));
});

test('plugin rules, pack settings and forbidden words all apply', () => {
	const make = createPackSectionChecker(park);
	const achievements = make({ kind: 'achievements', title: '二、主要工作和成效' }, {});
	const ids = achievements.check('本文由小编整理。招商工作取得新进展，新签约项目12个，比上年增加3个。').map((f) => f.rule);
	expect(ids).toContain('pack/forbidden-word');
	// The pack raises the minimum of quantified indicators to 4.
	expect(ids).toContain('achievements/quantified');
	// The writer's own setting wins over the pack's.
	const quiet = make({ kind: 'achievements', title: 'x' }, { rules: { 'achievements/quantified': 'off', 'pack/forbidden-word': 'off' } });
	expect(quiet.check('本文由小编整理。新签约项目12个，比上年增加3个。').map((f) => f.rule)).not.toContain('achievements/quantified');
});

test('without a pack, a section still gets its plugin rules', () => {
	const checker = createPackSectionChecker(null)({ kind: 'signature', title: '落款' }, {});
	const found = checker.check('东湖科技园\n2026年01月05日');
	expect(found.map((f) => f.rule)).toContain('signature/date');
});

test('required phrases are checked over the whole draft', () => {
	expect(checkPackRequirements(duty, ['本人述职如下。', '严守廉洁纪律。'])).toEqual([]);
	const missing = checkPackRequirements(duty, ['本人述职如下。']);
	expect(missing.map((f) => f.message)).toEqual(['缺少本模板包要求的表述“廉洁”']);
	expect(checkPackRequirements(null, [''])).toEqual([]);
});
