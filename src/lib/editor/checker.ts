/**
 * The real checker behind the editor: the draft checker's incremental section checker (built-in
 * rules, the section's plugin, the draft's pack; slots counted once, keys after merging).
 */
import { createSectionChecker as draftSectionChecker, type TextChecker } from '$lib/checking';
import type { TemplatePack } from '$lib/packs/types';

/** Something that checks one section's text. */
export type SectionChecker = TextChecker;

export function createSectionChecker(section: { kind?: string; title: string }, pack: TemplatePack | null): SectionChecker {
	return draftSectionChecker({ kind: section.kind ?? 'free', title: section.title }, { pack, year: null });
}
