import { describe, expect, test } from 'vitest';
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

	test('setConfig applies new rules and ignores', () => {
		const inc = new IncrementalChecker();
		const all = inc.check(base);
		const key = all.find((f) => f.rule === 'masked-year')!.key;
		inc.setConfig({ ignore: new Set([key]), rules: { 'missing-number': 'off' } });
		const now = inc.check(base);
		expect(now.some((f) => f.key === key || f.rule === 'missing-number')).toBe(false);
		expect(now.some((f) => f.rule === 'masked-name')).toBe(true);
	});
});
