import type { Rule } from '$lib/check/types';
import { slotMarks } from './find-slots';

/** True while the text still holds a slot mark (`____`, 【请填写…】) waiting for a value. */
export function hasOpenSlots(text: string): boolean {
	return slotMarks(text).length > 0;
}

/**
 * A section rule that judges the whole section (enough figures? a comparison? two problems?)
 * says nothing while the section still has slots to fill: a freshly inserted skeleton is judged
 * by its slots, which the slot rule already names one by one. Once every slot is filled the rule
 * speaks again, so a skeleton filled with words instead of figures is still caught.
 */
export function waitsForSlots(rule: Rule): Rule {
	return {
		...rule,
		create(context) {
			if (hasOpenSlots(context.text)) return;
			rule.create(context);
		}
	};
}
