/**
 * Quotes with nothing inside: 举办“”消防宣传月启动仪式, 开展""活动. A report quotes a name, a slogan
 * or a figure (“119”消防宣传月, “五进”活动); a pair of quotes with nothing but spaces between them
 * is what is left when that was deleted. A code frame: straight quotes open and close with the same
 * character, so only their count on the line tells an empty pair ("") from a close and an open
 * ("五进""六进").
 */
import type { CodeFrame } from './types';

const EMPTY_RE = /“ *”|「 *」|" *"/g;
const HAS_EMPTY = /“ *”|「 *」|" *"/;
/** The marks an empty pair opens with (EMPTY_RE's first characters). */
const OPENING_MARKS = '“「"';

/** The name after the quotes (消防宣传月), for the message: a few Han characters. */
function nameAfter(s: string, j: number): string {
	let e = j;
	while (e < s.length && e - j < 6 && /[\u4e00-\u9fff]/.test(s[e]!)) e++;
	return s.slice(j, e);
}

export const emptyQuotes: CodeFrame = {
	id: 'empty-quotes',
	description: '引号里的内容被删掉了：举办“”消防宣传月启动仪式',
	// Only a line holding an opening mark can hold an empty pair (the engine's one pass tells).
	starts: OPENING_MARKS,
	applies: ({ s }) => HAS_EMPTY.test(s),
	find({ s }, out) {
		EMPTY_RE.lastIndex = 0;
		for (let m = EMPTY_RE.exec(s); m; m = EMPTY_RE.exec(s)) {
			// "五进""六进": a straight quote closing one name and one opening the next.
			// The same after a line break opened the first name on the line before ("桥⏎头湾""濑溪"等): the
			// quotes after the pair then leave one unmatched, the next name's close (quiet5, session 14).
			if (m[0][0] === '"' && ((s.slice(0, m.index).split('"').length - 1) % 2 === 1 || (s.slice(m.index + m[0].length).split('"').length - 1) % 2 === 1)) {
				EMPTY_RE.lastIndex = m.index + 1;
				continue;
			}
			const from = m.index + 1;
			const to = m.index + m[0].length - 1;
			out.gap(from, to, nameAfter(s, m.index + m[0].length), '', 'number');
		}
	},
	examples: {
		valid: ['举办“119”消防宣传月启动仪式，开展"五进""六进"活动，坚持「一岗双责」。', '对"南\n岗""北岗"等地名加注读音。'],
		invalid: ['举办“⟦⟧”消防宣传月启动仪式，开展"⟦⟧"活动，落实「⟦ ⟧」制度。']
	}
};
