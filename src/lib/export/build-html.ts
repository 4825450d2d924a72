/**
 * HTML from the export document model, with inline styles (fonts, sizes, indent, exact line
 * pitch) so a paste into Word or WPS keeps the layout; the same markup makes the .html file and
 * the print copy. One builder per block kind (see registry.ts).
 */
import type { ExportDocument, HeadingLevel, Line, Segment } from './document';
import { segmentLine } from './document';
import { attachmentIndents, signatureIndents, widthChars } from './measure';
import { type ExportSettings, layoutOf, mmToTwips } from './settings';
import { bodyCharSpacing } from './char-spacing';
import { type Builders, buildBlocks } from './registry';
import { titleLines } from './title';
import { layoutMetrics } from './paginate';
import type { Block } from './document';

/** Fallbacks after each configured font, for machines without the 公文 fonts. */
const FALLBACKS: Record<string, string> = {
	fang: "仿宋, FangSong, STFangsong, 'Noto Serif CJK SC', serif",
	hei: "黑体, SimHei, 'Heiti SC', 'Noto Sans CJK SC', sans-serif",
	kai: "楷体, KaiTi, STKaiti, 'Noto Serif CJK SC', serif",
	song: "宋体, SimSun, 'Songti SC', 'Noto Serif CJK SC', serif"
};

export function family(font: string, latin: string): string {
	const kind = /黑/.test(font) ? 'hei' : /楷/.test(font) ? 'kai' : /仿宋/.test(font) ? 'fang' : 'song';
	// Latin font first: it has no CJK glyphs, so Chinese falls through to the CJK font, as Word's
	// ascii/eastAsia split does.
	return `'${latin}', '${font}', ${FALLBACKS[kind]}`.replaceAll('"', '');
}

export interface HtmlOptions {
	/** Highlight open blanks (and show zero-width ones as a marker). */
	markBlanks: boolean;
}

export type Role = 'title' | 'body' | 'table' | 'head' | HeadingLevel;

/** The 版头/版记 red. */
export const HEAD_RED = '#FF0000';

/** Inline CSS for each role, shared by the clipboard, the .html file, preview and print. */
export function roleStyles(settings: ExportSettings) {
	const layout = layoutOf(settings);
	const f = settings.fonts;
	const linePt = layout.lineTwips / 20;
	const base = `margin:0;line-height:${linePt}pt;mso-line-height-rule:exactly;`;
	const spacingPt =
		bodyCharSpacing(layout, mmToTwips(layout.pageMm.width), mmToTwips(layout.marginMm.left), mmToTwips(layout.marginMm.right)) / 20;
	// The same condensing as the .docx, so print and pasted text also set 28 characters a line.
	const spacing = spacingPt ? `letter-spacing:${spacingPt}pt;` : '';
	const sizeOf = (role: Role) =>
		role === 'title' || role === 'head' ? layout.titlePt : role === 'body' ? layout.bodyPt : role === 'table' ? layout.tablePt : (layout.levelPt[role - 1] ?? layout.bodyPt);
	const font = (role: Role) => {
		const name = role === 'title' || role === 'head' ? f.title : role === 'body' || role === 'table' ? f.body : role === 1 ? f.level1 : role === 2 ? f.level2 : f.level3;
		const bold = (role === 3 || role === 4) && settings.boldLevels34 ? 'bold' : 'normal';
		const body = role !== 'title' && role !== 'head' && role !== 'table';
		return `font-family:${family(name, f.latin)};font-size:${sizeOf(role)}pt;font-weight:${bold};${body ? spacing : ''}`;
	};
	const indent = layout.indentChars;
	return {
		font,
		sizeOf,
		// A 2号 title takes two lines of the grid per line, as in the .docx.
		title: `margin:0;line-height:${layoutMetrics(layout).titleRows * linePt}pt;mso-line-height-rule:exactly;${font('title')}text-align:center;`,
		paragraph: (role: Role) => `${base}${font(role)}text-indent:${indent}em;text-align:justify;`,
		flush: `${base}${font('body')}text-align:justify;`,
		hanging: (left: number, first: number) => `${base}${font('body')}margin-left:${left}em;text-indent:${first}em;text-align:left;`,
		signature: (rightChars: number) => `${base}${font('body')}text-align:right;margin-right:${rightChars}em;`,
		empty: `${base}${font('body')}`,
		table: `width:100%;border-collapse:collapse;`,
		cell: (align: string | null) => `border:1px solid #000;padding:0 0.3em;${font('table')}line-height:1.4;text-align:${align ?? 'left'};`,
		linePt
	};
}

export function escapeHtml(s: string): string {
	return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

const BLANK_STYLE = 'background:yellow;mso-highlight:yellow;';

function spans(segments: Segment[], leadStyle: string, restStyle: string): string {
	return segments
		.map((s) => {
			const style = (s.lead && leadStyle !== restStyle ? leadStyle : '') + (s.blank ? BLANK_STYLE : '');
			const text = escapeHtml(s.text);
			return style ? `<span style="${style}">${text}</span>` : text;
		})
		.join('');
}

/** What an HTML builder needs. */
export interface HtmlContext {
	st: ReturnType<typeof roleStyles>;
	line: (l: Line) => string;
	markBlanks: boolean;
	/** 落款 laid out for a seal (§7.3.5.1). */
	sealed: boolean;
}

const emptyLine = (c: HtmlContext) => `<p style="${c.st.empty}">&nbsp;</p>`;

export const htmlBuilders: Builders<HtmlContext, string> = {
	heading: (b, c) => [`<p style="${c.st.paragraph(b.level)}">${c.line(b)}</p>`],
	paragraph: (b, c) => {
		const lead = b.lead ? c.st.font(b.lead.level) : '';
		return [`<p style="${c.st.paragraph('body')}">${spans(segmentLine(b, b.lead?.end ?? 0, c.markBlanks), lead, '')}</p>`];
	},
	salutation: (b, c) => [`<p style="${c.st.flush}">${c.line(b)}</p>`],
	note: (b, c) => [`<p style="${c.st.paragraph('body')}">${c.line(b)}</p>`],
	attachments: (b, c) => {
		const ind = attachmentIndents(b.items.length);
		const n = (i: number) => (b.items.length > 1 ? `${i + 1}.` : '');
		return [
			emptyLine(c),
			...b.items.map((l, i) => {
				const at = ind[i] as { left: number; first: number };
				return `<p style="${c.st.hanging(at.left, at.first)}">${i === 0 ? '附件：' : ''}${n(i)}${c.line(l)}</p>`;
			})
		];
	},
	table: (b, c) => {
		const row = (cells: readonly Line[], tag: 'th' | 'td') =>
			`<tr>${cells.map((cell, i) => `<${tag} style="${c.st.cell(tag === 'th' ? 'center' : (b.align[i] ?? null))}">${c.line(cell)}</${tag}>`).join('')}</tr>`;
		return [`<table style="${c.st.table}"><thead>${row(b.header, 'th')}</thead><tbody>${b.rows.map((r) => row(r, 'td')).join('')}</tbody></table>`];
	},
	signature: (b, c) => {
		const ind = signatureIndents(b.lines.map((l) => widthChars(l.text)), b.date ? widthChars(b.date.text) : null, c.sealed);
		const out = [emptyLine(c)];
		b.lines.forEach((l, i) => out.push(`<p style="${c.st.signature(ind.signature[i] ?? 2)}">${c.line(l)}</p>`));
		if (b.date) out.push(`<p style="${c.st.signature(ind.date)}">${c.line(b.date)}</p>`);
		return out;
	}
};

function context(settings: ExportSettings, options: HtmlOptions): HtmlContext {
	return {
		st: roleStyles(settings),
		line: (l) => spans(segmentLine(l, 0, options.markBlanks), '', ''),
		markBlanks: options.markBlanks,
		sealed: settings.page.sealed
	};
}

/** The blocks as HTML paragraphs (no document wrapper). */
export function blocksToHtml(blocks: readonly Block[], settings: ExportSettings, options: HtmlOptions, builders = htmlBuilders): string {
	return buildBlocks(builders, blocks, context(settings, options)).join('\n');
}

/** 版头 as HTML: the red 发文机关标志, 发文字号 (签发人 on its right when given), the red rule. */
export function headHtml(settings: ExportSettings): string {
	const h = settings.head;
	if (!h.on || !h.organ.trim()) return '';
	const st = roleStyles(settings);
	const out = [`<p style="${st.title}color:${HEAD_RED};font-size:${Math.max(st.sizeOf('title'), 26)}pt;line-height:1.3;">${escapeHtml(h.organ.trim())}</p>`, `<p style="${st.empty}">&nbsp;</p>`];
	const number = escapeHtml(h.number.trim());
	if (h.signer.trim()) {
		out.push(
			`<p style="${st.flush}display:flex;justify-content:space-between;padding:0 1em;"><span>${number}</span><span>签发人：<span style="${st.font(2)}">${escapeHtml(h.signer.trim())}</span></span></p>`
		);
	} else if (number) out.push(`<p style="${st.flush}text-align:center;">${number}</p>`);
	out.push(`<hr style="border:0;border-top:2px solid ${HEAD_RED};margin:4mm 0;">`, `<p style="${st.empty}">&nbsp;</p>`);
	return out.join('\n') + '\n';
}

/** 版记 as HTML: 抄送 and 印发机关/印发日期 between the rules. */
export function recordHtml(settings: ExportSettings): string {
	const r = settings.record;
	if (!r.on || (!r.cc.trim() && !r.printer.trim())) return '';
	const st = roleStyles(settings);
	const small = `${st.empty}font-size:${st.sizeOf('table')}pt;padding:0 1em;`;
	const rows: string[] = [];
	if (r.cc.trim()) rows.push(`<p style="${small}text-indent:-3em;padding-left:4em;">抄送：${escapeHtml(r.cc.trim())}</p>`);
	if (r.printer.trim() || r.printDate.trim()) {
		rows.push(
			`<p style="${small}display:flex;justify-content:space-between;${rows.length ? 'border-top:1px solid #000;' : ''}"><span>${escapeHtml(r.printer.trim())}</span><span>${escapeHtml(r.printDate.trim())}印发</span></p>`
		);
	}
	return `\n<p style="${st.empty}">&nbsp;</p>\n<div class="gj-record" style="border-top:2px solid #000;border-bottom:2px solid #000;">${rows.join('')}</div>`;
}

/** Title (broken 梯形/菱形 when long) plus blocks as HTML paragraphs, with 版头/版记 when chosen. */
export function documentToHtml(doc: ExportDocument, settings: ExportSettings, options: HtmlOptions): string {
	const st = roleStyles(settings);
	const c = context(settings, options);
	const cap = layoutMetrics(layoutOf(settings)).titleChars;

	const head = doc.title.text
		? `<p style="${st.title}">${titleLines(doc.title, cap).map(c.line).join('<br>')}</p>\n<p style="${st.empty}">&nbsp;</p>\n`
		: '';
	return headHtml(settings) + head + blocksToHtml(doc.blocks, settings, options) + recordHtml(settings);
}

/**
 * Print page rules for a preset: A4, its margins, and (when on) page numbers "— 1 —" outside the
 * text block, right on odd pages and left on even pages, one character in.
 */
export function pageCss(settings: ExportSettings): string {
	const l = layoutOf(settings);
	const m = l.marginMm;
	const font = `${l.pageNumberPt}pt ${family(settings.fonts.pageNumber, settings.fonts.pageNumber)}`;
	const box = (side: 'right' | 'left') =>
		`@bottom-${side} { content: '— ' counter(page) ' —'; font: ${font}; padding-${side}: ${l.pageNumberPt}pt; vertical-align: top; padding-top: 5mm; }`;
	const numbers = settings.pageNumbers ? `\n@page :right { ${box('right')} }\n@page :left { ${box('left')} }` : '';
	return `@page { size: A4; margin: ${m.top}mm ${m.right}mm ${m.bottom}mm ${m.left}mm; }${numbers}`;
}

/** A standalone .html file laid out on A4 pages with the preset's margins when printed. */
export function buildHtml(doc: ExportDocument, settings: ExportSettings, options: HtmlOptions): string {
	const l = layoutOf(settings);
	const m = l.marginMm;
	return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>${escapeHtml(doc.title.text)}</title>
<style>
${pageCss(settings)}
body { margin: 0 auto; max-width: ${l.pageMm.width - m.left - m.right}mm; padding: 2em 0; }
thead { display: table-header-group; }
tr { break-inside: avoid; }
@media print { body { padding: 0; } }
</style>
</head>
<body>
${documentToHtml(doc, settings, options)}
</body>
</html>
`;
}
