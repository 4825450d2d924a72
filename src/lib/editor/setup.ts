/**
 * The CodeMirror configuration of a section: wrapping prose, undo history, search and replace in
 * Chinese, F8 / Shift+F8 between blanks, the findings field, and hooks the session listens to.
 * One EditorState per section is built here; a view can swap states without losing undo.
 */
import { EditorState, Annotation, type Extension } from '@codemirror/state';
import { EditorView, keymap, drawSelection, highlightSpecialChars, type ViewUpdate } from '@codemirror/view';
import { defaultKeymap, history, historyField, historyKeymap } from '@codemirror/commands';
import { search, searchKeymap, highlightSelectionMatches } from '@codemirror/search';
import { codeMirrorPhrases, editorMessages as m } from '$lib/messages/editor';
import { findingsExtension, type FindingActions } from './findings-field';

/** Marks transactions that bring outside changes in (another tab, a restore): not the writer's. */
export const externalChange = Annotation.define<boolean>();

export interface SectionHooks extends FindingActions {
	/** The writer changed the text (not called for external changes). */
	changed(update: ViewUpdate): void;
	/** The section's editor got focus. */
	focused(): void;
	/** An IME composition ended: a held-back check may run now. */
	compositionEnded(): void;
	/** F8 (1) / Shift+F8 (-1). */
	goToBlank(dir: 1 | -1): void;
}

/**
 * Page elements that stay over the top of the window while it scrolls (the draft page's sticky
 * toolbar) carry this attribute; a caret scrolled into view (an insertion, F8, a finding shown)
 * lands below them, not under them.
 */
export const COVERS_TOP = 'data-covers-top';

const belowCoveringBars = EditorView.scrollMargins.of((view) => {
	let bottom = 0;
	for (const el of view.dom.ownerDocument.querySelectorAll<HTMLElement>(`[${COVERS_TOP}]`)) {
		const style = getComputedStyle(el);
		if (style.position !== 'sticky' && style.position !== 'fixed') continue;
		bottom = Math.max(bottom, (Number.parseFloat(style.top) || 0) + el.getBoundingClientRect().height);
	}
	// Margins count from the editor's own top: only the part of the editor under the bar is
	// covered (an editor below the bar loses nothing, and its hover tooltips stay visible).
	const covered = bottom - Math.max(view.scrollDOM.getBoundingClientRect().top, 0);
	// A little air between the bar and the line.
	return covered > 0 ? { top: covered + 8 } : null;
});

const proseTheme = EditorView.theme({
	// The size is the writer's (备份与设置 → 界面), set on the page as a CSS variable.
	'&': { fontSize: 'var(--gj-editor-font-size, 16px)', backgroundColor: '#fff', border: '1px solid #d9d9d9', borderRadius: '4px' },
	'&.cm-focused': { outline: '2px solid #91caff' },
	'.cm-content': {
		fontFamily: '"Noto Serif CJK SC", "Source Han Serif SC", "SimSun", serif',
		lineHeight: '1.9',
		padding: '10px 4px',
		minHeight: '8em'
	},
	'.cm-scroller': { overflow: 'auto', maxHeight: '70vh' }
});

export function sectionExtensions(title: string, hooks: SectionHooks): Extension {
	return [
		highlightSpecialChars(),
		history(),
		drawSelection(),
		EditorView.lineWrapping,
		search({ top: true }),
		highlightSelectionMatches(),
		EditorState.phrases.of(codeMirrorPhrases),
		keymap.of([
			{ key: 'F8', run: () => (hooks.goToBlank(1), true), preventDefault: true },
			{ key: 'Shift-F8', run: () => (hooks.goToBlank(-1), true), preventDefault: true },
			...searchKeymap,
			...historyKeymap,
			...defaultKeymap
		]),
		findingsExtension(hooks),
		EditorView.contentAttributes.of({ 'aria-label': m.editorLabel(title), lang: 'zh-CN', spellcheck: 'false' }),
		EditorView.updateListener.of((u) => {
			if (u.docChanged && !u.transactions.some((t) => t.annotation(externalChange))) hooks.changed(u);
			if (u.focusChanged && u.view.hasFocus) hooks.focused();
		}),
		EditorView.domEventHandlers({
			compositionend: () => {
				hooks.compositionEnded();
				return false;
			}
		}),
		belowCoveringBars,
		proseTheme
	];
}

/**
 * A section's state; `kept` (from `keptState`) brings back the undo history and selection of an
 * earlier session of the same text, so leaving the draft and coming back keeps Ctrl+Z.
 */
export function createSectionState(doc: string, title: string, hooks: SectionHooks, kept?: unknown): EditorState {
	const extensions = sectionExtensions(title, hooks);
	if (kept !== undefined && kept !== null) {
		try {
			const state = EditorState.fromJSON(kept, { extensions }, { history: historyField });
			if (state.doc.toString() === doc) return state;
		} catch {
			// A kept history that no longer fits: start afresh.
		}
	}
	return EditorState.create({ doc, extensions });
}

/** The text, selection and undo history of a state, as plain JSON to keep between sessions. */
export function keptState(state: EditorState): unknown {
	return state.toJSON({ history: historyField });
}
