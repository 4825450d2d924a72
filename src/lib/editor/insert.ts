/**
 * Insertion at the writer's cursor for panels beside the editor (phrase bank, skeletons). This
 * module holds no CodeMirror, so a panel can import it without pulling the editor into views
 * that do not edit; the editor session registers itself here while a section editor is shown.
 */

/** Inserts `text` at the cursor of section `sectionId` (or the focused one); false if none. */
export type CursorInserter = (text: string, sectionId?: string) => boolean;

let current: CursorInserter | null = null;

export function setCursorInserter(fn: CursorInserter | null): void {
	current = fn;
}

/** Returns false when no editor is shown (the caller then falls back, e.g. append to the body). */
export function insertAtCursor(text: string, sectionId?: string): boolean {
	return current ? current(text, sectionId) : false;
}
