// Tables, 版头/版记, the writer's own page setup and the first section's heading, read back from
// the .docx XML.
import { expect, test } from 'vitest';
import { parseReport } from '$lib/export/parse-report';
import { buildDocx } from '$lib/export/build-docx';
import { draftToDocument } from '$lib/export/from-draft';
import { defaultSettings, layoutOf, type ExportSettings } from '$lib/export/settings';
import { layoutPages } from '$lib/export/paginate';
import { ExportPanelState } from '$lib/state/export-panel.svelte';
import { memoryStore } from '$lib/export/settings';
import { FULL_REPORT } from './fixtures';
import { openDocx, paragraphs, runsOf, textOf } from './docx-helpers';

async function xmlOf(text: string, settings: ExportSettings = defaultSettings()) {
	return (await openDocx(await buildDocx(parseReport(text), settings, { markBlanks: false }))).read('word/document.xml');
}

test('a Markdown table is a full-width table with its header row repeated, 仿宋 at 4号', async () => {
	const xml = await xmlOf(FULL_REPORT);
	const table = /<w:tbl>.*<\/w:tbl>/s.exec(xml)?.[0] ?? '';
	// The text block is 11906 − 1587 − 1474 = 8845 twips; four equal columns fill it.
	expect(table).toMatch(/<w:tblW w:type="dxa" w:w="8844"\/>/);
	expect(table.match(/<w:gridCol w:w="2211"\/>/g)).toHaveLength(4);
	const rows = table.match(/<w:tr>.*?<\/w:tr>/gs) ?? [];
	expect(rows).toHaveLength(3);
	expect(rows[0]).toContain('<w:tblHeader/>');
	expect(rows[1]).not.toContain('<w:tblHeader/>');
	expect(rows.every((r) => r.includes('<w:cantSplit/>'))).toBe(true);
	const cells = paragraphs(rows[1]!);
	expect(cells.map(textOf)).toEqual(['粮食总产量', '万吨', '3.2', '4.1%']);
	expect(runsOf(cells[0]!)[0]).toMatchObject({ eastAsia: '仿宋_GB2312', size: '28' });
	expect(cells[2]).toMatch(/<w:jc w:val="right"\/>/);
	expect(cells[1]).toMatch(/<w:jc w:val="center"\/>/);
});

test('版头: red 发文机关标志 in the title font, 发文字号 with 签发人, the red rule under it', async () => {
	const s = defaultSettings();
	s.head = { on: true, organ: '青禾县人民政府文件', number: '青政发〔2026〕3号', signer: '李青禾' };
	const body = paragraphs(await xmlOf(FULL_REPORT, s));
	expect(textOf(body[0]!)).toBe('青禾县人民政府文件');
	expect(runsOf(body[0]!)[0]).toMatchObject({ eastAsia: '方正小标宋简体' });
	expect(body[0]).toContain('<w:color w:val="FF0000"/>');
	const number = body.find((p) => textOf(p).startsWith('青政发〔2026〕3号'))!;
	expect(textOf(number)).toContain('签发人：李青禾');
	expect(number).toMatch(/<w:pBdr><w:bottom w:val="single" w:color="FF0000" w:sz="8" w:space="11"\/><\/w:pBdr>/);
	// The title comes after the head.
	expect(body.findIndex((p) => textOf(p).startsWith('关于青禾镇'))).toBeGreaterThan(body.indexOf(number));
});

test('without the 版头 switched on, no red anywhere', async () => {
	const s = defaultSettings();
	s.head = { on: false, organ: '青禾县人民政府文件', number: '', signer: '' };
	expect(await xmlOf(FULL_REPORT, s)).not.toContain('FF0000');
});

const SHORT = '青禾镇工作简报\n全镇农田建设进展顺利。\n青禾镇人民政府\n2026年1月5日\n（此件公开发布）\n';

test('版记: 抄送 and 印发 between a thick rule above, a thin one between and a thick one below, at the end', async () => {
	const s = defaultSettings();
	s.record = { on: true, cc: '县农业农村局，县财政局', printer: '青禾镇党政办公室', printDate: '2026年1月5日' };
	const xml = (await xmlOf(SHORT, s)).replace(/<w:sectPr.*<\/w:sectPr>/s, '');
	const tables = xml.match(/<w:tbl>.*?<\/w:tbl>/gs) ?? [];
	const record = tables[tables.length - 1]!;
	// Last thing in the document but the empty paragraph Word wants after a table.
	expect(paragraphs(xml.slice(xml.indexOf(record) + record.length)).map(textOf)).toEqual(['']);
	const [cc, printed] = paragraphs(record) as [string, string];
	expect(textOf(cc)).toBe('抄送：县农业农村局，县财政局');
	expect(textOf(printed)).toBe('青禾镇党政办公室2026年1月5日印发');
	expect(printed).toMatch(/青禾镇党政办公室<\/w:t><w:tab\/><w:t[^>]*>2026年1月5日印发/);
	const borders = /<w:tblBorders>.*?<\/w:tblBorders>/s.exec(record)?.[0] ?? '';
	expect(borders).toMatch(/<w:top w:val="single" w:color="000000" w:sz="8"\/>/);
	expect(borders).toMatch(/<w:bottom w:val="single" w:color="000000" w:sz="8"\/>/);
	expect(borders).toMatch(/<w:insideH w:val="single" w:color="000000" w:sz="6"\/>/);
	expect(borders).toMatch(/<w:left w:val="none"/);
	// Each line one grid line high; pushed down to the foot of the last page by empty lines.
	expect(record.match(/<w:trHeight w:val="549" w:hRule="exact"\/>/g)).toHaveLength(2);
	const gap = layoutPages(parseReport(SHORT), layoutOf(s), false, s).recordGap;
	expect(gap).toBeGreaterThan(0);
	const before = paragraphs(xml.slice(0, xml.indexOf(record)));
	expect(before.slice(-gap - 1).map(textOf)).toEqual(['（此件公开发布）', ...Array(gap).fill('')]);
});

test('page setup from the writer’s own saved preset reaches the .docx', async () => {
	const store = memoryStore();
	const panel = new ExportPanelState(store);
	await panel.load('d1');
	expect(await panel.setPage('marginMm.top', 30)).toBe(true);
	expect(await panel.setPage('marginMm.left', 25)).toBe(true);
	expect(await panel.setPage('linesPerPage', 24)).toBe(true);
	expect(await panel.setPage('sizes.body', 15)).toBe(true);
	expect(await panel.setPage('indentChars', 0)).toBe(true);
	expect(await panel.setPage('linesPerPage', 60)).toBe(false);
	expect(panel.pageErrors).toEqual([{ field: 'linesPerPage', kind: 'range' }]);
	expect(await panel.savePreset('我的紧凑版式')).toBe(true);
	await panel.setPreset('gbt9704');
	expect(panel.settings.page.marginMm.top).toBe(37);

	// Another draft picks the saved preset.
	const other = new ExportPanelState(store);
	await other.load('d2');
	expect(other.ownPresets.map((p) => p.name)).toEqual(['我的紧凑版式']);
	await other.setPreset('own:我的紧凑版式');
	const xml = await xmlOf(FULL_REPORT, snapshot(other.settings));
	const mar = /<w:pgMar ([^>]*)\/>/.exec(xml)?.[1] ?? '';
	expect(mar).toContain('w:top="1701"');
	expect(mar).toContain('w:left="1417"');
	// (297 − 30 − 35) mm / 24 lines = 548 twips a line.
	expect(xml).toMatch(/<w:docGrid [^>]*w:linePitch="548"/);
	expect(xml).toMatch(/w:line="548" w:lineRule="exact"/);
	const para = paragraphs(xml).find((p) => textOf(p).startsWith('今年以来'))!;
	expect(runsOf(para)[0]).toMatchObject({ size: '30' });
	expect(para).toMatch(/<w:ind w:firstLine="0" w:firstLineChars="0"\/>/);
});

test('a built-in pack draft’s first section keeps its 一、 heading in the .docx', async () => {
	const doc = draftToDocument({
		title: '2026年度工作总结',
		sections: [
			{ id: 'a', kind: 'overview', title: '一、全年工作回顾', body: '全年运行平稳。' },
			{ id: 'b', kind: 'achievements', title: '二、主要成绩', body: '新建厂房两栋。' },
			{ id: 'c', kind: 'signature', title: '落款', body: '青禾园区管委会\n2026年12月28日' }
		]
	});
	const xml = await (await openDocx(await buildDocx(doc, defaultSettings(), { markBlanks: false }))).read('word/document.xml');
	const headings = paragraphs(xml).filter((p) => p.includes('<w:pStyle w:val="Heading1"/>')).map(textOf);
	expect(headings).toEqual(['一、全年工作回顾', '二、主要成绩']);
});

function snapshot<T>(v: T): T {
	return structuredClone(v);
}
