import { describe, expect, test } from 'vitest';
import { tag } from '$lib/check/tagger';
import { matchPattern, TokenIndex, type Pattern } from '$lib/check/tagger/pattern';

const spans = (p: Pattern, s: string) => matchPattern(p, s, () => new TokenIndex(s, tag(s))).map((m) => s.slice(m.at, m.end));

/** The pattern language of frames (tagger/pattern.ts), on lines a report might hold. */
describe('pattern matcher', () => {
	test('words are tried in order and a match never overlaps the next', () => {
		expect(spans({ steps: [{ words: ['周岁', '岁'] }] }, '满周岁，岁岁平安')).toEqual(['周岁', '岁', '岁']);
	});
	test('a word must end where a token ends (万户 is one unit)', () => {
		expect(spans({ steps: [{ words: ['户'] }] }, '惠及1.2万户，走访12户')).toEqual(['户']);
	});
	test('steps by tag, unit kind and verb role', () => {
		expect(spans({ steps: [{ tag: 'figure' }, { tag: 'unit', unitKind: ['money'] }] }, '投资12亿元，面积3万亩')).toEqual(['12亿元']);
		expect(spans({ steps: [{ verbRole: 'quantity' }, { tag: 'figure' }] }, '完成投资，完成12项')).toEqual(['完成12']);
	});
	test('before and after contexts are part of the match', () => {
		const p: Pattern = { steps: [{ words: ['月份'] }], before: { chars: '于自' } };
		expect(spans(p, '自月份以来，8月份')).toEqual(['月份']);
		const q: Pattern = { steps: [{ words: ['人'] }], after: { clauseEnd: true } };
		expect(spans(q, '帮扶人，人员')).toEqual(['人']);
	});
	test('an exception drops its match and the match still takes its text', () => {
		const p: Pattern = { steps: [{ words: ['周岁', '岁'] }], unless: [{ at: 'before', context: { chars: '满' } }] };
		expect(spans(p, '满周岁')).toEqual([]);
	});
	test('optional and repeated steps', () => {
		const p: Pattern = { steps: [{ tag: 'figure' }, { tag: 'space', optional: true }, { tag: 'unit' }] };
		expect(spans(p, '产值 12 亿元，12亿元')).toEqual(['12 亿元', '12亿元']);
		const r: Pattern = { steps: [{ chars: '：:', repeat: [2, 3] }] };
		expect(spans(r, '调整为：：，为：')).toEqual(['：：']);
	});
	test('a lookahead within a few characters stops at the clause end', () => {
		const p: Pattern = { steps: [{ words: ['由'] }], after: { words: ['缩短'], within: 4, stopAt: '，' } };
		expect(spans(p, '由天缩短，由天，缩短')).toEqual(['由']);
	});
	test('a lookbehind within some characters stops at the sentence end', () => {
		const p: Pattern = { steps: [{ words: ['于'] }, { words: ['月'] }], unless: [{ at: 'before', context: { words: ['每月'], within: 20, stopAt: '。' } }] };
		expect(spans(p, '每月于月初下达任务。新厂房于月开工。')).toEqual(['于月']);
		expect(spans(p, '每月召开例会，于月初下达任务。')).toEqual([]);
	});
	test('a context read past the spaces next to the match (a table cell)', () => {
		const p: Pattern = { steps: [{ words: ['月'] }], before: { chars: '|', pastSpaces: true }, after: { chars: '|', pastSpaces: true } };
		expect(spans(p, '| 完成时限 | 月 |\t月  | 6月 | 月份 |')).toEqual(['月', '月']);
		expect(spans(p, '|月|')).toEqual(['月']);
	});
});

describe('pattern matcher: candidates passed without tagging the line', () => {
	/** The matches' texts and whether the line was tagged for them. */
	const run = (p: Pattern, s: string) => {
		let tagged = false;
		const found = matchPattern(p, s, () => {
			tagged = true;
			return new TokenIndex(s, tag(s));
		}).map((m) => s.slice(m.at, m.end));
		return { found, tagged };
	};
	test('a candidate not followed by what the next step starts with (a figure, a space)', () => {
		const p: Pattern = { steps: [{ words: ['月'] }, { tag: 'space', optional: true }, { tag: 'figure' }, { chars: '日号' }] };
		expect(run(p, '于月日开工，次月初完成')).toEqual({ found: [], tagged: false });
		expect(run(p, '于月 17日开工')).toEqual({ found: ['月 17日'], tagged: true });
	});
	test("a whole-word pattern's after context, read on the raw line", () => {
		const p: Pattern = { steps: [{ words: ['于'] }, { words: ['月'] }], after: { notChars: '日初底' } };
		expect(run(p, '于月底前完成')).toEqual({ found: [], tagged: false });
		expect(run(p, '新厂房于月开工')).toEqual({ found: ['于月'], tagged: true });
	});
	test('a later word step out of reach of the candidate (the steps between are bounded)', () => {
		// 工作, at most 8 spaces, then 年: a 年 twenty characters on cannot be this match's.
		const p: Pattern = { steps: [{ words: ['工作'] }, { tag: 'space', maxLength: 8, optional: true }, { words: ['年'] }] };
		expect(run(p, '扎实推进各项工作 圆满完成了全部既定的目标任务，迎来丰收之年')).toEqual({ found: [], tagged: false });
		expect(run(p, '从事审计工作  年，熟悉业务')).toEqual({ found: ['工作  年'], tagged: true });
	});
});
