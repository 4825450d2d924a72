import type { Rule } from '$lib/check/types';
import { SLOT_MARK_PATTERN } from '../shared/find-slots';
import { waitsForSlots } from '../shared/wait-for-slots';
import { firstLineSpan, isBlankText } from '../shared/text';
import { findDates } from './date';

const HAS_SLOT = new RegExp(SLOT_MARK_PATTERN.source);

export const dateRule: Rule = {
	meta: {
		id: 'signature/date',
		category: 'format',
		defaultSeverity: 'error',
		messages: {
			missing: '在署名下写上成文日期，如“2026年1月5日”',
			padded: '月、日不补零：改为“{fixed}”',
			chinese: '成文日期用阿拉伯数字：改为“{fixed}”',
			'chinese-unknown': '成文日期用阿拉伯数字：改为“2026年1月5日”这样的写法',
			'short-year': '年份写全四位：改为“{fixed}”',
			separators: '成文日期写成年月日：改为“{fixed}”',
			'full-width': '成文日期用半角数字：改为“{fixed}”',
			invalid: '“{text}”不是有效日期：改为实际的成文日期'
		},
		description: '落款应有成文日期，按 GB/T 9704 用阿拉伯数字写全年、月、日，月日不补零。'
	},
	scope: 'document',
	create(context) {
		const text = context.text;
		if (isBlankText(text)) return;
		const dates = findDates(text);
		// A date still waiting for its figures (20__年__月__日) is the slot rule's business.
		const pendingDate = /(?:[0-9]{2}|_{2,})_*年\s*(?:_{2,}|[0-9]{1,2})\s*月\s*(?:_{2,}|[0-9]{1,2})\s*日/.test(text);
		if (dates.length === 0) {
			if (!pendingDate && !HAS_SLOT.test(text)) context.report({ ...firstLineSpan(text), messageId: 'missing' });
			return;
		}
		for (const d of dates) {
			if (d.problem === 'ok') continue;
			const messageId = d.problem === 'chinese' && !d.fixed ? 'chinese-unknown' : d.problem;
			context.report({
				from: d.from,
				to: d.to,
				messageId,
				data: { fixed: d.fixed ?? '', text: text.slice(d.from, d.to) },
				fix: d.fixed ? { from: d.from, to: d.to, insert: d.fixed } : undefined
			});
		}
	}
};

export const signerRule: Rule = waitsForSlots({
	meta: {
		id: 'signature/signer',
		category: 'content',
		defaultSeverity: 'warning',
		messages: { missing: '在日期上方写上单位全称或本人姓名' },
		description: '落款应写明单位名称或本人姓名。'
	},
	scope: 'document',
	create(context) {
		const text = context.text;
		if (isBlankText(text)) return;
		let rest = text;
		for (const d of findDates(text)) rest = rest.slice(0, d.from) + ' '.repeat(d.to - d.from) + rest.slice(d.to);
		if (/[\p{Script=Han}A-Za-z_【]/u.test(rest)) return;
		context.report({ ...firstLineSpan(text), messageId: 'missing' });
	}
});
