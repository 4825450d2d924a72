/**
 * Which year a masked year (20__年) means, relative to the report's 年度, so 逐项填空 can
 * propose it: the stale-year rule's own frames first (the one place that knows "明年（2027年）",
 * "2027年工作打算"), then the relative words written right before the mask, then history, which
 * gets no proposal. Pure data with examples; the tests run every example.
 */
import { fold } from '$lib/check/text/normalize';
import { YEAR_DIGITS, YEAR_FRAMES } from '$lib/check/rules/data/years';

/** A relative word written right before a year, with the year it means and an example. */
export interface RelativeYearCue {
	words: readonly string[];
	offset: number;
	/** With 年度 2026 the mask here means 2026 + offset. */
	example: string;
}

export const RELATIVE_YEAR_CUES: readonly RelativeYearCue[] = [
	{ words: ['下一年度', '下一年', '下年度', '明年', '来年'], offset: 1, example: '明年（20__年）将建成二期厂房。' },
	{ words: ['上一年度', '上年度', '上一年', '上年', '去年'], offset: -1, example: '上年（20__年）完成投资8亿元。' },
	{ words: ['本年度', '今年', '本年'], offset: 0, example: '今年（20__年）新增就业岗位300个。' }
];

/** Masks the text places in the past (no proposal): 自20__年以来, 20__年建成. */
export const HISTORY_YEAR_CUES = {
	before: ['自', '从', '早在', '始建于', '成立于', '建于'],
	after: ['以来', '来', '起', '建成', '成立', '始建', '投产', '就读', '入职', '参加工作', '毕业'],
	examples: ['自20__年以来，园区累计引进企业60家。', '20__年建成的污水处理厂运行平稳。']
} as const;

const FRAMES = YEAR_FRAMES.map((f) => ({ ...f, re: new RegExp(f.re.replace('{Y}', YEAR_DIGITS), 'dg') }));

/** A stand-in year the frames' year pattern accepts. */
const PROBE = '2000';

/**
 * The offset (0, 1, -1) of the year the text means at [from, to) of `line` (the four characters
 * of the year, kept digits and mask), or null when the text places it in the past.
 */
export function yearOffset(line: string, from: number, to: number): number | null {
	const probe = fold(line.slice(0, from)) + PROBE + fold(line.slice(to));
	const end = from + PROBE.length;
	const isTitle = line.length <= 40 && !/[。；]/.test(line);
	for (const f of FRAMES) {
		if (f.place === 'title' && !isTitle) continue;
		f.re.lastIndex = 0;
		for (let hit = f.re.exec(probe); hit; hit = f.re.exec(probe)) {
			if (hit.indices?.[1]?.[0] === from) return f.offset;
			if (hit[0].length === 0) f.re.lastIndex++;
		}
	}
	const before = probe.slice(Math.max(0, from - 8), from).replace(/[（(]?(?:即|是)?$/, '');
	for (const cue of RELATIVE_YEAR_CUES) if (cue.words.some((w) => before.endsWith(w))) return cue.offset;
	const after = probe.slice(end).replace(/^年(?:度)?/, '');
	if (HISTORY_YEAR_CUES.before.some((w) => before.endsWith(w))) return null;
	if (HISTORY_YEAR_CUES.after.some((w) => after.startsWith(w))) return null;
	return 0;
}
