/**
 * Guidance Markdown → safe HTML. Guidance comes from packs other people wrote, so the HTML is
 * always passed through DOMPurify (validation refuses HTML and script links up front too).
 */
import { Marked } from 'marked';
import DOMPurify from 'dompurify';

// One instance for guidance only, so no global marked options leak in or out.
const marked = new Marked({ gfm: true, breaks: false, async: false });

/** Escapes text for the fallback when no DOM (and so no DOMPurify) is available. */
function escapeHtml(s: string): string {
	return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

export function renderGuidance(markdown: string): string {
	const html = marked.parse(markdown) as string;
	if (!DOMPurify.isSupported) return `<pre>${escapeHtml(markdown)}</pre>`;
	return DOMPurify.sanitize(html, { USE_PROFILES: { html: true }, FORBID_TAGS: ['style', 'form', 'input', 'img'], FORBID_ATTR: ['style'] });
}
