import type { Rule } from '$lib/check/types';
import { waitsForSlots } from '../shared/wait-for-slots';
import { firstLineSpan, isBlankText, wording } from '../shared/text';

/** Wording that commits to, or reports, a concrete behaviour. */
const CONCRETE =
	/不(?:收受|接受|参加|利用|违规|插手|搞|打招呼|占用|报销)|八项规定|如实报告|按规定|按标准|主动(?:报告|接受)|承诺|[0-9０-９]+\s*次/;

export const commitmentsRule: Rule = waitsForSlots({
	meta: {
		id: 'integrity/concrete',
		category: 'content',
		defaultSeverity: 'warning',
		messages: { vague: '写出一条具体做法或承诺，如“不收受管理服务对象的礼品礼金”' },
		description: '廉洁自律应写具体承诺，不只是表态。'
	},
	scope: 'document',
	create(context) {
		if (isBlankText(context.text) || CONCRETE.test(wording(context))) return;
		context.report({ ...firstLineSpan(context.text), messageId: 'vague' });
	}
});
