import { describe, expect, it } from 'vitest';
import { measureBefore } from '$lib/check/text/measure';

// The measure named before a gap: the words after the last stop word (a verb or connective),
// a stop word closing the phrase kept when nothing follows it.
describe('measureBefore reads the measure after the last stop word', () => {
	const at = (s: string) => measureBefore(s, s.length);
	it.each([
		['园区企业实现工业总产值', '工业总产值'],
		['其中农业投资达到', '农业投资'],
		['全年共计新建', '新建'],
		['累计新增', '新增'],
		['截至目前已有的的', '的'],
		['为民办实事项目完成了投资', '投资'],
		['我们拥有和及', ''],
		['县城', '县城'],
		['', '']
	])('%s → %s', (s, want) => expect(at(s)).toBe(want));
	it('stops at a figure and reads only Han characters before the end', () => {
		expect(measureBefore('产值12亿元，利润总额', 11)).toBe('利润总额');
		expect(measureBefore('产值12亿元', 2)).toBe('产值');
	});
});
