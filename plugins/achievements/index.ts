import { PLUGIN_API_VERSION, type SectionPlugin } from '../api';
import { unfilledSlotRule } from '../shared/unfilled-slot';
import { guidance } from './guidance';
import { phrases } from './phrases';
import { comparisonRule, quantifiedRule } from './rules';
import { skeletons } from './skeletons';

/** 主要成绩: indicators with 同比 comparisons, key projects, measures. */
export const achievements: SectionPlugin = {
	meta: { id: 'achievements', name: '主要成绩', version: '1.0.0', apiVersion: PLUGIN_API_VERSION },
	guidance,
	skeletons,
	phrases,
	rules: [unfilledSlotRule(skeletons), quantifiedRule, comparisonRule]
};
