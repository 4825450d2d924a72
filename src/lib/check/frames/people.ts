/**
 * The people side of a personal report (述职, 述职述廉, 个人总结): the households and people of a
 * village or a beat listed as counts at the head of a report (全村有8个村民小组，426户1530人，党员46名).
 */
import type { PatternFrame } from './types';

/** ，户人，: households and people, both figures gone, as a clause of their own in a list of counts. */
export const householdsAndPeopleListed: PatternFrame = {
	id: 'households-and-people-listed',
	description: '列举的户数和人数都缺失：全村有个村民小组，户人，党员名',
	pattern: {
		steps: [{ words: ['户'] }, { words: ['人'] }],
		// The pair is the whole clause: a list mark before it, one after it.
		before: { chars: '，；、,;' },
		after: { chars: '，。；、,;' }
	},
	report: [
		{ gap: { step: 0 }, label: '户数', unit: '户', valueKind: 'number' },
		{ gap: { step: 1 }, label: '人数', unit: '人', valueKind: 'number' }
	],
	examples: {
		valid: ['全村有8个村民小组，426户1530人，党员46名。', '每户人口不超过五人，户均人口3.2人。'],
		invalid: ['全村有⟦⟧个村民小组，⟦⟧户⟦⟧人，党员⟦⟧名，耕地⟦⟧亩。']
	}
};
