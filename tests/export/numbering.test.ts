import { describe, expect, test } from 'vitest';
import { chineseNumeral, classifyLine, level1Number, parseChineseNumeral } from '$lib/export/numbering';

describe('classifyLine: headings from the writer’s own numbering', () => {
	test.each([
		['一、主要工作完成情况', 1],
		['二、强化服务，优化营商环境', 1],
		['十二、其他事项', 1],
		['（一）粮食生产稳中有进', 2],
		['(三)项目建设', 2],
		['1.推广绿色种植', 3],
		['3．完善工作机制', 3],
		['（1）测土配方施肥', 4],
		['(2)病虫害统防统治', 4],
		['一、主要做法：', 1]
	])('%s → level %i heading', (line, level) => {
		expect(classifyLine(line)).toEqual({ kind: 'heading', level });
	});

	test('a numbered single running sentence stays body text; only its number is the lead-in', () => {
		expect(classifyLine('1.新建高标准农田5000亩，完成年度任务的112%。')).toEqual({
			kind: 'paragraph',
			lead: { end: 2, level: 3 }
		});
	});

	test('a numbered lead-in sentence followed by more text: the lead-in is the first sentence', () => {
		const line = '（一）加强组织领导。各村成立工作专班，明确责任到人。';
		expect(classifyLine(line)).toEqual({ kind: 'paragraph', lead: { end: '（一）加强组织领导。'.length, level: 2 } });
	});

	test('“一是…；二是…” enumerations are paragraphs whose lead-in is the first clause', () => {
		const line = '一是摸清底数，明确方向；二是压实责任，协同推进。';
		expect(classifyLine(line)).toEqual({ kind: 'paragraph', lead: { end: '一是摸清底数，明确方向；'.length, level: 3 } });
	});

	test('a decimal figure at the start of a line is not a level-3 number', () => {
		expect(classifyLine('1.5亿元的项目资金已全部到位。')).toEqual({ kind: 'paragraph', lead: null });
	});

	test('plain sentences have no lead-in', () => {
		expect(classifyLine('今年以来，全镇上下齐心协力。')).toEqual({ kind: 'paragraph', lead: null });
	});

	test('an over-long numbered line without a stop is a paragraph, not a heading', () => {
		const line = '2.' + '持续推进农村人居环境整治提升'.repeat(4);
		expect(classifyLine(line)).toEqual({ kind: 'paragraph', lead: { end: 2, level: 3 } });
	});
});

test('chineseNumeral', () => {
	expect([1, 2, 9, 10, 11, 20, 23].map(chineseNumeral)).toEqual(['一', '二', '九', '十', '十一', '二十', '二十三']);
});

describe('parseChineseNumeral', () => {
	test('reads back what chineseNumeral writes, 1 to 99', () => {
		for (let n = 1; n < 100; n++) expect(parseChineseNumeral(chineseNumeral(n))).toBe(n);
	});
	test('is null on what is not a plain numeral', () => {
		expect(parseChineseNumeral('主要')).toBeNull();
		expect(parseChineseNumeral('一二')).toBeNull();
		expect(level1Number('三、存在问题')).toBe(3);
		expect(level1Number('（三）存在问题')).toBeNull();
	});
});
