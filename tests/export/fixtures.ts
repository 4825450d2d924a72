/** Our own sample report for export tests (written for these tests; no third-party text). */
import type { Span } from '$lib/export/document';

export const REPORT = `# 2026年度青禾镇农业农村工作总结

今年以来，我镇围绕乡村振兴目标，扎实推进各项工作，全年完成农业总产值亿元，同比增长。

一、主要工作完成情况
（一）粮食生产稳中有进
1.新建高标准农田5000亩，完成年度任务的112%。
2.推广绿色种植
（1）开展测土配方施肥，覆盖面积3.2万亩。
一是摸清底数，明确方向。全镇走访农户1200户，收集意见建议86条。

二、存在问题
基层技术力量仍然不足，部分村集体经济薄弱。

青禾镇人民政府
2026年12月28日
`;

/** A stand-in for the checker: "亿元" right after "总产值", and "增长。" with no figure. */
export const findTestBlanks = (text: string): Span[] => {
	const out: Span[] = [];
	for (const m of text.matchAll(/总产值(?=亿元)|同比增长(?=。)/g)) {
		const at = (m.index ?? 0) + m[0].length;
		out.push({ from: at, to: at });
	}
	for (const m of text.matchAll(/\*\*集团|20__/g)) out.push({ from: m.index ?? 0, to: (m.index ?? 0) + m[0].length });
	return out;
};
