import { describe, expect, test } from 'vitest';
import { decodeText, htmlToText, isImportError, openFile, openPaste, sniffFormat, importMessages as m } from '$lib/import';
import { buildDocx, fixture, fixtureText } from './helpers';

const site = fixtureText('site-page.txt');
describe('text encodings are detected, never shown as mojibake', () => {
	test.each([
		['site-page.txt', 'utf-8'],
		['site-page.gbk.txt', 'gbk'],
		['site-page.utf16le.txt', 'utf-16le'],
		['site-page.utf16be-bom.txt', 'utf-16be']
	])('%s → %s, the same text', async (name, encoding) => {
		const src = await openFile(fixture(name), name);
		if (isImportError(src)) throw new Error(src.message);
		expect(src.encoding).toBe(encoding);
		expect(src.text).toBe(site);
		expect(src.alternatives).toEqual([]);
	});

	test('a UTF-8 BOM is dropped', () => {
		const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('全年完成。')]);
		expect(decodeText(bytes)).toEqual([{ encoding: 'utf-8', text: '全年完成。', score: 1 }]);
	});

	test('GB18030 when a four-byte character occurs (a name character beyond GBK)', () => {
		const text = '新入职的同事名叫王\u{20000}，负责档案工作。';
		// Its GB18030 bytes (the character is 95 32 82 36).
		const bytes = new Uint8Array([0xd0, 0xc2, 0xc8, 0xeb, 0xd6, 0xb0, 0xb5, 0xc4, 0xcd, 0xac, 0xca, 0xc2, 0xc3, 0xfb, 0xbd, 0xd0, 0xcd, 0xf5, 0x95, 0x32, 0x82, 0x36, 0xa3, 0xac, 0xb8, 0xba, 0xd4, 0xf0, 0xb5, 0xb5, 0xb0, 0xb8, 0xb9, 0xa4, 0xd7, 0xf7, 0xa1, 0xa3]);
		const d = decodeText(bytes);
		expect(d[0]?.encoding).toBe('gb18030');
		expect(d[0]?.text).toBe(text);
	});

	test('when two decodings read about as well, both are offered, UTF-8 first', () => {
		// Mostly ASCII with two Chinese characters: as GBK the six bytes are three rarer characters.
		const bytes = new TextEncoder().encode('Meeting notes for the 2025 review, room 301, all staff: 通知');
		const d = decodeText(bytes);
		expect(d.map((x) => x.encoding)).toEqual(['utf-8', 'gbk']);
		expect(d[0]?.text.endsWith('通知')).toBe(true);
	});

	test('GBK Chinese text is not offered as UTF-8 or UTF-16', () => {
		const d = decodeText(fixture('site-page.gbk.txt'));
		expect(d).toHaveLength(1);
	});
});

describe('formats', () => {
	test.each([
		[[0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0], '总结.doc', 'doc', '另存为'],
		[[0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0], '总结.wps', 'wps', '另存为'],
		[[0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x37], '总结.pdf', 'pdf', '复制正文'],
		[[0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], '截图.png', 'image', '提取文字'],
		[[0xff, 0xd8, 0xff, 0xe0, 0, 0x10], 'photo', 'image', '提取文字'],
		[[0x00, 0x01, 0x02, 0x03, 0xff, 0x00, 0x9c, 0x00], 'data.bin', 'binary', '不是文本']
	])('%j (%s) → %s with a Chinese message', async (bytes, name, format, words) => {
		const r = await openFile(new Uint8Array(bytes), name);
		expect(isImportError(r)).toBe(true);
		if (!isImportError(r)) return;
		expect(r.format).toBe(format);
		expect(r.message).toContain(words);
	});

	test('a .pdf name on a text file still gets the PDF message', async () => {
		expect(sniffFormat(new TextEncoder().encode('hello'), 'x.pdf')).toBe('pdf');
	});

	test('a corrupt .docx says so', async () => {
		const good = await buildDocx();
		const r = await openFile(good.slice(0, 200), '坏的.docx');
		expect(isImportError(r) && r.error).toBe('corrupt');
		expect(isImportError(r) && r.message).toBe(m.unsupported.corruptDocx);
	});

	test('a .docx built with the docx library: title, Heading 1 as Markdown headings, table as a Markdown table', async () => {
		const r = await openFile(await buildDocx(), '信息中心.docx');
		if (isImportError(r)) throw new Error(r.message);
		expect(r.format).toBe('docx');
		expect(r.text).toBe(
			[
				'# 2025年度信息中心工作总结',
				'一年来，信息中心围绕数字机关建设，完成了各项任务。',
				'# 一、主要工作',
				'完成机房改造第1期，新增服务器台，网络故障率下降%。',
				'| 指标 | 完成 |\n| --- | --- |\n| 系统上线 | 3个 |',
				'# 二、存在的不足',
				'运维人员偏少，应急能力有待提高。',
				'# 三、2026年工作打算',
				'推进政务云迁移，年内完成个系统上云。'
			].join('\n\n')
		);
	});

	test('a .docx converted by LibreOffice (Heading 1/2 styles, table)', async () => {
		// tests/import/fixtures/lo-report.docx: `soffice --headless --convert-to docx lo-report.html`.
		const r = await openFile(fixture('lo-report.docx'), 'lo-report.docx');
		if (isImportError(r)) throw new Error(r.message);
		expect(r.text).toBe(
			[
				'# 2025年度安全生产工作总结',
				'今年以来，我公司坚持安全第一、预防为主，全年未发生较大安全事故。',
				'## 一、主要工作',
				'开展隐患排查次，整改问题项，整改率100%。',
				'## 二、存在的问题',
				'个别班组安全意识不强。',
				'## 三、下一步工作打算',
				'继续开展安全培训，全年培训人次。',
				'| 项目 | 完成 |\n| --- | --- |\n| 应急演练 | 6次 |'
			].join('\n\n')
		);
	});

	test('a web page: structure kept; script, style, nav, hidden elements dropped; entities decoded', async () => {
		const r = await openFile(fixture('web-page.html'), 'web-page.html');
		if (isImportError(r)) throw new Error(r.message);
		expect(r.format).toBe('html');
		expect(r.text).toBe(
			[
				'# 2025年实验小学教学工作总结',
				'下面是小编为大家整理的学校工作总结，欢迎阅读。',
				'## 一、教学常规',
				'本学期共组织公开课节，听课评课 次。\n教师撰写教学反思篇。',
				'- 完善集体备课制度；',
				'- 落实“双减”作业管理。',
				'## 二、教学成绩',
				'| 年级 | 优秀率 |\n| --- | --- |\n| 三年级 | % |\n| 六年级 | 92% |',
				'## 三、存在问题',
				'部分青年教师课堂管理经验不足。',
				'### 相关文章',
				'- 小学教学工作总结',
				'- 教师个人述职报告',
				'Copyright © 2025 www.fanwen-example.com'
			].join('\n\n')
		);
	});

	test('pasted text/html keeps its structure; plain text is taken as it is', () => {
		const html = '<meta charset="utf-8"><h2>一、总体情况</h2><p>全年完成<b>产值</b>亿元。</p><p>同比增长。</p>';
		expect(openPaste('一、总体情况 全年完成产值亿元。 同比增长。', html).text).toBe('## 一、总体情况\n\n全年完成产值亿元。\n\n同比增长。');
		expect(openPaste('第一行\r\n第二行', null).text).toBe('第一行\n第二行');
		expect(openPaste('只有文字', '<span>只有文字</span>').text).toBe('只有文字');
	});
});

describe('the HTML walker', () => {
	test.each([
		['ordered lists keep Word’s automatic numbers', '<ol><li>第一项</li><li>第二项<ol><li>子项</li></ol></li></ol>', '1. 第一项\n\n2. 第二项\n\n1. 子项'],
		['<br> keeps a single line break, blocks a blank line', '<p>第一行<br>第二行</p><p>下一段</p>', '第一行\n第二行\n\n下一段'],
		['comments, nested hidden elements and forms dropped', '<p>甲<!-- 注释 --></p><div hidden><div>乙</div>丙</div><form><input value="丁"></form><p>戊</p>', '甲\n\n戊'],
		['entities: named, decimal, hex; unknown ones kept', '<p>A&amp;B &#20013;&#x6587; &ldquo;好&rdquo; &foo;</p>', 'A&B 中文 “好” &foo;'],
		['inline tags do not break lines', '<p>完成<b>产值</b><span>亿元</span>。</p>', '完成产值亿元。'],
		['a lone < is text', '<p>a < b</p>', 'a < b']
	])('%s', (_what, html, text) => {
		expect(htmlToText(html)).toBe(text);
	});
});
