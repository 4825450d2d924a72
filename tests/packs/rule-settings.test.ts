import { expect, test } from 'vitest';
import { builtinPacks, validatePackText } from '$lib/packs';
import { LIMITS } from '$lib/packs/limits';
import { main } from '$lib/cli/main';
import type { CliIo } from '$lib/cli/io';

const base = builtinPacks().find((p) => p.id === 'park-annual-summary')!;

function problems(rules: unknown): string[] {
	const r = validatePackText(JSON.stringify({ ...base, rules }));
	return r.ok ? [] : r.problems.map((p) => `${p.path}: ${p.message}`);
}

test('a known rule with good options passes', () => {
	expect(problems({ 'achievements/quantified': { severity: 'warning', options: { min: 3 } }, 'masked-year': 'error' })).toEqual([]);
});

test('a misspelt rule id is refused at its path, naming the rule meant', () => {
	expect(problems({ 'achievements/quantifed': 'error' })).toEqual([
		'$.rules["achievements/quantifed"]: 未知的规则“achievements/quantifed”，稿匠会忽略它（是不是“achievements/quantified”？）'
	]);
});

test('wrong option types, unknown options and options of a rule that takes none are refused with the JSON path', () => {
	expect(problems({ 'achievements/quantified': { severity: 'warning', options: { min: 'three' } } })).toEqual([
		'$.rules["achievements/quantified"].options.min: 类型错误：应为数字，实际为文本'
	]);
	expect(problems({ 'problems/min-items': { severity: 'warning', options: { min: 2.5, max: 3 } } })).toEqual([
		'$.rules["problems/min-items"].options.min: 应为整数',
		'$.rules["problems/min-items"].options.max: 未知的选项（请检查拼写）'
	]);
	expect(problems({ 'masked-year': { severity: 'error', options: { strict: true } } })).toEqual([
		'$.rules["masked-year"].options: 规则“masked-year”没有可设置的选项'
	]);
});

test('a slot list of 40,000 entries is refused by its size, at its path', () => {
	const slots = Array.from({ length: 40_000 }, () => 'x');
	expect(problems({ 'section/unfilled-slot': { severity: 'error', options: { skeleton: { text: '____', slots } } } })).toEqual([
		`$.rules["section/unfilled-slot"].options.skeleton.slots: 过多（最多 ${LIMITS.slots} 项）`
	]);
	const wrongSlot = [{ name: 'a', label: '产值', kind: 'money', unit: '亿元' }];
	expect(problems({ 'section/unfilled-slot': { severity: 'error', options: { skeleton: { text: '____', slots: wrongSlot } } } })).toEqual([
		'$.rules["section/unfilled-slot"].options.skeleton.slots[0].kind: 应为以下之一：number、percent、year、name、date、text'
	]);
});

test('the slot rule takes in its options what a pack section holds: the pack limits, and slots with their hint', () => {
	const slot = (i: number) => ({ name: `s${i}`, label: '工业总产值', kind: 'number', unit: '亿元', hint: '上年：38.6 亿元'.padEnd(LIMITS.slotHint, '。') });
	const skeleton = (text: number, slots: number) => ({ text: '园____'.repeat(slots).padEnd(text, '园'), slots: Array.from({ length: slots }, (_, i) => slot(i)) });
	const largest = Array.from({ length: LIMITS.skeletons }, () => skeleton(LIMITS.skeleton, LIMITS.slots));
	// The same skeletons validate as a pack section's own and as the slot rule's options.
	const section = { ...base.sections[0]!, skeletons: largest.map((s, i) => ({ name: `骨架${i + 1}`, ...s })) };
	expect(validatePackText(JSON.stringify({ ...base, sections: [section, ...base.sections.slice(1)] })).ok).toBe(true);
	expect(problems({ 'section/unfilled-slot': { severity: 'error', options: { skeletons: largest } } })).toEqual([]);
	expect(problems({ 'section/unfilled-slot': { severity: 'error', options: { skeleton: skeleton(LIMITS.skeleton, LIMITS.slots) } } })).toEqual([]);
	// One past each limit is refused, naming that limit.
	expect(problems({ 'section/unfilled-slot': { severity: 'error', options: { skeleton: skeleton(LIMITS.skeleton + 1, 1) } } })).toEqual([
		expect.stringMatching(new RegExp(`^\\$\\.rules\\["section/unfilled-slot"\\]\\.options\\.skeleton\\.text: .*${LIMITS.skeleton}`))
	]);
	expect(problems({ 'section/unfilled-slot': { severity: 'error', options: { skeleton: skeleton(1, LIMITS.slots + 1) } } })).toEqual([
		`$.rules["section/unfilled-slot"].options.skeleton.slots: 过多（最多 ${LIMITS.slots} 项）`
	]);
	expect(problems({ 'section/unfilled-slot': { severity: 'error', options: { skeletons: [...largest, skeleton(1, 0)] } } })).toEqual([
		`$.rules["section/unfilled-slot"].options.skeletons: 过多（最多 ${LIMITS.skeletons} 项）`
	]);
	const longHint = { ...skeleton(10, 1), slots: [{ ...slot(0), hint: '很'.repeat(LIMITS.slotHint + 1) }] };
	expect(problems({ 'section/unfilled-slot': { severity: 'error', options: { skeleton: longHint } } })).toEqual([
		expect.stringMatching(/^\$\.rules\["section\/unfilled-slot"\]\.options\.skeleton\.slots\[0\]\.hint: /)
	]);
});

test('pack validate prints each refusal as JSON path: message and exits 1', async () => {
	const out: string[] = [];
	const io: CliIo = {
		out: (t) => void out.push(t),
		err: () => {},
		readFile: async () => new TextEncoder().encode(JSON.stringify({ ...base, rules: { 'no-such-rule': 'error', 'achievements/quantified': { severity: 'error', options: { min: 'three' } } } })),
		writeFile: async () => {}
	};
	expect(await main(['pack', 'validate', 'p.json'], io)).toBe(1);
	expect(out).toEqual([
		'$.rules["no-such-rule"]: 未知的规则“no-such-rule”，稿匠会忽略它',
		'$.rules["achievements/quantified"].options.min: 类型错误：应为数字，实际为文本'
	]);
});
