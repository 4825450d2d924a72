/**
 * An address path the router can always decode. In hash mode SvelteKit decodes `#/drafts/<id>`
 * three times over: the whole hash (decodeURIComponent), the path (decodeURI between `%25`s),
 * then each parameter (decodeURIComponent). A lone `%` or a broken escape (`#/drafts/%`,
 * `#/drafts/%E0%A4`) threw a URIError at one of them and the whole page went white. A path that
 * would throw gets every `%` escaped twice, so the router ends with exactly what was typed and
 * the page says plainly that no such draft exists.
 *
 * Self-contained on purpose: hooks.server.ts writes this very function into the page as text.
 */
export function safeRoutePath(path: string): string | null {
	function routerDecodes(p: string): boolean {
		try {
			const once = decodeURIComponent(p).replace(/[?#].+/, '');
			const decoded = once.split('%25').map(decodeURI).join('%25');
			for (const segment of decoded.split('/')) decodeURIComponent(segment);
			return true;
		} catch {
			return false;
		}
	}
	return routerDecodes(path) ? null : path.replaceAll('%', '%2525');
}
