/**
 * A figure typed with spaces around it and then deleted, leaving the spaces: 退出  人，
 * 举办讲座  场。 完成  个库点改造 (filled: 退出 12 人). Its two patterns are over tags; it stays a
 * code frame because the pattern language cannot say what rejects a match yet: a figure further
 * on past more spaces (a flattened table row 工业总产值  亿元  126.8), a unit closing the line
 * with no clause before it, a classifier the segmenter reads as opening a word (个人, 分工).
 */
import { CLASSIFIERS, CLASSIFIER_HEAD_SET, CLOSING_MARKS, CN_NUMERAL, FIELD_LABELS, LOOSE_SINGLE, TIME_SPAN_OPENERS, TIME_SPAN_UNITS, VAGUE_BEFORE_UNIT } from '../lexicon';
import { CompiledPattern, TokenIndex, type Step } from '../tagger/pattern';
import { measureBefore } from '../text/measure';
import { isClauseEnd } from '../text/chars';
import { wordAt } from '../text/segment';
import type { Frame } from './types';
import { cellsAfterUnit } from './shared';

const PATTERN: readonly Step[] = [
	// A verb (完成  个), a noun (退出  人), or the comma opening a clause (，  篇论文).
	{ tag: 'verb' },
	{ tag: 'space', minLength: 2, test: (t) => t.length <= 8, capture: true },
	{ tag: ['unit', 'classifier'] }
];
const PATTERN_AFTER_WORD: readonly Step[] = [
	{ tag: ['han', 'punct'], test: (t) => !CN_NUMERAL.includes(t) && !VAGUE_BEFORE_UNIT.includes(t) && !CLOSING_MARKS.chars.includes(t) },
	{ tag: 'space', minLength: 2, test: (t) => t.length <= 8, capture: true },
	{ tag: ['unit', 'classifier'] }
];
/** After a classifier that ends a word or a count (脱贫户  户  人, 386 户  人): a pattern of its own, as its match may share the classifier with one before. */
const PATTERN_AFTER_COUNT: readonly Step[] = [
	{ tag: 'classifier' },
	{ tag: 'space', minLength: 2, test: (t) => t.length <= 8, capture: true },
	{ tag: ['unit', 'classifier'] }
];
const COMPILED_AFTER_COUNT = new CompiledPattern({ steps: PATTERN_AFTER_COUNT });
/** A span of time after its opener (连续  年, 提前  天): 年 and 天 are no units to the tagger. */
const PATTERN_SPAN: readonly Step[] = [
	{ words: TIME_SPAN_OPENERS },
	{ tag: 'space', minLength: 2, test: (t) => t.length <= 8, capture: true },
	{ words: TIME_SPAN_UNITS, wholeWord: true }
];
const COMPILED_SPAN = new CompiledPattern({ steps: PATTERN_SPAN });
/** The two patterns made once (matchAll would make each again, with its anchor, for every line). */
const COMPILED = new CompiledPattern({ steps: PATTERN });
const COMPILED_AFTER_WORD = new CompiledPattern({ steps: PATTERN_AFTER_WORD });
/** Words before the spaces that label a column or a field, not a count (单位  万元). */
const FIELD_BEFORE = new RegExp(`(?:${FIELD_LABELS.words.join('|')})$`);
/** Wide spaces after the unit, then a cell of a figure, a mask or a sign (亿元␣␣␣␣3860, 件␣␣␣␣-%): the unit fills a cell of its own (户␣␣人 is prose, two figures gone). */
const UNIT_CELL_AFTER = /^(?: {2,}|\t)[ \t]*(?:[+\-−±≤≥<>＜＞]?[0-9%％‰]|[xX*×]{2})/;

/**
 * One space, a figure, and words of its own (名 80 周岁以上, 户 3 人): the next quantity of the prose,
 * not a table's cell after the unit (亿元 126.8, whose cells after it are figures or nothing).
 */
const FIGURE_THEN_WORDS = /^ [0-9][0-9.,]* ?[\u4e00-\u9fff]/;
/** Spaces and a classifier closing its clause right after a count's classifier (户  人，). */
const CHAINED_COUNT = /^( {2,8})(\S)(?=[，。；、,;.]|$)/;
const figureOfItsOwn = (s: string, j: number): boolean => FIGURE_THEN_WORDS.test(s.slice(j, j + 20));

export const spacedFigureGap: Frame = {
	id: 'spaced-figure-gap',
	description: '数字两边的空格还在、数字被删掉了：退出  人，举办讲座  场。',
	starts: ' ',
	applies: ({ s }) => s.includes('  '),
	find(line, out) {
		const { s } = line;
		// One index of the line's tokens for both patterns.
		const idx = new TokenIndex(s, line.tags());
		const lazy = { index: () => idx };
		const matches = [...COMPILED.match(s, lazy), ...COMPILED_AFTER_WORD.match(s, lazy), ...COMPILED_AFTER_COUNT.match(s, lazy), ...COMPILED_SPAN.match(s, lazy)];
		for (const m of matches) {
			// 单位：户    人: the units a field or a column is counted in.
			const first = m.tokens[0]!;
			// 治超检测车辆  万台次  38.5: a flattened table row (name, unit, figure) after a classifier ending the name.
			if (first.tag === 'classifier' && (FIELD_BEFORE.test(s.slice(Math.max(0, first.from - 4), first.from)) || /[：:|]/.test(s.slice(0, first.from).trimEnd().slice(-1)) || /^[^ ，。；,;]{0,3} +[0-9]/.test(s.slice(m.tokens[2]!.to, m.tokens[2]!.to + 16)))) continue;
			const unit = m.tokens[2]!;
			const u = s.slice(unit.from, unit.to);
			const after = s[unit.to];
			// 工业总产值  亿元  126.8, 计量单位  万元: a table row or a field label, not a count.
			// 建筑业总产值␣␣␣␣亿元␣␣␣␣␣␣-%: a unit in a cell of its own, another cell after it past wide
			// spaces, is a 单位 column's; the figure's cell is further on (rules/column-table.ts).
			if ((cellsAfterUnit(s, unit.to) && !figureOfItsOwn(s, unit.to)) || UNIT_CELL_AFTER.test(s.slice(unit.to, unit.to + 40)) || (unit.tag === 'unit' && /^ *$/.test(s.slice(unit.to)) && !/[，。；、：]/.test(s.slice(0, m.from)))) continue;
			if (FIELD_BEFORE.test(s.slice(Math.max(0, m.from - 4), m.from))) continue;
			// 姓　　名：, 职　　务: a field's label spaced out to the width of the others, a colon after it.
			if (after === '：' || after === ':') continue;
			// 个人, 分工: the classifier opens a word.
			if (unit.tag === 'classifier' && (CLASSIFIER_HEAD_SET.has(s.slice(unit.from, unit.from + 2)) || wordAt(s, unit.from, 0, 3)[1] > unit.to)) continue;
			// 元旦, 米饭: a loose single-character unit opening a word.
			if (LOOSE_SINGLE.has(u) && !isClauseEnd(after)) continue;
			out.gap(m.from, m.to, measureBefore(s, m.from), u, u === '%' || u.endsWith('百分点') ? 'percent' : 'number');
			// 脱贫户  户  人: a count whose classifier the match took, then another count right after it
			// (matches do not overlap, so the second is read here): its spaces, then a classifier closing the clause.
			if (unit.tag === 'classifier') {
				const next = CHAINED_COUNT.exec(s.slice(unit.to, unit.to + 12));
				if (next && CLASSIFIERS.includes(next[2]!)) {
					const from = unit.to;
					out.gap(from, from + next[1]!.length, measureBefore(s, from), next[2]!, 'number');
				}
			}
		}
	},
	examples: {
		valid: ['全年退出不胜任人员 12 人，举办讲座 6 场，连续 5 年获评先进。', '姓名        职务        分工', '姓　　名：王某　　性　　别：男', '竣工验收  套            1260', '工业总产值    亿元    126.8', '计量单位    万元', '项目名称    个数', '新建污水管网    公里               -2.1%'],
		invalid: ['全年退出不胜任人员⟦  ⟧人，举办讲座⟦  ⟧场。', '完成⟦  ⟧个库点智能化改造。', '全村共有低保户⟦  ⟧户，五保户 3 户⟦  ⟧人。', '我镇已连续⟦  ⟧年获评平安乡镇。']
	}
};
