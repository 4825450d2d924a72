/**
 * Checkers for the sections of a draft started from a pack: the general checker plus the
 * section plugin's rules, the pack's rule settings and forbidden words; a slot flagged by both
 * the general checker and the slot rule counts once and carries the skeleton's label, unit and
 * kind. Fits the editor's `createChecker`.
 */
import { IncrementalChecker, checkText } from '$lib/check';
import type { CheckConfig, Finding } from '$lib/check/types';
import { findSlots, labelSlotFindings, mergeSlotFindings } from '$plugins';
import { packDocumentRules, packSectionFor, sectionCheckConfig } from './rules';
import type { TemplatePack } from './types';

/** What a section checker needs of a section. */
export interface CheckedSection {
	title: string;
	kind?: string;
}

/** Builds `createChecker(section, config)` for the editor, for a draft's pack (or none). */
export function createPackSectionChecker(pack: TemplatePack | null | undefined) {
	return (section: CheckedSection, config: CheckConfig): { check(text: string): Finding[] } => {
		const kind = section.kind ?? 'free';
		const own = sectionCheckConfig(pack, { kind, title: section.title });
		const packSection = packSectionFor(pack, { kind, title: section.title });
		const extra = packSection?.skeleton && packSection.slots ? [{ text: packSection.skeleton, slots: packSection.slots }] : [];
		const checker = new IncrementalChecker({
			...config,
			// The writer's own settings win over the pack's.
			rules: { ...own.rules, ...(config.rules ?? {}) },
			extraRules: [...(own.extraRules ?? []), ...(config.extraRules ?? [])]
		});
		// One finding per slot, named as the skeleton names it.
		return { check: (text) => labelSlotFindings(mergeSlotFindings(checker.check(text)), findSlots(kind, text, extra)) };
	};
}

/**
 * The pack's whole-report checks (required phrases) over a draft's sections joined; findings sit
 * at offset 0 of the joined text (they name what is missing, not where).
 */
export function checkPackRequirements(pack: TemplatePack | null | undefined, bodies: readonly string[]): Finding[] {
	if (!pack) return [];
	const extraRules = packDocumentRules(pack);
	if (extraRules.length === 0) return [];
	return checkText(bodies.join('\n\n'), { extraRules }).filter((f) => extraRules.some((r) => r.meta.id === f.rule));
}
