import { describe, expect, test } from 'vitest';
import { parseReport } from '$lib/export/parse-report';
import { buildMarkdown, buildText } from '$lib/export/build-text';
import { buildHtml } from '$lib/export/build-html';
import { blocksPayload, documentPayload } from '$lib/export/clipboard';
import { fullWidthPunctuation } from '$lib/export/punctuation';
import { defaultSettings } from '$lib/export/settings';
import { exportFileName } from '$lib/export/formats';
import { REPORT, findTestBlanks } from './fixtures';

const doc = parseReport(REPORT, findTestBlanks);

describe('plain text', () => {
	const txt = buildText(doc);

	test('keeps 公文 numbering, indents with two ideographic spaces', () => {
		const lines = txt.split('\n');
		expect(lines[0]).toBe('2026年度青禾镇农业农村工作总结');
		expect(lines).toContain('\u3000\u3000一、主要工作完成情况');
		expect(lines).toContain('\u3000\u3000（1）开展测土配方施肥，覆盖面积3.2万亩。');
	});

	test('the 落款 is pushed right with ideographic spaces, the date under it', () => {
		const lines = txt.trimEnd().split('\n');
		const [sig, date] = lines.slice(-2) as [string, string];
		expect(sig.trim()).toBe('青禾镇人民政府');
		expect(date.trim()).toBe('2026年12月28日');
		expect(sig.length - sig.trimStart().length).toBe(28 - 4 - 7);
	});

	test('half-width punctuation inside Chinese becomes full-width; decimals and Latin stay', () => {
		expect(fullWidthPunctuation('完成3.5亿元,同比增长(预计);详见Excel:表1')).toBe('完成3.5亿元，同比增长（预计）；详见Excel：表1');
		expect(fullWidthPunctuation('ratio 1:2, ok')).toBe('ratio 1:2, ok');
	});
});

describe('Markdown', () => {
	const md = buildMarkdown(doc);

	test('title as #, levels as ##…#####', () => {
		expect(md.startsWith('# 2026年度青禾镇农业农村工作总结\n')).toBe(true);
		expect(md).toContain('\n## 一、主要工作完成情况\n');
		expect(md).toContain('\n### （一）粮食生产稳中有进\n');
		expect(md).toContain('\n#### 2.推广绿色种植\n');
	});

	test('round-trips through the parser to the same document', () => {
		expect(parseReport(md)).toEqual(parseReport(REPORT));
	});
});

describe('HTML and clipboard', () => {
	const settings = defaultSettings();

	test('inline styles carry fonts, sizes, indent and the exact line pitch', () => {
		const { html } = documentPayload(doc, settings);
		expect(html).toMatch(/<p style="[^"]*font-family:'Times New Roman', '方正小标宋简体'[^"]*font-size:22pt[^"]*text-align:center;">2026年度/);
		expect(html).toMatch(/<p style="margin:0;line-height:57.9pt;[^"]*">2026年度/);
		expect(html).toMatch(/<p style="[^"]*'黑体'[^"]*font-size:16pt[^"]*text-indent:2em[^"]*">一、主要工作完成情况<\/p>/);
		expect(html).toMatch(/line-height:28.95pt;mso-line-height-rule:exactly/);
	});

	test('a lead-in gets its heading font in a span; the rest is body', () => {
		const { html } = documentPayload(doc, settings);
		expect(html).toMatch(/<span style="[^"]*'仿宋_GB2312'[^"]*">一是摸清底数，明确方向。<\/span>全镇走访农户/);
	});

	test('text is escaped', () => {
		const d = parseReport('标题<b>\n正文 a<b & "c"。');
		expect(buildHtml(d, settings, { markBlanks: false })).toContain('标题&#60;b&#62;');
	});

	test('the .html file marks open blanks when asked', () => {
		const html = buildHtml(doc, settings, { markBlanks: true });
		expect(html).toContain('<span style="background:yellow;mso-highlight:yellow;">____</span>');
		expect(html).toContain('@page { size: A4; margin: 37mm 26mm 35mm 28mm; }');
	});

	test('a section payload has just its blocks, as html and plain text', () => {
		const section = doc.blocks.slice(7, 9);
		const p = blocksPayload(section, settings);
		expect(p.text).toBe('\u3000\u3000二、存在问题\n\u3000\u3000基层技术力量仍然不足，部分村集体经济薄弱。\n');
		expect(p.html).toContain('>二、存在问题</p>');
		expect(p.html).not.toContain('主要工作');
	});
});

test('file names come from the title and the date, without characters Windows refuses', () => {
	const day = new Date(2026, 11, 28);
	expect(exportFileName('2026年度工作总结', 'docx', day)).toBe('2026年度工作总结_20261228.docx');
	expect(exportFileName('a/b:c*?', 'md', day)).toBe('abc_20261228.md');
	expect(exportFileName('  ', 'txt', day)).toBe('未命名报告_20261228.txt');
});

describe('Markdown escaping', () => {
	test('HTML typed as text stays text, masks and underscores stay as typed', () => {
		const d = parseReport('标题\n正文里写了<script>alert(1)</script>和<b>加粗</b>，**集团投资20__年完成。\n-5%的降幅\n1. 数字开头\n');
		const md = buildMarkdown(d);
		expect(md).not.toMatch(/<script>|<b>/);
		expect(md).toContain('\\<script\\>alert(1)\\</script\\>');
		expect(md).toContain('\\*\\*集团投资20\\_\\_年完成。');
		// Read back, the escapes are gone: the same document as the text typed.
		expect(parseReport(md)).toEqual(d);
		expect(d.blocks[0]).toMatchObject({ kind: 'paragraph', text: '正文里写了<script>alert(1)</script>和<b>加粗</b>，**集团投资20__年完成。' });
	});

	test('a table stays a valid GFM table, pipes in cells escaped', () => {
		const d = parseReport('标题\n| 项目 | 说明 |\n| --- | :---: |\n| 甲 | 含a\\|b两种 |\n');
		const md = buildMarkdown(d);
		expect(md).toContain('| 项目 | 说明 |\n| --- | :---: |\n| 甲 | 含a\\|b两种 |\n');
		const t = parseReport(md).blocks[0];
		expect(t).toMatchObject({ kind: 'table', rows: [[{ text: '甲' }, { text: '含a|b两种' }]] });
	});

	test('half-width punctuation is made full-width only when the writer chose it', async () => {
		const { buildOutput } = await import('$lib/export/formats');
		const d = parseReport('标题\n完成3.5亿元,同比增长(预计)。\n');
		const on = new TextDecoder().decode(await buildOutput(d, 'txt', defaultSettings(), { markBlanks: false }));
		expect(on).toContain('完成3.5亿元，同比增长（预计）。');
		const off = new TextDecoder().decode(await buildOutput(d, 'txt', { ...defaultSettings(), fullWidthPunctuation: false }, { markBlanks: false }));
		expect(off).toContain('完成3.5亿元,同比增长(预计)。');
	});
});
