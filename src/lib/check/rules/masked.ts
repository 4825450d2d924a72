/** The three placeholder rules: masked years, masked names (and blank text), masked numbers. */
import { foldedOf } from '../text/normalize';
import { defineRule } from './define';
import { scanMasks } from './mask-scan';
import { checkMessages as M } from '../messages';

export const maskedYear = defineRule({
	meta: {
		id: 'masked-year',
		category: 'blank',
		defaultSeverity: 'error',
		messages: { maskedYear: M.maskedYear.maskedYear },
		description: M.maskedYear.description
	},
	scope: 'paragraph',
	create(ctx) {
		for (const h of scanMasks(foldedOf(ctx), ctx.after, ctx.chars, ctx.before).hits) {
			if (h.kind !== 'masked-year') continue;
			ctx.report({ from: h.from, to: h.to, messageId: 'maskedYear', data: { token: ctx.text.slice(h.from, h.to) }, blank: h.blank });
		}
	}
});

export const maskedName = defineRule({
	meta: {
		id: 'masked-name',
		category: 'blank',
		defaultSeverity: 'error',
		messages: { maskedName: M.maskedName.maskedName, maskedText: M.maskedName.maskedText },
		description: M.maskedName.description
	},
	scope: 'paragraph',
	create(ctx) {
		for (const h of scanMasks(foldedOf(ctx), ctx.after, ctx.chars, ctx.before).hits) {
			if (h.kind !== 'masked-name' && h.kind !== 'masked-text') continue;
			const token = ctx.text.slice(h.from, h.to);
			ctx.report({
				from: h.from,
				to: h.to,
				messageId: h.kind === 'masked-name' ? 'maskedName' : 'maskedText',
				data: { token },
				blank: h.blank
			});
		}
	}
});

export const maskedNumber = defineRule({
	meta: {
		id: 'masked-number',
		category: 'blank',
		defaultSeverity: 'error',
		messages: { maskedNumber: M.maskedNumber.maskedNumber },
		description: M.maskedNumber.description
	},
	scope: 'paragraph',
	create(ctx) {
		for (const h of scanMasks(foldedOf(ctx), ctx.after, ctx.chars, ctx.before).hits) {
			if (h.kind !== 'masked-number') continue;
			const token = ctx.text.slice(h.from, h.to);
			const { label, unit } = h.blank;
			ctx.report({
				from: h.from,
				to: h.to,
				messageId: 'maskedNumber',
				data: { what: `${label}${label ? ' ' : ''}${token}${unit}` },
				blank: h.blank
			});
		}
	}
});
