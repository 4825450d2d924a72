import type { Rule } from '$lib/check/types';
import { slotMarks } from './find-slots';
import { documentLines } from '$lib/check/text/lines';
import { lineMemo } from './line-cache';

/** True while the text still holds a slot mark (`____`, 【请填写…】) waiting for a value. */
export function hasOpenSlots(text: string): boolean {
	return slotMarks(text).length > 0;
}

// A slot mark never spans a line break, so the text has one when one of its lines has.
const lineHasSlots = lineMemo(hasOpenSlots);

/** hasOpenSlots of a rule's text, read from the engine's lines with each line's answer remembered. */
export function hasOpenSlotsIn(context: Parameters<Rule['create']>[0]): boolean {
	const lines = documentLines({ text: context.text, folded: context.text, lines: context.lines });
	return lines.text.some(lineHasSlots);
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
			if (hasOpenSlotsIn(context)) return;
			rule.create(context);
		}
	};
}
