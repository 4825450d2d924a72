/**
 * In-app links as bare hash URLs. Kit's `resolve()` prefixes the directory path, which drops
 * the file name when the app runs as gaojiang.html from file:// (…/dir/#/x instead of
 * …/dir/gaojiang.html#/x); a bare "#/x" always stays on the current document.
 */
export const links = {
	home: '#/',
	draft: (id: string) => `#/drafts/${encodeURIComponent(id)}`,
	packs: '#/packs',
	/** The pack gallery: a new draft from a template pack. */
	newFromPack: '#/new',
	trash: '#/trash',
	settings: '#/settings'
} as const;
