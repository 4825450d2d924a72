/**
 * The draft checker's types: what it checks (a draft's title and sections), where each finding
 * sits, and the context every check runs in (the draft's pack and 年度).
 */
import type { Category, Finding } from '$lib/check/types';
import type { SectionResidue } from '$lib/check/residue';
import type { TemplatePack } from '$lib/packs/types';

/** One section as the checker needs it. */
export interface CheckedSection {
	id: string;
	/** The plugin id (overview, achievements …) or `free`. */
	kind: string;
	title: string;
	body: string;
}

/** A draft as the checker needs it. */
export interface CheckedDraft {
	title: string;
	sections: readonly CheckedSection[];
}

/** What every check of a draft runs with. */
export interface CheckingContext {
	/** The template pack the draft was started from (rule settings, slots, required phrases). */
	pack: TemplatePack | null;
	/** The year the report covers (年度), for year checks; null when the writer has not set it. */
	year: number | null;
	/**
	 * The 范文 the draft was imported from (Draft.source.text): sections still identical to it and
	 * its own names are flagged. Absent or null: no comparison.
	 */
	source?: string | null;
	/** Checks the writer turned off (备份与设置): they neither run nor report, anywhere. */
	disabled?: DisabledChecks;
}

/** Checks turned off, by rule id (built-in, plugin, pack or draft-wide) and by category. */
export interface DisabledChecks {
	rules?: readonly string[];
	categories?: readonly Category[];
}

/**
 * Which text of the draft a finding is in: the draft's title, a section's title, a section's
 * body, or the draft as a whole (a required phrase missing somewhere; offsets mean nothing).
 */
export type TextPlace =
	| { kind: 'title' }
	| { kind: 'section-title'; sectionId: string }
	| { kind: 'body'; sectionId: string }
	| { kind: 'draft' };

/** A finding with the text it is in. Offsets are relative to that text. */
export interface PlacedFinding {
	place: TextPlace;
	finding: Finding;
}

/** One checked text of a draft with its findings (ignored ones included). */
export interface CheckedText {
	place: TextPlace;
	text: string;
	findings: Finding[];
}

/** The whole draft checked: every text, then the draft-wide findings. */
export interface DraftReport {
	texts: CheckedText[];
	/** Draft-wide findings that sit in no one text (required phrases). */
	draft: Finding[];
	/** With a 范文: how much of each section body is still identical to it, by section id. */
	residue?: Record<string, SectionResidue>;
}

export type { SectionResidue };
