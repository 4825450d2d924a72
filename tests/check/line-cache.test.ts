import { describe, expect, it } from 'vitest';
import { LineCache } from '$lib/check/line-cache';

describe('LineCache', () => {
	it('keeps the lines still read and drops those of old keystrokes', () => {
		const cache = new LineCache<string, number>(2);
		cache.set('甲', 1);
		cache.set('乙', 2);
		cache.set('丙', 3); // the first generation (甲, 乙) is the older one now
		expect(cache.get('甲')).toBe(1); // read again: moves up with 丙
		cache.set('丁', 4); // 丙, 甲 become the older one; 乙 is dropped
		expect(cache.get('乙')).toBeUndefined();
		expect(cache.get('甲')).toBe(1);
		expect(cache.get('丙')).toBe(3);
		expect(cache.get('丁')).toBe(4);
	});
});
