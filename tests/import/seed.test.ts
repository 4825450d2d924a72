/**
 * The seed page (../shared/corpus, read from there, never copied): seven samples, no site intro
 * or related-article list left, and every gold blank still found by the checker at the same
 * words after cleaning (gold offsets mapped through the cleaning's edits).
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { checkText } from '$lib/check';
import { importText, openFile, isImportError } from '$lib/import';

const dir = new URL('../../../shared/corpus/', import.meta.url);
const file = new URL('000_1c5ba86c4ef7793b.txt', dir);
const gold = new URL('000_1c5ba86c4ef7793b.gold.json', dir);
const available = existsSync(file) && existsSync(gold);

interface Gold {
	blanks: Array<{ start: number; end: number; kind: string }>;
}

/** The scorer's rule (../shared/tools/score-blanks.mjs): at most 24 long, within 2 characters. */
const matches = (f: { from: number; to: number }, s: number, e: number) => f.to - f.from <= 24 && Math.abs(f.from - s) <= 2 && Math.abs(f.to - e) <= 2;

describe.runIf(available)('seed page', () => {
	const bytes = available ? new Uint8Array(readFileSync(file)) : new Uint8Array();
	const raw = new TextDecoder().decode(bytes);

	test('seven samples, each titled, none holding the site intro or related-article list', async () => {
		const src = await openFile(bytes, '000_1c5ba86c4ef7793b.txt');
		if (isImportError(src)) throw new Error(src.message);
		expect(src.encoding).toBe('utf-8');
		const r = importText(src);
		expect(r.title).toBe('2023年园区年度工作总结');
		expect(r.samples).toHaveLength(7);
		for (const s of r.samples) {
			expect(s.title).toBe('园区年度工作总结');
			expect(s.year).toBe(2023);
			const body = r.cleaned.text.slice(s.from, s.to);
			expect(body).not.toMatch(/小编|希望大家能够喜欢|篇[一二三四五六七]$/m);
			// The five related-article titles between 篇一 and 篇二 are gone.
			expect(body).not.toMatch(/^(?:园区工作总结|挂职工作总结最新精品|物业园区年终工作总结|园区党建工作总结|组织部挂职工作总结)$/m);
		}
		const removedKinds = r.cleaned.changes.filter((c) => ['intro', 'related-links', 'marker', 'title-suffix'].includes(c.kind)).map((c) => c.kind);
		expect(removedKinds.filter((k) => k === 'marker')).toHaveLength(7);
		expect(removedKinds.filter((k) => k === 'related-links')).toHaveLength(5);
		expect(removedKinds.filter((k) => k === 'intro')).toHaveLength(1);
		expect(r.cleaned.text.startsWith('2023年园区年度工作总结\n')).toBe(true);
		// 篇二 splits at its 一、…五、 headings.
		expect(r.samples[1]?.sections.map((x) => x.title)).toEqual(['', '一、抓内部管理，提高工作效能', '二、加大招商引资力度提升园区产业聚集', '三、抓企业服务龙头，规范园区企业建设', '四、抓重点项目，加快建设步伐', '五、工程概况']);
	});

	test('every gold blank is found by the checker at the same words after cleaning', () => {
		const g = JSON.parse(readFileSync(gold, 'utf8')) as Gold;
		const r = importText({ fileName: null, format: 'text', encoding: 'utf-8', text: raw, alternatives: [] });
		const before = checkText(raw).filter((f) => f.category === 'blank');
		const after = checkText(r.cleaned.text).filter((f) => f.category === 'blank');
		const map = r.cleaned.applied;
		const missed: string[] = [];
		let foundBefore = 0;
		for (const b of g.blanks) {
			if (before.some((f) => matches(f, b.start, b.end))) foundBefore++;
			const s = map.toOutput(b.start);
			const e = b.end === b.start ? s : map.toOutput(b.end, 1);
			// The same words: the text of the blank and a few characters after it are unchanged.
			expect(r.cleaned.text.slice(s, e)).toBe(raw.slice(b.start, b.end));
			if (!after.some((f) => matches(f, s, e))) missed.push(`${b.kind} @${b.start}: ${raw.slice(b.start - 8, b.end + 8)}`);
		}
		expect(foundBefore).toBe(g.blanks.length);
		expect(missed).toEqual([]);
		// And cleaning adds no blank findings of its own beyond the gold ones.
		const extra = after.filter((f) => !g.blanks.some((b) => matches(f, map.toOutput(b.start), b.end === b.start ? map.toOutput(b.start) : map.toOutput(b.end, 1))));
		const extraBefore = before.filter((f) => !g.blanks.some((b) => matches(f, b.start, b.end)));
		expect(extra.length).toBeLessThanOrEqual(extraBefore.length);
	});
});
