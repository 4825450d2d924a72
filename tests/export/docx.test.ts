import { beforeAll, describe, expect, test } from 'vitest';
import { parseReport } from '$lib/export/parse-report';
import { buildDocx } from '$lib/export/build-docx';
import { defaultSettings } from '$lib/export/settings';
import { REPORT, findTestBlanks } from './fixtures';
import { openDocx, paragraphs, runsOf, styleBlock, textOf } from './docx-helpers';

let documentXml: string;
let stylesXml: string;
let settingsXml: string;
let footers: string[];
let body: string[];

beforeAll(async () => {
	const doc = parseReport(REPORT, findTestBlanks);
	const bytes = await buildDocx(doc, defaultSettings('gbt9704'), { markBlanks: true });
	const docx = await openDocx(bytes);
	documentXml = await docx.read('word/document.xml');
	stylesXml = await docx.read('word/styles.xml');
	settingsXml = await docx.read('word/settings.xml');
	footers = await Promise.all(docx.names.filter((n) => /^word\/footer\d+\.xml$/.test(n)).sort().map(docx.read));
	body = paragraphs(documentXml.replace(/<w:sectPr.*<\/w:sectPr>/s, ''));
});

const find = (start: string) => {
	const p = body.find((x) => textOf(x).startsWith(start));
	if (!p) throw new Error(`no paragraph starting ${start}`);
	return p;
};

describe('page (document.xml sectPr)', () => {
	test('A4 in twips with 37/35/28/26 mm margins', () => {
		expect(documentXml).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
		const mar = /<w:pgMar ([^>]*)\/>/.exec(documentXml)?.[1] ?? '';
		expect(mar).toContain('w:top="2098"');
		expect(mar).toContain('w:bottom="1984"');
		expect(mar).toContain('w:left="1587"');
		expect(mar).toContain('w:right="1474"');
	});

	test('a line grid of 22 lines (579 twips pitch); body condensed so 28 characters fill a line', () => {
		const grid = /<w:docGrid ([^>]*)\/>/.exec(documentXml)?.[1] ?? '';
		expect(grid).toContain('w:type="lines"');
		expect(grid).toContain('w:linePitch="579"');
		// 22 × 579 fits the 225 mm text block, 23 lines would not.
		const textHeight = 16838 - 2098 - 1984;
		expect(22 * 579).toBeLessThanOrEqual(textHeight);
		expect(23 * 579).toBeGreaterThan(textHeight);
		// 16 pt characters condensed by w:spacing: 28 fit the 156 mm line, 29 do not.
		const spacing = Number(/<w:docDefaults>.*?<w:spacing w:val="(-?\d+)"\/>/s.exec(stylesXml)?.[1]);
		const pitch = 320 + spacing;
		const lineWidth = 11906 - 1587 - 1474;
		expect(28 * pitch).toBeLessThanOrEqual(lineWidth);
		expect(29 * pitch).toBeGreaterThan(lineWidth);
	});

	test('odd and even footers are switched on in settings.xml', () => {
		expect(settingsXml).toContain('<w:evenAndOddHeaders/>');
		expect(documentXml).toMatch(/<w:footerReference w:type="default"/);
		expect(documentXml).toMatch(/<w:footerReference w:type="even"/);
	});
});

describe('styles.xml', () => {
	test('document defaults: 3号 仿宋_GB2312 with Times New Roman, fixed 28.95 pt lines', () => {
		const defaults = /<w:docDefaults>.*<\/w:docDefaults>/s.exec(stylesXml)?.[0] ?? '';
		expect(defaults).toMatch(/w:ascii="Times New Roman"/);
		expect(defaults).toMatch(/w:eastAsia="仿宋_GB2312"/);
		expect(defaults).toMatch(/<w:sz w:val="32"\/>/);
		expect(defaults).toMatch(/w:line="579" w:lineRule="exact"/);
	});

	test.each([
		['Heading1', '黑体'],
		['Heading2', '楷体_GB2312'],
		['Heading3', '仿宋_GB2312'],
		['Heading4', '仿宋_GB2312']
	])('%s: %s, 16 pt, two-character first-line indent, outline level', (id, font) => {
		const s = styleBlock(stylesXml, id);
		expect(s).toContain(`w:eastAsia="${font}"`);
		expect(s).toContain('w:ascii="Times New Roman"');
		expect(s).toMatch(/<w:sz w:val="32"\/>/);
		expect(s).toMatch(/w:firstLine="640" w:firstLineChars="200"/);
		expect(s).toMatch(/<w:outlineLvl w:val="\d"\/>/);
	});

	test('Title: 2号 (22 pt) 方正小标宋简体, centred', () => {
		const s = styleBlock(stylesXml, 'Title');
		expect(s).toContain('w:eastAsia="方正小标宋简体"');
		expect(s).toMatch(/<w:sz w:val="44"\/>/);
		expect(s).toMatch(/<w:jc w:val="center"\/>/);
	});
});

describe('paragraphs (document.xml)', () => {
	test('every run has the East Asian font and the Latin font set, punctuation included', () => {
		const runs = body.flatMap(runsOf);
		expect(runs.length).toBeGreaterThan(10);
		for (const r of runs) {
			expect(r.eastAsia, r.text).toBeTruthy();
			expect(r.ascii, r.text).toBe('Times New Roman');
		}
		expect(documentXml).toContain('w:hint="eastAsia"');
	});

	test('title centred in 22 pt, followed by an empty line', () => {
		const i = body.findIndex((p) => textOf(p) === '2026年度青禾镇农业农村工作总结');
		expect(body[i]).toMatch(/<w:jc w:val="center"\/>/);
		expect(runsOf(body[i]!)[0]).toMatchObject({ eastAsia: '方正小标宋简体', size: '44' });
		expect(textOf(body[i + 1]!)).toBe('');
	});

	test.each([
		['一、主要工作完成情况', 'Heading1', '黑体'],
		['（一）粮食生产稳中有进', 'Heading2', '楷体_GB2312'],
		['2.推广绿色种植', 'Heading3', '仿宋_GB2312']
	])('heading %s: style %s, font %s, indent two characters', (text, style, font) => {
		const p = find(text);
		expect(p).toContain(`<w:pStyle w:val="${style}"/>`);
		expect(p).toMatch(/w:firstLine="640" w:firstLineChars="200"/);
		for (const r of runsOf(p)) expect(r).toMatchObject({ eastAsia: font, size: '32' });
	});

	test('a numbered running paragraph stays body text with only its lead-in in the heading font', () => {
		const p = find('1.新建高标准农田');
		expect(p).not.toContain('<w:pStyle');
		const runs = runsOf(p);
		expect(runs[0]).toMatchObject({ text: '1.', eastAsia: '仿宋_GB2312' });
		const lead2 = runsOf(find('（1）开展测土'));
		expect(lead2[0]).toMatchObject({ text: '（1）' });
		const ordinal = runsOf(find('一是摸清底数'));
		expect(ordinal.map((r) => r.text)).toEqual(['一是摸清底数，明确方向。', '全镇走访农户1200户，收集意见建议86条。']);
	});

	test('with bold levels 3–4, only the lead-in is bold', async () => {
		const s = { ...defaultSettings('gbt9704'), boldLevels34: true };
		const docx = await openDocx(await buildDocx(parseReport(REPORT), s, { markBlanks: false }));
		const ps = paragraphs(await docx.read('word/document.xml'));
		const runs = runsOf(ps.find((p) => textOf(p).startsWith('一是'))!);
		expect(runs.map((r) => r.bold)).toEqual([true, false]);
	});

	test('open blanks are highlighted yellow; zero-width ones show a marker', () => {
		const runs = runsOf(find('今年以来'));
		const marked = runs.filter((r) => r.highlight === 'yellow');
		expect(marked.map((r) => r.text)).toEqual(['____', '____']);
		expect(runs.map((r) => r.text).join('')).toBe('今年以来，我镇围绕乡村振兴目标，扎实推进各项工作，全年完成农业总产值____亿元，同比增长____。');
	});

	test('without marking, no highlight and no marker', async () => {
		const docx = await openDocx(await buildDocx(parseReport(REPORT, findTestBlanks), defaultSettings(), { markBlanks: false }));
		const xml = await docx.read('word/document.xml');
		expect(xml).not.toContain('w:highlight');
		expect(xml).not.toContain('____');
	});

	test('落款 right-aligned two characters in; date under it, its first character two right of the signature’s', () => {
		const sig = find('青禾镇人民政府');
		const date = find('2026年12月28日');
		expect(sig).toMatch(/<w:jc w:val="right"\/>/);
		expect(date).toMatch(/<w:jc w:val="right"\/>/);
		// Signature 7 characters wide, date 2026年12月28日 also 7 (digits are half-width): shifted two
		// characters right the date would reach past the signature, so the date keeps two characters
		// in (2 × the condensed 315-twip pitch) and the signature moves two further left (4 characters).
		expect(date).toMatch(/<w:ind w:right="630"\/>/);
		expect(sig).toMatch(/<w:ind w:right="1260"\/>/);
		expect(body.indexOf(date)).toBe(body.indexOf(sig) + 1);
		expect(textOf(body[body.indexOf(sig) - 1]!)).toBe('');
	});
});

describe('footers', () => {
	test('two footers: — PAGE — in 4号 (14 pt) 宋体, odd right and even left, one character in', () => {
		expect(footers).toHaveLength(2);
		const [odd, even] = footers as [string, string];
		for (const f of footers) {
			expect(f).toMatch(/<w:t xml:space="preserve">— <\/w:t>.*<w:instrText[^>]*>PAGE<\/w:instrText>.*<w:t xml:space="preserve"> —<\/w:t>/s);
			for (const r of runsOf(f)) expect(r).toMatchObject({ ascii: '宋体', eastAsia: '宋体', size: '28' });
		}
		expect(odd).toMatch(/<w:jc w:val="right"\/>/);
		expect(odd).toMatch(/<w:ind w:right="280"\/>/);
		expect(even).toMatch(/<w:jc w:val="left"\/>/);
		expect(even).toMatch(/<w:ind w:left="280"\/>/);
	});

	test('the even footer is the one referenced as even', () => {
		const rels = /<w:footerReference w:type="even" r:id="([^"]+)"/.exec(documentXml)?.[1];
		expect(rels).toBeTruthy();
	});
});

describe('plain preset and edited fonts', () => {
	test('edited font names reach styles and runs', async () => {
		const s = defaultSettings('gbt9704');
		s.fonts.body = '仿宋';
		s.fonts.level2 = '楷体';
		const docx = await openDocx(await buildDocx(parseReport(REPORT), s, { markBlanks: false }));
		const styles = await docx.read('word/styles.xml');
		expect(styles).toContain('w:eastAsia="仿宋"');
		expect(styleBlock(styles, 'Heading2')).toContain('w:eastAsia="楷体"');
	});

	test('plain preset: 小四 宋体, no grid', async () => {
		const docx = await openDocx(await buildDocx(parseReport(REPORT), defaultSettings('plain'), { markBlanks: false }));
		const xml = await docx.read('word/document.xml');
		expect(xml).not.toContain('w:type="linesAndChars"');
		const styles = await docx.read('word/styles.xml');
		expect(styles).toMatch(/<w:docDefaults>.*w:eastAsia="宋体".*<w:sz w:val="24"\/>/s);
	});
});
