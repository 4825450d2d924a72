import { PLUGIN_API_VERSION, type SectionPlugin } from '../api';
import { unfilledSlotRule } from '../shared/unfilled-slot';
import { guidance } from './guidance';
import { phrases } from './phrases';
import { disguisedPraiseRule, minItemsRule } from './rules';
import { skeletons } from './skeletons';

/** 存在问题: at least two concrete problems, not disguised praise. */
export const problems: SectionPlugin = {
	meta: { id: 'problems', name: '存在问题', version: '1.0.0', apiVersion: PLUGIN_API_VERSION },
	guidance,
	skeletons,
	phrases,
	rules: [unfilledSlotRule(skeletons), minItemsRule, disguisedPraiseRule]
};
