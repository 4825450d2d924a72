import { expect, test } from 'vitest';
import { countChars, draftChars, excerpt } from '../../src/lib/state/text-stats';

test('counts characters as a writer does: punctuation yes, whitespace (full-width too) no', () => {
	expect(countChars('今年完成三项任务。')).toBe(9);
	expect(countChars('　　一、主要成绩\n\n二是 2026 年')).toBe(13);
	expect(countChars('𠀀字')).toBe(2);
	expect(countChars('')).toBe(0);
	expect(draftChars({ sections: [{ id: 'a', kind: 'free', title: '标题不算', body: '正文' }, { id: 'b', kind: 'free', title: '', body: '两字' }] })).toBe(4);
});

test('search excerpts show the match with a little context', () => {
	expect(excerpt('全年引进企业十二家，新增就业岗位八百个。', '就业', 4)).toBe('…家，新增就业岗位八百…');
	expect(excerpt('没有', '就业')).toBeNull();
});
