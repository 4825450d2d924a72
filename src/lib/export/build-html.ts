/**
 * HTML from the export document model, with inline styles (fonts, sizes, indent, exact line
 * pitch) so a paste into Word or WPS keeps the layout; the same markup makes the .html file.
 */
import type { Block, ExportDocument, HeadingLevel, Line, Segment } from './document';
import { segmentLine } from './document';
import { signatureIndents, widthChars } from './measure';
import { type ExportSettings, layoutOf, mmToTwips } from './settings';
import { bodyCharSpacing } from './char-spacing';

/** Fallbacks after each configured font, for machines without the 公文 fonts. */
const FALLBACKS: Record<string, string> = {
	fang: "仿宋, FangSong, STFangsong, 'Noto Serif CJK SC', serif",
	hei: "黑体, SimHei, 'Heiti SC', 'Noto Sans CJK SC', sans-serif",
	kai: "楷体, KaiTi, STKaiti, 'Noto Serif CJK SC', serif",
	song: "宋体, SimSun, 'Songti SC', 'Noto Serif CJK SC', serif"
};

function family(font: string, latin: string): string {
	const kind = /黑/.test(font) ? 'hei' : /楷/.test(font) ? 'kai' : /仿宋/.test(font) ? 'fang' : 'song';
	// Latin font first: it has no CJK glyphs, so Chinese falls through to the CJK font, as Word's
	// ascii/eastAsia split does.
	return `'${latin}', '${font}', ${FALLBACKS[kind]}`.replaceAll('"', '');
}

export interface HtmlOptions {
	/** Highlight open blanks (and show zero-width ones as a marker). */
	markBlanks: boolean;
}

type Role = 'title' | 'body' | HeadingLevel;

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
	const font = (role: Role) => {
		const name = role === 'title' ? f.title : role === 'body' ? f.body : role === 1 ? f.level1 : role === 2 ? f.level2 : f.level3;
		const bold = (role === 3 || role === 4) && settings.boldLevels34 ? 'bold' : 'normal';
		const size = role === 'title' ? layout.titlePt : layout.bodyPt;
		return `font-family:${family(name, f.latin)};font-size:${size}pt;font-weight:${bold};${role === 'title' ? '' : spacing}`;
	};
	return {
		font,
		title: `${base}${font('title')}text-align:center;`,
		paragraph: (role: Role) => `${base}${font(role)}text-indent:2em;text-align:justify;`,
		signature: (rightChars: number) => `${base}${font('body')}text-align:right;margin-right:${rightChars}em;`,
		empty: `${base}${font('body')}`,
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

/** The blocks as HTML paragraphs (no document wrapper). */
export function blocksToHtml(blocks: readonly Block[], settings: ExportSettings, options: HtmlOptions): string {
	const st = roleStyles(settings);
	const line = (l: Line) => spans(segmentLine(l, 0, options.markBlanks), '', '');
	const out: string[] = [];
	for (const b of blocks) {
		if (b.kind === 'heading') out.push(`<p style="${st.paragraph(b.level)}">${line(b)}</p>`);
		else if (b.kind === 'paragraph') {
			const lead = b.lead ? st.font(b.lead.level) : '';
			out.push(`<p style="${st.paragraph('body')}">${spans(segmentLine(b, b.lead?.end ?? 0, options.markBlanks), lead, '')}</p>`);
		} else {
			const ind = signatureIndents(b.lines.map((l) => widthChars(l.text)), b.date ? widthChars(b.date.text) : null);
			out.push(`<p style="${st.empty}">&nbsp;</p>`);
			b.lines.forEach((l, i) => out.push(`<p style="${st.signature(ind.signature[i] ?? 2)}">${line(l)}</p>`));
			if (b.date) out.push(`<p style="${st.signature(ind.date)}">${line(b.date)}</p>`);
		}
	}
	return out.join('\n');
}

/** Title plus blocks as HTML paragraphs. */
export function documentToHtml(doc: ExportDocument, settings: ExportSettings, options: HtmlOptions): string {
	const st = roleStyles(settings);
	const head = doc.title.text
		? `<p style="${st.title}">${spans(segmentLine(doc.title, 0, options.markBlanks), '', '')}</p>\n<p style="${st.empty}">&nbsp;</p>\n`
		: '';
	return head + blocksToHtml(doc.blocks, settings, options);
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
@media print { body { padding: 0; } }
</style>
</head>
<body>
${documentToHtml(doc, settings, options)}
</body>
</html>
`;
}
