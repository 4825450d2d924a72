import { PLUGIN_API_VERSION, type SectionPlugin } from '../api';
import { unfilledSlotRule } from '../shared/unfilled-slot';
import { guidance } from './guidance';
import { phrases } from './phrases';
import { periodRule } from './rules';
import { skeletons } from './skeletons';

/** 概述: the opening — period, guiding line, overall result. */
export const overview: SectionPlugin = {
	meta: { id: 'overview', name: '概述', version: '1.0.0', apiVersion: PLUGIN_API_VERSION },
	guidance,
	skeletons,
	phrases,
	rules: [unfilledSlotRule(skeletons), periodRule]
};
