import type { Rule } from '$lib/check/types';
import { waitsForSlots } from '../shared/wait-for-slots';
import { firstLineSpan, isBlankText, wording } from '../shared/text';

/** A period is named: a year, a half-year, or a term in office. */
const PERIOD = /(?:[0-9０-９_]{2,4}|[一二三四五六七八九〇零○]{4}|20[xX×*]{2})\s*年|今年|本年|年度|上半年|下半年|一年来|任职以来|任现职以来|挂职以来|过去一年|近年来|季度/;

export const periodRule: Rule = waitsForSlots({
	meta: {
		id: 'overview/period',
		category: 'content',
		defaultSeverity: 'warning',
		messages: { missing: '写明总结的时间段，如“2026年”“上半年”“任职以来”' },
		description: '概述应交代这份总结覆盖的时间段。'
	},
	scope: 'document',
	create(context) {
		if (isBlankText(context.text) || PERIOD.test(wording(context))) return;
		context.report({ ...firstLineSpan(context.text), messageId: 'missing' });
	}
});
