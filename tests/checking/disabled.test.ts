import { expect, test } from 'vitest';
import { DraftChecker, type CheckedDraft, type DisabledChecks } from '$lib/checking';
import { builtinPacks } from '$lib/packs';

const duty = builtinPacks().find((p) => p.id === 'personal-duty-integrity')!;

// Our own sentences: a half-width comma (公文规范), parts larger than their total (数字一致), a
// masked year (a blank), and no 廉洁 anywhere (the pack's required phrase, draft-wide).
const draft: CheckedDraft = {
	title: '述职报告, 2026年',
	sections: [
		{ id: 'a', kind: 'overview', title: '一、基本情况', body: '20__年，我分管招商工作, 全年新签项目12个。' },
		{ id: 'b', kind: 'achievements', title: '二、履行职责情况', body: '全年新增企业10家，其中工业企业8家、服务业企业6家。' }
	]
};

function rulesFound(disabled?: DisabledChecks): string[] {
	const report = new DraftChecker({ pack: duty, year: 2026, disabled }).check(draft);
	return [...new Set([...report.texts.flatMap((t) => t.findings), ...report.draft].map((f) => `${f.category}/${f.rule}`))].sort();
}

test('every check runs when nothing is turned off', () => {
	const found = rulesFound();
	expect(found).toContain('style/half-width-punct');
	expect(found).toContain('content/parts-exceed-total');
	expect(found).toContain('blank/section/unfilled-slot');
	expect(found).toContain('content/pack/required-phrase');
	expect(found).toContain('content/achievements/comparison');
});

test('a category turned off is gone from titles, sections and the draft-wide rules; the rest stays', () => {
	const found = rulesFound({ categories: ['style'] });
	expect(found.filter((r) => r.startsWith('style/'))).toEqual([]);
	expect(found).toContain('content/parts-exceed-total');
	expect(found).toContain('blank/section/unfilled-slot');
});

test('a rule turned off by id is gone, built-in, plugin or draft-wide alike', () => {
	const off = rulesFound({ rules: ['parts-exceed-total', 'achievements/comparison', 'pack/required-phrase'] });
	expect(off).toEqual(['blank/section/unfilled-slot', 'style/half-width-punct']);
});
