/**
 * The one reader of a pack section's skeletons. A section may carry the first format's single
 * `skeleton` (+ `slots`) and the named `skeletons` list; everything that offers, inserts, checks
 * or previews a pack's skeletons asks here, in this order.
 */
import type { Skeleton } from '$plugins/api';
import type { PackSection } from './types';

/** Every skeleton of a pack section as plugin-style skeletons (ids `pack-0`, `pack-1` …). */
export function packSkeletons(section: Pick<PackSection, 'title' | 'skeleton' | 'slots' | 'skeletons'> | null | undefined): Skeleton[] {
	if (!section) return [];
	const out: Skeleton[] = [];
	if (section.skeleton !== undefined && section.skeleton !== '') out.push({ id: 'pack-0', name: section.title, text: section.skeleton, slots: section.slots ?? [] });
	for (const sk of section.skeletons ?? []) out.push({ id: `pack-${out.length}`, name: sk.name, text: sk.text, slots: sk.slots });
	return out;
}

/** The text a new draft's section starts with: the section's first skeleton, else nothing. */
export function startingText(section: Pick<PackSection, 'title' | 'skeleton' | 'slots' | 'skeletons'>): string {
	return packSkeletons(section)[0]?.text ?? '';
}
