import { describe, expect, test, vi } from 'vitest';
import { breaksBetween, wordAt, WORD_BREAK_OTHER } from '$lib/check/text/segment';
import { wordRunsAcross } from '$lib/check/text/continuation';

const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });

/** Whether the segmenter puts a word boundary at `at` in `s`. */
function boundaryAt(s: string, at: number): boolean {
	return segmenter.segment(s).containing(at)!.index === at;
}

/** What the segmenter itself says, on the same window wordAt reads. */
function wordAtBySegmenter(text: string, index: number, before = 6, after = 4): [number, number] {
	const from = Math.max(0, index - before);
	const window = text.slice(from, Math.min(text.length, index + after + 1));
	const p = segmenter.segment(window).containing(index - from)!;
	return [from + p.index, from + p.index + p.segment.length];
}

const HAN = '产值家个人次万年第一';
const DIGITS = '0123456789';
const LETTERS = 'axzAXZ';
const OTHERS = [...new Set(WORD_BREAK_OTHER)].join('');
/** Characters the gate knows, and some it does not (，；：·._ join to figures or letters, a space, a combining mark). */
const SAMPLE = HAN + DIGITS + LETTERS + OTHERS;
const AROUND = ['', '产', '1', 'a', '，', '；', '：', '·', '.', '_', ' ', '、', '\u0301', '\u200d', '\ufe0f'];

/**
 * The gate that spares the segmenter (text/segment.ts): wherever it says two characters are
 * always parted, the segmenter parts them, whatever stands around them.
 */
describe('word boundaries known without the segmenter', () => {
	test('every pair the gate parts is parted by the segmenter, in any surroundings', () => {
		const wrong: string[] = [];
		for (const a of SAMPLE) {
			for (const b of SAMPLE) {
				if (!breaksBetween(a.charCodeAt(0), b.charCodeAt(0))) continue;
				for (const x of AROUND) for (const y of AROUND) if (!boundaryAt(x + a + b + y, x.length + 1)) wrong.push(JSON.stringify(x + a + b + y));
			}
		}
		expect(wrong).toEqual([]);
	}, 120_000);

	test('pairs the rules may join are left to the segmenter', () => {
		for (const [a, b] of ['1a', 'a1', '产值', '1，', '，1', 'a：', '1.', '_1', '1_', ' 产', '产 ', '产\u0301']) expect(breaksBetween(a!.charCodeAt(0), b!.charCodeAt(0))).toBe(false);
		// 1，2 is one figure to the segmenter; 1、2 two.
		expect(boundaryAt('1，2', 2)).toBe(false);
		expect(breaksBetween('、'.charCodeAt(0), '2'.charCodeAt(0))).toBe(true);
	});

	test('wordAt and wordRunsAcross answer as the segmenter on the window, gate or not', () => {
		const lines = [
			'全年实现工业总产值126.8亿元，同比增长9.2%，新建污水处理站点12个、村级服务中心（所）3个。',
			'累计接待游客“一日游”人次，完成《规划》编制×项，占比达%，其中ABC类企业5家。',
			'办理率达',
			'到85%，项目个，投资**万元——其中xx镇…',
			'（一）加强组织领导！确保“十四五”规划落地？2026年计划新增就业岗位1,200个',
			'新培育专精特新企业家、省级示范合作社家，引进高层次人才名（含博士后人），改造老旧小区个',
			'全市共有养老机构所、床位张；三季度走访困难户户、发放慰问金万元。',
			'Q3新增ETF产品只，AB两类企业各家，年末在册志愿者人——其中党员名'
		];
		for (const s of lines) {
			for (let i = -1; i <= s.length; i++) {
				for (const [before, after] of [
					[6, 4],
					[0, 6],
					[0, 3]
				] as const) {
					if (i < 0 || i >= s.length) continue;
					expect([s, i, before, after, wordAt(s, i, before, after)]).toEqual([s, i, before, after, wordAtBySegmenter(s, i, before, after)]);
				}
			}
		}
		for (const end of lines) {
			for (const next of lines) {
				for (let k = 1; k <= Math.min(8, end.length); k++) {
					const e = end.slice(0, k);
					const tail = e.slice(-6);
					const byWindow = wordAtBySegmenter(tail + next.slice(0, 4), tail.length)[0] < tail.length;
					expect([e, next, wordRunsAcross(e, next)]).toEqual([e, next, byWindow]);
				}
			}
		}
	});

	test('a run of Han characters between marks is segmented once, whatever stands before it', () => {
		const spy = vi.spyOn(Intl.Segmenter.prototype, 'segment');
		try {
			// The same run (绿色工厂家) after other words, before a mark the rules always part from Han (not ，:
			// it joins figures): one segmentation, and never of the mark.
			const run = '绿色工厂家';
			const lines = [`今年新认定${run}。`, `其中省级${run}、`, `全区累计${run}（`];
			const words = lines.map((s) => wordAt(s, s.indexOf('家')).map((x) => x - s.indexOf(run)));
			expect(new Set(words.map((w) => w.join())).size).toBe(1);
			expect(spy.mock.calls.filter(([w]) => w === run).length).toBeLessThanOrEqual(1);
			expect(spy.mock.calls.every(([w]) => !/[。、（]/.test(String(w)))).toBe(true);
		} finally {
			spy.mockRestore();
		}
	});
});
