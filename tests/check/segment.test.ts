import { describe, expect, it } from 'vitest';
import { wordAt, wordsAround } from '../../src/lib/check/text/segment';

// What the segmenter's words of the window are when listed one by one (how segment.ts read them
// before it asked ICU for the one word holding a character): wordAt and wordsAround must give
// the same boundaries at every position, whatever was asked before (the window cache).
const seg = new Intl.Segmenter('zh', { granularity: 'word' });
function listed(text: string, index: number, before = 6, after = 4): [number, number, number] {
	const from = Math.max(0, index - before);
	const window = text.slice(from, Math.min(text.length, index + after + 1));
	let prev = from;
	for (const p of seg.segment(window)) {
		const start = from + p.index;
		const end = start + p.segment.length;
		if (end > index) return [prev, start, end];
		prev = start;
	}
	return [index - 1, index, index + 1];
}

const LINES = [
	'本季度新建村级卫生室个，改造乡镇敬老院所。',
	'全镇共培训新型职业农民人次，发放补贴万元。',
	'图书馆全年接待读者人，借阅图书册，举办讲座场。',
	'专家组对国家级示范单元进行复核，其次是省级。',
	'a1',
	''
];

describe('wordAt and wordsAround read the window as its listed words', () => {
	for (const s of LINES) {
		it(`at every position of “${s}”, twice`, () => {
			for (let round = 0; round < 2; round++) {
				for (let i = -1; i <= s.length + 1; i++) {
					const [p, a, b] = listed(s, i);
					expect(wordAt(s, i)).toEqual([a, b]);
					expect(wordsAround(s, i)).toEqual([p, a, b]);
					const [, c, d] = listed(s, i, 0, 6);
					expect(wordAt(s, i, 0, 6)).toEqual([c, d]);
				}
			}
		});
	}
	it('from the end backwards too (the cache filled in another order)', () => {
		const s = '县人民医院新增床位张，引进学科带头人名。';
		for (let i = s.length; i >= -1; i--) {
			const [p, a, b] = listed(s, i);
			expect(wordsAround(s, i)).toEqual([p, a, b]);
			expect(wordAt(s, i)).toEqual([a, b]);
		}
	});
});
