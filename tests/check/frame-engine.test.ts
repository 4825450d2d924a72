import { describe, expect, test } from 'vitest';
import { runFrames, type Frame, type FrameOutput } from '$lib/check/frames';
import { CompiledPattern } from '$lib/check/tagger/pattern';
import { LC_DASH, LC_QI, lineChars } from '$lib/check/tagger/line-chars';

/** Gaps a frame list reports on a line, as [from, label]. */
function gaps(frames: readonly Frame[], s: string, chars?: number): Array<[number, string]> {
	const out: Array<[number, string]> = [];
	const sink: FrameOutput = { gap: (from, _to, label) => out.push([from, label]), date() {} };
	runFrames(frames, s, sink, '', '', chars);
	return out;
}

const frame = (id: string, words: string[], label: string): Frame => ({
	id,
	description: id,
	pattern: { steps: [{ words, capture: true }] },
	report: [{ gap: { step: 0, edge: 'end' }, label, unit: '', valueKind: 'number' }],
	examples: { valid: [], invalid: [] }
});

/** The frame engine's one pass over a line: which anchored patterns can start there, and Line.chars. */
describe('frame engine', () => {
	test('a pattern says what its candidates start with: the first one or two characters of each anchor text', () => {
		expect(new CompiledPattern({ steps: [{ words: ['同比增长', '同比下降'] }] }).leads).toEqual(['同比']);
		expect(new CompiledPattern({ steps: [{ chars: '月日' }] }).leads).toEqual(['月', '日']);
		// No anchor (a first step by tag): no leads, the pattern is tried on every line.
		expect(new CompiledPattern({ steps: [{ tag: 'unit' }] }).leads).toBeNull();
	});

	test('each anchored pattern runs where its lead stands, in a list of many, whatever the others', () => {
		const list = [frame('a', ['同比增长'], '增幅'), frame('b', ['占比'], '占比'), frame('c', ['岁'], '年龄')];
		expect(gaps(list, '收入同比增长，占比。')).toEqual([
			[6, '增幅'],
			[9, '占比']
		]);
		expect(gaps(list, '满岁的儿童')).toEqual([[2, '年龄']]);
		// 同比 stands here, but not 同比增长: the lead lets the pattern try, the match decides.
		expect(gaps(list, '同比持平')).toEqual([]);
		expect(gaps(list, '全年工作稳步推进')).toEqual([]);
	});

	test("code frames see the line's rare-character bits, given by the caller or read from the line", () => {
		const seen: number[] = [];
		const probe: Frame = { id: 'probe', description: 'probe', find: (line) => void seen.push(line.chars), examples: { valid: [], invalid: [] } };
		const s = '其中增长5%—8%';
		gaps([probe], s);
		gaps([probe], s, lineChars(s));
		expect(seen).toEqual([lineChars(s), lineChars(s)]);
		expect(seen[0]! & LC_DASH).not.toBe(0);
		expect(seen[0]! & LC_QI).not.toBe(0);
		expect(lineChars('增长5%，投资2亿元') & LC_DASH).toBe(0);
	});
	test('a code frame naming its starts gets where they stand, and is not run on a line holding none', () => {
		const seen: number[][] = [];
		const probe = (starts: string): Frame => ({
			id: `probe-${starts}`,
			description: 'probe',
			starts,
			find: (line) => void seen.push([...line.at.subarray(0, line.atCount)]),
			examples: { valid: [], invalid: [] }
		});
		// Two frames naming the same set share it; a third its own.
		gaps([probe('家个'), probe('家个'), probe('亿')], '新增企业家，建成站点个，投资亿元');
		expect(seen).toEqual([[4, 10], [4, 10], [14]]);
		seen.length = 0;
		gaps([probe('家个'), probe('亿')], '全年工作稳步推进');
		expect(seen).toEqual([]);
		// More positions than the lists first hold: all of them, in order.
		seen.length = 0;
		const many = '企业家，'.repeat(300);
		gaps([probe('家个')], many);
		expect(seen).toEqual([Array.from({ length: 300 }, (_, k) => 4 * k + 2)]);
	});

	test('more than 32 code frames, each with its own first characters, each get where theirs stand', () => {
		const chars = '个项家人户次名座所件台套批条处场期届栋间张本份块辆艘架匹头只篇首幅把根顶段';
		expect(chars.length).toBeGreaterThan(32);
		const seen = new Map<string, number[]>();
		const list: Frame[] = [...chars].map((c) => ({ id: `probe-${c}`, description: 'probe', starts: c, find: (line) => void seen.set(c, [...line.at.subarray(0, line.atCount)]), examples: { valid: [], invalid: [] } }));
		gaps(list, '新建站点个，走访户、慰问人；拍摄照片幅，调取视频段，采购设备台套');
		expect(Object.fromEntries(seen)).toEqual({ 个: [4], 户: [8], 人: [12], 幅: [18], 段: [24], 台: [30], 套: [31] });
	});

	test('frames run again from inside a frame (on another line) leave the outer run as it was', () => {
		const inner = [frame('x', ['增长'], '增幅')];
		const seen: number[][] = [];
		const outer: Frame[] = [
			{
				id: 'reader',
				description: 'runs frames on another line, then reads its own positions',
				starts: '家',
				find(line, out) {
					runFrames(inner, '利润增长，企业家家', { gap() {}, date() {} });
					seen.push([...line.at.subarray(0, line.atCount)]);
					out.gap(0, 0, 'reader', '');
				},
				examples: { valid: [], invalid: [] }
			},
			frame('b', ['占比'], '占比')
		];
		// The inner run scans its own line: the outer frame's positions and the later pattern's lead stay the outer line's.
		expect(gaps(outer, '新增企业家，占比。')).toEqual([
			[0, 'reader'],
			[8, '占比']
		]);
		expect(seen).toEqual([[4]]);
	});

	test('the parts of a broken sentence, read again right after, are answered from the run that read them, unless a frame read what differs', () => {
		const ran: string[] = [];
		const counter: Frame = { id: 'counter', description: 'notes each line it runs on', find: (line, out) => void (ran.push(line.s), out.gap(0, 0, '数', '')), examples: { valid: [], invalid: [] } };
		const list = [counter];
		const sink: FrameOutput = { gap() {}, date() {} };
		// 实现产值⏎万元，: the sentence read whole, the line before's end alone, the line with that end before it.
		runFrames(list, '万元，', sink, '实现产值', '');
		expect(ran).toEqual(['实现产值万元，', '实现产值', '万元，']);
		// What missing-number reads next (the line before's end, the line alone): the counter read neither's surroundings.
		runFrames(list, '实现产值', sink);
		runFrames(list, '万元，', sink);
		expect(ran).toHaveLength(3);
		// A frame that reads the end of the line before is run again when that end differs.
		const ends: string[] = [];
		const reader: Frame = { id: 'reader', description: 'reads before', find: (line, out) => void (ends.push(line.before), out.gap(0, 0, line.before, '')), examples: { valid: [], invalid: [] } };
		const readers = [reader];
		const labels: string[] = [];
		const into: FrameOutput = { gap: (_f, _t, label) => void labels.push(label), date() {} };
		runFrames(readers, '万元，', into, '实现产值', '');
		runFrames(readers, '万元，', into);
		expect(ends).toEqual(['', '', '实现产值', '']);
		expect(labels).toEqual(['实现产值', '']);
	});
});

/**
 * A pattern frame with no anchor text (its first step a bare tag) is tried on every line and has
 * every line tagged whole: one such frame cost 63 ms of the 1M-character bench. Every frame in the
 * list must say what its candidates start with (write a code frame, or lead with words or chars).
 */
describe('the frame list', () => {
	test('every pattern frame has an anchor text (leads), so no frame tags every line', async () => {
		const { FRAMES } = await import('$lib/check/frames');
		const unanchored = FRAMES.filter((f) => 'pattern' in f && new CompiledPattern(f.pattern).leads === null).map((f) => f.id);
		expect(unanchored).toEqual([]);
	});
});
