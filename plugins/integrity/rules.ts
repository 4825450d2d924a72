import type { Rule } from '$lib/check/types';
import { firstLineSpan, isBlankText, wording } from '../shared/text';

/** Wording that commits to, or reports, a concrete behaviour. */
const CONCRETE =
	/不(?:收受|接受|参加|利用|违规|插手|搞|打招呼|占用|报销)|八项规定|如实报告|按规定|按标准|主动(?:报告|接受)|承诺|[0-9０-９]+\s*次/;

export const commitmentsRule: Rule = {
	meta: {
		id: 'integrity/concrete',
		category: 'content',
		defaultSeverity: 'warning',
		messages: { vague: '廉洁自律部分没有具体的承诺或做法，请写出做到了哪些、承诺不做哪些' },
		description: '廉洁自律应写具体承诺，不只是表态。'
	},
	scope: 'document',
	create(context) {
		if (isBlankText(context.text) || CONCRETE.test(wording(context))) return;
		context.report({ ...firstLineSpan(context.text), messageId: 'vague' });
	}
};
