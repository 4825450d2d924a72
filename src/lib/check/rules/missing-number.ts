/**
 * Missing numbers: the figure was deleted and its frame is left — a unit with nothing before it
 * (实现工业总产值亿元), a verb of change with nothing after it (同比增长，), a share or plan
 * ratio cut off (完成计划数的；, 占全县比重。), a date with its month and day gone (于月日),
 * a decimal with its integer gone (.5%). Everything zero-width where the number belongs. The
 * phrasings are frames (../frames), read with the lexicon (../lexicon).
 */
import { foldedOf } from '../text/normalize';
import { charsOf } from '../tagger/line-chars';
import type { RuleContext } from '../types';
import { defineRule } from './define';
import { checkMessages as M } from '../messages';
import { FRAMES, runFrames } from '../frames';

/**
 * A gap at the very start of a line that the line before already reports at its end
 * (同比增长⏎﹪, 比重达⏎%, 产值达到⏎亿元, 同比提高⏎个百分点): one blank, reported once, where the
 * sentence broke. The unit does not matter: the frame on the line before had no unit or guessed
 * one (a change guesses %). The line before is read from its last characters, as the engine passes
 * them when the sentence runs on.
 */
function reportedOnLineBefore(s: string, from: number, before: string): boolean {
	if (!before || s.slice(0, from).trim() !== '') return false;
	let again = false;
	runFrames(FRAMES, before, {
		gap(f, to) {
			if (f === to && before.slice(f).trim() === '') again = true;
		},
		date() {}
	});
	return again;
}

const DATE_PART: Record<'year' | 'month' | 'day', string> = { year: '年份', month: '月份', day: '日期' };

export const missingNumber = defineRule({
	meta: {
		id: 'missing-number',
		category: 'blank',
		defaultSeverity: 'error',
		messages: { missing: M.missingNumber.missing, missingDate: M.missingNumber.missingDate, missingYear: M.missingNumber.missingYear },
		description: M.missingNumber.description,
		wrapsToNextLine: true
	},
	scope: 'paragraph',
	create(ctx: RuleContext) {
		let seen: Set<number> | undefined;
		const s = foldedOf(ctx);
		runFrames(FRAMES, s, {
			gap(from, to, label, unit, valueKind = 'number') {
				if (seen?.has(from)) return;
				if (from === to && reportedOnLineBefore(s, from, ctx.before ?? '')) return;
				(seen ??= new Set()).add(from);
				const what = label && unit ? `${label}（${unit}）` : label || (unit ? `（${unit}）` : '数值');
				ctx.report({ from, to, messageId: 'missing', data: { what }, blank: { kind: 'missing-number', label, unit, valueKind } });
			},
			date(from, to, part) {
				if (seen?.has(from)) return;
				(seen ??= new Set()).add(from);
				if (part === 'year') {
					ctx.report({ from, to, messageId: 'missingYear', blank: { kind: 'missing-number', label: '年份', unit: '年', valueKind: 'year' } });
					return;
				}
				ctx.report({
					from,
					to,
					messageId: 'missingDate',
					data: { part: DATE_PART[part] },
					blank: { kind: 'missing-number', label: DATE_PART[part], unit: part === 'month' ? '月' : '日', valueKind: 'date' }
				});
			}
		}, ctx.before, ctx.after, charsOf(ctx, s));
	}
});
