/**
 * Markdown or plain-text reports (and draft section bodies) → the export document model.
 * A report file has its title on the first line and 一、 headings as the writer typed them;
 * Markdown `#` marks, list bullets and `**bold**` pairs are dropped, 公文 numbering is kept.
 */
import type { Block, ExportDocument, HeadingLevel, Line, Span } from './document';
import { classifyLine, numberingOf } from './numbering';
import { type BlankFinder, type MappedText, cut, mapped, noBlanks, remap } from './blanks';

/** A 成文日期 line: "2026年12月31日", "二〇二六年十二月三十一日", "20__年__月__日". */
const DATE_LINE = /^[^，。；：,;:\s]{2,6}年[^，。；：,;:]{0,4}月[^，。；：,;:]{0,4}日$/;
/** The longest line still read as a signature line (organisation or name). */
const MAX_SIGNATURE_CHARS = 30;

export interface BodyOptions {
	sectionId?: string;
	/** 'detect': a trailing date (with short lines above it) is the 落款; 'all': the whole body is. */
	signature: 'detect' | 'all' | 'none';
}

interface RawLine {
	line: MappedText;
	/** Heading level forced by a Markdown `#` mark without 公文 numbering. */
	mdLevel: HeadingLevel | null;
}

/** Splits a text into cleaned, non-empty lines that remember their original offsets. */
function rawLines(text: string, base: number): RawLine[] {
	const out: RawLine[] = [];
	let start = 0;
	for (const part of text.split('\n')) {
		let m = mapped(part.replace(/\r$/, ''), base + start);
		start += part.length + 1;
		m = trim(m);
		let mdLevel: HeadingLevel | null = null;
		const hashes = /^(#{1,6})\s+/.exec(m.text);
		if (hashes) {
			m = cut(m, 0, hashes[0].length);
			mdLevel = Math.min(4, Math.max(1, (hashes[1] as string).length - 1)) as HeadingLevel;
		} else {
			const bullet = /^(?:[-*+]\s+|>\s*)/.exec(m.text);
			if (bullet) m = cut(m, 0, bullet[0].length);
		}
		m = stripBold(m);
		m = trim(m);
		if (m.text) out.push({ line: m, mdLevel });
	}
	return out;
}

function trim(m: MappedText): MappedText {
	const lead = /^[\s\u3000]*/.exec(m.text)?.[0].length ?? 0;
	let r = cut(m, 0, lead);
	const tail = /[\s\u3000]*$/.exec(r.text)?.[0].length ?? 0;
	if (tail) r = cut(r, r.text.length - tail, r.text.length);
	return r;
}

/** Drops Markdown `**bold**` pairs but keeps a lone `**` (it may be a masked name like **集团). */
function stripBold(m: MappedText): MappedText {
	let r = m;
	for (;;) {
		const hit = /\*\*([^*\n]+?)\*\*/.exec(r.text);
		if (!hit) return r;
		const end = hit.index + hit[0].length;
		r = cut(r, end - 2, end);
		r = cut(r, hit.index, hit.index + 2);
	}
}

function toLine(m: MappedText, blanks: readonly Span[]): Line {
	return { text: m.text, blanks: remap(m, blanks) };
}

function slice(m: MappedText, from: number, to: number): MappedText {
	return { text: m.text.slice(from, to), map: m.map.slice(from, to + 1) };
}

/** Turns a section body (or a report body) into blocks. `blanks` are offsets into `text`. */
export function parseBody(text: string, blanks: readonly Span[], options: BodyOptions): Block[] {
	const lines = rawLines(text, 0);
	const blocks: Block[] = [];
	const sectionId = options.sectionId;
	const withId = <T extends Block>(b: T): T => (sectionId === undefined ? b : { ...b, sectionId });

	let signatureFrom = lines.length;
	if (options.signature === 'all') signatureFrom = 0;
	else if (options.signature === 'detect') signatureFrom = trailingSignature(lines);

	for (const { line, mdLevel } of lines.slice(0, signatureFrom)) {
		for (const part of splitGluedHeading(line)) {
			const role = classifyLine(part.text);
			if (role.kind === 'heading') {
				blocks.push(withId({ kind: 'heading', level: role.level, ...toLine(part, blanks) }));
			} else if (mdLevel !== null && !numberingOf(part.text) && part.text.length <= 40) {
				blocks.push(withId({ kind: 'heading', level: mdLevel, ...toLine(part, blanks) }));
			} else {
				blocks.push(withId({ kind: 'paragraph', lead: role.lead, ...toLine(part, blanks) }));
			}
		}
	}
	const sig = lines.slice(signatureFrom).map((l) => l.line);
	if (sig.length) {
		const last = sig[sig.length - 1] as MappedText;
		const hasDate = DATE_LINE.test(last.text);
		const names = hasDate ? sig.slice(0, -1) : sig;
		blocks.push(
			withId({
				kind: 'signature',
				lines: names.map((l) => toLine(l, blanks)),
				date: hasDate ? toLine(last, blanks) : null
			})
		);
	}
	return blocks;
}

/**
 * Where the 落款 starts: a final date line, and up to two short lines above it that read as
 * names (no sentence punctuation, no numbering). Returns lines.length when there is none.
 */
function trailingSignature(lines: RawLine[]): number {
	const last = lines[lines.length - 1];
	if (!last || !DATE_LINE.test(last.line.text)) return lines.length;
	let from = lines.length - 1;
	while (from > 0 && lines.length - from <= 2) {
		const t = (lines[from - 1] as RawLine).line.text;
		if (t.length > MAX_SIGNATURE_CHARS || /[，。；：！？,;:]/.test(t) || numberingOf(t) || DATE_LINE.test(t)) break;
		from--;
	}
	return from;
}

/**
 * Text pasted from template sites often glues a heading to the paragraph after it with a space
 * ("一、夯实基础，稳步推进重点工作 一是摸清底数，……"): split it back into the heading and the
 * paragraph.
 */
function splitGluedHeading(m: MappedText): MappedText[] {
	const marker = numberingOf(m.text);
	if (!marker) return [m];
	const gap = /[ \u3000]+/.exec(m.text.slice(marker.length));
	if (!gap) return [m];
	const headEnd = marker.length + gap.index;
	const head = m.text.slice(marker.length, headEnd);
	if (!head || head.length > 30 || /[。！？；]/.test(head)) return [m];
	const restStart = headEnd + gap[0].length;
	// Only when what follows is a paragraph of its own (it has a full stop).
	if (!/[。！？]/.test(m.text.slice(restStart))) return [m];
	return [slice(m, 0, headEnd), slice(m, restStart, m.text.length)];
}

/** Parses a whole report: first non-empty line is the title, the rest the body. */
export function parseReport(text: string, findBlanks: BlankFinder = noBlanks): ExportDocument {
	const source = text.replace(/^\uFEFF/, '');
	const blanks = findBlanks(source);
	const all = rawLines(source, 0);
	const first = all[0];
	if (!first) return { title: { text: '', blanks: [] }, blocks: [] };
	const titleEnd = source.indexOf('\n', first.line.map[0] ?? 0);
	const bodyStart = titleEnd < 0 ? source.length : titleEnd + 1;
	const bodyBlanks = blanks
		.filter((b) => b.from >= bodyStart)
		.map((b) => ({ from: b.from - bodyStart, to: b.to - bodyStart }));
	return {
		title: toLine(first.line, blanks),
		blocks: parseBody(source.slice(bodyStart), bodyBlanks, { signature: 'detect' })
	};
}
