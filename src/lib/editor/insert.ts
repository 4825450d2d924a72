/**
 * Insertion at the writer's cursor for panels beside the editor (phrase bank, skeletons). This
 * module holds no CodeMirror, so a panel can import it without pulling the editor into views
 * that do not edit; the editor session registers itself here while a section editor is shown.
 */

/**
 * How a piece goes in: a phrase runs on in the sentence at the caret (`inline`); a skeleton is a
 * paragraph of its own (`block`), never glued to the text before or after it.
 */
export type InsertKind = 'inline' | 'block';

/** Inserts `text` into section `sectionId` (or the focused one); false if no editor is shown. */
export type CursorInserter = (text: string, sectionId?: string, kind?: InsertKind) => boolean;

let current: CursorInserter | null = null;

export function setCursorInserter(fn: CursorInserter | null): void {
	current = fn;
}

/** Returns false when no editor is shown (the caller then falls back, e.g. append to the body). */
export function insertAtCursor(text: string, sectionId?: string, kind: InsertKind = 'inline'): boolean {
	return current ? current(text, sectionId, kind) : false;
}

/** One change and where the caret goes after it. */
export interface PlacedInsertion {
	from: number;
	to: number;
	insert: string;
	/** The caret after the change: the end of the inserted piece (its own line breaks excluded). */
	cursor: number;
}

/**
 * The change that puts `text` over `from`–`to` of `doc`. A block starts its own line when text
 * stands before it on the same line, and ends its line when text follows: "…仍有差距。" then
 * "一是……" stay two paragraphs, not one run-on sentence.
 */
export function placeInsertion(doc: string, from: number, to: number, text: string, kind: InsertKind): PlacedInsertion {
	if (kind === 'inline') return { from, to, insert: text, cursor: from + text.length };
	const body = text.replace(/^\n+|\n+$/g, '');
	const before = from > 0 && doc[from - 1] !== '\n' ? '\n' : '';
	const after = to < doc.length && doc[to] !== '\n' ? '\n' : '';
	return { from, to, insert: before + body + after, cursor: from + before.length + body.length };
}
