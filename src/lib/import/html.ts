/**
 * HTML (a saved web page, the clipboard's text/html, mammoth's .docx output) → plain text with
 * its structure: headings as Markdown `#` lines, paragraphs and list items as lines of their
 * own, `<br>` as a line break, tables as Markdown tables. Scripts, styles, forms and hidden
 * elements are dropped. A small linear tokenizer, the same in the browser (after DOMPurify) and
 * in Node, so both give the same text.
 */

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr']);
/** Elements whose whole content is dropped. */
const DROP = new Set(['script', 'style', 'noscript', 'template', 'iframe', 'object', 'svg', 'math', 'head', 'title', 'select', 'textarea', 'button', 'form', 'nav', 'canvas', 'audio', 'video']);
/** Elements that start a new line of their own. */
const BLOCK = new Set(['p', 'div', 'section', 'article', 'main', 'header', 'footer', 'aside', 'blockquote', 'pre', 'ul', 'ol', 'dl', 'dt', 'dd', 'figure', 'figcaption', 'address', 'center', 'body', 'html', 'hr', 'caption', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'table', 'tr']);

const NAMED: Record<string, string> = {
	nbsp: ' ', amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", ldquo: '“', rdquo: '”', lsquo: '‘', rsquo: '’',
	hellip: '…', mdash: '—', ndash: '–', middot: '·', times: '×', divide: '÷', emsp: ' ', ensp: ' ', thinsp: ' ',
	ideographicspace: '\u3000', copy: '©', reg: '®', deg: '°', plusmn: '±', permil: '‰', yen: '¥', bull: '•'
};

/** Decodes character references (&amp; &#20013; &#x4e2d; and the common named ones). */
export function decodeEntities(s: string): string {
	if (!s.includes('&')) return s;
	return s.replace(/&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z]{2,20});?/g, (all, ref: string) => {
		if (ref[0] === '#') {
			const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
			return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : '';
		}
		return NAMED[ref.toLowerCase()] ?? all;
	});
}

interface Tag {
	name: string;
	closing: boolean;
	selfClosing: boolean;
	attrs: string;
}

/** Hidden by the page itself: hidden/aria-hidden attributes or display:none / visibility:hidden. */
function isHidden(attrs: string): boolean {
	if (!attrs) return false;
	const a = attrs.toLowerCase();
	return (
		/(?:^|\s)hidden(?:\s|=|$)/.test(a) ||
		/aria-hidden\s*=\s*["']?true/.test(a) ||
		/style\s*=\s*["'][^"']*(?:display\s*:\s*none|visibility\s*:\s*hidden)/.test(a)
	);
}

/** Builds the output lines; cells of the current table row collect separately. */
class Writer {
	/** Output lines; `soft` when a <br> (not a block end) ended the line. */
	lines: Array<{ text: string; soft: boolean }> = [];
	line = '';
	prefix = '';
	table: string[][] | null = null;
	row: string[] | null = null;
	cell: string | null = null;
	/** Item counters of the open ordered lists (Word's automatic numbers are not in the text). */
	counters: number[] = [];

	text(t: string): void {
		const s = t.replace(/[\t\n\r\f ]+/g, ' ');
		if (this.cell !== null) this.cell += s;
		else this.line += s;
	}
	lineBreak(): void {
		if (this.cell !== null) this.cell += ' ';
		else this.flush(true);
	}
	flush(soft = false): void {
		const t = this.line.trim();
		if (t) {
			this.lines.push({ text: this.prefix + t, soft });
			this.prefix = '';
		} else if (!soft) {
			const last = this.lines[this.lines.length - 1];
			if (last) last.soft = false;
			this.prefix = '';
		}
		this.line = '';
	}
	endTable(): void {
		const rows = (this.table ?? []).filter((r) => r.some((c) => c));
		this.table = null;
		if (!rows.length) return;
		const width = Math.max(...rows.map((r) => r.length));
		const fmt = (r: string[]) => `| ${Array.from({ length: width }, (_, i) => (r[i] ?? '').replace(/\|/g, '\\|')).join(' | ')} |`;
		const table = [fmt(rows[0] as string[]), `| ${Array.from({ length: width }, () => '---').join(' | ')} |`, ...rows.slice(1).map(fmt)];
		this.lines.push({ text: table.join('\n'), soft: false });
	}
}

/**
 * Turns HTML into structured plain text, one block per line, blocks separated by blank lines.
 * Linear in the input: one pass of the tokenizer, no backtracking regular expressions.
 */
export function htmlToText(html: string): string {
	const w = new Writer();
	let i = 0;
	const n = html.length;
	let dropDepth = 0;
	let dropName = '';
	const hiddenStack: string[] = [];
	const open: string[] = [];
	let lower: string | null = null;
	while (i < n) {
		const lt = html.indexOf('<', i);
		const textEnd = lt < 0 ? n : lt;
		if (textEnd > i && dropDepth === 0 && hiddenStack.length === 0) w.text(decodeEntities(html.slice(i, textEnd)));
		if (lt < 0) break;
		i = lt;
		if (html.startsWith('<!--', i)) {
			const end = html.indexOf('-->', i + 4);
			i = end < 0 ? n : end + 3;
			continue;
		}
		if (html[i + 1] === '!' || html[i + 1] === '?') {
			const end = html.indexOf('>', i);
			i = end < 0 ? n : end + 1;
			continue;
		}
		const tag = readTag(html, i);
		if (!tag) {
			// A lone '<' is text.
			if (dropDepth === 0 && hiddenStack.length === 0) w.text('<');
			i++;
			continue;
		}
		i = tag.end;
		const { name, closing, selfClosing, attrs } = tag.tag;
		if (dropDepth > 0) {
			if (name === dropName) dropDepth += closing ? -1 : selfClosing ? 0 : 1;
			continue;
		}
		if (!closing && DROP.has(name) && !selfClosing) {
			dropDepth = 1;
			dropName = name;
			// Raw-text elements end only at their own closing tag.
			if (name === 'script' || name === 'style' || name === 'textarea' || name === 'title') {
				lower ??= html.toLowerCase();
				const close = lower.indexOf(`</${name}`, i);
				i = close < 0 ? n : close;
			}
			continue;
		}
		if (hiddenStack.length) {
			const top = hiddenStack[hiddenStack.length - 1] as string;
			if (!closing && !selfClosing && !VOID.has(name) && name === top) hiddenStack.push(name);
			else if (closing && name === top) hiddenStack.pop();
			continue;
		}
		if (!closing && !VOID.has(name) && !selfClosing && isHidden(attrs)) {
			hiddenStack.push(name);
			continue;
		}
		handleTag(w, name, closing, open);
		if (!closing && !VOID.has(name) && !selfClosing) open.push(name);
		else if (closing) {
			const at = open.lastIndexOf(name);
			if (at >= 0) open.length = at;
		}
	}
	if (w.table) {
		if (w.row && w.cell !== null) w.row.push(w.cell.trim());
		if (w.row) w.table.push(w.row);
		w.endTable();
	}
	w.flush();
	// Blocks separated by one blank line; a <br> keeps a single line break.
	let out = '';
	w.lines.forEach((l, k) => {
		if (k > 0) out += (w.lines[k - 1] as { soft: boolean }).soft ? '\n' : '\n\n';
		out += l.text;
	});
	return out;
}

function handleTag(w: Writer, name: string, closing: boolean, open: string[]): void {
	if (name === 'br') return w.lineBreak();
	if (name === 'table') {
		if (!closing) {
			w.flush();
			w.table = [];
		} else if (w.table) {
			if (w.row) {
				if (w.cell !== null) w.row.push(w.cell.trim());
				w.table.push(w.row);
			}
			w.row = null;
			w.cell = null;
			w.endTable();
		}
		return;
	}
	if (w.table) {
		if (name === 'tr') {
			if (w.row) {
				if (w.cell !== null) w.row.push(w.cell.trim());
				w.table.push(w.row);
			}
			w.row = closing ? null : [];
			w.cell = null;
		} else if (name === 'td' || name === 'th') {
			if (!w.row) w.row = [];
			if (w.cell !== null) w.row.push(w.cell.trim());
			w.cell = closing ? null : '';
		} else if (BLOCK.has(name) && w.cell !== null) w.cell += ' ';
		return;
	}
	if (/^h[1-6]$/.test(name)) {
		w.flush();
		if (!closing) w.prefix = '#'.repeat(Number(name[1])) + ' ';
		return;
	}
	if (name === 'ol') {
		w.flush();
		if (closing) w.counters.pop();
		else w.counters.push(0);
		return;
	}
	if (name === 'li') {
		w.flush();
		if (!closing) {
			const list = [...open].reverse().find((t) => t === 'ul' || t === 'ol');
			if (list === 'ol' && w.counters.length) {
				const n = (w.counters[w.counters.length - 1] as number) + 1;
				w.counters[w.counters.length - 1] = n;
				w.prefix = `${n}. `;
			} else w.prefix = '- ';
		}
		return;
	}
	if (BLOCK.has(name)) w.flush();
}

function readTag(html: string, at: number): { tag: Tag; end: number } | null {
	let j = at + 1;
	const closing = html[j] === '/';
	if (closing) j++;
	const nameStart = j;
	while (j < html.length && /[A-Za-z0-9:-]/.test(html[j] as string)) j++;
	if (j === nameStart || !/[A-Za-z]/.test(html[nameStart] as string)) return null;
	const name = html.slice(nameStart, j).toLowerCase();
	// Attributes up to the closing '>', respecting quotes.
	const attrStart = j;
	let quote = '';
	while (j < html.length) {
		const c = html[j];
		if (quote) {
			if (c === quote) quote = '';
		} else if (c === '"' || c === "'") quote = c;
		else if (c === '>') break;
		j++;
	}
	const attrs = html.slice(attrStart, j);
	return { tag: { name, closing, selfClosing: attrs.endsWith('/'), attrs }, end: Math.min(html.length, j + 1) };
}
