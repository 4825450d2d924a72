/**
 * Tenths (成) whose figure is gone after a bound or a change: 占比不低于成；, 满意率超过成，,
 * 回款达到成以上, 近视率下降约成, 周期缩短  成. 成 is too common a character for the unit table
 * (完成, 成为, 成本): it is read as tenths only where it closes its clause (or a bound's tail:
 * 成以上, 成左右) right after a bound (lexicon TENTHS_BOUNDS) or a verb of change, an estimate
 * (约, 近) or the spaces left for the figure between. (偏多成, a departure in tenths, is change.ts's.)
 *
 * A code frame, not a pattern: as a pattern its anchor is every bound and verb of change, common
 * words that sent most lines to the tagger (4 ms on the 1M bench); read back from each 成 that
 * closes a clause it costs an indexOf per line.
 */
import { CHANGE_VERBS, CLAUSE_END, TENTHS_AFTER, TENTHS_BOUNDS, TENTHS_ESTIMATES } from '../lexicon';
import { charTable } from '../text/chars';
import { measureBefore } from '../text/measure';
import type { CodeFrame } from './types';

const BEFORE_TENTHS: readonly string[] = [...new Set([...TENTHS_BOUNDS.words, ...CHANGE_VERBS])].sort((a, b) => b.length - a.length);
const ESTIMATES: readonly string[] = [...TENTHS_ESTIMATES.words].sort((a, b) => b.length - a.length);
/** The last characters of those words and of the estimates: 完 of 完成 is none, so most 成 stop here. */
const LAST = charTable([...BEFORE_TENTHS, ...ESTIMATES].map((w) => w[w.length - 1]).join(''));

/** The word of `words` that ends at `k` of `s`, or undefined. */
function endingAt(s: string, k: number, words: readonly string[]): string | undefined {
	for (let w = 0; w < words.length; w++) if (s.endsWith(words[w]!, k)) return words[w];
	return undefined;
}

function closesTenths(s: string, j: number): boolean {
	if (j >= s.length || CLAUSE_END.includes(s[j]!)) return true;
	for (const w of TENTHS_AFTER.words) if (s.startsWith(w, j)) return true;
	return false;
}

export const tenthsAfterBound: CodeFrame = {
	id: 'tenths-after-bound',
	description: '“不低于”“超过”或增减之后缺成数：占比不低于成，近视率下降约成',
	starts: '成',
	find({ s }, out) {
		for (let i = s.indexOf('成'); i >= 0; i = s.indexOf('成', i + 1)) {
			if (!closesTenths(s, i + 1)) continue;
			let k = i;
			while (k > 0 && s[k - 1] === ' ') k--;
			if (LAST[s.charCodeAt(k - 1)] !== 1) continue;
			const spaces = k;
			const estimate = endingAt(s, k, ESTIMATES);
			if (estimate !== undefined) k -= estimate.length;
			const verb = endingAt(s, k, BEFORE_TENTHS);
			if (verb === undefined) continue;
			out.gap(spaces, i, measureBefore(s, k - verb.length), '成', 'number');
		}
	},
	examples: {
		valid: ['制造业项目占比不低于六成，满意率超过九成，销售价格不低于成本价，工作达到成效。', '约三成的农户参加了培训，近视率下降约两成，任务全部完成。'],
		invalid: ['制造业项目占比不低于⟦⟧成；满意率超过⟦⟧成，回款达到⟦⟧成以上。', '制造业项目占比不低于⟦  ⟧成；近视率下降约⟦⟧成。']
	}
};
