import { describe, expect, test } from 'vitest';
import { findBlank } from '../../src/lib/editor/navigation';
import { countChars, partitionIgnored } from '../../src/lib/editor/findings';
import { ignoreSettingKey, memoryIgnoreStore, parseIgnoreList } from '../../src/lib/checking/ignore';
import { blank } from './fixtures';

const sections = [
	{ sectionId: 'a', ranges: [{ from: 3, to: 3 }, { from: 10, to: 12 }] },
	{ sectionId: 'b', ranges: [] },
	{ sectionId: 'c', ranges: [{ from: 0, to: 2 }] }
];

describe('findBlank (F8 / Shift+F8)', () => {
	test('next is strictly after the cursor, so pressing F8 again moves on', () => {
		expect(findBlank(sections, { sectionId: 'a', pos: 0 }, 1)).toEqual({ sectionId: 'a', from: 3, to: 3 });
		expect(findBlank(sections, { sectionId: 'a', pos: 3 }, 1)).toEqual({ sectionId: 'a', from: 10, to: 12 });
	});

	test('goes on to the next section with blanks, skipping empty ones, and wraps round', () => {
		expect(findBlank(sections, { sectionId: 'a', pos: 10 }, 1)).toEqual({ sectionId: 'c', from: 0, to: 2 });
		expect(findBlank(sections, { sectionId: 'c', pos: 0 }, 1)).toEqual({ sectionId: 'a', from: 3, to: 3 });
		expect(findBlank(sections, { sectionId: 'b', pos: 0 }, 1)).toEqual({ sectionId: 'c', from: 0, to: 2 });
	});

	test('previous goes backwards and wraps to the last blank of the report', () => {
		expect(findBlank(sections, { sectionId: 'a', pos: 10 }, -1)).toEqual({ sectionId: 'a', from: 3, to: 3 });
		expect(findBlank(sections, { sectionId: 'a', pos: 3 }, -1)).toEqual({ sectionId: 'c', from: 0, to: 2 });
		expect(findBlank(sections, { sectionId: 'c', pos: 0 }, -1)).toEqual({ sectionId: 'a', from: 10, to: 12 });
	});

	test('a single blank is found again from itself; no blanks gives null', () => {
		const one = [{ sectionId: 'x', ranges: [{ from: 5, to: 5 }] }];
		expect(findBlank(one, { sectionId: 'x', pos: 5 }, 1)).toEqual({ sectionId: 'x', from: 5, to: 5 });
		expect(findBlank([{ sectionId: 'x', ranges: [] }], { sectionId: 'x', pos: 0 }, 1)).toBeNull();
		expect(findBlank([], { sectionId: 'x', pos: 0 }, -1)).toBeNull();
	});
});

describe('ignore list', () => {
	test('is stored per draft and read defensively', async () => {
		expect(ignoreSettingKey('d1')).toBe('ignore:d1');
		expect(parseIgnoreList(['k1', 3, '', 'k1', 'k2'])).toEqual(['k1', 'k2']);
		expect(parseIgnoreList({ k: 1 })).toEqual([]);
		const store = memoryIgnoreStore();
		await store.save('d1', ['k1']);
		expect(await store.load('d1')).toEqual(['k1']);
		expect(await store.load('d2')).toEqual([]);
	});

	test('ignored findings are set apart, not lost', () => {
		const text = '实现产值亿元，利润亿元';
		const a = blank(text, 4, 4, { kind: 'missing-number', label: '产值', unit: '亿元', valueKind: 'number' });
		const b = blank(text, 9, 9, { kind: 'missing-number', label: '利润', unit: '亿元', valueKind: 'number' });
		const { shown, ignored } = partitionIgnored([a, b], new Set([b.key]));
		expect(shown).toEqual([a]);
		expect(ignored).toEqual([b]);
	});
});

test('字数 counts every character but whitespace', () => {
	expect(countChars('一、总体情况\n  今年 完成　任务。')).toBe(13);
	expect(countChars('𠀀a')).toBe(2);
});
