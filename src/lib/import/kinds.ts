/**
 * Which section plugin a section of an imported sample belongs to, from its title and its first
 * lines: data with examples (each example is a test). The first rule that matches wins.
 */
import type { SectionKind } from '$lib/model';

/** A kind rule: a pattern on the title (and optionally the start of the body) with examples. */
export interface KindRule {
	kind: SectionKind;
	title: RegExp;
	/** Tried on the first 60 characters of the body when the title says nothing. */
	body?: RegExp;
	examples: string[];
}

export const KIND_RULES: readonly KindRule[] = [
	{ kind: 'integrity', title: /廉洁|廉政|自律|作风建设|八项规定|党风/, examples: ['四、廉洁自律情况', '三、落实八项规定精神'] },
	{
		kind: 'problems',
		title: /问题|不足|差距|短板|薄弱|困难|教训|反思/,
		body: /^(?:[^。]{0,20})(?:存在的?问题|不足之处|差距|短板)/,
		examples: ['三、存在的问题和不足', '（三）困难与差距']
	},
	{
		kind: 'plan',
		title: /下一步|明年|来年|下半年|今后|计划|打算|思路|展望|努力方向|工作安排|工作重点|重点工作|工作目标|目标任务|\d{2}(?:x{2}|X{2}|×{2}|_{2}|\d{2})年(?:的)?(?:工作|主要)/,
		body: /^(?:[^。]{0,20})(?:下一步|明年|新的一年|今后)/,
		examples: ['四、下一步工作计划', '五、2026年工作思路', '（二）紧紧把握20xx年工作重点']
	},
	{
		kind: 'achievements',
		title: /成绩|成效|成果|亮点|回顾|主要工作|完成情况|工作开展|工作情况|做法|举措|措施|推进|突破|提升|取得|完成|加强|强化|抓|狠抓|做好|优化|推动|实施/,
		examples: ['一、主要工作及成效', '二、抓招商，促发展', '（一）超额完成各项经济指标']
	},
	{ kind: 'overview', title: /概述|概况|总体|基本情况|总述|综述|前言/, examples: ['一、总体情况', '基本情况'] }
];

/** The proposed kind of a section (the opening is 'overview', a closing name-and-date 'signature'). */
export function kindOf(title: string, body: string): SectionKind {
	const t = title.replace(/^#+\s*/, '');
	for (const r of KIND_RULES) if (r.title.test(t)) return r.kind;
	const head = body.slice(0, 60);
	for (const r of KIND_RULES) if (r.body?.test(head)) return r.kind;
	return 'free';
}
