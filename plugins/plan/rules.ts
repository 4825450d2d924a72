import type { Rule } from '$lib/check/types';
import { waitsForSlots } from '../shared/wait-for-slots';
import { countQuantifiedIn, firstLineSpan, isBlankText, wording } from '../shared/text';

/** A deadline or point in time: 6月底前, 年内, 第三季度, 2027年 … */
const DEADLINE =
	/[0-9０-９一二三四五六七八九十]{1,2}月(?:底|中旬|上旬|下旬|末)?(?:前|以前)?|年(?:底|内|末)(?:前)?|[上下]半年|第[一二三四1-4]季度|[0-9０-９]{4}年|春节前|汛期前/;

export const targetsRule: Rule = waitsForSlots({
	meta: {
		id: 'plan/targets',
		category: 'content',
		defaultSeverity: 'warning',
		messages: {
			none: '补一个数字目标或完成时限，如“6月底前建成3个站点”'
		},
		description: '下一步工作计划应写出带数字的目标或完成时限。'
	},
	scope: 'document',
	create(context) {
		if (isBlankText(context.text)) return;
		const text = wording(context);
		const hasFigure = countQuantifiedIn(context) > 0;
		const hasDeadline = DEADLINE.test(text);
		// Either a figure or a deadline makes the plan checkable; neither means it is only wishes.
		if (hasFigure || hasDeadline) return;
		context.report({ ...firstLineSpan(context.text), messageId: 'none' });
	}
});
