/**
 * The real checker behind the editor: one IncrementalChecker per section (a keystroke re-checks
 * only the paragraph it touched), configured by the draft's template pack and the section's
 * plugin (sectionCheckConfig), with a plugin's slot findings merged into the general ones so a
 * slot counts once.
 */
import { IncrementalChecker } from '$lib/check';
import { sectionCheckConfig } from '$lib/packs/rules';
import type { TemplatePack } from '$lib/packs/types';
import { mergeSlotFindings } from '$plugins';
import type { Finding } from '$lib/check/types';

/** Something that checks one section's text. */
export interface SectionChecker {
	check(text: string): Finding[];
}

export function createSectionChecker(section: { kind?: string; title: string }, pack: TemplatePack | null): SectionChecker {
	const config = sectionCheckConfig(pack, { kind: section.kind ?? 'free', title: section.title });
	const checker = new IncrementalChecker(config);
	return { check: (text) => mergeSlotFindings(checker.check(text)) };
}
