/** Option schemas plugin rules share (ESLint-style `meta.schema`, see OptionsSchema). */
import type { OptionsSchema } from '$lib/check/types';
import { LIMITS } from '$lib/packs/limits';

/** `{ min: 3 }`: the fewest items a section should have. */
export const minCountSchema: OptionsSchema = {
	type: 'object',
	properties: { min: { type: 'integer', minimum: 0, maximum: 100 } },
	additionalProperties: false
};

/**
 * One slot definition, as a skeleton lists them. The sizes are the pack's own (packs/limits.ts):
 * a pack section's skeletons pass through these options to the slot rule unchanged.
 */
const slotSchema: OptionsSchema = {
	type: 'object',
	properties: {
		name: { type: 'string', minLength: 1, maxLength: LIMITS.slotName },
		label: { type: 'string', maxLength: LIMITS.slotLabel },
		kind: { type: 'string', maxLength: 10, enum: ['number', 'percent', 'year', 'name', 'date', 'text'] },
		unit: { type: 'string', maxLength: LIMITS.slotUnit },
		// What the fill-in form shows beside the slot (上年：38.6 亿元).
		hint: { type: 'string', maxLength: LIMITS.slotHint }
	},
	required: ['name', 'label', 'kind', 'unit'],
	additionalProperties: false
};

const skeletonSchema: OptionsSchema = {
	type: 'object',
	properties: { text: { type: 'string', maxLength: LIMITS.skeleton }, slots: { type: 'array', items: slotSchema, maxItems: LIMITS.slots } },
	required: ['text', 'slots'],
	additionalProperties: false
};

/**
 * `{ skeletons: [{ text, slots }] }` (or the first form, one `skeleton`): skeletons whose slots
 * the slot rule names (a pack section's own).
 */
export const skeletonOptionSchema: OptionsSchema = {
	type: 'object',
	properties: {
		skeleton: skeletonSchema,
		skeletons: { type: 'array', items: skeletonSchema, maxItems: LIMITS.skeletons }
	},
	additionalProperties: false
};
