/**
 * The checker's findings inside a CodeMirror state: underlines by severity (a visible gap marker
 * where a number is missing), mapped through every edit until the next check replaces them, and
 * a hover tooltip in Chinese with quick fixes and 忽略此处. Each section's EditorState carries its
 * own field, so a section that is not on screen still knows where its blanks are.
 */
import { StateEffect, StateField, type EditorState, type Extension, type Range as CmRange } from '@codemirror/state';
import { Decoration, EditorView, WidgetType, hoverTooltip, type DecorationSet, type Tooltip } from '@codemirror/view';
import type { Finding } from '$lib/check/types';
import { editorMessages as m } from '$lib/messages/editor';
import { sortFindings, type Range } from './findings';

/** Replaces the findings shown in a section (already filtered by the ignore list). */
export const setFindings = StateEffect.define<readonly Finding[]>();

class GapWidget extends WidgetType {
	constructor(readonly cls: string) {
		super();
	}
	eq(other: GapWidget): boolean {
		return other.cls === this.cls;
	}
	toDOM(): HTMLElement {
		const el = document.createElement('span');
		el.className = this.cls;
		el.setAttribute('aria-hidden', 'true');
		return el;
	}
	ignoreEvent(): boolean {
		return false;
	}
}

function classesFor(f: Finding): string {
	return `gj-finding gj-sev-${f.severity} gj-cat-${f.category}${f.category === 'blank' ? ' gj-blank' : ''}`;
}

function decorationsFor(findings: readonly Finding[], docLength: number): DecorationSet {
	const ranges: CmRange<Decoration>[] = [];
	for (const f of sortFindings(findings)) {
		if (f.from < 0 || f.to > docLength || f.from > f.to) continue;
		if (f.from === f.to) {
			ranges.push(Decoration.widget({ widget: new GapWidget(`${classesFor(f)} gj-gap`), side: 1, finding: f }).range(f.from));
		} else {
			ranges.push(Decoration.mark({ class: classesFor(f), finding: f, inclusive: false }).range(f.from, f.to));
		}
	}
	return Decoration.set(ranges, true);
}

export const findingsField = StateField.define<DecorationSet>({
	create: () => Decoration.none,
	update(deco, tr) {
		let next = deco.map(tr.changes);
		for (const e of tr.effects) if (e.is(setFindings)) next = decorationsFor(e.value, tr.state.doc.length);
		return next;
	},
	provide: (f) => EditorView.decorations.from(f)
});

/** A finding at its current (mapped) position. */
export interface PlacedFinding extends Range {
	finding: Finding;
}

/** Every finding of a state at its current position, in document order. */
export function placedFindings(state: EditorState): PlacedFinding[] {
	const out: PlacedFinding[] = [];
	const deco = state.field(findingsField, false);
	if (!deco) return out;
	deco.between(0, state.doc.length, (from, to, value) => {
		const finding = value.spec.finding as Finding | undefined;
		if (finding) out.push({ from, to, finding });
	});
	return out;
}

/** Current positions of the blanks of a state (for F8). */
export function blankRanges(state: EditorState): Range[] {
	return placedFindings(state)
		.filter((p) => p.finding.category === 'blank')
		.map(({ from, to }) => ({ from, to }));
}

/** Where a given finding is now, after the edits since it was found. */
export function locateFinding(state: EditorState, finding: Finding): Range | null {
	const hit = placedFindings(state).find((p) => p.finding === finding || p.finding.key === finding.key);
	return hit ? { from: hit.from, to: hit.to } : null;
}

/** What the tooltip's buttons do; the session supplies them. */
export interface FindingActions {
	ignore(finding: Finding): void;
	/** Applies the finding's quick fix where the finding is now. */
	fix(finding: Finding): void;
}

function tooltipDom(hits: PlacedFinding[], actions: FindingActions): HTMLElement {
	const box = document.createElement('div');
	box.className = 'gj-tooltip';
	for (const hit of hits) {
		const f = hit.finding;
		const row = document.createElement('div');
		row.className = `gj-tip gj-tip-${f.severity}`;
		const tag = document.createElement('span');
		tag.className = 'gj-tip-tag';
		tag.textContent = m.category[f.category] ?? m.severity[f.severity] ?? '';
		const msg = document.createElement('span');
		msg.className = 'gj-tip-msg';
		msg.textContent = f.message;
		row.append(tag, msg);
		const buttons = document.createElement('div');
		buttons.className = 'gj-tip-actions';
		if (f.fix && f.fix.length > 0) {
			const b = document.createElement('button');
			b.type = 'button';
			b.textContent = f.fix.length === 1 ? m.applyFixTo(f.fix[0]?.insert ?? '') : m.applyFix;
			b.addEventListener('mousedown', (e) => e.preventDefault());
			b.addEventListener('click', () => actions.fix(f));
			buttons.append(b);
		}
		const ign = document.createElement('button');
		ign.type = 'button';
		ign.textContent = m.ignoreHere;
		ign.className = 'gj-tip-ignore';
		ign.addEventListener('mousedown', (e) => e.preventDefault());
		ign.addEventListener('click', () => actions.ignore(f));
		buttons.append(ign);
		row.append(buttons);
		box.append(row);
	}
	return box;
}

function findingTooltip(actions: FindingActions): Extension {
	return hoverTooltip(
		(view, pos): Tooltip | null => {
			const hits = placedFindings(view.state).filter((p) =>
				p.from === p.to ? Math.abs(p.from - pos) <= 1 : p.from <= pos && pos <= p.to
			);
			if (hits.length === 0) return null;
			const from = Math.min(...hits.map((h) => h.from));
			const to = Math.max(...hits.map((h) => h.to));
			return { pos: from, end: to, above: true, create: () => ({ dom: tooltipDom(hits, actions) }) };
		},
		{ hideOnChange: true, hoverTime: 250 }
	);
}

const theme = EditorView.baseTheme({
	'.gj-finding.gj-sev-error': { textDecoration: 'underline wavy #d4380d', textUnderlineOffset: '3px' },
	'.gj-finding.gj-sev-warning': { textDecoration: 'underline wavy #d48806', textUnderlineOffset: '3px' },
	'.gj-finding.gj-sev-info': { textDecoration: 'underline dotted #1677ff', textUnderlineOffset: '3px' },
	'.gj-blank': { backgroundColor: 'rgba(250, 173, 20, 0.18)' },
	'.gj-gap': {
		display: 'inline-block',
		width: '0.9em',
		height: '1.1em',
		verticalAlign: 'text-bottom',
		margin: '0 1px',
		borderBottom: '2px solid #d4380d',
		textDecoration: 'none'
	},
	'.gj-gap.gj-sev-warning': { borderBottomColor: '#d48806' },
	'.gj-gap.gj-sev-info': { borderBottomColor: '#1677ff' },
	'.gj-tooltip': { padding: '6px 8px', maxWidth: '28em', fontSize: '14px' },
	'.gj-tip + .gj-tip': { marginTop: '6px', borderTop: '1px solid #eee', paddingTop: '6px' },
	'.gj-tip-tag': { fontSize: '12px', marginRight: '6px', padding: '0 4px', borderRadius: '3px', background: '#fff1e6', color: '#ad4e00' },
	'.gj-tip-actions': { marginTop: '4px', display: 'flex', gap: '6px' },
	'.gj-tip-actions button': { font: 'inherit', fontSize: '13px', cursor: 'pointer' }
});

/** The findings field, its tooltip and its look. */
export function findingsExtension(actions: FindingActions): Extension {
	return [findingsField, findingTooltip(actions), theme];
}
