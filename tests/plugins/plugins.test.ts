import { describe, expect, test } from 'vitest';
import { fillSlots, findSlots, getPlugin, pluginIds, plugins, PLUGIN_API_VERSION, UNFILLED_SLOT_RULE_ID } from '$plugins';
import type { SlotDef } from '$plugins';
import { runRules } from './run-rules';

/** A sample value for a slot, by kind, so a filled skeleton reads like a real report. */
function sample(slot: SlotDef, i: number): string {
	switch (slot.kind) {
		case 'year':
			return '2026';
		case 'percent':
			return String(5 + i) + '.2';
		case 'number':
			return slot.unit === '月' ? String((i % 12) + 1) : String(12 + i * 7);
		case 'date':
			return slot.unit === '月' ? '1' : '5';
		case 'name':
			return ['东湖科技园管委会', '临江新材料项目', '招商服务中心', '周明远'][i % 4] ?? '某单位';
		case 'text':
			return ['企业服务专员制度', '审批流程再造', '园区道路改造', '人才公寓建设', '征地报批'][i % 5] ?? '专项工作';
	}
}

describe('built-in plugins', () => {
	test('the six section kinds are registered with the current API version', () => {
		expect([...pluginIds].sort()).toEqual(['achievements', 'integrity', 'overview', 'plan', 'problems', 'signature']);
		for (const p of plugins) {
			expect(p.meta.apiVersion).toBe(PLUGIN_API_VERSION);
			expect(p.guidance).toMatch(/^###/);
			expect(p.skeletons.length).toBeGreaterThan(0);
			expect(p.phrases.flatMap((g) => g.items).length).toBeGreaterThan(2);
			expect(p.rules.map((r) => r.meta.id)).toContain(UNFILLED_SLOT_RULE_ID);
		}
	});

	for (const plugin of plugins) {
		for (const sk of plugin.skeletons) {
			test(`${plugin.meta.name} / ${sk.name}: each slot mark has one slot definition`, () => {
				expect(sk.text.match(/_{2,}/g)?.length).toBe(sk.slots.length);
			});

			test(`${plugin.meta.name} / ${sk.name}: unfilled skeleton is flagged at every slot`, () => {
				const found = runRules(plugin.rules, sk.text).filter((f) => f.rule === UNFILLED_SLOT_RULE_ID);
				expect(found.length).toBe(sk.slots.length);
				for (const f of found) {
					expect(sk.text.slice(f.from, f.to)).toBe('____');
					expect(f.blank).toBeDefined();
				}
				expect(found.map((f) => f.blank?.label)).toEqual(sk.slots.map((s) => s.label));
			});

			test(`${plugin.meta.name} / ${sk.name}: filled with sample figures, its own checks pass`, () => {
				const filled = fillSlots(sk.text, sk.slots.map(sample));
				expect(filled).not.toMatch(/_/);
				expect(runRules(plugin.rules, filled)).toEqual([]);
			});

			test(`${plugin.meta.name} / ${sk.name}: findSlots maps marks to labels`, () => {
				const slots = findSlots(plugin.meta.id, sk.text);
				expect(slots.map((s) => s.slot.label)).toEqual(sk.slots.map((s) => s.label));
				expect(slots.map((s) => s.slot.unit)).toEqual(sk.slots.map((s) => s.unit));
			});
		}
	}

	test('findSlots survives edits: filled slots drop out, the rest keep their labels', () => {
		const plugin = getPlugin('achievements')!;
		const sk = plugin.skeletons[0]!;
		// Fill the first two slots only, and put a sentence in front.
		const text = '补充一句开头。' + fillSlots(sk.text, ['35.6', '8.1']);
		const slots = findSlots('achievements', text);
		expect(slots.map((s) => s.slot.label)).toEqual(['固定资产投资', '固定资产投资同比增幅', '新增市场主体']);
		expect(slots[0]!.slot.kind).toBe('number');
		expect(slots[1]!.slot.kind).toBe('percent');
	});

	test('findSlots: pack slots take precedence, unknown marks get a guessed kind', () => {
		const text = '参加培训____人次，满意度____%。';
		const extra = { text: '参加培训____人次。', slots: [{ name: 'trainees', label: '参训人次', kind: 'number' as const, unit: '人次' }] };
		const slots = findSlots('free', text, [extra]);
		expect(slots[0]!.slot.name).toBe('trainees');
		expect(slots[1]!.slot).toMatchObject({ kind: 'percent', unit: '%', label: '' });
	});

	test('bracketed prompts count as slots; headings in brackets do not', () => {
		const text = '【单位名称】\n【经验做法】园区推行了首席服务官制度。【请填写日期】';
		const slots = findSlots('signature', text);
		expect(slots.map((s) => text.slice(s.from, s.to))).toEqual(['【单位名称】', '【请填写日期】']);
		expect(slots[0]!.slot.kind).toBe('name');
	});
});
