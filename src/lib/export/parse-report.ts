/**
 * Markdown or plain-text reports (and draft section bodies) → the export document model.
 * A report file has its title on the first line and 一、 headings as the writer typed them;
 * Markdown `#` marks, list bullets, `**bold**` pairs and backslash escapes are dropped, 公文
 * numbering is kept, Markdown tables become table blocks. The parts GB/T 9704 lays out on their
 * own are recognised here: 主送机关, 附件说明, 落款 (署名 and 成文日期) and 附注.
 */
import type { Block, CellAlign, ExportDocument, HeadingLevel, Line, Span } from './document';
import { classifyLine, numberingOf } from './numbering';
import { type BlankFinder, type MappedText, type SortedBlanks, cut, cutMany, mapped, noBlanks, remap, sortBlanks } from './blanks';
import { officialDate } from './official-date';

/** A 成文日期 line: "2026年12月31日", "二〇二六年十二月三十一日", "20__年__月__日". */
const DATE_LINE = /^[^，。；：,;:\s]{2,6}年[^，。；：,;:]{0,4}月[^，。；：,;:]{0,4}日$/;
/** The longest line still read as a signature line (organisation or name). */
const MAX_SIGNATURE_CHARS = 30;
/** 主送机关: a short line of names ending in a colon ("县委、县政府：", "各乡镇人民政府，县直各单位："). */
const SALUTATION = /^[^。；！？;!?\s]{2,60}[：:]$/;
/** 附件说明: "附件：1.……" or "附件：……"; later items "2.……". */
const ATTACHMENT = /^附件[：:]\s*/;
const ITEM_NUMBER = /^[0-9０-９]{1,2}[.．、]\s*/;
/** 附注: one bracketed line ("（此件公开发布）"). */
const NOTE = /^[（(][^（）()]{4,}[）)]$/;
/** A Markdown table's delimiter row: | --- | :---: | ---: |. */
const TABLE_RULE = /^\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)*\|?$/;

export interface BodyOptions {
	sectionId?: string;
	/** 'detect': a trailing date (with short lines above it) is the 落款; 'all': the whole body is. */
	signature: 'detect' | 'all' | 'none';
	/** Read a first line ending in a colon as the 主送机关 (only at the top of the report). */
	salutation?: boolean;
}

interface TextItem {
	type: 'line';
	line: MappedText;
	/** Heading level forced by a Markdown `#` mark without 公文 numbering. */
	mdLevel: HeadingLevel | null;
}

interface TableItem {
	type: 'table';
	rows: MappedText[][];
	align: CellAlign[];
}

type Item = TextItem | TableItem;

/** Splits a text into cleaned, non-empty lines (and tables) that remember their original offsets. */
function items(text: string, base: number): Item[] {
	const out: Item[] = [];
	const raw: MappedText[] = [];
	let start = 0;
	for (const part of text.split('\n')) {
		raw.push(trim(mapped(part.replace(/\r$/, ''), base + start)));
		start += part.length + 1;
	}
	for (let i = 0; i < raw.length; i++) {
		const table = tableAt(raw, i);
		if (table) {
			out.push(table.item);
			i = table.end - 1;
			continue;
		}
		let m = raw[i] as MappedText;
		let mdLevel: HeadingLevel | null = null;
		const hashes = /^(#{1,6})\s+/.exec(m.text);
		if (hashes) {
			m = cut(m, 0, hashes[0].length);
			mdLevel = Math.min(4, Math.max(1, (hashes[1] as string).length - 1)) as HeadingLevel;
		} else {
			const bullet = /^(?:[-*+]\s+|>\s*)/.exec(m.text);
			if (bullet) m = cut(m, 0, bullet[0].length);
		}
		m = trim(stripMarks(m));
		if (m.text) out.push({ type: 'line', line: m, mdLevel });
	}
	return out;
}

/** A Markdown table starting at line i (header, delimiter row, body rows), or null. */
function tableAt(raw: readonly MappedText[], i: number): { item: TableItem; end: number } | null {
	const head = raw[i];
	const rule = raw[i + 1];
	if (!head || !rule || !head.text.includes('|') || !TABLE_RULE.test(rule.text) || !rule.text.includes('-')) return null;
	const header = cells(head);
	const align = cells(rule).map((c): CellAlign => {
		const t = c.text;
		const l = t.startsWith(':');
		const r = t.endsWith(':');
		return l && r ? 'center' : r ? 'right' : l ? 'left' : null;
	});
	if (header.length !== align.length) return null;
	const rows = [header];
	let end = i + 2;
	for (; end < raw.length; end++) {
		const r = raw[end] as MappedText;
		if (!r.text || !r.text.includes('|')) break;
		const row = cells(r);
		// GFM: extra cells are dropped, missing ones are empty.
		while (row.length < header.length) row.push({ text: '', map: [r.map[r.map.length - 1] as number] });
		rows.push(row.slice(0, header.length));
	}
	return { item: { type: 'table', rows, align }, end };
}

/** The cells of a table row, split at unescaped pipes, trimmed, Markdown marks dropped. */
function cells(m: MappedText): MappedText[] {
	const t = m.text;
	const bounds: number[] = [];
	for (let i = 0; i < t.length; i++) {
		if (t[i] === '\\') i++;
		else if (t[i] === '|') bounds.push(i);
	}
	const from = bounds[0] === 0 ? 1 : 0;
	const out: MappedText[] = [];
	let at = from ? 1 : 0;
	const ends = bounds.slice(from);
	if (ends[ends.length - 1] !== t.length - 1 || !ends.length) ends.push(t.length);
	for (const e of ends) {
		out.push(trim(stripMarks({ text: t.slice(at, e), map: m.map.slice(at, e + 1) })));
		at = e + 1;
	}
	return out;
}

function trim(m: MappedText): MappedText {
	const lead = /^[\s\u3000]*/.exec(m.text)?.[0].length ?? 0;
	let r = lead ? cut(m, 0, lead) : m;
	const tail = /[\s\u3000]*$/.exec(r.text)?.[0].length ?? 0;
	if (tail) r = cut(r, r.text.length - tail, r.text.length);
	return r;
}

/** ASCII punctuation a Markdown backslash escapes. */
const ESCAPABLE = /[!-/:-@[-`{-~]/;

/**
 * Drops Markdown backslash escapes (\*, \_, \<, \|) and `**bold**` pairs in one pass, but keeps
 * a lone `**` (it may be a masked name like **集团) and escaped stars.
 */
function stripMarks(m: MappedText): MappedText {
	const t = m.text;
	if (!t.includes('\\') && !t.includes('**')) return m;
	const ranges: [number, number][] = [];
	const literal = new Set<number>();
	for (let i = 0; i < t.length - 1; i++) {
		if (t[i] === '\\' && ESCAPABLE.test(t[i + 1] as string)) {
			ranges.push([i, i + 1]);
			literal.add(i + 1);
			i++;
		}
	}
	for (const hit of t.matchAll(/\*\*([^*\n]+?)\*\*/g)) {
		const a = hit.index;
		const b = a + hit[0].length - 2;
		if ([a, a + 1, b, b + 1].some((k) => literal.has(k))) continue;
		ranges.push([a, a + 2], [b, b + 2]);
	}
	ranges.sort((x, y) => x[0] - y[0]);
	return cutMany(m, ranges);
}

function toLine(m: MappedText, blanks: SortedBlanks): Line {
	return { text: m.text, blanks: remap(m, blanks) };
}

function slice(m: MappedText, from: number, to: number): MappedText {
	return { text: m.text.slice(from, to), map: m.map.slice(from, to + 1) };
}

/** Turns a section body (or a report body) into blocks. `blanks` are offsets into `text`. */
export function parseBody(text: string, blanks: readonly Span[], options: BodyOptions): Block[] {
	const all = items(text, 0);
	const sorted = sortBlanks(blanks);
	const blocks: Block[] = [];
	const sectionId = options.sectionId;
	const withId = <T extends Block>(b: T): T => (sectionId === undefined ? b : { ...b, sectionId });

	// A trailing 附注 under the date.
	let end = all.length;
	let note: MappedText | null = null;
	const lastItem = all[end - 1];
	if (lastItem?.type === 'line' && NOTE.test(lastItem.line.text) && !numberingOf(lastItem.line.text)) {
		const before = all[end - 2];
		if (options.signature === 'all' || (before?.type === 'line' && DATE_LINE.test(before.line.text))) {
			note = lastItem.line;
			end--;
		}
	}
	const body = all.slice(0, end);
	let signatureFrom = body.length;
	if (options.signature === 'all') signatureFrom = 0;
	else if (options.signature === 'detect') signatureFrom = trailingSignature(body);

	const main = body.slice(0, signatureFrom);
	for (let i = 0; i < main.length; i++) {
		const item = main[i] as Item;
		if (item.type === 'table') {
			const [header, ...rows] = item.rows.map((r) => r.map((c) => toLine(c, sorted)));
			blocks.push(withId({ kind: 'table', header: header ?? [], rows, align: item.align }));
			continue;
		}
		const { line, mdLevel } = item;
		if (i === 0 && options.salutation && isSalutation(line.text)) {
			const l = toLine(line, sorted);
			// A half-width colon becomes the full-width one (same length, blanks keep their place).
			blocks.push(withId({ kind: 'salutation', ...l, text: l.text.replace(/:$/, '：') }));
			continue;
		}
		const att = ATTACHMENT.exec(line.text);
		if (att) {
			const names: MappedText[] = [];
			const first = cut(line, 0, att[0].length);
			if (first.text) names.push(first);
			while (main[i + 1]?.type === 'line' && isAttachmentItem((main[i + 1] as TextItem).line.text, names.length > 0)) {
				names.push((main[++i] as TextItem).line);
			}
			const itemsOut = names.map((n) => {
				const num = ITEM_NUMBER.exec(n.text);
				return toLine(num ? cut(n, 0, num[0].length) : n, sorted);
			});
			if (itemsOut.length) {
				blocks.push(withId({ kind: 'attachments', items: itemsOut }));
				continue;
			}
		}
		for (const part of splitGluedHeading(line)) {
			const role = classifyLine(part.text);
			if (role.kind === 'heading') {
				blocks.push(withId({ kind: 'heading', level: role.level, ...toLine(part, sorted) }));
			} else if (mdLevel !== null && !numberingOf(part.text) && part.text.length <= 40) {
				blocks.push(withId({ kind: 'heading', level: mdLevel, ...toLine(part, sorted) }));
			} else {
				blocks.push(withId({ kind: 'paragraph', lead: role.lead, ...toLine(part, sorted) }));
			}
		}
	}
	const sig = body.slice(signatureFrom).flatMap((it) => (it.type === 'line' ? [it.line] : []));
	if (sig.length) {
		const last = sig[sig.length - 1] as MappedText;
		const hasDate = DATE_LINE.test(last.text);
		const names = hasDate ? sig.slice(0, -1) : sig;
		let date: Line | null = null;
		if (hasDate) {
			date = toLine(last, sorted);
			// §7.3.5: Arabic numerals, months and days not padded; only when nothing in it is open.
			if (!date.blanks.length) date = { text: officialDate(date.text), blanks: [] };
		}
		blocks.push(withId({ kind: 'signature', lines: names.map((l) => toLine(l, sorted)), date }));
	}
	if (note) blocks.push(withId({ kind: 'note', ...toLine(note, sorted) }));
	return blocks;
}

function isSalutation(text: string): boolean {
	return SALUTATION.test(text) && !numberingOf(text) && !ATTACHMENT.test(text) && !/[，,]$/.test(text.slice(0, -1));
}

/** A further attachment line: "2.……" (or the first "1.……" under a bare 附件：), no sentence stop. */
function isAttachmentItem(text: string, after: boolean): boolean {
	const num = ITEM_NUMBER.exec(text);
	if (!num) return false;
	if (!after && !/^[1１]/.test(text)) return false;
	const name = text.slice(num[0].length);
	return name.length > 0 && name.length <= 60 && !/[。！？；]$/.test(name);
}

/**
 * Where the 落款 starts: a final date line, and up to two short lines above it that read as
 * names (no sentence punctuation, no numbering). Returns lines.length when there is none.
 */
function trailingSignature(all: Item[]): number {
	const last = all[all.length - 1];
	if (last?.type !== 'line' || !DATE_LINE.test(last.line.text)) return all.length;
	let from = all.length - 1;
	while (from > 0 && all.length - from <= 2) {
		const it = all[from - 1] as Item;
		if (it.type !== 'line') break;
		const t = it.line.text;
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
	const all = items(source, 0);
	const first = all[0];
	if (!first || first.type !== 'line') return { title: { text: '', blanks: [] }, blocks: first ? parseBody(source, blanks, { signature: 'detect' }) : [] };
	const titleEnd = source.indexOf('\n', first.line.map[0] ?? 0);
	const bodyStart = titleEnd < 0 ? source.length : titleEnd + 1;
	const bodyBlanks = blanks
		.filter((b) => b.from >= bodyStart)
		.map((b) => ({ from: b.from - bodyStart, to: b.to - bodyStart }));
	return {
		title: toLine(first.line, sortBlanks(blanks)),
		blocks: parseBody(source.slice(bodyStart), bodyBlanks, { signature: 'detect', salutation: true })
	};
}
