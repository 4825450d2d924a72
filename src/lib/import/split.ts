/**
 * A cleaned text → samples (at 篇一…篇N markers, or at a repeated title) → sections at each
 * sample's top-level headings (一、…, 第一部分, Markdown `#` from .docx heading styles); text
 * before the first heading is the opening, a closing name-and-date block the 落款. Titles and the
 * report year are proposed for the writer to confirm.
 */
import { classifyLine, numberingOf } from '$lib/export/numbering';
import type { Cleaned } from './clean';
import { kindOf } from './kinds';
import { splitLines, type TextLine } from './lines';
import { importMessages as m } from './messages';
import type { ImportedSample, ImportedSection } from './types';
import { TITLE_SUFFIX } from './furniture';

/** A sample's title from its marker line: "园区年度工作总结篇一" → "园区年度工作总结". */
export function titleFromMarker(text: string): string {
	return text
		.replace(/[【\[]?(?:篇|范文)[一二三四五六七八九十\d]{1,3}[】\]]?[:：]?/, '')
		.replace(/^第[一二三四五六七八九十\d]{1,3}篇[:：]?/, '')
		.replace(/^[\s:：、.]+|[\s:：、.]+$/g, '');
}

/** The page title without its site suffix. */
export function cleanTitle(text: string): string {
	return text.replace(/^#+\s*/, '').replace(TITLE_SUFFIX.re, '').replace(/[。：:]$/, '').trim();
}

/** A year written out in full: "2025年" (not "20xx年"); also in titles like "2025年度". */
const YEAR = /(?:^|[^\d])((?:19|20)\d{2})\s*年/g;

/** The report year: the title's, else the one written most often in the text (ties: earliest). */
export function proposeYear(title: string, text: string, fallback: string = ''): number | null {
	for (const t of [title, fallback]) {
		YEAR.lastIndex = 0;
		const m = YEAR.exec(t);
		if (m) return Number(m[1]);
	}
	const counts = new Map<number, number>();
	YEAR.lastIndex = 0;
	for (const hit of text.matchAll(YEAR)) counts.set(Number(hit[1]), (counts.get(Number(hit[1])) ?? 0) + 1);
	let best: number | null = null;
	for (const [y, n] of counts) if (best === null || n > (counts.get(best) as number) || (n === counts.get(best) && y < best)) best = y;
	return best;
}

/** A heading candidate line with its rank (lower = higher level) and title. */
interface HeadingLine {
	line: TextLine;
	rank: number;
	title: string;
	/** Where the heading text ends inside the line (a lead sentence glued to its paragraph). */
	titleEnd: number;
}

const PART = /^第[一二三四五六七八九十\d]+(?:部分|章|篇)/;
/** Markdown headings rank by level; 公文 numbering below them: 第X部分, 一、, （一）, 1., （1）. */
function headingOf(line: TextLine): HeadingLine | null {
	const t = line.text;
	if (!t) return null;
	const md = /^(#{1,6})\s+(.+)$/.exec(t);
	if (md) return { line, rank: (md[1] as string).length, title: (md[2] as string).trim(), titleEnd: line.contentEnd };
	if (PART.test(t) && t.length <= 40 && !/[。；]/.test(t.slice(0, -1))) return { line, rank: 10, title: t.replace(/[。：:]$/, ''), titleEnd: line.contentEnd };
	const marker = numberingOf(t);
	if (!marker) return null;
	const rank = 10 + ({ 1: 1, 2: 2, 3: 3, 4: 4 } as Record<number, number>)[marker.level]!;
	if (classifyLine(t).kind === 'heading') return { line, rank, title: t.replace(/[。：:]$/, ''), titleEnd: line.contentEnd };
	// "（一）超额完成各项指标。具体……": a short lead sentence is the heading.
	const stop = /[。！？：:]/.exec(t.slice(marker.length));
	if (stop) {
		const lead = t.slice(0, marker.length + stop.index);
		if (lead.length - marker.length <= 25 && !/[，,、；;]/.test(lead)) return { line, rank, title: lead, titleEnd: line.contentStart + marker.length + stop.index + 1 };
	}
	return null;
}

const DATE_LINE = /^[^，。；：,;:\s]{2,8}年[^，。；：,;:]{0,4}月[^，。；：,;:]{0,4}日$/;

/** Splits the signature (a final date line with up to two short name lines above) off a body. */
function splitSignature(body: string): { body: string; signature: string } {
	const lines = body.split('\n');
	let end = lines.length;
	while (end > 0 && !(lines[end - 1] as string).trim()) end--;
	const last = (lines[end - 1] ?? '').trim();
	if (!DATE_LINE.test(last)) return { body, signature: '' };
	let from = end - 1;
	let names = 0;
	for (let k = end - 2; k >= 0 && names < 2; k--) {
		const t = (lines[k] as string).trim();
		if (!t) continue;
		if (t.length > 30 || /[，。；：！？,;:]/.test(t) || numberingOf(t)) break;
		from = k;
		names++;
	}
	return { body: lines.slice(0, from).join('\n').trimEnd(), signature: lines.slice(from, end).map((l) => l.trim()).join('\n') };
}

/** Sections of one sample body (offsets into `text`). */
export function splitSections(text: string, from: number, to: number): ImportedSection[] {
	const lines = splitLines(text.slice(from, to)).map((l) => ({ ...l, start: l.start + from, end: l.end + from, contentStart: l.contentStart + from, contentEnd: l.contentEnd + from }));
	const heads = lines.map(headingOf).filter((h): h is HeadingLine => h !== null);
	const sections: ImportedSection[] = [];
	// The top level: the highest that occurs twice (a lone heading splits only as the first line).
	const firstLine = lines.find((l) => l.text);
	const perRank = new Map<number, number>();
	for (const h of heads) perRank.set(h.rank, (perRank.get(h.rank) ?? 0) + 1);
	let top = Infinity;
	for (const h of heads) {
		if (h.rank >= top) continue;
		if ((perRank.get(h.rank) as number) >= 2 || h.line === firstLine || h.rank <= 6) top = h.rank;
	}
	const tops = heads.filter((h) => h.rank === top);
	const push = (title: string, body: string, opening: boolean) => {
		const trimmed = body.replace(/^\s+|\s+$/g, '');
		if (!trimmed && !title) return;
		sections.push({ title, kind: opening ? 'overview' : kindOf(title, trimmed), body: trimmed });
	};
	let cursor = from;
	let title = '';
	let opening = true;
	for (const h of tops) {
		push(title, text.slice(cursor, h.line.start), opening);
		opening = false;
		title = h.title;
		cursor = h.titleEnd;
	}
	push(title, text.slice(cursor, to), opening);
	// A closing name-and-date block is the 落款.
	const last = sections[sections.length - 1];
	if (last) {
		const { body, signature } = splitSignature(last.body);
		if (signature) {
			if (body || last.title) last.body = body;
			else sections.pop();
			sections.push({ title: '', kind: 'signature', body: signature });
		}
	}
	return sections;
}

const firstLineOf = (s: string) => (s.split('\n').find((l) => l.trim()) ?? '').trim().slice(0, 60);

/** A line that can be a title: short, no sentence punctuation inside, not a numbered heading. */
function looksLikeTitle(line: string): boolean {
	const t = line.replace(/^#+\s*/, '');
	return t.length > 0 && t.length <= 50 && !/[，。；！？,;!?]/.test(t.replace(/[。]$/, '')) && !numberingOf(t) && !PART.test(t);
}

/** Samples in a cleaned text. */
export function splitSamples(c: Cleaned): { title: string; samples: ImportedSample[] } {
	const { analysis, applied, text } = c;
	const { lines, roles } = analysis;
	const pageTitleLine = analysis.titleLine >= 0 ? (lines[analysis.titleLine] as TextLine) : null;
	const pageTitle = pageTitleLine && looksLikeTitle(pageTitleLine.text) ? cleanTitle(pageTitleLine.text) : '';
	// Boundaries in the cleaned text: marker lines, else repeated title lines.
	const bounds: Array<{ at: number; bodyAt: number; title: string }> = [];
	for (let i = 0; i < lines.length; i++) {
		if (roles[i] !== 'marker') continue;
		const l = lines[i] as TextLine;
		bounds.push({ at: applied.toOutput(l.start), bodyAt: applied.toOutput(l.end, 1), title: titleFromMarker(l.text) || pageTitle });
	}
	const out = splitLines(text);
	if (!bounds.length) {
		const counts = new Map<string, number>();
		for (const l of out) if (l.text && l.text.length <= 40 && !numberingOf(l.text) && !/[，。；！？]/.test(l.text)) counts.set(l.text, (counts.get(l.text) ?? 0) + 1);
		const repeated = [...counts].filter(([, n]) => n >= 2).map(([t]) => t);
		const first = out.find((l) => l.text);
		const titleText = repeated.find((t) => t === first?.text) ?? (repeated.length === 1 ? repeated[0] : undefined);
		if (titleText) for (const l of out) if (l.text === titleText) bounds.push({ at: l.start, bodyAt: Math.min(text.length, l.end), title: cleanTitle(l.text) });
	}
	const samples: ImportedSample[] = [];
	const make = (title: string, from: number, to: number) => {
		const body = text.slice(from, to);
		if (!body.trim()) return;
		const sections = splitSections(text, from, to);
		samples.push({
			title: title || m.untitled,
			firstLine: firstLineOf(body),
			length: body.replace(/\s+/g, '').length,
			year: proposeYear(title, body, pageTitle),
			sections,
			from,
			to
		});
	};
	if (bounds.length) {
		bounds.forEach((b, k) => make(b.title, b.bodyAt, k + 1 < bounds.length ? (bounds[k + 1] as { at: number }).at : text.length));
		return { title: pageTitle, samples };
	}
	// One sample: its first line is the title when it reads as one.
	const first = out.find((l) => l.text);
	if (first && looksLikeTitle(first.text)) {
		make(cleanTitle(first.text), Math.min(text.length, first.end), text.length);
		return { title: cleanTitle(first.text), samples };
	}
	make(pageTitle, 0, text.length);
	return { title: pageTitle, samples };
}
