import { describe, expect, test } from 'vitest';
import { ruleTable } from './helpers';
import { applyFix, checkText } from '$lib/check';
import { ELLIPSIS, HEADING_DOT, PUNCT_PAIRS, QUOTE_STYLES } from '$lib/check/rules/data/punctuation';

const rule = (id: string) => (f: { rule: string }) => f.rule === id;
const fixAll = (text: string, id: string) => applyFix(text, checkText(text).filter((f) => f.rule === id).flatMap((f) => f.fix ?? []));

describe('half-width-punct', () => {
	ruleTable('half-width-punct', rule('half-width-punct'), {
		valid: [
			'全年新建道路12公里，改造桥梁3座。',
			'总投资1,250万元，增长3.5%，会议于9:30开始，男女比例为1:2。',
			'详见 https://www.example.cn/report?id=3&y=2026，或发邮件至 office@example.cn。',
			'版本号为v2.1，英文名称 Green Valley Co., Ltd. 保持不变。',
			'1.加强组织领导',
			'运行命令 `npm run build:file`，生成单文件版。',
			'见[办事指南](guide.html)。',
			'| 指标 | 完成 |\n|:---|---:|',
			'He said "yes" to the plan.',
			'2026.3.15召开动员会',
			'院内感染发生率为.%，低于国家标准。'
		],
		invalid: [
			'全年新建道路12公里⟦,⟧改造桥梁3座。',
			'一是抓学习⟦;⟧二是抓落实⟦.⟧',
			'联系电话⟦:⟧0551-6321458',
			'怎样才能把服务做细⟦?⟧',
			'安全无小事⟦!⟧',
			'生产总值⟦(⟧GDP⟦)⟧增长6%。',
			'⟦(⟧一⟦)⟧加强组织领导',
			'开展⟦"⟧三服务⟦"⟧活动。',
			'加强学习、改进作风⟦...⟧',
			'⟦.⟧加强组织领导'.replace('⟦.⟧', '一⟦.⟧'),
			'完成任务⟦, ⟧下一步继续推进。',
			'全年任务圆满完成⟦．⟧'
		]
	});
	test('the fixes give full-width marks, quotes in pairs, a heading dot as 、', () => {
		expect(fixAll('开展"三服务"活动,树立"一盘棋"意识.', 'half-width-punct')).toBe('开展“三服务”活动，树立“一盘棋”意识。');
		expect(fixAll('一.加强组织领导', 'half-width-punct')).toBe('一、加强组织领导');
		expect(fixAll('(一)加强组织领导', 'half-width-punct')).toBe('（一）加强组织领导');
		expect(fixAll('完成任务, 下一步继续推进...', 'half-width-punct')).toBe('完成任务，下一步继续推进……');
		expect(fixAll('他说：“好的".', 'half-width-punct')).toBe('他说：“好的”。');
	});
	test('the message names the mark and its full-width form; the category is style, never blank', () => {
		const [f] = checkText('全年新建道路12公里,改造桥梁3座。').filter(rule('half-width-punct'));
		expect(f!.message).toBe('中文里请用全角标点：“,”应为“，”');
		expect(f!.category).toBe('style');
	});
	test('every pair in the punctuation table has a wrong example that is flagged and a right one that is not', () => {
		for (const p of PUNCT_PAIRS) {
			expect(checkText(p.wrong).filter(rule('half-width-punct')).length, p.wrong).toBeGreaterThan(0);
			expect(checkText(p.right).filter(rule('half-width-punct')), p.right).toEqual([]);
		}
		for (const e of [ELLIPSIS, HEADING_DOT]) expect(checkText(e.wrong).filter(rule('half-width-punct')).length, e.wrong).toBeGreaterThan(0);
		expect(checkText(ELLIPSIS.right).filter(rule('half-width-punct'))).toEqual([]);
		expect(checkText(HEADING_DOT.right).filter(rule('half-width-punct'))).toEqual([]);
	});
});

describe('mixed-quotes', () => {
	ruleTable('mixed-quotes', rule('mixed-quotes'), {
		valid: [
			'开展“三服务”活动，树立‘一盘棋’意识。',
			'他说：“要把‘三服务’落到实处。”',
			'开展「三服务」活动。\n落实「首问负责」制度。',
			"It’s fine.",
			'第一段“引文开始。\n第二段“另一处引文”。'
		],
		invalid: [
			'开展“三服务”活动。\n落实⟦「⟧首问负责⟦」⟧制度。',
			'开展“三服务”活动，落实“首问负责”制度，推行⟦「⟧马上办⟦」⟧。',
			'评为“优秀⟦“⟧等次。',
			'评为⟦”⟧优秀”等次。'
		]
	});
	test('the minority style is rewritten to the majority, and the message says which is the majority', () => {
		const text = '开展「三服务」活动，落实「首问负责」制度，推行“马上办”。';
		expect(fixAll(text, 'mixed-quotes')).toBe('开展「三服务」活动，落实「首问负责」制度，推行「马上办」。');
		expect(checkText(text).find(rule('mixed-quotes'))!.message).toBe('引号混用：全文多用「」，此处为““”');
	});
	test('the quote styles table names both styles with an example each', () => {
		expect(QUOTE_STYLES.map((q) => q.name)).toEqual(['curly', 'corner']);
		for (const q of QUOTE_STYLES) expect(checkText(q.example).filter(rule('mixed-quotes'))).toEqual([]);
	});
});

describe('year-numerals', () => {
	ruleTable('year-numerals', rule('year-numerals'), {
		valid: ['2026年，全镇粮食增产。\n2027年继续推进。', '二〇二六年工作总结\n二〇二七年一月五日', '自1998年建厂以来，累计纳税3亿元。', '第一二三四年级'],
		invalid: [
			'2026年，全镇粮食增产。2027年继续推进。\n\n青禾镇人民政府\n⟦二〇二七年⟧一月五日',
			'二〇二六年工作总结\n二〇二六年，全镇粮食增产。\n⟦2027年⟧一月五日',
			'２０２６年，全镇粮食增产；２０２５年减产。\n⟦二零二七年⟧一月五日'
		]
	});
	test('the fix rewrites the minority year only, and the message names the majority form and its line', () => {
		const text = '2026年，全镇粮食增产。2027年继续推进。\n二〇二七年一月五日';
		expect(fixAll(text, 'year-numerals')).toBe('2026年，全镇粮食增产。2027年继续推进。\n2027年一月五日');
		expect(checkText(text).find(rule('year-numerals'))!.message).toBe('年份写法不一致：本文多写作“2026年”（第1行），此处为“二〇二七年”');
		expect(fixAll('二〇二六年工作总结\n二〇二六年，粮食增产。\n2027年一月五日', 'year-numerals')).toBe('二〇二六年工作总结\n二〇二六年，粮食增产。\n二〇二七年一月五日');
	});
});
