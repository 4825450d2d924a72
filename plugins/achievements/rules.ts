import type { Rule } from '$lib/check/types';
import { minCountSchema } from '../shared/options';
import { waitsForSlots } from '../shared/wait-for-slots';
import { countQuantifiedIn, firstLineSpan, isBlankText, wording } from '../shared/text';

/** Comparisons with an earlier period (同比, 比上年 …). */
const COMPARISON = /同比|环比|比上年|较上年|比去年|较去年|增长|下降|提高|减少|翻了?一?番/;

export const quantifiedRule: Rule = waitsForSlots({
	meta: {
		id: 'achievements/quantified',
		category: 'content',
		defaultSeverity: 'warning',
		messages: {
			few: '再写 {need} 个带单位的数字（如“完成投资3.2亿元”），主要成绩宜有 {min} 个'
		},
		description: '主要成绩应当有量化指标（数字加单位）。',
		schema: minCountSchema
	},
	scope: 'document',
	create(context) {
		if (isBlankText(context.text)) return;
		const min = typeof context.options.min === 'number' ? context.options.min : 2;
		const count = countQuantifiedIn(context);
		if (count >= min) return;
		context.report({ ...firstLineSpan(context.text), messageId: 'few', data: { count, min, need: min - count } });
	}
});

export const comparisonRule: Rule = waitsForSlots({
	meta: {
		id: 'achievements/comparison',
		category: 'content',
		defaultSeverity: 'info',
		messages: { missing: '补一句与上年的比较，如“同比增长8%”“比上年多3家”' },
		description: '主要成绩宜写出同比或与上年的比较。'
	},
	scope: 'document',
	create(context) {
		if (isBlankText(context.text) || COMPARISON.test(wording(context))) return;
		context.report({ ...firstLineSpan(context.text), messageId: 'missing' });
	}
});
