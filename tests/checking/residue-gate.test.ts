import { expect, test } from 'vitest';
import { DraftChecker, exportGate, gateCounts, sourceIndexOf, type CheckedDraft, type CheckingContext } from '$lib/checking';

// Our own 范文 and a draft made from it: the first section rewritten, the second still the 范文.
const source = [
	'青石镇2023年度工作总结',
	'一、主要成绩',
	'2023年，全镇财政收入1.8亿元，同比增长6%。引进华远机械股份有限公司等企业5家。',
	'二、存在问题',
	'一是产业结构不优，新兴产业占比偏低。二是基础设施欠账较多，群众出行仍有不便。'
].join('\n');

function draft(): CheckedDraft {
	return {
		title: '白沙镇2026年度工作总结',
		sections: [
			{ id: 'a', kind: 'free', title: '主要成绩', body: '2026年，全镇财政收入2.1亿元，同比增长7%。引进新能源企业3家，新增就业岗位410个。' },
			{ id: 'b', kind: 'free', title: '存在问题', body: '一是产业结构不优，新兴产业占比偏低。二是基础设施欠账较多，群众出行仍有不便。\n支持华远机械股份有限公司扩建厂房。' }
		]
	};
}

test('a draft with a 范文: per section the share still identical, and the 范文 names flagged where they stand', () => {
	const context: CheckingContext = { pack: null, year: 2026, source };
	const checker = new DraftChecker(context);
	const report = checker.check(draft());
	expect(report.residue).toEqual({
		a: { sentences: 2, identical: 0, share: 0 },
		b: { sentences: 3, identical: 2, share: expect.closeTo(34 / 50, 5) }
	});
	const body = (id: string) => report.texts.find((t) => t.place.kind === 'body' && t.place.sectionId === id)!;
	const residue = (id: string) => body(id).findings.filter((f) => f.category === 'residue').map((f) => [body(id).text.slice(f.from, f.to), f.message]);
	expect(residue('a')).toEqual([]);
	expect(residue('b')).toEqual([
		['一是产业结构不优，新兴产业占比偏低。二是基础设施欠账较多，群众出行仍有不便。', '本节 68% 与范文相同（2/3 句），请按实际情况改写'],
		['华远机械股份有限公司', '范文中的名称，请确认已替换：华远机械股份有限公司']
	]);
	// The editor path gives the same, and reads the same share.
	const editor = new DraftChecker(context);
	expect(editor.checkSection(draft().sections[1]!).filter((f) => f.category === 'residue').map((f) => f.key)).toEqual(
		body('b').findings.filter((f) => f.category === 'residue').map((f) => f.key)
	);
	expect(Math.round(editor.residueOf(draft().sections[1]!.body)!.share * 100)).toBe(68);
});

test('a draft without a 范文 sees nothing of it', () => {
	for (const context of [{ pack: null, year: 2026 }, { pack: null, year: 2026, source: null }, { pack: null, year: 2026, source: '  ' }]) {
		const checker = new DraftChecker(context);
		const report = checker.check(draft());
		expect(report.residue).toBeUndefined();
		expect(report.texts.flatMap((t) => t.findings).filter((f) => f.category === 'residue')).toEqual([]);
		expect(checker.residueOf('一是产业结构不优，新兴产业占比偏低。')).toBeNull();
	}
});

test('the 范文 is indexed once per draft checker context, not per section or check', () => {
	const context: CheckingContext = { pack: null, year: null, source };
	const index = sourceIndexOf(context);
	const checker = new DraftChecker(context);
	checker.check(draft());
	checker.checkSection({ ...draft().sections[1]!, body: draft().sections[1]!.body + '再加一句话作为修改。' });
	expect(sourceIndexOf(context)).toBe(index);
	// Another context of the same draft (its year changed) keeps it; another 范文 gets its own.
	expect(sourceIndexOf({ ...context, year: 2026 })).toBe(index);
	expect(sourceIndexOf({ ...context, source: source + '\n三、下一步计划' })).not.toBe(index);
});

test('the export gate lists blanks, 模板残留 and 范文残留 apart, and lets ignored ones through', () => {
	const d: CheckedDraft = {
		title: '白沙镇2026年度工作总结',
		sections: [
			{ id: 'a', kind: 'free', title: '主要成绩', body: '全年完成农业总产值亿元。\n下面是小编为大家整理的工作总结，希望大家能够喜欢。' },
			{ id: 'b', kind: 'free', title: '存在问题', body: '一是产业结构不优，新兴产业占比偏低。二是基础设施欠账较多，群众出行仍有不便。' }
		]
	};
	const report = new DraftChecker({ pack: null, year: 2026, source }).check(d);
	const gate = exportGate(d, report, new Set());
	expect(gateCounts(gate)).toEqual({ blanks: 1, leftovers: 1, residue: 1 });
	expect(gate.blanks[0]).toMatchObject({ where: '主要成绩', context: '年完成农业总产值【＿】亿元。 下面是小' });
	expect(gate.leftovers[0]).toMatchObject({ where: '主要成绩', finding: { rule: 'leftover', messageId: 'editorIntro' } });
	expect(gate.residue[0]).toMatchObject({ where: '存在问题', finding: { rule: 'source-residue', messageId: 'sameAsSource' } });
	const ignored = new Set([gate.leftovers[0]!.finding.key, gate.residue[0]!.finding.key]);
	expect(gateCounts(exportGate(d, report, ignored))).toEqual({ blanks: 1, leftovers: 0, residue: 0 });
});

test('a 范文 comparison the writer turned off is never indexed, and reports nothing', () => {
	for (const disabled of [{ categories: ['residue' as const] }, { rules: ['source-residue'] }]) {
		const context: CheckingContext = { pack: null, year: 2026, source, disabled };
		expect(sourceIndexOf(context)).toBeNull();
		const checker = new DraftChecker(context);
		const report = checker.check(draft());
		expect(report.texts.flatMap((t) => t.findings).filter((f) => f.category === 'residue')).toEqual([]);
		expect(checker.residueOf(draft().sections[1]!.body)).toBeNull();
	}
});
