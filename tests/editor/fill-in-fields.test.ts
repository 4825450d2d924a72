import { describe, expect, test } from 'vitest';
import { buildFillInItems, applyEdits } from '../../src/lib/editor/fill-in';
import { buildFields, fieldPlaces, planFields, proposedYear, reuseValue } from '../../src/lib/editor/fill-in-fields';
import { RELATIVE_YEAR_CUES, HISTORY_YEAR_CUES, yearOffset } from '../../src/lib/editor/fill-in-year';
import { createSectionChecker } from '../../src/lib/checking';
import { blank } from './fixtures';
import { CURRENT_SCHEMA_VERSION, PACK_TYPE, type TemplatePack } from '../../src/lib/packs/types';

/** The real draft checker's blanks of each section, as the editor holds them. */
function checked(year: number | null, sections: { id: string; title: string; body: string }[]) {
	return buildFillInItems(
		sections.map((s) => ({ ...s, findings: createSectionChecker({ kind: 'free', title: s.title }, { pack: null, year }).check(s.body) }))
	);
}

describe('the same blank shares one field', () => {
	const sections = [
		{ id: 'a', title: '概述', body: 'aa现代产业园今年新引进企业12家，aa现代产业园的产值再创新高。' },
		{ id: 'b', title: '主要成绩', body: '一是aa现代产业园二期开工。\n二是aa集团完成技改。\n三是aa现代产业园获评省级园区。' }
	];
	const items = checked(2026, sections);

	test('a name masked the same way in many places is one field, with its count and places', () => {
		const fields = buildFields(items, { year: 2026 });
		const park = fields.find((f) => f.items[0]!.word.startsWith('aa现代'))!;
		expect(park.items.map((i) => `${i.sectionId}:${i.line}`)).toEqual(['a:1', 'a:1', 'b:1', 'b:3']);
		expect(fieldPlaces(park)).toEqual([
			{ sectionId: 'a', sectionTitle: '概述', count: 2 },
			{ sectionId: 'b', sectionTitle: '主要成绩', count: 2 }
		]);
		// aa集团 masks another name: its own field.
		const group = fields.find((f) => f.items[0]!.word.startsWith('aa集团'))!;
		expect(group.items).toHaveLength(1);
		expect(fields).toHaveLength(2);
	});

	test('one value fills every place; a place taken out is filled on its own', () => {
		const fields = buildFields(items, { year: 2026 });
		const park = fields.find((f) => f.items.length === 4)!;
		const plan = planFields(fields, { [park.id]: '滨江' });
		expect(plan.filled).toBe(4);
		expect(applyEdits(sections[0]!.body, plan.edits.get('a')!)).toBe('滨江现代产业园今年新引进企业12家，滨江现代产业园的产值再创新高。');

		const alone = park.items[3]!;
		const split = buildFields(items, { year: 2026, split: new Set([alone.id]) });
		const rest = split.find((f) => f.id === park.id)!;
		expect(rest.items).toHaveLength(3);
		const own = split.find((f) => f.id === alone.id)!;
		const plan2 = planFields(split, { [rest.id]: '滨江', [own.id]: '临港' });
		expect(applyEdits(sections[1]!.body, plan2.edits.get('b')!)).toBe('一是滨江现代产业园二期开工。\n二是aa集团完成技改。\n三是临港现代产业园获评省级园区。');
	});

	test('a bad value is reported once, on its field', () => {
		const fields = buildFields(items, { year: 2026 });
		const park = fields.find((f) => f.items.length === 4)!;
		expect(planFields(fields, { [park.id]: 'xx' }).errors).toEqual({ [park.id]: '名称不能只有空格或占位符。' });
	});

	test('numbers never share a field, even with the same label and unit', () => {
		const body = '工业产值同比增长，服务业产值同比增长，';
		const growth = { kind: 'missing-number', label: '同比增长', unit: '%', valueKind: 'percent' } as const;
		const at = (n: number) => body.split('同比增长', n + 1).slice(0, n + 1).join('同比增长').length;
		const list = buildFillInItems([
			{ id: 's', title: '成绩', body, findings: [blank(body, at(1), at(1), growth), blank(body, at(2), at(2), growth)] }
		]);
		expect(buildFields(list, { year: 2026 })).toHaveLength(2);
	});
});

describe('masked years are proposed from the draft’s 年度', () => {
	test('20__年 → 2026, 明年/下一年度 → 2027, 上年/去年 → 2025, in one field per meaning', () => {
		const sections = [
			{ id: 'a', title: '概述', body: '20__年，全镇上下团结一心。今年（20__年）新增就业岗位300个。' },
			{ id: 'b', title: '下一步计划', body: '明年（20__年）将建成二期厂房。下一年度（20__年）力争再上台阶。' },
			{ id: 'c', title: '对比', body: '上年（20__年）完成投资8亿元，去年（20__年）的基数较高。' }
		];
		const fields = buildFields(checked(2026, sections), { year: 2026 });
		expect(fields.map((f) => [f.proposal, f.items.length])).toEqual([
			['2026', 2],
			['2027', 2],
			['2025', 2]
		]);
	});

	test('no 年度, no proposal; a year the text places in the past gets none and stands alone', () => {
		const items = checked(null, [{ id: 'a', title: '概述', body: '自20__年以来，园区累计引进企业60家。20__年，产值创新高。' }]);
		expect(buildFields(items, { year: null }).map((f) => f.proposal)).toEqual(['', '']);
		expect(buildFields(items, { year: 2026 }).map((f) => f.proposal)).toEqual(['', '2026']);
		expect(proposedYear(items[1]!, 2026)).toBe('2026');
	});

	test('a work-plan title means the next year (the stale-year rule’s own frame)', () => {
		expect(yearOffset('四、2000年工作打算', 2, 6)).toBe(1);
		expect(yearOffset('青禾镇2000年度工作总结', 3, 7)).toBe(0);
	});

	test('every cue’s example reads as its offset, every history example as none', () => {
		for (const cue of RELATIVE_YEAR_CUES) {
			const at = cue.example.indexOf('20__');
			expect(yearOffset(cue.example, at, at + 4), cue.example).toBe(cue.offset);
			for (const word of cue.words) {
				const line = `${word}（20__年）的任务`;
				expect(yearOffset(line, word.length + 1, word.length + 5), line).toBe(cue.offset);
			}
		}
		for (const example of HISTORY_YEAR_CUES.examples) {
			const at = example.indexOf('20__');
			expect(yearOffset(example, at, at + 4), example).toBeNull();
		}
	});
});

describe('hints', () => {
	const body = '实现工业总产值亿元。';
	const gap = body.indexOf('亿元');
	const [item] = buildFillInItems([
		{
			id: 's',
			title: '成绩',
			body,
			findings: [blank(body, gap, gap, { kind: 'missing-number', label: '工业总产值', unit: '亿元', valueKind: 'number', hint: '上年：35.2 亿元' })]
		}
	]);

	test('a slot’s hint is kept for the form, and its figure offered as the 沿用 value', () => {
		expect(item!.hint).toBe('上年：35.2 亿元');
		expect(reuseValue(item!)).toBe('35.2');
		const [field] = buildFields([item!], { year: 2026 });
		expect(field).toMatchObject({ hint: '上年：35.2 亿元', reuse: '35.2' });
		expect(reuseValue({ ...item!, valueKind: 'name', hint: '上年：滨江园区' })).toBe('');
	});
});

test('a pack skeleton slot carrying a hint brings it to its field, with the 沿用 value', () => {
	const pack: TemplatePack = {
		type: PACK_TYPE,
		schemaVersion: CURRENT_SCHEMA_VERSION,
		id: 'hint-test',
		name: '带上年数值的模板包',
		version: '1.0.0',
		author: '',
		description: '',
		sections: [
			{
				plugin: 'achievements',
				title: '主要成绩',
				skeleton: '全年实现工业总产值____亿元，新建标准厂房____万平方米。',
				slots: [
					{ name: 'output', label: '工业总产值', kind: 'number', unit: '亿元', hint: '上年：35.2 亿元' },
					{ name: 'area', label: '新建标准厂房', kind: 'number', unit: '万平方米' }
				]
			}
		]
	};
	const body = pack.sections[0]!.skeleton!;
	const findings = createSectionChecker({ kind: 'achievements', title: '主要成绩' }, { pack, year: 2026 }).check(body);
	const items = buildFillInItems([{ id: 's', title: '主要成绩', body, findings }]);
	const fields = buildFields(items, { year: 2026 });
	expect(fields.map((f) => [f.items[0]!.label, f.hint, f.reuse])).toEqual([
		['工业总产值', '上年：35.2 亿元', '35.2'],
		['新建标准厂房', '', '']
	]);
	const plan = planFields(fields, { [fields[0]!.id]: fields[0]!.reuse, [fields[1]!.id]: '4' });
	expect(applyEdits(body, plan.edits.get('s')!)).toBe('全年实现工业总产值35.2亿元，新建标准厂房4万平方米。');
});
