/**
 * The .docx builder (GB/T 9704 layout or another page setup), one builder per block kind (see
 * registry.ts). The `docx` package is imported only here and only when a document is built, so it
 * stays out of the app's main bundle.
 */
import type { IParagraphOptions, Paragraph, ParagraphChild, Table } from 'docx';
import type { ExportDocument, HeadingLevel, Line, Segment } from './document';
import { segmentLine } from './document';
import { blanksIn } from './blanks';
import { attachmentIndents, signatureIndents, widthChars } from './measure';
import { type ExportSettings, layoutOf, mmToTwips, type PageLayout } from './settings';
import { bodyCharSpacing, spacingForChars } from './char-spacing';
import { exportMessages } from './messages';
import { type BlockPlace, type Builders, buildBlocks } from './registry';
import { layoutMetrics, layoutPages, previewRowHeights, recordLines, type Tightening } from './paginate';
import { titleLines } from './title';

export interface DocxOptions {
	/** Highlight open blanks in yellow (the writer chose to export anyway). */
	markBlanks: boolean;
}

type Docx = typeof import('docx');

/** Font role of a run. */
type Role = 'title' | 'body' | 'table' | 'head' | HeadingLevel;

/** The red of the 版头 (发文机关标志 and the separator line). */
const RED = 'FF0000';
/** Rule weights in eighths of a point: the 版头 red line and the 版记's outer rules ≈ 0.35 mm, its inner rule ≈ 0.25 mm. */
const THICK = 8;
const THIN = 6;

/** What a .docx builder needs: the docx module, run and paragraph makers, and the page decisions. */
export interface DocxContext {
	d: Docx;
	layout: PageLayout;
	markBlanks: boolean;
	/** The paragraph split so its last lines go over with the 落款 (from the pagination). */
	split: { block: number; at: number } | null;
	/** Width of one body character on the line (the condensed pitch), twips. */
	charTwips: number;
	textTwips: number;
	/** Runs of text; a block the page-end tightening sets closer gets its own character spacing. */
	runs: (segments: Segment[], leadRole: Role, restRole: Role, place?: BlockPlace | null) => ParagraphChild[];
	lineRuns: (l: Line, role: Role, place?: BlockPlace | null) => ParagraphChild[];
	/** A paragraph with the document's line spacing. */
	para: (place: BlockPlace | null, o: IParagraphOptions) => Paragraph;
	empty: (place: BlockPlace | null) => Paragraph;
	indent: { firstLine: number; firstLineChars: number };
}

type Piece = Paragraph | Table;

/** Kinds at the end of a report that stay on the page of the last body lines. */
const TAIL = new Set(['attachments', 'signature', 'note']);

const tails = new WeakMap<BlockPlace['blocks'], number>();

/** The tail of the document starts at this block index (blocks.length when there is none); once per document. */
function tailStart(blocks: BlockPlace['blocks']): number {
	const known = tails.get(blocks);
	if (known !== undefined) return known;
	const start = findTail(blocks);
	tails.set(blocks, start);
	return start;
}

function findTail(blocks: BlockPlace['blocks']): number {
	let i = blocks.length;
	while (i > 0 && TAIL.has(blocks[i - 1]!.kind)) i--;
	return blocks.some((b) => b.kind === 'signature') ? i : blocks.length;
}

/**
 * Keep flags: every paragraph of the 落款 end keeps with the next and keeps its lines; the last
 * body block before it keeps with the next, with widow control so at least two of its lines go
 * along when the 落款 has to move (GB/T 9704 otherwise runs without widow control to fill 22 lines).
 */
function keep(place: BlockPlace | null, last: boolean) {
	if (!place) return {};
	const start = tailStart(place.blocks);
	if (start >= place.blocks.length) return {};
	if (place.index >= start) return last && place.index === place.blocks.length - 1 ? { keepLines: true } : { keepLines: true, keepNext: true };
	if (place.index === start - 1) return { keepNext: true, widowControl: true };
	return {};
}

export const docxBuilders: Builders<DocxContext, Piece> = {
	heading: (b, c, at) => [
		c.para(at, { style: `Heading${b.level}`, alignment: c.d.AlignmentType.JUSTIFIED, indent: c.indent, ...keep(at, true), children: c.lineRuns(b, b.level, at) })
	],
	paragraph: (b, c, at) => {
		const lead = b.lead?.end ?? 0;
		const leadRole = b.lead?.level ?? 'body';
		const cut = c.split?.block === at.index ? c.split.at : null;
		if (cut === null || cut <= 0 || cut >= b.text.length) {
			return [c.para(at, { alignment: c.d.AlignmentType.JUSTIFIED, indent: c.indent, ...keep(at, true), children: c.runs(segmentLine(b, lead, c.markBlanks), leadRole, 'body', at) })];
		}
		// Its last two lines go over with the 落款: a paragraph of their own, kept with it, so the
		// page before stays full (the text reads on as one paragraph).
		const head: Line = { text: b.text.slice(0, cut), blanks: blanksIn(b.blanks, 0, cut).filter((x) => !(x.from === cut && x.to === cut)) };
		const tail: Line = { text: b.text.slice(cut), blanks: blanksIn(b.blanks, cut, b.text.length) };
		return [
			c.para(at, { alignment: c.d.AlignmentType.JUSTIFIED, indent: c.indent, children: c.runs(segmentLine(head, lead, c.markBlanks), leadRole, 'body', at) }),
			c.para(at, {
				alignment: c.d.AlignmentType.JUSTIFIED,
				indent: { firstLine: 0, firstLineChars: 0 },
				keepLines: true,
				...keep(at, true),
				children: c.runs(segmentLine(tail, Math.max(0, lead - cut), c.markBlanks), leadRole, 'body', at)
			})
		];
	},
	// 主送机关: flush left, no first-line indent, on its own line above the body.
	salutation: (b, c, at) => [c.para(at, { alignment: c.d.AlignmentType.LEFT, indent: { firstLine: 0, firstLineChars: 0 }, children: c.lineRuns(b, 'body', at) })],
	note: (b, c, at) => [c.para(at, { alignment: c.d.AlignmentType.LEFT, indent: c.indent, ...keep(at, true), children: c.lineRuns(b, 'body', at) })],
	attachments: (b, c, at) => {
		const ind = attachmentIndents(b.items.length, c.layout.indentChars);
		const out: Piece[] = [c.para(at, { ...keep(at, false), children: [] })];
		b.items.forEach((l, i) => {
			const one = ind[i] as { left: number; first: number };
			const prefix = (i === 0 ? '附件：' : '') + (b.items.length > 1 ? `${i + 1}.` : '');
			out.push(
				c.para(at, {
					alignment: c.d.AlignmentType.LEFT,
					indent: { left: Math.round(one.left * c.charTwips), hanging: Math.round(-one.first * c.charTwips) },
					...keep(at, i === b.items.length - 1),
					children: [...c.runs([{ text: prefix, lead: false, blank: false }], 'body', 'body', at), ...c.lineRuns(l, 'body', at)]
				})
			);
		});
		return out;
	},
	table: (b, c) => {
		const d = c.d;
		const cols = Math.max(1, b.header.length);
		const width = Math.floor(c.textTwips / cols);
		const align = (a: string | null) => (a === 'center' ? d.AlignmentType.CENTER : a === 'right' ? d.AlignmentType.RIGHT : d.AlignmentType.LEFT);
		// Row heights in whole grid lines, as the preview counts them (cell text lines a little less
		// than the pitch so the row's rule fits inside).
		const cellLine = { line: c.layout.lineTwips - 24, lineRule: d.LineRuleType.EXACT, before: 0, after: 0 };
		const rowsOf = previewRowHeights(b, c.layout);
		let r = 0;
		const row = (cells: readonly Line[], header: boolean) =>
			new d.TableRow({
				tableHeader: header,
				cantSplit: true,
				// Exactly its grid lines less the rule's share, so a row with its rule takes whole lines of
				// the grid in Word and LibreOffice alike (the preview counts cell lines on the safe side).
				height: { value: (rowsOf[r++] ?? 1) * c.layout.lineTwips - 10, rule: d.HeightRule.EXACT },
				children: cells.map(
					(cell, i) =>
						new d.TableCell({
							width: { size: width, type: d.WidthType.DXA },
							margins: { top: 0, bottom: 0, left: 80, right: 80 },
							verticalAlign: d.VerticalAlign.CENTER,
							children: [
								c.para(null, {
									spacing: cellLine,
									alignment: header ? d.AlignmentType.CENTER : align(b.align[i] ?? null),
									indent: { firstLine: 0, firstLineChars: 0 },
									children: c.lineRuns(cell, 'table')
								})
							]
						})
				)
			});
		return [
			new d.Table({
				// As wide as the text block.
				width: { size: width * cols, type: d.WidthType.DXA },
				columnWidths: Array.from({ length: cols }, () => width),
				layout: d.TableLayoutType.FIXED,
				rows: [row(b.header, true), ...b.rows.map((r) => row(r, false))]
			})
		];
	},
	signature: (b, c, at) => {
		// 正文（或附件说明）下空一行 (one empty line above the signature).
		const out: Piece[] = [c.para(at, { ...keep(at, false), children: [] })];
		const ind = signatureIndents(b.lines.map((l) => widthChars(l.text)), b.date ? widthChars(b.date.text) : null, c.layout.sealed);
		const charTwips = c.charTwips;
		b.lines.forEach((l, i) =>
			out.push(
				c.para(at, {
					alignment: c.d.AlignmentType.RIGHT,
					indent: { right: Math.round((ind.signature[i] ?? 2) * charTwips) },
					...keep(at, !b.date && i === b.lines.length - 1),
					children: c.lineRuns(l, 'body', at)
				})
			)
		);
		if (b.date) {
			out.push(c.para(at, { alignment: c.d.AlignmentType.RIGHT, indent: { right: Math.round(ind.date * charTwips) }, ...keep(at, true), children: c.lineRuns(b.date, 'body', at) }));
		}
		return out;
	}
};

export async function buildDocx(doc: ExportDocument, settings: ExportSettings, options: DocxOptions, builders: Builders<DocxContext, Piece> = docxBuilders): Promise<Uint8Array> {
	const d: Docx = await import('docx');
	const layout = layoutOf(settings);
	const fonts = settings.fonts;
	const width = mmToTwips(layout.pageMm.width);
	const left = mmToTwips(layout.marginMm.left);
	const right = mmToTwips(layout.marginMm.right);
	const bodySize = layout.bodyPt * 2;
	const line = { line: layout.lineTwips, lineRule: d.LineRuleType.EXACT, before: 0, after: 0 };
	// GB/T 9704 wants every full page to hold 22 lines: no widow/orphan control (keep flags are
	// set only where the 落款 must stay with the body).
	const flow = { widowControl: !layout.grid };
	const indentTwips = Math.round(layout.indentChars * layout.bodyPt * 20);
	const indent = { firstLine: indentTwips, firstLineChars: layout.indentChars * 100 };
	// The page-end decisions of the pagination the preview shows: blocks set closer when the 落款
	// would not otherwise share the page with the body, and how far down the 版记 sits.
	const plan = layoutPages(doc, layout, false, settings);
	const tight: Tightening | null = plan.tight;

	const sizeFor = (role: Role) =>
		role === 'title' ? layout.titlePt : role === 'head' ? Math.max(layout.titlePt, 26) : role === 'body' ? layout.bodyPt : role === 'table' ? layout.tablePt : (layout.levelPt[role - 1] ?? layout.bodyPt);
	const fontFor = (role: Role): string =>
		role === 'title' || role === 'head' ? fonts.title : role === 'body' || role === 'table' ? fonts.body : role === 1 ? fonts.level1 : role === 2 ? fonts.level2 : fonts.level3;
	const boldFor = (role: Role) => (role === 3 || role === 4) && settings.boldLevels34;
	// East Asian font on every run, with the eastAsia hint so ambiguous punctuation (“”—…) also
	// takes it; digits and Latin letters in the Latin font.
	const runFont = (eastAsia: string) => ({ ascii: fonts.latin, hAnsi: fonts.latin, cs: fonts.latin, eastAsia, hint: 'eastAsia' });
	const charSpacing = bodyCharSpacing(layout, width, left, right);
	const condensed = (role: Role) => role !== 'title' && role !== 'head' && role !== 'table';
	const runStyle = (role: Role, spacing = charSpacing) => ({
		font: runFont(fontFor(role)),
		...(condensed(role) && spacing ? { characterSpacing: spacing } : {}),
		size: sizeFor(role) * 2,
		sizeComplexScript: sizeFor(role) * 2,
		bold: boldFor(role)
	});

	// §7.3.5.4: the blocks the pagination set closer to keep the 落款 with the body.
	const spacingOf = (place: BlockPlace | null | undefined) => {
		const chars = place ? tight?.chars.get(place.index) : undefined;
		return chars === undefined ? charSpacing : spacingForChars(layout, chars, width, left, right);
	};
	const runs = (segments: Segment[], leadRole: Role, restRole: Role, place?: BlockPlace | null): ParagraphChild[] =>
		segments.map(
			(s) =>
				new d.TextRun({
					text: s.text,
					...runStyle(s.lead ? leadRole : restRole, spacingOf(place)),
					...(s.blank ? { highlight: d.HighlightColor.YELLOW } : {})
				})
		);
	const ctx: DocxContext = {
		d,
		layout,
		markBlanks: options.markBlanks,
		split: plan.split,
		charTwips: layout.bodyPt * 20 + charSpacing,
		textTwips: width - left - right,
		runs,
		lineRuns: (l, role, place) => runs(segmentLine(l, 0, options.markBlanks), role, role, place),
		para: (_place, o) => new d.Paragraph({ spacing: line, ...o }),
		empty: (place) => ctx.para(place, { children: [new d.TextRun({ text: '', ...runStyle('body') })] }),
		indent
	};
	const children: Piece[] = [];
	children.push(...headParagraphs(d, settings, ctx, runStyle));
	if (doc.title.text) {
		const cap = layoutMetrics(layout).titleChars;
		const title = titleLines(doc.title, cap).flatMap((tl, i) => {
			const r = ctx.lineRuns(tl, 'title');
			return i === 0 ? r : [new d.TextRun({ text: '', break: 1, ...runStyle('title') }), ...r];
		});
		const rows = layoutMetrics(layout).titleRows;
		children.push(ctx.para(null, { alignment: d.AlignmentType.CENTER, style: 'Title', spacing: { ...line, line: rows * layout.lineTwips }, children: title }));
		children.push(ctx.empty(null));
	}
	children.push(...buildBlocks(builders, doc.blocks, ctx));
	children.push(...recordParagraphs(d, settings, ctx, runStyle, plan.recordGap));

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

	const headingStyle = (level: HeadingLevel) => ({ run: runStyle(level), paragraph: { spacing: line, indent, outlineLevel: level - 1 } });
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
				heading1: headingStyle(1),
				heading2: headingStyle(2),
				heading3: headingStyle(3),
				heading4: headingStyle(4)
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
				children
			}
		]
	});
	return d.Packer.pack(document, 'uint8array');
}

type RunStyle = (role: Role) => Record<string, unknown>;

/** 版头: 发文机关标志 in red 小标宋, 发文字号 (签发人 on the right), the red rule under it, two empty lines. */
function headParagraphs(d: Docx, settings: ExportSettings, c: DocxContext, runStyle: RunStyle): Paragraph[] {
	const h = settings.head;
	if (!h.on || !h.organ.trim()) return [];
	const line = c.layout.lineTwips;
	const exact = (n: number) => ({ line: n * line, lineRule: d.LineRuleType.EXACT, before: 0, after: 0 });
	const organ = new d.Paragraph({
		alignment: d.AlignmentType.CENTER,
		spacing: exact(2),
		children: [new d.TextRun({ text: h.organ.trim(), ...runStyle('head'), color: RED })]
	});
	const number = h.number.trim();
	const signer = h.signer.trim();
	const numberRuns = signer
		? [
				new d.TextRun({ text: number, ...runStyle('body') }),
				new d.TextRun({ children: [new d.Tab(), '签发人：'], ...runStyle('body') }),
				new d.TextRun({ text: signer, ...runStyle(2) })
			]
		: [new d.TextRun({ text: number, ...runStyle('body') })];
	const inset = Math.round(c.charTwips);
	// Two grid lines in all: the line of text, then the rule 4 mm (11 pt) under it.
	const ruleTwips = (THICK / 8) * 20 + 11 * 20;
	const numberLine = new d.Paragraph({
		alignment: signer ? d.AlignmentType.LEFT : d.AlignmentType.CENTER,
		spacing: { line: 2 * line - ruleTwips, lineRule: d.LineRuleType.EXACT, before: 0, after: 0 },
		indent: signer ? { left: inset, right: inset } : {},
		tabStops: signer ? [{ type: d.TabStopType.RIGHT, position: c.textTwips - inset * 2 }] : [],
		// The red separator line, 4 mm under the 发文字号, as wide as the text block.
		border: { bottom: { style: d.BorderStyle.SINGLE, size: THICK, color: RED, space: 11 } },
		children: numberRuns
	});
	// 红色分隔线下空二行: two empty lines of the grid before the title.
	return [organ, c.empty(null), numberLine, c.empty(null), c.empty(null)];
}

/**
 * 版记 at the foot of the last page: 抄送 and 印发机关/印发日期 between rules (thick outside, thin
 * between), as a one-column table of rows one grid line high (paragraph borders would make
 * LibreOffice give each line two lines of its grid).
 */
function recordParagraphs(d: Docx, settings: ExportSettings, c: DocxContext, runStyle: RunStyle, gap: number): Piece[] {
	const lines = recordLines(settings);
	if (!lines.length) return [];
	const r = settings.record;
	const out: Piece[] = [];
	for (let i = 0; i < gap; i++) out.push(c.empty(null));
	const inset = Math.round(c.charTwips);
	const rule = (size: number) => ({ style: d.BorderStyle.SINGLE, size, color: '000000' });
	const none = { style: d.BorderStyle.NONE, size: 0, color: 'auto' };
	const spacing = { line: c.layout.lineTwips - 40, lineRule: d.LineRuleType.EXACT, before: 0, after: 0 };
	const row = (children: ParagraphChild[], indent: { left: number; hanging?: number; right: number }, tabs = false) =>
		new d.TableRow({
			cantSplit: true,
			// A grid line less the rules' share, so two rows and three rules take two lines.
			height: { value: c.layout.lineTwips - 30, rule: d.HeightRule.EXACT },
			children: [
				new d.TableCell({
					width: { size: c.textTwips, type: d.WidthType.DXA },
					margins: { top: 0, bottom: 0, left: 0, right: 0 },
					verticalAlign: d.VerticalAlign.CENTER,
					children: [
						new d.Paragraph({
							spacing,
							alignment: d.AlignmentType.LEFT,
							indent,
							...(tabs ? { tabStops: [{ type: d.TabStopType.RIGHT, position: c.textTwips - inset }] } : {}),
							children
						})
					]
				})
			]
		});
	const rows = [];
	const cc = r.cc.trim();
	if (cc) rows.push(row([new d.TextRun({ text: `抄送：${cc}`, ...runStyle('table') })], { left: inset * 4, hanging: inset * 3, right: inset }));
	if (r.printer.trim() || r.printDate.trim()) {
		rows.push(row([new d.TextRun({ children: [r.printer.trim(), new d.Tab(), `${r.printDate.trim()}印发`], ...runStyle('table') })], { left: inset, right: inset }, true));
	}
	out.push(
		new d.Table({
			width: { size: c.textTwips, type: d.WidthType.DXA },
			columnWidths: [c.textTwips],
			layout: d.TableLayoutType.FIXED,
			borders: { top: rule(THICK), bottom: rule(THICK), insideHorizontal: rule(THIN), left: none, right: none, insideVertical: none },
			rows
		})
	);
	// Word wants a paragraph after a table that ends the document (it adds one otherwise, which
	// could start a page of its own); the preview leaves it a line (see recordLines' gap).
	out.push(c.empty(null));
	return out;
}

export const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
