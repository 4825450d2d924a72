import { describe, expect, test } from 'vitest';
import { validatePackValue, type TemplatePack } from '$lib/packs';
import { diffPacks, isEmptyDiff } from '$lib/packs/diff';
import { validPack } from './hostile-cases';

function pack(change: (p: TemplatePack) => void = () => {}): TemplatePack {
	const r = validatePackValue(validPack());
	if (!r.ok) throw new Error();
	const p = structuredClone(r.pack);
	change(p);
	return p;
}

describe('diffPacks: what an upgrade changes', () => {
	test('the same pack with a new version number changes nothing', () => {
		expect(isEmptyDiff(diffPacks(pack(), pack((p) => (p.version = '2.0.0'))))).toBe(true);
	});

	test('sections added, removed, changed (with the parts), renamed and reordered', () => {
		const next = pack((p) => {
			p.sections[1]!.skeleton = '完成产值____亿元，增长____%，新增企业。';
			p.sections[0]!.title = '一、总体情况';
			p.sections.splice(2, 1);
			p.sections.push({ plugin: 'plan', title: '三、明年打算' });
			[p.sections[0], p.sections[1]] = [p.sections[1]!, p.sections[0]!];
		});
		const d = diffPacks(pack(), next);
		expect(d.sectionsAdded).toEqual(['三、明年打算']);
		expect(d.sectionsRemoved).toEqual(['落款']);
		expect(d.sectionsChanged).toEqual([
			{ title: '二、成绩', parts: ['skeleton'] },
			{ title: '一、总体情况', oldTitle: '一、概述', parts: ['title'] }
		]);
		expect(d.reordered).toBe(true);
	});

	test('rules added, removed and changed, and check words', () => {
		const next = pack((p) => {
			p.rules = { 'achievements/quantified': { severity: 'error', options: { min: 5 } }, 'problems/concrete': 'info' };
			p.checks = { forbiddenWords: ['小编', '范文'], requiredPhrases: [] };
			p.name = '新名字';
		});
		const d = diffPacks(pack(), next);
		expect(d.rulesChanged).toEqual([{ id: 'achievements/quantified', from: 'warning {"min":3}', to: 'error {"min":5}' }]);
		expect(d.rulesAdded).toEqual([{ id: 'problems/concrete', from: '', to: 'info' }]);
		expect(d.rulesRemoved).toEqual([{ id: 'overview/period', from: 'off', to: '' }]);
		expect(d.wordsAdded).toEqual({ forbiddenWords: ['范文'], requiredPhrases: [] });
		expect(d.wordsRemoved).toEqual({ forbiddenWords: [], requiredPhrases: ['概述'] });
		expect(d.meta).toEqual(['name']);
	});
});
