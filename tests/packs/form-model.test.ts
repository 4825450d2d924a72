import { describe, expect, test } from 'vitest';
import { builtinPacks, validatePackValue, type TemplatePack } from '$lib/packs';
import { blankForm, emptySection, formFromPack, insertSlot, move, packFromForm, removeSlot } from '$lib/packs/form-model';
import { packFormProblems } from '$lib/packs/validate';
import { validPack } from './hostile-cases';

describe('the pack form model', () => {
	test('every built-in pack, and the test pack, survive form → pack unchanged (an empty word list aside)', () => {
		const test = validatePackValue(validPack());
		if (!test.ok) throw new Error();
		const withoutEmptyLists = (pack: TemplatePack): TemplatePack => {
			const copy = structuredClone(pack);
			for (const k of ['forbiddenWords', 'requiredPhrases'] as const) if (copy.checks?.[k]?.length === 0) delete copy.checks[k];
			if (copy.checks && Object.keys(copy.checks).length === 0) delete copy.checks;
			return copy;
		};
		for (const pack of [...builtinPacks(), test.pack]) expect(packFromForm(formFromPack(pack))).toEqual(withoutEmptyLists(pack));
	});

	test('a blank form says every problem at once, each at its field', () => {
		const form = blankForm('mine-1');
		const paths = packFormProblems(packFromForm(form)).map((p) => p.path);
		expect(paths).toEqual(['$.name', '$.sections[0].title']);
		form.sections[0]!.plugin = 'rocket';
		form.version = '1';
		expect(packFormProblems(packFromForm(form)).map((p) => p.path).sort()).toEqual(['$.name', '$.sections[0].plugin', '$.sections[0].title', '$.version']);
	});

	test('a slot inserted at the caret lands in order of appearance, with its mark', () => {
		const s = emptySection('achievements', '二、成绩').main;
		s.text = '完成产值亿元，增长。';
		insertSlot(s, 4, 'number', '产值');
		insertSlot(s, s.text.indexOf('。'), 'percent', '增幅');
		insertSlot(s, 0, 'year', '年份');
		expect(s.text).toBe('____完成产值____亿元，增长____。');
		expect(s.slots.map((x) => [x.label, x.kind, x.unit])).toEqual([['年份', 'year', '年'], ['产值', 'number', ''], ['增幅', 'percent', '%']]);
		expect(new Set(s.slots.map((x) => x.name)).size).toBe(3);
		removeSlot(s, 1);
		expect(s.text).toBe('____完成产值亿元，增长____。');
		expect(s.slots.map((x) => x.label)).toEqual(['年份', '增幅']);
	});

	test('lines become lists; empty lines and empty optional fields are left out', () => {
		const form = blankForm('mine-2');
		form.name = '我的包';
		form.sections[0]!.title = '一、概述';
		form.sections[0]!.phrases = [{ purpose: '开头', lines: '过去一年，\n\n  今年以来，  \n' }];
		form.forbiddenWords = '小编\n';
		form.rules = [{ id: 'achievements/quantified', severity: 'warning', options: { min: 2 } }, { id: 'overview/period', severity: 'off', options: null }];
		const pack = packFromForm(form);
		expect(pack.sections[0]).toEqual({ plugin: 'overview', title: '一、概述', phrases: [{ purpose: '开头', items: ['过去一年，', '今年以来，'] }] });
		expect(pack.checks).toEqual({ forbiddenWords: ['小编'] });
		expect(pack.rules).toEqual({ 'achievements/quantified': { severity: 'warning', options: { min: 2 } }, 'overview/period': 'off' });
		expect(validatePackValue(pack).ok).toBe(true);
	});

	test('move reorders within bounds', () => {
		const list = ['a', 'b', 'c'];
		move(list, 0, -1);
		move(list, 2, 1);
		expect(list).toEqual(['a', 'b', 'c']);
		move(list, 0, 1);
		expect(list).toEqual(['b', 'a', 'c']);
	});
});
