import { describe, expect, test } from 'vitest';
import { builtinPacks, exampleParts, guidancePoints, packPreview, packSkeletons } from '$lib/packs';
import { fillSlots } from '$plugins';

describe('the finished shape a gallery shows', () => {
	const slot = (label: string, kind: 'number' | 'percent' | 'year' | 'name' | 'date' | 'text', unit = '') => ({ name: label, label, kind, unit });

	test('a skeleton with example values: figures by kind, the year asked for, names by their label', () => {
		const parts = exampleParts(
			{
				text: '____年，____完成投资____亿元，增长____%，____月底前竣工。',
				slots: [slot('年份', 'year', '年'), slot('单位名称', 'name'), slot('完成投资', 'number', '亿元'), slot('增幅', 'percent', '%'), slot('竣工月份', 'date', '月')]
			},
			2026
		);
		const text = parts.map((p) => ('slot' in p ? `[${p.value}]` : p.text)).join('');
		expect(text).toBe('[2026]年，[单位名称]完成投资[8]亿元，增长[4.2]%，[12]月底前竣工。');
		expect(parts.filter((p) => 'slot' in p).map((p) => ('slot' in p ? p.slot.label : ''))).toEqual(['年份', '单位名称', '完成投资', '增幅', '竣工月份']);
	});

	test('要点 are the bullet points under the first heading, keyword apart', () => {
		expect(guidancePoints('### 要点\n\n- **量化**：写出数字。\n- 写出同比。\n\n### 别的\n\n- 不算\n')).toEqual([
			{ keyword: '量化', text: '写出数字。' },
			{ keyword: '', text: '写出同比。' }
		]);
		expect(guidancePoints('- 只有一条')).toEqual([{ keyword: '', text: '只有一条' }]);
	});

	test('every built-in pack previews every section; the example is the first skeleton, every slot shown', () => {
		for (const pack of builtinPacks()) {
			const preview = packPreview(pack, 2026);
			expect(preview.map((s) => s.title)).toEqual(pack.sections.map((s) => s.title));
			pack.sections.forEach((section, i) => {
				const p = preview[i]!;
				const first = packSkeletons(section)[0]!;
				expect(p.skeletonNames).toEqual(packSkeletons(section).map((s) => s.name));
				const example = p.example!;
				const values = example.flatMap((x) => ('slot' in x ? [x.value] : []));
				expect(values).toHaveLength(first.slots.length);
				expect(example.map((x) => ('slot' in x ? x.value : x.text)).join('')).toBe(fillSlots(first.text, values));
				if (section.plugin !== 'signature') expect(p.points.length, `${pack.name} ${section.title}`).toBeGreaterThanOrEqual(3);
			});
		}
	});

	test('a section without its own guidance or skeletons falls back to its plugin', () => {
		const [p] = packPreview({ sections: [{ plugin: 'problems', title: '三、问题' }] }, 2026);
		expect(p!.kind).toBe('存在问题');
		expect(p!.points.length).toBeGreaterThan(0);
		expect(p!.example).not.toBeNull();
		expect(packPreview({ sections: [{ plugin: 'free', title: '附言' }] }, 2026)[0]!.example).toBeNull();
	});
});
