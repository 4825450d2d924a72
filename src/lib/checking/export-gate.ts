/**
 * The export gate: what the writer is shown before export and must deliberately export anyway —
 * open blanks, 模板残留 (the template site's 小编 lines, related links, 篇一 headers, fill-in hints:
 * the leftover rule's findings) and 范文残留 (sections still the 范文, its names: the residue
 * rule's). Ignored findings (忽略此处) pass. One definition for the export dialog and the CLI.
 */
import type { Finding } from '$lib/check/types';
import { checkingMessages as m } from './messages';
import { openFindings } from './open-blanks';
import type { CheckedDraft, DraftReport, PlacedFinding } from './types';

/** The groups of the gate, in the order they are listed. */
export const GATE_GROUPS = ['blanks', 'leftovers', 'residue'] as const;
export type GateGroup = (typeof GATE_GROUPS)[number];

/** One thing the gate lists: the finding, where it is, and a few characters around it. */
export interface GateEntry extends PlacedFinding {
	/** The draft's title label, the section's title, or 全文. */
	where: string;
	/** A few characters either side, the finding's own text in 【】 (＿ when it has no width). */
	context: string;
}

/** Everything that holds an export back, by group. */
export type ExportGate = Record<GateGroup, GateEntry[]>;

/** The gate group a finding belongs to, or null when it does not hold export back. */
export function gateGroupOf(f: Finding): GateGroup | null {
	if (f.category === 'blank') return 'blanks';
	if (f.category === 'leftover') return 'leftovers';
	if (f.category === 'residue') return 'residue';
	return null;
}

/** `text` around [from, to), the range itself in 【】. */
export function excerpt(text: string, from: number, to: number, width = 8): string {
	const before = text.slice(Math.max(0, from - width), from);
	// A long finding (a whole 小编 sentence) is cut: its message already says what it is.
	const inside = to <= from ? '＿' : to - from > 2 * width ? `${text.slice(from, from + 2 * width)}…` : text.slice(from, to);
	return `${before}【${inside}】${text.slice(to, to + width)}`.replace(/\s+/g, ' ');
}

/** The gate of a checked draft after the writer's ignores, each group in draft order. */
export function exportGate(draft: CheckedDraft, report: DraftReport, ignore: ReadonlySet<string>): ExportGate {
	const gate: ExportGate = { blanks: [], leftovers: [], residue: [] };
	const titles = new Map(draft.sections.map((s) => [s.id, s.title.trim()]));
	const texts = new Map(report.texts.map((t) => [JSON.stringify(t.place), t.text]));
	for (const p of openFindings(report, ignore)) {
		const group = gateGroupOf(p.finding);
		if (!group) continue;
		const where = p.place.kind === 'title' ? m.draftTitle : p.place.kind === 'draft' ? m.wholeDraft : (titles.get(p.place.sectionId) ?? '');
		const text = texts.get(JSON.stringify(p.place)) ?? '';
		gate[group].push({ ...p, where, context: p.place.kind === 'draft' ? '' : excerpt(text, p.finding.from, p.finding.to) });
	}
	return gate;
}

/** How many entries each group holds. */
export function gateCounts(gate: ExportGate): Record<GateGroup, number> {
	return { blanks: gate.blanks.length, leftovers: gate.leftovers.length, residue: gate.residue.length };
}
