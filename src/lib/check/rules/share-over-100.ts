/**
 * Number consistency: a share above 100% (占全市的112%, 参保率达102.5%). Only measures that
 * cannot pass 100% are read (data/figures.ts); 完成年度计划的112% and 增长120% are fine.
 */
import { foldedOf } from '../text/normalize';
import { charsOf, LC_PERCENT } from '../tagger/line-chars';
import { defineRule } from './define';
import { checkMessages as M } from '../messages';
import { SHARE_LINKS, SHARE_MEASURES, TARGET_OBJECTS } from './data/figures';

const NUM = '[0-9]+(?:\\.[0-9]+)?';
const NAMED = new RegExp(`(${SHARE_MEASURES.join('|')})(?:${SHARE_LINKS.join('|')})?(${NUM})%`, 'g');
const OF = new RegExp(`占([^，。；;%0-9]{0,20}?)(?:的)?(${NUM})%`, 'g');
/** A percentage above 100 (three digits or more before the point): only those can be reported. */
const OVER_100 = /[0-9]{3}(?:\.[0-9]+)?%/;

export const shareOver100 = defineRule({
	meta: {
		id: 'share-over-100',
		category: 'content',
		defaultSeverity: 'warning',
		messages: { shareOver: M.shareOver100.shareOver },
		description: M.shareOver100.description
	},
	scope: 'paragraph',
	create(ctx) {
		const s = foldedOf(ctx);
		if (!(charsOf(ctx, s) & LC_PERCENT) || !OVER_100.test(s)) return;
		const seen = new Set<number>();
		for (const re of [NAMED, OF]) {
			re.lastIndex = 0;
			for (let m = re.exec(s); m; m = re.exec(s)) {
				// Both patterns end in the figure and its %; OF's object follows its 占 (no indices needed).
				const to = m.index + m[0].length;
				const from = to - 1 - m[2]!.length;
				if (seen.has(from) || Number(m[2]) <= 100) continue;
				seen.add(from);
				if (re === OF && TARGET_OBJECTS.some((w) => m![1]!.includes(w))) continue;
				const what = re === NAMED ? m[1]! : ctx.text.slice(m.index, m.index + 1 + m[1]!.length) || '占比';
				ctx.report({ from, to, messageId: 'shareOver', data: { what, value: ctx.text.slice(from, to) } });
			}
		}
	}
});
