import { describe, expect, test } from 'vitest';
import { packSkeletons, sectionCheckConfig, startingText, validatePackValue, type TemplatePack } from '$lib/packs';
import { runRules } from '../plugins/run-rules';

const slot = (name: string, label: string, kind: 'number' | 'percent' | 'year' | 'name' | 'date' | 'text', unit = '') => ({ name, label, kind, unit });

function pack(section: Record<string, unknown>): unknown {
	return {
		type: 'gaojiang-template-pack',
		schemaVersion: 2,
		id: 'two-skeletons',
		name: '两个骨架',
		version: '1.0.0',
		author: '',
		description: '',
		sections: [{ plugin: 'achievements', title: '二、主要成绩', ...section }, { plugin: 'signature', title: '落款' }]
	};
}

const skeletons = [
	{ name: '指标', text: '全年完成投资____亿元，同比增长____%。', slots: [slot('invest', '完成投资', 'number', '亿元'), slot('growth', '投资增幅', 'percent', '%')] },
	{ name: '项目', text: '新开工项目____个，其中____项目已投产。', slots: [slot('count', '新开工项目', 'number', '个'), slot('flagship', '投产项目名称', 'name')] }
];

describe('a pack section with several named skeletons', () => {
	test('is valid, and every skeleton is offered in order after the first-format one', () => {
		const r = validatePackValue(pack({ skeleton: '今年____。', slots: [slot('what', '做了什么', 'text')], skeletons }));
		if (!r.ok) throw new Error(JSON.stringify(r.problems));
		expect(packSkeletons(r.pack.sections[0]).map((s) => [s.id, s.name, s.text])).toEqual([
			['pack-0', '二、主要成绩', '今年____。'],
			['pack-1', '指标', skeletons[0]!.text],
			['pack-2', '项目', skeletons[1]!.text]
		]);
		expect(startingText(r.pack.sections[0]!)).toBe('今年____。');
		expect(startingText({ title: 'x', skeletons })).toBe(skeletons[0]!.text);
		expect(startingText({ title: 'x' })).toBe('');
	});

	test('a slot list that does not match its skeleton is refused at that skeleton', () => {
		const bad = [skeletons[0], { ...skeletons[1]!, slots: skeletons[1]!.slots.slice(0, 1) }];
		const r = validatePackValue(pack({ skeletons: bad }));
		expect(r.ok ? [] : r.problems.map((p) => [p.path, p.message])).toEqual([['$.sections[0].skeletons[1].slots', '骨架中有 2 个空位（____），但 slots 列出了 1 个']]);
		const dup = [{ ...skeletons[0]!, slots: [skeletons[0]!.slots[0], { ...skeletons[0]!.slots[1]!, name: 'invest' }] }];
		const r2 = validatePackValue(pack({ skeletons: dup }));
		expect(r2.ok ? [] : r2.problems.map((p) => p.path)).toEqual(['$.sections[0].skeletons[0].slots[1].name']);
		const r3 = validatePackValue(pack({ skeletons: [{ name: '', text: '____', slots: [] }] }));
		expect(r3.ok ? [] : r3.problems.map((p) => p.path)).toEqual(expect.arrayContaining(['$.sections[0].skeletons[0].name']));
	});

	test("each skeleton's slots are reported with its own labels", () => {
		const r = validatePackValue(pack({ skeletons }));
		if (!r.ok) throw new Error();
		const p: TemplatePack = r.pack;
		const config = sectionCheckConfig(p, { kind: 'achievements', title: '二、主要成绩' });
		const slotRule = config.extraRules!.find((rule) => rule.meta.id === 'section/unfilled-slot')!;
		const setting = config.rules!['section/unfilled-slot'];
		const options = typeof setting === 'object' ? (setting.options ?? {}) : {};
		const text = `${skeletons[1]!.text}\n${skeletons[0]!.text}`;
		expect(runRules([slotRule], text, options).map((f) => f.blank?.label)).toEqual(['新开工项目', '投产项目名称', '完成投资', '投资增幅']);
	});
});
