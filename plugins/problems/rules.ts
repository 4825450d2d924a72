import { minCountSchema } from '../shared/options';
import type { Rule } from '$lib/check/types';
import { waitsForSlots } from '../shared/wait-for-slots';
import { firstLineSpan, isBlankText, wording } from '../shared/text';

/** Enumerators a writer uses to separate problems. */
const ENUMERATORS: RegExp[] = [
	/[一二三四五六七八九十]是/g,
	/[（(][一二三四五六七八九十]+[)）]/g,
	/(?:^|\n)\s*[一二三四五六七八九十]+、/g,
	/(?:^|\n)\s*[0-9０-９]+[.、．)]/g,
	/其[一二三四五]/g,
	/第[一二三四五六]，/g,
	/首先|其次|再次|最后/g
];

/** Counts the problems listed: the largest count of any enumerator style, or paragraphs. */
export function countItems(text: string): number {
	const paragraphs = text.split(/\n+/).filter((p) => p.trim() !== '').length;
	const enumerated = Math.max(0, ...ENUMERATORS.map((re) => [...text.matchAll(re)].length));
	return Math.max(paragraphs, enumerated);
}

export const minItemsRule: Rule = waitsForSlots({
	meta: {
		id: 'problems/min-items',
		category: 'content',
		defaultSeverity: 'warning',
		messages: { few: '再写 {need} 条具体问题（如“二是……”），存在问题宜有 {min} 条' },
		description: '存在问题至少列出两条具体问题。',
		schema: minCountSchema
	},
	scope: 'document',
	create(context) {
		if (isBlankText(context.text)) return;
		const min = typeof context.options.min === 'number' ? context.options.min : 2;
		const count = countItems(wording(context));
		if (count < min) context.report({ ...firstLineSpan(context.text), messageId: 'few', data: { count, min, need: min - count } });
	}
});

/**
 * Strengths dressed up as weaknesses. Each pattern is a way of saying "I work too hard" or
 * "I ask too much of myself"; they read as evasions in a 存在问题 section.
 */
const DISGUISED_PRAISE =
	/工作(?:太|过于|过分)(?:投入|拼命|认真|卖力)|(?:对自己|对工作)要求(?:太|过)(?:高|严)|过于追求完美|太追求完美|责任心(?:太|过)强|只顾(?:着)?工作|忙于工作(?:而)?(?:忽视|忽略)了?(?:家庭|身体|休息)|(?:经常|长期)加班(?:加点)?(?:导致|以致)|工作热情(?:太|过)高|干劲(?:太|过)足|太(?:较真|实在)/g;

export const disguisedPraiseRule: Rule = {
	meta: {
		id: 'problems/disguised-praise',
		category: 'content',
		defaultSeverity: 'warning',
		messages: { praise: '“{text}”是变相表扬：改写成工作中真实的不足' },
		description: '存在问题里不写“工作太投入”之类的变相表扬。'
	},
	scope: 'paragraph',
	create(context) {
		for (const m of wording(context).matchAll(DISGUISED_PRAISE)) {
			const text = context.text.slice(m.index, m.index + m[0].length);
			context.report({ from: m.index, to: m.index + m[0].length, messageId: 'praise', data: { text } });
		}
	}
};
