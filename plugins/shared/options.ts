/** Option schemas plugin rules share (ESLint-style `meta.schema`, see OptionsSchema). */
import type { OptionsSchema } from '$lib/check/types';

/** `{ min: 3 }`: the fewest items a section should have. */
export const minCountSchema: OptionsSchema = {
	type: 'object',
	properties: { min: { type: 'integer', minimum: 0, maximum: 100 } },
	additionalProperties: false
};

/** One slot definition, as a skeleton lists them. */
const slotSchema: OptionsSchema = {
	type: 'object',
	properties: {
		name: { type: 'string', minLength: 1, maxLength: 40 },
		label: { type: 'string', maxLength: 40 },
		kind: { type: 'string', maxLength: 10, enum: ['number', 'percent', 'year', 'name', 'date', 'text'] },
		unit: { type: 'string', maxLength: 10 },
		hint: { type: 'string', maxLength: 60 }
	},
	required: ['name', 'label', 'kind', 'unit'],
	additionalProperties: false
};

const skeletonSchema: OptionsSchema = {
	type: 'object',
	properties: { text: { type: 'string', maxLength: 5000 }, slots: { type: 'array', items: slotSchema, maxItems: 60 } },
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
		skeletons: { type: 'array', items: skeletonSchema, maxItems: 12 }
	},
	additionalProperties: false
};
