/**
 * The .docx builder (GB/T 9704 layout or the plain preset). The `docx` package is imported only
 * here and only when a document is built, so it stays out of the app's main bundle.
 */
import type { IParagraphOptions, ParagraphChild } from 'docx';
import type { Block, ExportDocument, HeadingLevel, Line, Segment } from './document';
import { segmentLine } from './document';
import { signatureIndents, widthChars } from './measure';
import { type ExportSettings, layoutOf, mmToTwips } from './settings';
import { bodyCharSpacing } from './char-spacing';
import { exportMessages } from './messages';

export interface DocxOptions {
	/** Highlight open blanks in yellow (the writer chose to export anyway). */
	markBlanks: boolean;
}

type Docx = typeof import('docx');

/** Font role of a run. */
type Role = 'title' | 'body' | HeadingLevel;

export async function buildDocx(doc: ExportDocument, settings: ExportSettings, options: DocxOptions): Promise<Uint8Array> {
	const d: Docx = await import('docx');
	const layout = layoutOf(settings);
	const fonts = settings.fonts;
	const width = mmToTwips(layout.pageMm.width);
	const left = mmToTwips(layout.marginMm.left);
	const right = mmToTwips(layout.marginMm.right);
	const bodySize = layout.bodyPt * 2;
	const charTwips = layout.bodyPt * 20;
	const line = { line: layout.lineTwips, lineRule: d.LineRuleType.EXACT, before: 0, after: 0 };
	// GB/T 9704 wants every full page to hold 22 lines: no widow/orphan control and no keep-with-next,
	// which would pull lines over to the next page.
	const flow = { widowControl: !layout.grid };
	const indent2 = { firstLine: charTwips * 2, firstLineChars: 200 };

	const fontFor = (role: Role): string =>
		role === 'title' ? fonts.title : role === 'body' ? fonts.body : role === 1 ? fonts.level1 : role === 2 ? fonts.level2 : fonts.level3;
	const boldFor = (role: Role) => (role === 3 || role === 4) && settings.boldLevels34;
	// East Asian font on every run, with the eastAsia hint so ambiguous punctuation (“”—…) also
	// takes it; digits and Latin letters in the Latin font.
	const runFont = (eastAsia: string) => ({ ascii: fonts.latin, hAnsi: fonts.latin, cs: fonts.latin, eastAsia, hint: 'eastAsia' });
	const charSpacing = bodyCharSpacing(layout, width, left, right);
	const runStyle = (role: Role) => ({
		font: runFont(fontFor(role)),
		...(role !== 'title' && charSpacing ? { characterSpacing: charSpacing } : {}),
		size: role === 'title' ? layout.titlePt * 2 : bodySize,
		sizeComplexScript: role === 'title' ? layout.titlePt * 2 : bodySize,
		bold: boldFor(role)
	});

	const runs = (segments: Segment[], leadRole: Role, restRole: Role): ParagraphChild[] =>
		segments.map(
			(s) =>
				new d.TextRun({
					text: s.text,
					...runStyle(s.lead ? leadRole : restRole),
					...(s.blank ? { highlight: d.HighlightColor.YELLOW } : {})
				})
		);
	const lineRuns = (l: Line, role: Role) => runs(segmentLine(l, 0, options.markBlanks), role, role);

	const headingStyle = ['Heading1', 'Heading2', 'Heading3', 'Heading4'] as const;
	const paragraphs: InstanceType<Docx['Paragraph']>[] = [];
	const p = (o: IParagraphOptions) => paragraphs.push(new d.Paragraph({ spacing: line, ...o }));

	if (doc.title.text) {
		p({ alignment: d.AlignmentType.CENTER, style: 'Title', children: lineRuns(doc.title, 'title') });
		p({ children: [new d.TextRun({ text: '', ...runStyle('body') })] });
	}
	for (const block of doc.blocks) addBlock(block);

	function addBlock(block: Block) {
		if (block.kind === 'heading') {
			p({
				style: headingStyle[block.level - 1],
				alignment: d.AlignmentType.JUSTIFIED,
				indent: indent2,
				children: lineRuns(block, block.level)
			});
		} else if (block.kind === 'paragraph') {
			const leadEnd = block.lead?.end ?? 0;
			const leadRole: Role = block.lead?.level ?? 'body';
			p({
				alignment: d.AlignmentType.JUSTIFIED,
				indent: indent2,
				children: runs(segmentLine(block, leadEnd, options.markBlanks), leadRole, 'body')
			});
		} else {
			// 正文下空一行 (one empty line above the signature).
			p({ children: [new d.TextRun({ text: '', ...runStyle('body') })] });
			const ind = signatureIndents(block.lines.map((l) => widthChars(l.text)), block.date ? widthChars(block.date.text) : null);
			block.lines.forEach((l, i) =>
				p({ alignment: d.AlignmentType.RIGHT, indent: { right: Math.round((ind.signature[i] ?? 2) * charTwips) }, children: lineRuns(l, 'body') })
			);
			if (block.date) {
				p({ alignment: d.AlignmentType.RIGHT, indent: { right: Math.round(ind.date * charTwips) }, children: lineRuns(block.date, 'body') });
			}
		}
	}

	const pageNumberFooter = (odd: boolean) => {
		const size = layout.pageNumberPt * 2;
		const font = { ascii: fonts.pageNumber, hAnsi: fonts.pageNumber, cs: fonts.pageNumber, eastAsia: fonts.pageNumber };
		// One character (of the page number's size) in from the edge: right on odd pages, left on even.
		const inset = layout.pageNumberPt * 20;
		return new d.Footer({
			children: [
				new d.Paragraph({
					alignment: odd ? d.AlignmentType.RIGHT : d.AlignmentType.LEFT,
					indent: odd ? { right: inset } : { left: inset },
					children: [new d.TextRun({ font, size, sizeComplexScript: size, children: ['— ', d.PageNumber.CURRENT, ' —'] })]
				})
			]
		});
	};

	// A line grid of 22 lines per page. Characters per line come from condensing body text
	// slightly (see charSpacing) rather than from a character grid: Word honours a
	// linesAndChars grid, but LibreOffice lays 16 pt characters into two cells of a 15.79 pt grid
	// and prints 16 characters a line. Condensed runs give 28 characters in both.
	const grid = layout.grid ? { type: d.DocumentGridType.LINES, linePitch: layout.lineTwips } : undefined;

	const headingRun = (level: HeadingLevel) => runStyle(level);
	const document = new d.Document({
		title: doc.title.text,
		creator: exportMessages.creator,
		evenAndOddHeaderAndFooters: settings.pageNumbers,
		styles: {
			// LibreOffice sizes the character grid from the Normal style (not the document defaults),
			// so Normal carries the body font and size explicitly.
			paragraphStyles: [
				{
					id: 'Normal',
					name: 'Normal',
					quickFormat: true,
					run: runStyle('body'),
					paragraph: { spacing: line, ...flow }
				}
			],
			default: {
				document: {
					run: runStyle('body'),
					paragraph: { spacing: line, ...flow }
				},
				title: { run: runStyle('title'), paragraph: { alignment: d.AlignmentType.CENTER, spacing: line } },
				heading1: { run: headingRun(1), paragraph: { spacing: line, indent: indent2, outlineLevel: 0 } },
				heading2: { run: headingRun(2), paragraph: { spacing: line, indent: indent2, outlineLevel: 1 } },
				heading3: { run: headingRun(3), paragraph: { spacing: line, indent: indent2, outlineLevel: 2 } },
				heading4: { run: headingRun(4), paragraph: { spacing: line, indent: indent2, outlineLevel: 3 } }
			}
		},
		sections: [
			{
				properties: {
					page: {
						size: { width, height: mmToTwips(layout.pageMm.height) },
						margin: {
							top: mmToTwips(layout.marginMm.top),
							bottom: mmToTwips(layout.marginMm.bottom),
							left,
							right,
							header: mmToTwips(15),
							footer: mmToTwips(layout.footerMm)
						}
					},
					...(grid ? { grid } : {})
				},
				...(settings.pageNumbers ? { footers: { default: pageNumberFooter(true), even: pageNumberFooter(false) } } : {}),
				children: paragraphs
			}
		]
	});
	return d.Packer.pack(document, 'uint8array');
}

export const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
