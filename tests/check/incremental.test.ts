import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { IncrementalChecker, checkText, defineRule } from '$lib/check';
import type { CheckConfig } from '$lib/check';

const base = [
	'20xx年，开发区实现工业总产值亿元，同比增长，占全市比重。',
	'一、主要成绩',
	'新增规上企业家；亿元企业家。',
	'二、存在问题',
	'aa现代产业园于月日通过验收。',
	'四、下步计划',
	'全年完成投资5亿元，同比增长12%。'
].join('\n');

function makeCounter() {
	const seen: string[] = [];
	const rule = defineRule({
		meta: { id: 'test/count', category: 'content', defaultSeverity: 'info', messages: { x: '段落' }, description: '计数' },
		scope: 'paragraph',
		create(ctx) {
			seen.push(ctx.text);
		}
	});
	return { seen, rule };
}

describe('IncrementalChecker', () => {
	test('gives the same findings as checkText after every edit', () => {
		const inc = new IncrementalChecker();
		let text = base;
		const edits: Array<(t: string) => string> = [
			(t) => t.replace('工业总产值亿元', '工业总产值12亿元'),
			(t) => '新的一段开头。\n' + t,
			(t) => t.replace('aa现代产业园', '青山现代产业园'),
			(t) => t.replace('四、', '三、'),
			(t) => t + '\n同比下降；',
			(t) => t.replace('\n', '\n\n')
		];
		expect(inc.check(text)).toEqual(checkText(text));
		for (const edit of edits) {
			text = edit(text);
			expect(inc.check(text)).toEqual(checkText(text));
		}
	});

	test('unchanged paragraphs are not checked again', () => {
		const { seen, rule } = makeCounter();
		const config: CheckConfig = { extraRules: [rule] };
		const inc = new IncrementalChecker(config);
		inc.check(base);
		seen.length = 0;
		const edited = base.replace('同比增长12%', '同比增长13%');
		const f = inc.check(edited);
		expect(seen).toEqual(['全年完成投资5亿元，同比增长13%。']);
		expect(f).toEqual(checkText(edited, config));
	});

	test('document rules see the whole text on every check (numbering)', () => {
		const inc = new IncrementalChecker();
		expect(inc.check(base).filter((f) => f.rule === 'numbering')).toHaveLength(1);
		expect(inc.check(base.replace('四、', '三、')).filter((f) => f.rule === 'numbering')).toHaveLength(0);
	});

	test('a measure stated twice is found again after edits that move, keep or settle its figures', () => {
		const inc = new IncrementalChecker();
		const conflicts = (t: string) => {
			const f = inc.check(t);
			expect(f).toEqual(checkText(t));
			return f.filter((x) => x.rule === 'measure-conflict').map((x) => [x.line, t.slice(x.from, x.to), x.message]);
		};
		let text = '2026年工作总结\n公司实现营业收入12.38亿元，经营稳中有进。\n全年营业收入12.83亿元。';
		const first = conflicts(text);
		expect(first).toHaveLength(1);
		expect(first[0]!.slice(0, 2)).toEqual([3, '12.83亿元']);
		// An edit that changes no figure keeps the finding, at its place; one before the later figure
		// in its own line moves it within the line.
		text = text.replace('经营稳中有进', '经营稳中向好、有进');
		expect(conflicts(text)).toEqual(first);
		text = text.replace('全年营业收入', '全年公司营业收入');
		const shifted = conflicts(text);
		expect(shifted.map((x) => x.slice(0, 2))).toEqual([[3, '12.83亿元']]);
		// A line written above moves both figures one line down, and the message names the new line.
		text = text.replace('2026年工作总结\n', '2026年工作总结\n公司概况见附件。\n');
		const moved = conflicts(text);
		expect(moved.map((x) => x.slice(0, 2))).toEqual([[4, '12.83亿元']]);
		expect(moved[0]![2]).toContain('第3行');
		// Settled: the later figure agrees with the earlier one.
		text = text.replace('12.83亿元', '12.38亿元');
		expect(conflicts(text)).toEqual([]);
	});

	test('setConfig applies new rules and ignores', () => {
		const inc = new IncrementalChecker();
		const all = inc.check(base);
		const key = all.find((f) => f.rule === 'masked-year')!.key;
		inc.setConfig({ ignore: new Set([key]), rules: { 'missing-number': 'off' } });
		const now = inc.check(base);
		expect(now.some((f) => f.key === key || f.rule === 'missing-number')).toBe(false);
		expect(now.some((f) => f.rule === 'masked-name')).toBe(true);
	});

	// The checker keeps the lines an edit did not touch; every kind of edit must still give what a
	// fresh check gives: typing, deleting across lines, joining and splitting lines, CRLF, blank
	// lines, pasting at either end, undo to an earlier text, a document rewritten whole.
	test.each(['blank-county-misc.txt', 'filled-traditional.txt', 'filled-community-projects.md'])('matches checkText through a run of mixed edits (%s)', (name) => {
		const start = readFileSync(path.join(import.meta.dirname, 'fixtures', name), 'utf8');
		let seed = 3;
		const rand = () => ((seed = (seed * 1103515245 + 12345) >>> 0) / 2 ** 32);
		const pieces = ['5', '\n', '\r\n', '亿元', '，', '其中', '一、', '（二）', '\n\n', 'xx', '。', '20xx年', '营业收入12.5亿元，', '“', '」', ' ', '小编'];
		const config: CheckConfig = { rules: { 'stale-year': { severity: 'warning', options: { year: 2026 } } } };
		const inc = new IncrementalChecker(config);
		const seen = [start];
		let text = start;
		expect(inc.check(text)).toEqual(checkText(text, config));
		for (let i = 0; i < 60; i++) {
			const r = rand();
			const at = Math.floor(rand() * (text.length + 1));
			if (r < 0.4) text = text.slice(0, at) + pieces[Math.floor(rand() * pieces.length)] + text.slice(at);
			else if (r < 0.7) text = text.slice(0, at) + text.slice(at + 1 + Math.floor(rand() * (rand() < 0.2 ? 300 : 3)));
			else if (r < 0.8) text = seen[Math.floor(rand() * seen.length)]!;
			else if (r < 0.9) text = text.replace('\n', '');
			else if (r < 0.95) text = text.slice(at) + '\n' + text.slice(0, at);
			else text = i % 2 ? '' : '同比增长，\n' + text.replaceAll('\n', '\r\n');
			seen.push(text);
			expect(inc.check(text)).toEqual(checkText(text, config));
		}
	});

	test('a line typed above or below leaves the other lines unchecked', () => {
		const { seen, rule } = makeCounter();
		const inc = new IncrementalChecker({ extraRules: [rule] });
		inc.check(base);
		seen.length = 0;
		inc.check('开头新写一句。\n' + base + '\n结尾再补一句。');
		expect(seen).toEqual(['开头新写一句。', '结尾再补一句。']);
	});
});
