import { PLUGIN_API_VERSION, type SectionPlugin } from '../api';
import { unfilledSlotRule } from '../shared/unfilled-slot';
import { guidance } from './guidance';
import { phrases } from './phrases';
import { targetsRule } from './rules';
import { skeletons } from './skeletons';

/** 下一步工作计划: targets with figures and deadlines. */
export const plan: SectionPlugin = {
	meta: { id: 'plan', name: '下一步工作计划', version: '1.0.0', apiVersion: PLUGIN_API_VERSION },
	guidance,
	skeletons,
	phrases,
	rules: [unfilledSlotRule(skeletons), targetsRule]
};
