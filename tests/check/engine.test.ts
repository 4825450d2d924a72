import { describe, expect, test } from 'vitest';
import { applyFix, builtinRules, checkText, countBlanks, defineRule, findingKey } from '$lib/check';
import type { Finding } from '$lib/check';

const sample = '20xx年，开发区实现工业总产值亿元，同比增长，占全市比重。\naa现代产业园新增企业家；\n以上就是小编分享的全部内容，希望大家能够喜欢！';

describe('engine', () => {
	test('findings are sorted by from, carry line/column and Chinese messages', () => {
		const f = checkText(sample);
		const froms = f.map((x) => x.from);
		expect(froms).toEqual([...froms].sort((a, b) => a - b));
		const total = f.find((x) => x.blank?.label === '工业总产值')!;
		expect(total.message).toBe('此处缺少数值：工业总产值（亿元）');
		expect(total.blank).toEqual({ kind: 'missing-number', label: '工业总产值', unit: '亿元', valueKind: 'number' });
		expect(total.line).toBe(1);
		expect(total.column).toBe(total.from + 1);
		const name = f.find((x) => x.rule === 'masked-name')!;
		expect(name.line).toBe(2);
		expect(name.column).toBe(1);
		expect(name.message).toBe('名称被隐去：aa（请填写实际名称）');
		expect(f.find((x) => x.rule === 'masked-year')!.message).toBe('年份未填写');
	});

	test('empty and blank texts give no findings', () => {
		expect(checkText('')).toEqual([]);
		expect(checkText('\n\n   \n')).toEqual([]);
	});

	test('the four blank kinds are category blank; other checks are not', () => {
		for (const f of checkText(sample)) {
			expect(f.category === 'blank').toBe(['masked-year', 'masked-name', 'masked-number', 'missing-number'].includes(f.rule));
		}
	});

	test('offsets are UTF-16 indices even after characters outside the BMP', () => {
		const text = '𠀀𠀀园区实现工业总产值亿元。';
		const f = checkText(text).find((x) => x.rule === 'missing-number')!;
		expect(text.slice(f.from, f.from + 2)).toBe('亿元');
	});

	test('CRLF line endings give the same offsets as the text', () => {
		const text = '第一段。\r\n实现产值亿元。\r\n';
		const f = checkText(text).find((x) => x.rule === 'missing-number')!;
		expect(text.slice(f.from, f.from + 2)).toBe('亿元');
		expect(f.line).toBe(2);
	});

	test('a rule can be switched off or given another severity', () => {
		const off = checkText(sample, { rules: { 'missing-number': 'off', leftover: 'off' } });
		expect(off.some((f) => f.rule === 'missing-number' || f.rule === 'leftover')).toBe(false);
		const info = checkText(sample, { rules: { 'masked-year': { severity: 'info' } } });
		expect(info.find((f) => f.rule === 'masked-year')!.severity).toBe('info');
		expect(checkText(sample).find((f) => f.rule === 'masked-year')!.severity).toBe('error');
	});

	test('extra rules from plugins run with options and the same finding shape', () => {
		const noWeekend = defineRule({
			meta: { id: 'plugin/word', category: 'content', defaultSeverity: 'info', messages: { found: '出现了“{word}”' }, description: '示例规则' },
			scope: 'paragraph',
			create(ctx) {
				const word = String(ctx.options.word ?? '');
				for (let i = ctx.text.indexOf(word); word && i !== -1; i = ctx.text.indexOf(word, i + 1))
					ctx.report({ from: i, to: i + word.length, messageId: 'found', data: { word } });
			}
		});
		const f = checkText('甲乙。\n丙乙。', { extraRules: [noWeekend], rules: { 'plugin/word': { severity: 'warning', options: { word: '乙' } } } });
		const mine = f.filter((x) => x.rule === 'plugin/word');
		expect(mine.map((x) => [x.from, x.line, x.column, x.severity, x.message])).toEqual([
			[1, 1, 2, 'warning', '出现了“乙”'],
			[5, 2, 2, 'warning', '出现了“乙”']
		]);
	});

	test('a plugin blank on the same range as a built-in one is reported by both (plugins merge them)', () => {
		const slot = defineRule({
			meta: { id: 'plugin/slot', category: 'blank', defaultSeverity: 'error', messages: { m: '“{label}”还没有填写' }, description: '示例' },
			scope: 'document',
			create(ctx) {
				const i = ctx.text.indexOf('____');
				if (i >= 0) ctx.report({ from: i, to: i + 4, messageId: 'm', data: { label: '单位名称' }, blank: { kind: 'masked-name', label: '单位名称', unit: '', valueKind: 'name' } });
			}
		});
		const f = checkText('本人在____工作。', { extraRules: [slot] }).filter((x) => x.category === 'blank');
		expect(f.map((x) => [x.rule, x.from, x.to])).toEqual([
			['masked-name', 3, 7],
			['plugin/slot', 3, 7]
		]);
	});

	test('ignore keys survive edits elsewhere in the text', () => {
		const text = '第一段说明。\n实现产值亿元，同比增长。\n完成投资亿元。';
		const first = checkText(text);
		const target = first.find((f) => f.rule === 'missing-number' && f.line === 2 && f.blank?.unit === '亿元')!;
		const edited = '在前面加了一整句话。' + text.replace('完成投资亿元', '完成投资3亿元');
		const again = checkText(edited, { ignore: [target.key] });
		expect(again.some((f) => f.key === target.key)).toBe(false);
		expect(again.some((f) => f.blank?.label === '同比增长')).toBe(true);
		expect(checkText(edited).some((f) => f.key === target.key)).toBe(true);
	});

	test('identical contexts get distinct keys by occurrence', () => {
		const text = '。实现产值亿元。实现产值亿元。实现产值亿元。';
		const keys = checkText(text).map((f) => f.key);
		expect(new Set(keys).size).toBe(keys.length);
		const f: Pick<Finding, 'rule' | 'from' | 'to' | 'messageId' | 'blank'> = { rule: 'r', from: 2, to: 2, messageId: 'm' };
		expect(findingKey('一二三四', f)).toBe('r:m:一二[]三四');
	});

	test('applyFix applies edits in order and skips overlaps', () => {
		expect(applyFix('增长-5%', { from: 0, to: 5, insert: '下降5%' })).toBe('下降5%');
		expect(applyFix('abcdef', [{ from: 4, to: 5, insert: 'X' }, { from: 0, to: 1, insert: 'Y' }, { from: 0, to: 2, insert: 'Z' }])).toBe('YbcdXf');
	});

	test('countBlanks counts by kind', () => {
		const c = countBlanks(checkText(sample));
		expect(c.total).toBe(c['masked-year'] + c['masked-name'] + c['masked-number'] + c['missing-number']);
		expect(c['masked-year']).toBe(1);
		expect(c['masked-name']).toBe(1);
		expect(c['missing-number']).toBe(4);
	});

	test('a rule runs on a hand-made context without the folded text', () => {
		const rule = builtinRules.find((r) => r.meta.id === 'missing-number')!;
		const got: Array<[number, number]> = [];
		rule.create({ text: '實現產值億元。', options: {}, report: (r) => void got.push([r.from, r.to]) });
		expect(got).toEqual([[4, 4]]);
	});

	test('every built-in rule has Chinese messages and a description', () => {
		for (const r of builtinRules) {
			expect(r.meta.description).toMatch(/[\u4e00-\u9fff]/);
			for (const m of Object.values(r.meta.messages)) expect(m).toMatch(/[\u4e00-\u9fff]/);
		}
	});
});
