import { PLUGIN_API_VERSION, type SectionPlugin } from '../api';
import { unfilledSlotRule } from '../shared/unfilled-slot';
import { guidance } from './guidance';
import { phrases } from './phrases';
import { dateRule, signerRule } from './rules';
import { skeletons } from './skeletons';

/** 落款: unit or name, and a date written per GB/T 9704. */
export const signature: SectionPlugin = {
	meta: { id: 'signature', name: '落款', version: '1.0.0', apiVersion: PLUGIN_API_VERSION },
	guidance,
	skeletons,
	phrases,
	rules: [unfilledSlotRule(skeletons), dateRule, signerRule],
	// The 落款 prints as 发文机关署名 and 成文日期, never under a heading.
	print: 'signature'
};
