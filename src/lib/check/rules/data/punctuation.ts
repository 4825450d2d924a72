/**
 * Punctuation knowledge for the official-style rules, as data with examples (written so it can
 * move into the lexicon folder as is). Everything is matched on the folded text, where
 * full-width ASCII (．＂) already reads as its half-width twin, so one table covers both.
 */

/** A half-width mark and the full-width mark a 公文 uses for it. */
export interface PunctPair {
	half: string;
	full: string;
	/** A sentence of our own where the half-width mark is wrong, and one where it is right. */
	wrong: string;
	right: string;
}

export const PUNCT_PAIRS: readonly PunctPair[] = [
	{ half: ',', full: '，', wrong: '全年新建道路12公里,改造桥梁3座。', right: '总投资1,250万元。' },
	{ half: ';', full: '；', wrong: '一是抓学习;二是抓落实。', right: 'if (a) { b; }' },
	{ half: ':', full: '：', wrong: '联系电话:0551-6321458', right: '会议于9:30开始，比例为1:2。' },
	{ half: '?', full: '？', wrong: '怎样才能把服务做细?', right: 'https://example.cn/?id=3' },
	{ half: '!', full: '！', wrong: '安全无小事!', right: '见下图![示意图](a.png)' },
	{ half: '.', full: '。', wrong: '全年任务圆满完成.', right: '增长3.5%，版本v2.1，网址www.example.cn。' },
	{ half: '(', full: '（', wrong: '生产总值(GDP)增长6%。', right: 'f(x) = 2x' },
	{ half: ')', full: '）', wrong: '(一)加强组织领导', right: 'f(x) = 2x' }
];

/** Half-width mark → full-width mark. */
export const FULL_OF: Readonly<Record<string, string>> = Object.fromEntries(PUNCT_PAIRS.map((p) => [p.half, p.full]));

/**
 * Marks that end or sit inside Chinese prose: a half-width mark next to one of these (or next
 * to a Han character) is inside Chinese text.
 */
export const CJK_PUNCT = '，。、；：？！“”‘’（）《》〈〉【】「」『』…—·';

/** Three or more dots (or two) after Chinese text: an ellipsis typed on a Latin keyboard. */
export const ELLIPSIS = { half: '...', full: '……', wrong: '加强学习、改进作风...', right: '1...9' } as const;

/** A Chinese numeral heading written with a Latin full stop: 一.加强学习 → 一、加强学习. */
export const HEADING_DOT = { full: '、', wrong: '一.加强组织领导', right: '1.加强组织领导' } as const;

/** Quotation marks by style: mainland 公文 use curly quotes; corner brackets are the other style. */
export interface QuoteStyle {
	name: 'curly' | 'corner';
	/** Outer open, outer close, inner open, inner close. */
	marks: readonly [string, string, string, string];
	example: string;
}

export const QUOTE_STYLES: readonly QuoteStyle[] = [
	{ name: 'curly', marks: ['“', '”', '‘', '’'], example: '开展“三服务”活动，树立‘一盘棋’意识' },
	{ name: 'corner', marks: ['「', '」', '『', '』'], example: '开展「三服务」活动' }
];
