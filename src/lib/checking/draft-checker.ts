/**
 * The draft checker: the one owner of what the editor, 逐项填空, the export gate, .docx and html
 * highlighting, preview, copy and the command line call a finding. Built from the built-in
 * rules, each section's plugin rules and the draft's pack; checks one section incrementally (for
 * the editor) or the whole draft (titles, sections, then the draft-wide rules).
 */
import type { Finding, Severity } from '$lib/check/types';
import { formatMessage as format } from '$lib/check/messages';
import { draftRules as defaultDraftRules, type DraftRule } from './draft-rules';
import { sectionResidue } from '$lib/check/residue';
import { createSectionChecker, createTitleChecker, RULE_FAILED, SOURCE_RESIDUE, sourceIndexOf, type TextChecker } from './section-checker';
import { checkingMessages as m } from './messages';
import { isDisabled } from './disabled';
import type { CheckedDraft, CheckedSection, CheckedText, CheckingContext, DraftReport, PlacedFinding, SectionResidue } from './types';

function lineColumn(text: string, offset: number): { line: number; column: number } {
	let line = 1;
	let start = 0;
	for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
		line++;
		start = i + 1;
	}
	return { line, column: offset - start + 1 };
}

interface SectionEntry {
	kind: string;
	title: string;
	checker: TextChecker;
}

export class DraftChecker {
	readonly context: CheckingContext;
	readonly #rules: readonly DraftRule[];
	#sections = new Map<string, SectionEntry>();
	#title: TextChecker | null = null;
	/** Title findings by title text: titles are short and re-read on every keystroke. */
	#titles = new Map<string, Finding[]>();

	constructor(context: CheckingContext, rules: readonly DraftRule[] = defaultDraftRules) {
		this.context = context;
		this.#rules = rules;
	}

	/** One section's findings (ignored ones included); incremental across calls for the same id. */
	checkSection(section: CheckedSection): Finding[] {
		let entry = this.#sections.get(section.id);
		// The pack section (and so the rules) is found by plugin and title.
		if (!entry || entry.kind !== section.kind || entry.title !== section.title) {
			entry = { kind: section.kind, title: section.title, checker: createSectionChecker(section, this.context) };
			this.#sections.set(section.id, entry);
		}
		return entry.checker.check(section.body);
	}

	/** A title's findings (the draft's or a section's). */
	checkTitle(text: string): Finding[] {
		const known = this.#titles.get(text);
		if (known) return known;
		this.#title ??= createTitleChecker(this.context);
		const found = this.#title.check(text);
		if (this.#titles.size > 500) this.#titles.clear();
		this.#titles.set(text, found);
		return found;
	}

	/**
	 * How much of a section body is still identical to the draft's 范文 (本节 85% 与范文相同);
	 * null when the draft has no 范文. The 范文 is indexed once per checker.
	 */
	residueOf(body: string): SectionResidue | null {
		if (isDisabled({ id: SOURCE_RESIDUE, category: 'residue' }, this.context.disabled)) return null;
		const index = sourceIndexOf(this.context);
		return index ? sectionResidue(body, index) : null;
	}

	/** Forgets a removed section's cache. */
	forget(sectionId: string): void {
		this.#sections.delete(sectionId);
	}

	/** The draft-wide rules' findings, each with its place. */
	checkDraftWide(draft: CheckedDraft): PlacedFinding[] {
		const out: PlacedFinding[] = [];
		const settings = this.context.pack?.rules ?? {};
		const textOf = (place: PlacedFinding['place']): string => {
			if (place.kind === 'title') return draft.title.trim();
			if (place.kind === 'draft') return '';
			const s = draft.sections.find((x) => x.id === place.sectionId);
			return (place.kind === 'body' ? s?.body : s?.title.trim()) ?? '';
		};
		for (const rule of this.#rules) {
			if (isDisabled(rule.meta, this.context.disabled)) continue;
			const setting = settings[rule.meta.id];
			const severity: Severity | 'off' =
				typeof setting === 'string' ? setting : setting ? setting.severity : rule.meta.defaultSeverity;
			if (severity === 'off') continue;
			const found: PlacedFinding[] = [];
			try {
				rule.check({
					draft,
					context: this.context,
					report: (r) => {
						const text = textOf(r.place);
						const { line, column } = lineColumn(text, r.from);
						const message = r.message ?? format(rule.meta.messages[r.messageId] ?? r.messageId, r.data);
						const key = `${rule.meta.id}:${r.messageId}:${r.place.kind === 'draft' ? message : text.slice(Math.max(0, r.from - 8), r.to + 8)}`;
						found.push({
							place: r.place,
							finding: { rule: rule.meta.id, category: rule.meta.category, severity, from: r.from, to: r.to, line, column, messageId: r.messageId, message, key }
						});
					}
				});
			} catch (e) {
				const message = format(m.ruleFailed, { rule: rule.meta.id, error: e instanceof Error ? e.message : String(e) });
				found.push({
					place: { kind: 'draft' },
					finding: { rule: rule.meta.id, category: 'content', severity: 'error', from: 0, to: 0, line: 1, column: 1, messageId: RULE_FAILED, message, key: `${RULE_FAILED}:${rule.meta.id}` }
				});
			}
			out.push(...found);
		}
		return out;
	}

	/**
	 * The whole draft: its title, each section's title and body, then the draft-wide rules.
	 * Draft-wide findings that sit on a text are added to that text's findings.
	 */
	check(draft: CheckedDraft): DraftReport {
		const texts: CheckedText[] = [];
		const title = draft.title.trim();
		texts.push({ place: { kind: 'title' }, text: title, findings: this.checkTitle(title) });
		const keep = new Set<string>();
		for (const s of draft.sections) {
			keep.add(s.id);
			const heading = s.title.trim();
			texts.push({ place: { kind: 'section-title', sectionId: s.id }, text: heading, findings: this.checkTitle(heading) });
			texts.push({ place: { kind: 'body', sectionId: s.id }, text: s.body, findings: this.checkSection(s) });
		}
		for (const id of [...this.#sections.keys()]) if (!keep.has(id)) this.forget(id);
		const whole: Finding[] = [];
		for (const p of this.checkDraftWide(draft)) {
			const target = p.place.kind === 'draft' ? undefined : texts.find((t) => samePlace(t.place, p.place));
			if (target) target.findings = [...target.findings, p.finding].sort((a, b) => a.from - b.from || a.to - b.to);
			else whole.push(p.finding);
		}
		const report: DraftReport = { texts, draft: whole };
		if (sourceIndexOf(this.context) && !isDisabled({ id: SOURCE_RESIDUE, category: 'residue' }, this.context.disabled)) {
			report.residue = {};
			for (const s of draft.sections) report.residue[s.id] = this.residueOf(s.body)!;
		}
		return report;
	}
}

/** True when two places name the same text. */
export function samePlace(a: PlacedFinding['place'], b: PlacedFinding['place']): boolean {
	if (a.kind !== b.kind) return false;
	return !('sectionId' in a) || a.sectionId === (b as { sectionId: string }).sectionId;
}
