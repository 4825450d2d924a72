/**
 * One entry point for every output format, used by the browser (ExportPanel) and the command
 * line alike, so both produce the same files from the same code.
 */
import type { ExportDocument } from './document';
import { buildDocx, DOCX_MIME } from './build-docx';
import { buildHtml } from './build-html';
import { buildMarkdown, buildText } from './build-text';
import type { ExportSettings } from './settings';
import { prepareDocument } from './prepare';
import { exportMessages } from './messages';

export const FORMATS = ['docx', 'md', 'txt', 'html'] as const;
export type ExportFormat = (typeof FORMATS)[number];

export const MIME: Record<ExportFormat, string> = {
	docx: DOCX_MIME,
	md: 'text/markdown;charset=utf-8',
	txt: 'text/plain;charset=utf-8',
	html: 'text/html;charset=utf-8'
};

export function isFormat(s: string): s is ExportFormat {
	return (FORMATS as readonly string[]).includes(s);
}

export interface BuildOptions {
	/** Highlight open blanks (docx, html). */
	markBlanks: boolean;
}

/** Builds one output; text formats come back as UTF-8 bytes too, ready to save. */
export async function buildOutput(
	doc: ExportDocument,
	format: ExportFormat,
	settings: ExportSettings,
	options: BuildOptions
): Promise<Uint8Array> {
	const ready = prepareDocument(doc, settings);
	if (format === 'docx') return buildDocx(ready, settings, options);
	const text =
		format === 'md' ? buildMarkdown(ready) : format === 'txt' ? buildText(ready, settings.page.sealed) : buildHtml(ready, settings, options);
	return new TextEncoder().encode(text);
}

/**
 * A download name from the draft title and a date: "2026年度工作总结_20261228.docx".
 * Characters Windows refuses in file names are dropped.
 */
export function exportFileName(title: string, format: ExportFormat, date: Date = new Date()): string {
	const clean = title
		.replace(/[\\/:*?"<>|\u0000-\u001f]/g, '')
		.replace(/\s+/g, ' ')
		.trim()
		.slice(0, 60);
	const pad = (n: number) => String(n).padStart(2, '0');
	const stamp = `${date.getFullYear()}${pad(date.getMonth() + 1)}${pad(date.getDate())}`;
	return `${clean || exportMessages.untitled}_${stamp}.${format}`;
}
