/**
 * The real checker behind the editor: one IncrementalChecker per section (a keystroke re-checks
 * only the paragraph it touched), configured by the draft's template pack and the section's
 * plugin, with skeleton slots counted once and named as the skeleton names them — all of which
 * the packs layer's createPackSectionChecker does.
 */
import { createPackSectionChecker } from '$lib/packs/section-checker';
import type { TemplatePack } from '$lib/packs/types';
import type { Finding } from '$lib/check/types';

/** Something that checks one section's text. */
export interface SectionChecker {
	check(text: string): Finding[];
}

export function createSectionChecker(section: { kind?: string; title: string }, pack: TemplatePack | null): SectionChecker {
	return createPackSectionChecker(pack)(section, {});
}
