import { describe, expect, test } from 'vitest';
import { parseReport } from '$lib/export/parse-report';
import { draftToDocument, sectionBlocks } from '$lib/export/from-draft';
import { countBlanks, segmentLine, BLANK_MARKER } from '$lib/export/document';
import type { Draft } from '$lib/model';
import { REPORT, findTestBlanks } from './fixtures';

describe('parseReport (Markdown / text report)', () => {
	const doc = parseReport(REPORT, findTestBlanks);

	test('the first line is the title, without its # mark', () => {
		expect(doc.title.text).toBe('2026年度青禾镇农业农村工作总结');
	});

	test('blocks carry heading levels, lead-ins and the signature', () => {
		const summary = doc.blocks.map((b) =>
			b.kind === 'heading' ? `H${b.level}:${b.text}` : b.kind === 'paragraph' ? `P${b.lead ? b.lead.level : ''}:${b.text.slice(0, 6)}` : b.kind === 'signature' ? `S:${b.lines.map((l) => l.text).join('|')}/${b.date?.text}` : b.kind
		);
		expect(summary).toEqual([
			'P:今年以来，我',
			'H1:一、主要工作完成情况',
			'H2:（一）粮食生产稳中有进',
			'P3:1.新建高标',
			'H3:2.推广绿色种植',
			'P4:（1）开展测',
			'P3:一是摸清底数',
			'H1:二、存在问题',
			'P:基层技术力量',
			'S:青禾镇人民政府/2026年12月28日'
		]);
	});

	test('blank offsets land on the right characters of their line', () => {
		const first = doc.blocks[0];
		if (first?.kind !== 'paragraph') throw new Error('expected a paragraph');
		expect(first.blanks.map((b) => first.text.slice(b.from - 3, b.from))).toEqual(['总产值', '比增长']);
		expect(countBlanks(doc)).toBe(2);
	});

	test('Markdown markers are dropped, blanks still map after them', () => {
		const d = parseReport('标题\n\n- **重点**工作：**集团投资20__年完成。\n', findTestBlanks);
		const p = d.blocks[0];
		if (p?.kind !== 'paragraph') throw new Error('expected a paragraph');
		expect(p.text).toBe('重点工作：**集团投资20__年完成。');
		expect(p.blanks.map((b) => p.text.slice(b.from, b.to))).toEqual(['**集团', '20__']);
	});

	test('a heading glued to its paragraph by a space is split back', () => {
		const d = parseReport('标题\n一、沉下身子抓落实 一是摸清底数。走访全部村组。\n');
		expect(d.blocks.map((b) => b.kind)).toEqual(['heading', 'paragraph']);
		expect(d.blocks[0]).toMatchObject({ kind: 'heading', level: 1, text: '一、沉下身子抓落实' });
	});

	test('full-width indentation and CRLF are tolerated', () => {
		const d = parseReport('标题\r\n\u3000\u3000正文第一段。\r\n');
		expect(d.blocks[0]).toMatchObject({ kind: 'paragraph', text: '正文第一段。' });
	});

	test('no signature is invented when the report does not end with a date', () => {
		const d = parseReport('标题\n\n正文。\n青禾镇人民政府\n');
		expect(d.blocks.every((b) => b.kind !== 'signature')).toBe(true);
	});
});

describe('draftToDocument', () => {
	const draft: Pick<Draft, 'title' | 'sections'> = {
		title: '2026年度工作总结',
		sections: [
			{ id: 'a', kind: 'overview', title: '概述', body: '今年全镇经济稳中向好，完成农业总产值亿元。' },
			{ id: 'b', kind: 'achievements', title: '主要成绩', body: '（一）项目建设\n新开工项目12个。' },
			{ id: 'c', kind: 'problems', title: '三、存在问题', body: '人才仍然短缺。' },
			{ id: 'd', kind: 'plan', title: '下一步工作计划', body: '继续抓好项目建设。' },
			{ id: 'e', kind: 'signature', title: '落款', body: '青禾镇人民政府\n2026年12月28日' }
		]
	};
	const doc = draftToDocument(draft, { findBlanks: findTestBlanks });

	const headingsOf = (d: ReturnType<typeof draftToDocument>) =>
		d.blocks.filter((b) => b.kind === 'heading' && b.level === 1).map((b) => (b.kind === 'heading' ? b.text : ''));

	test('section titles are printed, numbered in order after the writer’s own numbers; a generic 概述 and the 落款 have none', () => {
		expect(headingsOf(doc)).toEqual(['一、主要成绩', '三、存在问题', '四、下一步工作计划']);
	});

	test('a built-in pack overview titled 一、… keeps its heading and the next sections follow on', () => {
		const fromPack = draftToDocument({
			title: '2026年度工作总结',
			sections: [
				{ id: 'a', kind: 'overview', title: '一、总体情况', body: '全年运行平稳。' },
				{ id: 'b', kind: 'achievements', title: '二、主要工作和成效', body: '新建厂房两栋。' },
				{ id: 'c', kind: 'plan', title: '明年工作打算', body: '继续招商。' },
				{ id: 'd', kind: 'signature', title: '落款', body: '青禾园区管委会\n2026年12月28日' }
			]
		});
		expect(headingsOf(fromPack)).toEqual(['一、总体情况', '二、主要工作和成效', '三、明年工作打算']);
		expect(fromPack.blocks[0]).toMatchObject({ kind: 'heading', text: '一、总体情况', sectionId: 'a' });
	});

	test('the 落款 section becomes the signature with its date; blocks keep their section id', () => {
		const sig = doc.blocks.at(-1);
		expect(sig).toMatchObject({ kind: 'signature', sectionId: 'e', lines: [{ text: '青禾镇人民政府' }], date: { text: '2026年12月28日' } });
		expect(sectionBlocks(draft.sections[1]!).map((b) => b.sectionId)).toEqual(['b', 'b', 'b']);
	});

	test('blanks found in a section body are carried to its paragraph', () => {
		expect(countBlanks(doc)).toBe(1);
	});
});

describe('segmentLine', () => {
	const line = { text: '完成总产值亿元，增长20__个百分点。', blanks: [{ from: 5, to: 5 }, { from: 10, to: 14 }] };

	test('zero-width blanks become a visible marker and ranges become their own segments', () => {
		expect(segmentLine(line, 2, true)).toEqual([
			{ text: '完成', lead: true, blank: false },
			{ text: '总产值', lead: false, blank: false },
			{ text: BLANK_MARKER, lead: false, blank: true },
			{ text: '亿元，增长', lead: false, blank: false },
			{ text: '20__', lead: false, blank: true },
			{ text: '个百分点。', lead: false, blank: false }
		]);
	});

	test('without marking, the text comes back unchanged', () => {
		expect(segmentLine(line, 0, false).map((s) => s.text).join('')).toBe(line.text);
	});
});

test('a section with the generic title 正文 gets no heading', () => {
	const doc = draftToDocument({ title: 'T', sections: [{ id: 'a', kind: 'free', title: '正文', body: '第一段。' }] });
	expect(doc.blocks.map((b) => b.kind)).toEqual(['paragraph']);
});
