import { describe, expect, test } from 'vitest';
import { compileQuery, findMatches, nextMatch, planReplace, type FindQuery, type Matcher } from '$lib/editor/find-replace';

function matcher(q: FindQuery): Matcher {
	const c = compileQuery(q);
	if (!c.ok) throw new Error(c.error);
	return c.matcher;
}
/** The text with each match in ⟦⟧, as in the rule tables. */
function marked(text: string, q: FindQuery): string {
	let out = '';
	let at = 0;
	for (const f of findMatches(text, matcher(q))) {
		out += `${text.slice(at, f.from)}⟦${text.slice(f.from, f.to)}⟧`;
		at = f.to;
	}
	return out + text.slice(at);
}

describe('findMatches', () => {
	test.each<[string, FindQuery, string]>([
		['推进aa产业园建设，aa产业园年产值创新高。', { text: 'aa产业园' }, '推进⟦aa产业园⟧建设，⟦aa产业园⟧年产值创新高。'],
		// Literal text: regex characters are just characters.
		['增长（x.x%）与（x.x%）', { text: 'x.x%' }, '增长（⟦x.x%⟧）与（⟦x.x%⟧）'],
		['AA公司与aa公司', { text: 'aa' }, '⟦AA⟧公司与⟦aa⟧公司'],
		['AA公司与aa公司', { text: 'aa', caseSensitive: true }, 'AA公司与⟦aa⟧公司'],
		// Whole words: not inside a longer Latin word; Chinese by the browser's word boundaries.
		['aa现代产业园与aab项目', { text: 'aa', wholeWord: true }, '⟦aa⟧现代产业园与aab项目'],
		['年产值20亿元，2020年', { text: '20', wholeWord: true }, '年产值⟦20⟧亿元，2020年'],
		// Regular expressions: each match once, empty matches skipped.
		['20__年，20XX年', { text: '20(?:__|XX)年', regex: true }, '⟦20__年⟧，⟦20XX年⟧'],
		['第一季度', { text: 'x*', regex: true }, '第一季度']
	])('%s / %j', (text, q, expected) => {
		expect(marked(text, q)).toBe(expected);
	});

	test('a regex replacement expands $1, $<name>, $& and $$', () => {
		const found = findMatches('20__年与20XX年', matcher({ text: '20(?<mask>__|XX)年', regex: true }), '2026年（原$1，$<mask>，$&，$$）');
		expect(found.map((f) => f.insert)).toEqual(['2026年（原__，__，20__年，$）', '2026年（原XX，XX，20XX年，$）']);
		// A literal query inserts the replacement as it is.
		expect(findMatches('aa', matcher({ text: 'aa' }), '$1$&').map((f) => f.insert)).toEqual(['$1$&']);
	});

	test('an empty query and a broken regex are refused in Chinese', () => {
		expect(compileQuery({ text: '' })).toEqual({ ok: false, error: '请输入要查找的内容' });
		const bad = compileQuery({ text: '(未闭合', regex: true });
		expect(bad.ok).toBe(false);
		expect(!bad.ok && bad.error).toMatch(/^正则表达式有误：/);
	});
});

describe('planReplace and nextMatch across sections', () => {
	const sections = [
		{ id: 'a', text: 'aa产业园今年引进企业，aa产业园产值增长。' },
		{ id: 'b', text: '下一步，aa产业园将扩区。' },
		{ id: 'c', text: '没有要找的。' }
	];
	test('counts per section and in total, edits only where there are matches', () => {
		const plan = planReplace(sections, matcher({ text: 'aa产业园' }), '青石产业园');
		expect(plan.counts).toEqual([
			{ id: 'a', count: 2 },
			{ id: 'b', count: 1 },
			{ id: 'c', count: 0 }
		]);
		expect(plan.total).toBe(3);
		expect([...plan.edits.keys()]).toEqual(['a', 'b']);
		expect(plan.edits.get('b')).toEqual([{ from: 4, to: 9, insert: '青石产业园' }]);
	});
	test('next and previous walk the report in order and wrap around', () => {
		const q = matcher({ text: 'aa产业园' });
		expect(nextMatch(sections, q, { id: null, pos: 0 })).toEqual({ id: 'a', from: 0, to: 5 });
		expect(nextMatch(sections, q, { id: 'a', pos: 5 })).toEqual({ id: 'a', from: 12, to: 17 });
		expect(nextMatch(sections, q, { id: 'a', pos: 17 })).toEqual({ id: 'b', from: 4, to: 9 });
		expect(nextMatch(sections, q, { id: 'b', pos: 9 })).toEqual({ id: 'a', from: 0, to: 5 });
		expect(nextMatch(sections, q, { id: 'c', pos: 0 })).toEqual({ id: 'a', from: 0, to: 5 });
		expect(nextMatch(sections, q, { id: 'a', pos: 0 }, -1)).toEqual({ id: 'b', from: 4, to: 9 });
		expect(nextMatch(sections, q, { id: 'b', pos: 4 }, -1)).toEqual({ id: 'a', from: 12, to: 17 });
		expect(nextMatch(sections, matcher({ text: '无此词' }), { id: 'a', pos: 0 })).toBeNull();
	});
});
