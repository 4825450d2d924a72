/** Format checks: lost characters, a growth rate missing its %, negative growth written as 增长-5%. */
import { foldedOf } from '../text/normalize';
import { charsOf, LC_BOX, LC_MINUS, LC_REPLACEMENT } from '../tagger/line-chars';
import { defineRule } from './define';
import { checkMessages as M } from '../messages';
import { scanMasks } from './mask-scan';
import { CLAUSE_END } from '../lexicon/words';
import { escapeClass } from '../text/regex';

export const lostChar = defineRule({
	meta: {
		id: 'lost-char',
		category: 'format',
		defaultSeverity: 'warning',
		messages: { lostChar: M.lostChar.lostChar },
		description: M.lostChar.description
	},
	scope: 'paragraph',
	create(ctx) {
		const s = foldedOf(ctx);
		const chars = charsOf(ctx, s);
		if (!(chars & (LC_BOX | LC_REPLACEMENT))) return;
		const used = chars & LC_BOX ? scanMasks(s, ctx.after, chars, ctx.before).usedBoxes : new Set<number>();
		for (let i = 0; i < s.length; i++) {
			const c = s[i]!;
			if ((c === '□' && !used.has(i)) || c === '\ufffd') {
				let j = i + 1;
				while (j < s.length && s[j] === c && !used.has(j)) j++;
				ctx.report({ from: i, to: j, messageId: 'lostChar', data: { char: c } });
				i = j - 1;
			}
		}
	}
});

const RISE = ['增长', '下降', '提高', '降低', '上升', '回落', '增幅', '降幅', '下滑'];
const PERCENT_LOST = new RegExp(`(?:${RISE.join('|')})(?:了)?([0-9]+(?:\\.[0-9]+)?)(?=[${escapeClass(CLAUSE_END)}]|$)`, 'g');

export const percentLost = defineRule({
	meta: {
		id: 'percent-lost',
		category: 'format',
		defaultSeverity: 'warning',
		messages: { percentLost: M.percentLost.percentLost },
		description: M.percentLost.description
	},
	scope: 'paragraph',
	create(ctx) {
		const s = foldedOf(ctx);
		PERCENT_LOST.lastIndex = 0;
		for (let m = PERCENT_LOST.exec(s); m; m = PERCENT_LOST.exec(s)) {
			const end = m.index + m[0].length;
			ctx.report({ from: end, to: end, messageId: 'percentLost', data: { text: ctx.text.slice(m.index, end) }, fix: { from: end, to: end, insert: '%' } });
		}
	}
});

const OPPOSITE: Record<string, string> = { 增长: '下降', 增加: '减少', 提高: '降低', 上升: '下降', 增幅: '降幅' };
const NEGATIVE = /(增长|增加|提高|上升|增幅)(?:了|为|达)?(-|－|负)([0-9]+(?:\.[0-9]+)?)(%|个百分点|百分点)/g;

export const negativeGrowth = defineRule({
	meta: {
		id: 'negative-growth',
		category: 'format',
		defaultSeverity: 'warning',
		messages: { negativeGrowth: M.negativeGrowth.negativeGrowth },
		description: M.negativeGrowth.description
	},
	scope: 'paragraph',
	create(ctx) {
		const s = foldedOf(ctx);
		if (!(charsOf(ctx, s) & LC_MINUS)) return;
		NEGATIVE.lastIndex = 0;
		for (let m = NEGATIVE.exec(s); m; m = NEGATIVE.exec(s)) {
			const from = m.index;
			const to = from + m[0].length;
			const suggest = `${OPPOSITE[m[1]!]}${ctx.text.slice(to - m[3]!.length - m[4]!.length, to)}`;
			ctx.report({ from, to, messageId: 'negativeGrowth', data: { suggest }, fix: { from, to, insert: suggest } });
		}
	}
});
