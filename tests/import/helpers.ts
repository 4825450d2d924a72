import { readFileSync } from 'node:fs';
import { Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';
import type { ImportSource } from '$lib/import';

/** A fixture file's bytes. */
export const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`./fixtures/${name}`, import.meta.url)));
export const fixtureText = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');

/** A pasted-text source. */
export const pasted = (text: string): ImportSource => ({ fileName: null, format: 'paste', encoding: 'utf-8', text, alternatives: [] });

/** A .docx written with the docx library: Title, Heading 1 sections, paragraphs and a table. */
export async function buildDocx(paragraphs = 1): Promise<Uint8Array> {
	const para = (t: string) => new Paragraph({ children: [new TextRun(t)] });
	const body: Array<Paragraph | Table> = [
		new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun('2025年度信息中心工作总结')] }),
		para('一年来，信息中心围绕数字机关建设，完成了各项任务。'),
		new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun('一、主要工作')] })
	];
	for (let i = 0; i < paragraphs; i++) body.push(para(`完成机房改造第${i + 1}期，新增服务器台，网络故障率下降%。`));
	body.push(
		new Table({
			rows: [
				new TableRow({ children: [new TableCell({ children: [para('指标')] }), new TableCell({ children: [para('完成')] })] }),
				new TableRow({ children: [new TableCell({ children: [para('系统上线')] }), new TableCell({ children: [para('3个')] })] })
			]
		}),
		new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun('二、存在的不足')] }),
		para('运维人员偏少，应急能力有待提高。'),
		new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun('三、2026年工作打算')] }),
		para('推进政务云迁移，年内完成个系统上云。')
	);
	const doc = new Document({ sections: [{ children: body }] });
	return new Uint8Array(await Packer.toBuffer(doc));
}
