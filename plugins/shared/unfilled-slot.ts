import type { BlankKind, Rule } from '$lib/check/types';
import type { Skeleton, SlotDef } from '../api';
import { skeletonOptionSchema } from './options';
import { anchorSlots, matchSlots, type AnchoredSlot } from './find-slots';

/** Id of the rule every built-in plugin carries; packs may switch it off like any rule. */
export const UNFILLED_SLOT_RULE_ID = 'section/unfilled-slot';

function asSkeleton(option: unknown): Pick<Skeleton, 'text' | 'slots'>[] {
	if (typeof option !== 'object' || option === null) return [];
	const { text, slots } = option as Partial<Skeleton>;
	return typeof text === 'string' && Array.isArray(slots) ? [{ text, slots }] : [];
}

/** A pack section's skeletons, from the rule options `skeletons` (a list) or `skeleton` (one). */
function packAnchors(options: Readonly<Record<string, unknown>>): AnchoredSlot[] {
	const list = Array.isArray(options.skeletons) ? options.skeletons.flatMap(asSkeleton) : [];
	return anchorSlots([...list, ...asSkeleton(options.skeleton)]);
}

function blankKind(slot: SlotDef): BlankKind {
	if (slot.kind === 'year') return 'masked-year';
	if (slot.kind === 'name') return 'masked-name';
	return 'masked-number';
}

/**
 * Flags every slot mark still in the text as a blank, carrying the slot's label, unit and kind
 * so the fill-in form can ask for the right value. Each plugin builds it with its own skeletons;
 * a pack section's own skeletons arrive through the rule option `skeletons` ([{text, slots}]).
 */
export function unfilledSlotRule(skeletons: readonly Skeleton[]): Rule {
	const own = anchorSlots(skeletons);
	return {
		meta: {
			id: UNFILLED_SLOT_RULE_ID,
			category: 'blank',
			defaultSeverity: 'error',
			messages: {
				labelled: '填写“{label}”{unit}',
				plain: '填写这里的空位'
			},
			description: '从骨架插入的空位（____ 或【…】）在填写之前一直标为空白。',
			schema: skeletonOptionSchema
		},
		// The whole section: a slot is recognised by the skeleton text around it, lines included.
		scope: 'document',
		create(context) {
			for (const m of matchSlots(context.text, [...packAnchors(context.options), ...own])) {
				const label = m.slot.label;
				context.report({
					from: m.from,
					to: m.to,
					messageId: label ? 'labelled' : 'plain',
					data: label ? { label, unit: m.slot.kind === 'number' && m.slot.unit ? `（${m.slot.unit}）` : '' } : undefined,
					blank: { kind: blankKind(m.slot), label, unit: m.slot.unit, valueKind: m.slot.kind, ...(m.slot.hint ? { hint: m.slot.hint } : {}) }
				});
			}
		}
	};
}
