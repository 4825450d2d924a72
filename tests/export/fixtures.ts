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

/**
 * A report with every part GB/T 9704 lays out on its own (our own sentences): 主送机关, a
 * Markdown table, 附件说明 with two items, 发文机关署名, 成文日期 written with padding, 附注.
 */
export const FULL_REPORT = `关于青禾镇2026年度农业农村工作情况的报告

县委、县政府:

今年以来，我镇围绕乡村振兴目标，扎实推进各项工作。

一、主要指标完成情况

| 指标 | 单位 | 完成 | 同比 |
| --- | :---: | ---: | ---: |
| 粮食总产量 | 万吨 | 3.2 | 4.1% |
| 农民人均可支配收入 | 元 | 21560 | 6.3% |

二、下一步打算
继续抓好高标准农田建设。

附件：1.青禾镇2026年度重点项目清单
2.青禾镇农田建设资金使用明细表

青禾镇人民政府
2026年01月05日
（此件公开发布）
`;
