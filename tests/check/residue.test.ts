import { describe, expect, test } from 'vitest';
import { ruleTable } from './helpers';
import { checkText } from '$lib/check';
import { compareWithSource, indexSource, namesInText, sectionResidue, sourceNames } from '$lib/check/residue';
import { NAME_EXAMPLES } from '$lib/check/rules/data/names';

// A 范文 of our own, and drafts made from it.
const source = [
	'青石镇2023年度工作总结',
	'',
	'一、主要成绩',
	'',
	'2023年，在青石镇党委的坚强领导下，全镇经济保持平稳增长。全年完成财政收入1.8亿元，同比增长6%。支持华远机械股份有限公司扩建二期厂房，新增就业岗位320个。',
	'',
	'二、存在问题',
	'',
	'一是产业结构不优，新兴产业占比偏低。二是基础设施欠账较多，群众出行仍有不便。',
	'',
	'王建国同志带队走访了全镇12个村。'
].join('\n');

describe('source names', () => {
	test('places, companies and people of the source, not generic words', () => {
		const names = sourceNames(source);
		for (const n of ['青石镇', '华远机械股份有限公司', '王建国']) expect(names).toContain(n);
		for (const n of ['全镇', '公司', '镇党委']) expect(names).not.toContain(n);
	});
	test('the names table’s example', () => {
		const names = sourceNames(NAME_EXAMPLES.source);
		for (const n of NAME_EXAMPLES.names) expect(names).toContain(n);
		for (const n of NAME_EXAMPLES.notNames) expect(names).not.toContain(n);
	});
	test('generic institutions are no one’s name', () => {
		expect(sourceNames('县人民医院、镇中心小学和经济开发区管委会联合开展义诊。')).toEqual([]);
	});
});

describe('section residue', () => {
	const index = indexSource(source);
	test('a section left as the sample is 100% identical, punctuation and width aside', () => {
		const r = sectionResidue('一是产业结构不优,新兴产业占比偏低.二是基础设施欠账较多，群众出行仍有不便。', index);
		expect(r).toEqual({ sentences: 2, identical: 2, share: 1 });
	});
	test('a rewritten section is 0%, a half-rewritten one in between (weighted by length)', () => {
		expect(sectionResidue('一是新兴产业占比仍然只有三成左右。二是城乡道路网络还需要继续完善。', index).share).toBe(0);
		const half = sectionResidue('一是产业结构不优，新兴产业占比偏低。二是城乡道路网络还需要继续完善。', index);
		expect(half.identical).toBe(1);
		expect(half.share).toBeGreaterThan(0.4);
		expect(half.share).toBeLessThan(0.6);
	});
	test('short lines (headings, signatures) are not compared', () => {
		expect(sectionResidue('二、存在问题\n青石镇人民政府', index)).toEqual({ sentences: 0, identical: 0, share: 0 });
	});
	test('the source’s names still in a draft, with their ranges', () => {
		const draft = '白沙镇党委带领全镇干部，支持华远机械股份有限公司扩建。王建国同志带队。';
		expect(namesInText(draft, index).map((h) => [h.name, h.from, h.to])).toEqual([
			['华远机械股份有限公司', 14, 24],
			['王建国', 27, 30]
		]);
	});
});

describe('compareWithSource', () => {
	test('a whole draft split at its headings, each part with its share, and the names found', () => {
		const draft = source.replace('青石镇2023年度', '白沙镇2026年度').replace('2023年，在青石镇党委', '2026年，在白沙镇党委').replace('1.8亿元', '2.1亿元');
		const { sections, names } = compareWithSource(draft, source);
		expect(sections.map((s) => [s.title, s.sentences, s.identical])).toEqual([
			['', 1, 0],
			['一、主要成绩', 3, 1],
			['二、存在问题', 3, 3]
		]);
		expect(names.map((n) => n.name)).toEqual(['华远机械股份有限公司', '王建国']);
	});
});

describe('source-residue rule', () => {
	const config = (options: Record<string, unknown>) => ({ rules: { 'source-residue': { severity: 'warning' as const, options } } });
	const residue = (text: string, options: Record<string, unknown>) => checkText(text, config(options)).filter((f) => f.rule === 'source-residue');

	ruleTable(
		'source-residue',
		(f) => f.rule === 'source-residue',
		{
			valid: [
				'白沙镇2026年度工作总结\n\n一、主要成绩\n\n2026年，全镇财政收入2.1亿元，同比增长7%。引进新能源企业3家，新增就业岗位410个。',
				'二、存在问题\n\n一是产业结构不优，新兴产业占比偏低。二是城乡道路网络还需要继续完善。'
			],
			invalid: [
				'⟦二、存在问题⟧\n\n一是产业结构不优，新兴产业占比偏低。二是基础设施欠账较多，群众出行仍有不便。',
				'一、主要成绩\n\n2026年，全镇财政收入2.1亿元。支持⟦华远机械股份有限公司⟧扩建厂房。',
				'⟦王建国⟧同志带队走访了全镇村组。'
			]
		},
		config({ source })
	);

	test('the messages: the share of the section and the name to replace', () => {
		const [share, name] = residue('二、存在问题\n一是产业结构不优，新兴产业占比偏低。二是基础设施欠账较多，群众出行仍有不便。\n王建国同志带队。', { source });
		expect(share!.message).toBe('本节 100% 与范文相同（2/2 句），请按实际情况改写');
		expect(name!.message).toBe('范文中的名称，请确认已替换：王建国');
		expect(share!.category).toBe('residue');
	});
	test('quiet without a source; the threshold is an option', () => {
		const half = '二、存在问题\n一是产业结构不优，新兴产业占比偏低。二是城乡道路网络还需要继续完善。';
		expect(residue(half, {})).toEqual([]);
		expect(residue(half, { source })).toEqual([]);
		expect(residue(half, { source, minShare: 0.4 }).map((f) => f.messageId)).toEqual(['sameAsSource']);
	});
	test('a source indexed once by the caller (option index) gives the same findings as the text', () => {
		const text = '二、存在问题\n一是产业结构不优，新兴产业占比偏低。二是基础设施欠账较多，群众出行仍有不便。\n王建国同志带队。';
		const plain = residue(text, { source }).map((f) => [f.from, f.to, f.message]);
		expect(plain).toHaveLength(2);
		expect(residue(text, { index: indexSource(source) }).map((f) => [f.from, f.to, f.message])).toEqual(plain);
		expect(residue(text, { index: { sentences: 'not an index' } })).toEqual([]);
	});
});
