import { SLOT_MARK, type Skeleton, type SlotDef, type SlotKind } from '../api';

/** A slot as written in a plugin source: the machine name is the key of the record. */
export type SlotSpec = [label: string, kind: SlotKind, unit?: string];

/**
 * Builds a skeleton from a readable template: `{name}` marks a slot, which becomes the slot
 * mark `____` in the inserted text, and the slot list follows the order the marks appear in.
 * Authors write `{output}` instead of counting underscores by hand, so text and slot list
 * cannot drift apart.
 */
export function skeleton(
	id: string,
	name: string,
	template: string,
	specs: Record<string, SlotSpec>
): Skeleton {
	const slots: SlotDef[] = [];
	const text = template.replace(/\{([a-zA-Z][\w]*)\}/g, (_m, key: string) => {
		const spec = specs[key];
		if (!spec) throw new Error(`skeleton ${id}: slot {${key}} has no definition`);
		slots.push({ name: key, label: spec[0], kind: spec[1], unit: spec[2] ?? '' });
		return SLOT_MARK;
	});
	return { id, name, text, slots };
}

/** Fills a skeleton's slot marks in order with the given values (tests and previews). */
export function fillSlots(text: string, values: readonly string[]): string {
	let i = 0;
	return text.replace(/_{2,}/g, (mark) => values[i++] ?? mark);
}
