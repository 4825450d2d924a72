import { describe, expect, test } from 'vitest';
import path from 'node:path';
import { generate, hash, mapOffset, revert, type Edit } from '../../scripts/synth/generate';
import { GROUPS, groupOf } from '../../scripts/synth/groups';
import { loadSources } from '../../scripts/synth/main';
import { match } from '../../scripts/synth/match';
import { SKIP_RULES } from '../../scripts/synth/rules';
import { ruleHolds, scanSites } from '../../scripts/synth/scan';
import { scoreFile } from '../check/blind-score';
import { rng } from '../../scripts/synth/generate';

/**
 * The synthetic-masking harness must be trustworthy before its figures mean anything: the same
 * seed gives the same texts, every gold hole is exactly where the edit made it, and its skip rules
 * do what their examples say. No checker score is asserted here.
 */
const root = path.resolve(import.meta.dirname, '../..');
const sources = loadSources(root);

/** `before⟦site⟧after` → its three parts. */
function parts(example: string) {
	const m = /^([^]*)⟦([^]*)⟧([^]*)$/.exec(example);
	if (!m) throw new Error(`no ⟦⟧ in ${example}`);
	return { before: m[1]!, site: m[2]!, after: m[3]! };
}
const lineAround = (p: { before: string; site: string; after: string }) =>
	(p.before.split('\n').pop() ?? '') + p.site + (p.after.split('\n')[0] ?? '');

describe('synthetic-masking harness', () => {
	test('it has filled reports to work from', () => expect(sources.length).toBeGreaterThanOrEqual(50));

	test('the same seed gives the same text and gold; another seed another text', () => {
		for (const s of sources.slice(0, 10)) {
			const a = generate(s.text, hash(`7:${s.name}:0`));
			const b = generate(s.text, hash(`7:${s.name}:0`));
			expect(b).toEqual(a);
			expect(generate(s.text, hash(`8:${s.name}:0`)).text).not.toBe(a.text);
		}
	});

	test('every hole is where its gold says: undoing the edits gives the source back, spans hold the mask', () => {
		let holes = 0;
		for (const s of sources) {
			for (let v = 0; v < 3; v++) {
				const variant = generate(s.text, hash(`3:${s.name}:${v}`));
				expect(revert(variant)).toBe(s.text);
				let previousEnd = -1;
				for (const e of variant.edits) {
					holes++;
					expect(e.start).toBeGreaterThan(previousEnd);
					previousEnd = e.end;
					const span = variant.text.slice(e.start, e.end);
					expect(s.text.slice(e.from, e.to)).toBe(e.removed);
					if (e.op === 'delete' || e.op === 'delete-unit') {
						expect(e.start).toBe(e.end);
						expect(e.removed).toMatch(/^[0-9０-９][0-9０-９,.． ]*[%％﹪‰]?$/);
						// The deletion point: what was before and after the figure now meet there.
						expect(variant.text.slice(0, e.start).endsWith(s.text.slice(Math.max(0, e.from - 3), e.from))).toBe(true);
						expect(variant.text.slice(e.end).startsWith(s.text.slice(e.to, e.to + 3))).toBe(true);
					} else if (e.op === 'mask' || e.op === 'name-mask') {
						expect(span).toBe(e.insert);
						expect(span).toMatch(/^(x+|X+|\*+|×+|○+|_+|＿+|aa|k|A)$/);
					} else if (e.op === 'mask-part') {
						expect(span).toBe(e.insert);
						expect(span).toMatch(/^[0-9０-９.．, ]*(xx|XX|\*\*|××)[0-9０-９.．, ]*$/);
						expect(span.replace(/xx|XX|\*\*|××/, '')).not.toBe(span);
					} else {
						expect(span).toBe(e.insert);
						expect(span).toMatch(/^(x+|X+|\*+|×+|○+|_+|＿+| +)$/);
						expect(variant.text.slice(e.end)).toMatch(/^[ \t]*年/);
						if (span.length < 4) expect(variant.text.slice(e.start - 2, e.start)).toMatch(/^(19|20|１９|２０|[〇零一二三四五六七八九]{2})$/);
					}
				}
			}
		}
		expect(holes).toBeGreaterThan(1000);
	});

	test('offsets of the untouched text map through the edits', () => {
		const s = sources[0]!;
		const variant = generate(s.text, 99);
		for (let at = 0; at < s.text.length; at += 37) {
			if (variant.edits.some((e) => at >= e.from && at < e.to)) continue;
			expect(variant.text[mapOffset(variant.edits, at)]).toBe(s.text[at]);
		}
	});

	describe('skip rules do what their examples say', () => {
		for (const rule of SKIP_RULES) {
			test(rule.id, () => {
				expect(rule.reason.length).toBeGreaterThan(4);
				expect(rule.skip.length).toBeGreaterThan(0);
				const shape = rule.shapes?.[0] ?? 'int';
				for (const ex of rule.skip) {
					const p = parts(ex);
					expect(ruleHolds(rule, p.before, p.site, p.after, lineAround(p), shape), ex).toBe(true);
				}
				for (const ex of rule.keep) {
					const p = parts(ex);
					expect(ruleHolds(rule, p.before, p.site, p.after, lineAround(p), shape), ex).toBe(false);
				}
			});
		}
	});

	test('the scanner finds figures, years and names, and leaves codes alone', () => {
		const sites = (t: string) =>
			scanSites(t)
				.filter((s) => s.ops.length)
				.map((s) => `${s.text}:${s.kind}:${s.shape}`);
		expect(sites('全年完成产值12.5亿元，同比增长8.2%。')).toEqual(['12.5:figure:decimal', '8.2:figure:percent']);
		expect(sites('2025年，城南镇新建基站1 048个')).toEqual(['2025:year:year', '城南:name:name', '1 048:figure:thousands']);
		expect(sites('二〇二五年三月')).toEqual(['二〇二五:cn-year:cn-year']);
		expect(sites('“十四五”规划')).toEqual(['四:cn-plan:cn-plan']);
		expect(sites('依托5G网络，创成4A级景区，拨打12345热线。')).toEqual([]);
		expect(sites('一、主要指标\n（2）完善制度')).toEqual([]);
		expect(sites('本公司、全镇各村')).toEqual([]);
		expect(sites('分别为12、15人')).toEqual(['12:figure:list', '15:figure:list']);
	});

	test('matching agrees with the project scorer (tests/check/blind-score.ts)', () => {
		const r = rng(5);
		for (let k = 0; k < 200; k++) {
			const spans = (n: number, len: number) =>
				Array.from({ length: n }, () => {
					const start = Math.floor(r() * 200);
					return { start, end: start + Math.floor(r() * len) };
				});
			const found = spans(Math.floor(r() * 8), 6);
			const gold = spans(Math.floor(r() * 8), 4);
			const mine = match(found, gold);
			const theirs = scoreFile(found, { blanks: gold });
			expect(mine.goldToFound.size).toBe(theirs.tp);
			expect(found.length - mine.foundToGold.size).toBe(theirs.fp);
		}
	});
});

describe('phrasing groups sort their own examples into themselves', () => {
	for (const g of GROUPS.filter((g) => g.example)) {
		test(g.id, () => {
			const { before, after } = parts(g.example.replace('⟪⟫', '⟦⟧').replace(/⏎/g, '\n'));
			const text = before + after;
			const shape = g.id.startsWith('range') ? 'range' : g.id.startsWith('date') ? 'date' : g.id.startsWith('plain column') ? 'column' : 'int';
			const edit: Edit = { from: 0, to: 0, insert: '', removed: '1', start: before.length, end: before.length, kind: 'missing-number', op: 'delete', form: '', shape, fullWidth: false };
			expect(groupOf(edit, text)).toBe(g.id);
		});
	}
});

test('name sites are names, not kinds or common words', () => {
	const names = (t: string) => scanSites(t).filter((s) => s.kind === 'name').map((s) => s.text);
	expect(names('2025年，城南镇党委坚持')).toEqual(['城南']);
	expect(names('，商业银行、人民医院')).toEqual([]);
	expect(names('，完善县级预案；建成县域数据库')).toEqual([]);
	expect(names('，两名同志受到表彰')).toEqual([]);
});
