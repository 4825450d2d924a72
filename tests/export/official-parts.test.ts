// The parts of an official document GB/T 9704 lays out on their own, as the model reads them
// and as the .docx sets them (read back from word/document.xml).
import { beforeAll, describe, expect, test } from 'vitest';
import { parseReport } from '$lib/export/parse-report';
import { buildDocx } from '$lib/export/build-docx';
import { defaultSettings, GBT9704_LAYOUT } from '$lib/export/settings';
import { layoutPages } from '$lib/export/paginate';
import { officialDate } from '$lib/export/official-date';
import { FULL_REPORT } from './fixtures';
import { openDocx, paragraphs, textOf } from './docx-helpers';

const doc = parseReport(FULL_REPORT);

describe('recognised in the text', () => {
	test('主送机关, table, 附件说明, 落款 and 附注 become blocks of their own', () => {
		expect(doc.blocks.map((b) => b.kind)).toEqual(['salutation', 'paragraph', 'heading', 'table', 'heading', 'paragraph', 'attachments', 'signature', 'note']);
	});

	test('the 主送机关 gets the full-width colon', () => {
		expect(doc.blocks[0]).toMatchObject({ kind: 'salutation', text: '县委、县政府：' });
	});

	test('attachments keep their names without the label and numbers', () => {
		expect(doc.blocks[6]).toMatchObject({ kind: 'attachments', items: [{ text: '青禾镇2026年度重点项目清单' }, { text: '青禾镇农田建设资金使用明细表' }] });
	});

	test('the table keeps header, rows and alignment', () => {
		const t = doc.blocks[3];
		if (t?.kind !== 'table') throw new Error('expected a table');
		expect(t.header.map((c) => c.text)).toEqual(['指标', '单位', '完成', '同比']);
		expect(t.rows.map((r) => r.map((c) => c.text))).toEqual([
			['粮食总产量', '万吨', '3.2', '4.1%'],
			['农民人均可支配收入', '元', '21560', '6.3%']
		]);
		expect(t.align).toEqual([null, 'center', 'right', 'right']);
	});

	test('成文日期 in Arabic numerals without padding (§7.3.5); 附注 after it', () => {
		expect(doc.blocks[7]).toMatchObject({ kind: 'signature', lines: [{ text: '青禾镇人民政府' }], date: { text: '2026年1月5日' } });
		expect(doc.blocks[8]).toMatchObject({ kind: 'note', text: '（此件公开发布）' });
		expect(officialDate('二〇二六年十二月三十一日')).toBe('2026年12月31日');
		expect(officialDate('２０２６年０３月０９日')).toBe('2026年3月9日');
		expect(officialDate('20__年__月__日')).toBe('20__年__月__日');
	});

	test('a colon line further down is body text, not a 主送机关', () => {
		const d = parseReport('标题\n正文第一段。\n主要做法如下：\n');
		expect(d.blocks.map((b) => b.kind)).toEqual(['paragraph', 'paragraph']);
	});
});

describe('in the .docx', () => {
	let body: string[];
	const find = (start: string) => {
		const p = body.find((x) => textOf(x).startsWith(start));
		if (!p) throw new Error(`no paragraph starting ${start}`);
		return p;
	};
	beforeAll(async () => {
		const xml = await (await openDocx(await buildDocx(doc, defaultSettings(), { markBlanks: false }))).read('word/document.xml');
		body = paragraphs(xml.replace(/<w:sectPr.*<\/w:sectPr>/s, '').replace(/<w:tbl>.*<\/w:tbl>/s, ''));
	});

	test('主送机关: flush left, no first-line indent', () => {
		const p = find('县委、县政府：');
		expect(p).toMatch(/<w:ind w:firstLine="0" w:firstLineChars="0"\/>/);
		expect(p).toMatch(/<w:jc w:val="left"\/>/);
	});

	test('附件说明: 附件 two characters in, names hanging under their first character', () => {
		const first = find('附件：1.');
		const second = find('2.青禾镇');
		// 315-twip characters: 2 + 3 (附件：) + 1 (1.) = 6 characters in, the first line hangs 4 back.
		expect(first).toMatch(/<w:ind w:left="1890" w:hanging="1260"\/>/);
		expect(second).toMatch(/<w:ind w:left="1890" w:hanging="315"\/>/);
		expect(textOf(body[body.indexOf(first) - 1]!)).toBe('');
	});

	test('署名 and 成文日期 right-aligned per §7.3.5, 附注 two characters in under the date', () => {
		const sig = find('青禾镇人民政府');
		const date = find('2026年1月5日');
		expect(sig).toMatch(/<w:jc w:val="right"\/>/);
		expect(date).toMatch(/<w:jc w:val="right"\/>/);
		// 署名 7 characters wide, the date 6 (digits half-width): the date keeps two characters in
		// and starts two right of the 署名's first, so the 署名 sits 2 + 6 + 2 − 7 = 3 characters in.
		expect(date).toMatch(/<w:ind w:right="630"\/>/);
		expect(sig).toMatch(/<w:ind w:right="945"\/>/);
		expect(find('（此件公开发布）')).toMatch(/<w:ind w:firstLine="640" w:firstLineChars="200"\/>/);
	});

	test('keep-with-next holds the 落款 to the last body lines', () => {
		const last = find('继续抓好');
		expect(last).toContain('<w:keepNext/>');
		expect(last).toContain('<w:widowControl/>');
		for (const start of ['附件：1.', '2.青禾镇', '青禾镇人民政府', '2026年1月5日']) {
			expect(find(start)).toContain('<w:keepNext/>');
			expect(find(start)).toContain('<w:keepLines/>');
		}
		const note = find('（此件公开发布）');
		expect(note).toContain('<w:keepLines/>');
		expect(note).not.toContain('<w:keepNext/>');
		// Earlier body paragraphs keep the 22-line page: no keep flags.
		expect(find('今年以来')).not.toContain('<w:keepNext/>');
	});
});

test('with the seal layout chosen, the .docx centres the 署名 over the date, the date four characters in', async () => {
	const s = defaultSettings();
	s.page.sealed = true;
	const xml = await (await openDocx(await buildDocx(doc, s, { markBlanks: false }))).read('word/document.xml');
	const ps = paragraphs(xml);
	const sig = ps.find((p) => textOf(p) === '青禾镇人民政府')!;
	const date = ps.find((p) => textOf(p) === '2026年1月5日')!;
	// 4 × 315 twips for the date; the 7-character 署名 centred over the 6-character date: 3.5 × 315.
	expect(date).toMatch(/<w:ind w:right="1260"\/>/);
	expect(sig).toMatch(/<w:ind w:right="1103"\/>/);
});

test('when the 落款 must move, the .docx splits the last paragraph so exactly its last two lines go with it', async () => {
	const para = (k: number) => '持续巩固提升工作成效'.repeat(30).slice(0, k) + '。';
	const body = '扎实推进农田水利建设，全年累计投入资金一百二十万元。'.repeat(14);
	let found: { text: string; at: number } | null = null;
	for (let k = 0; k < 300 && !found; k++) {
		const text = `标题\n${body}\n${para(k)}\n青禾镇人民政府\n2026年12月28日\n`;
		const split = layoutPages(parseReport(text), GBT9704_LAYOUT).split;
		if (split) found = { text, at: split.at };
	}
	if (!found) throw new Error('no length needed the 落款 moved');
	const xml = await (await openDocx(await buildDocx(parseReport(found.text), defaultSettings(), { markBlanks: false }))).read('word/document.xml');
	const ps = paragraphs(xml);
	const sig = ps.findIndex((p) => textOf(p) === '青禾镇人民政府');
	const [head, tail] = [ps[sig - 3]!, ps[sig - 2]!];
	expect(textOf(head) + textOf(tail)).toMatch(/^持续巩固提升工作成效.*。$/);
	expect(textOf(tail).length).toBeLessThanOrEqual(56);
	expect(head).not.toContain('<w:keepNext/>');
	expect(tail).toContain('<w:keepNext/>');
	expect(tail).toContain('<w:keepLines/>');
	expect(tail).toMatch(/<w:ind w:firstLine="0" w:firstLineChars="0"\/>/);
	expect(textOf(ps[sig - 1]!)).toBe('');
});
