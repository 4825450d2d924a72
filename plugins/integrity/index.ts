import { PLUGIN_API_VERSION, type SectionPlugin } from '../api';
import { unfilledSlotRule } from '../shared/unfilled-slot';
import { guidance } from './guidance';
import { phrases } from './phrases';
import { commitmentsRule } from './rules';
import { skeletons } from './skeletons';

/** 廉洁自律: concrete commitments. */
export const integrity: SectionPlugin = {
	meta: { id: 'integrity', name: '廉洁自律', version: '1.0.0', apiVersion: PLUGIN_API_VERSION },
	guidance,
	skeletons,
	phrases,
	rules: [unfilledSlotRule(skeletons), commitmentsRule]
};
