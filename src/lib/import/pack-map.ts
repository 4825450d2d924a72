/**
 * Maps a sample's sections onto a template pack: each pack section takes the imported sections of
 * its plugin kind (in order; a kind the pack lists twice hands out one imported section per pack
 * section, the last one takes the rest), keeping their own headings when several are merged.
 * Pack sections nothing maps onto keep their skeleton; imported sections the pack has no place
 * for follow at the end as they are. Nothing the writer imported is dropped.
 */
import { startingText } from '$lib/packs/skeletons';
import type { PackSection } from '$lib/packs/types';
import type { ImportedSection } from './types';

/** The part of a template pack the mapping reads. */
export interface PackShape {
	sections: ReadonlyArray<Pick<PackSection, 'plugin' | 'title' | 'skeleton' | 'slots' | 'skeletons'>>;
}

export function mapOntoPack(sections: readonly ImportedSection[], pack: PackShape): ImportedSection[] {
	const used = new Set<number>();
	const out: ImportedSection[] = pack.sections.map((ps, k) => {
		const laterSame = pack.sections.slice(k + 1).some((o) => o.plugin === ps.plugin);
		const matches: ImportedSection[] = [];
		sections.forEach((s, i) => {
			if (used.has(i) || s.kind !== ps.plugin || (laterSame && matches.length)) return;
			used.add(i);
			matches.push(s);
		});
		const body =
			matches.length === 0
				? startingText(ps)
				: matches.length === 1
					? (matches[0] as ImportedSection).body
					: matches.map((s) => (s.title ? `${s.title}\n${s.body}` : s.body)).join('\n\n');
		return { title: ps.title, kind: ps.plugin as ImportedSection['kind'], body };
	});
	sections.forEach((s, i) => {
		if (!used.has(i)) out.push({ ...s });
	});
	return out;
}
