/**
 * Every built-in pack (every templates/*.json, so a pack added later is covered without touching
 * this file) meets the standard of templates/README.md, and filled with our own text it checks
 * without open blanks and exports to a .docx that reads back whole.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import mammoth from 'mammoth';
import { describe, expect, test } from 'vitest';
import { builtinSources, packSkeletons, sectionCheckConfig, validatePackValue, type PackSection, type TemplatePack } from '$lib/packs';
import { DraftChecker, blankFinderFor, openBlanks, openFindings, createSectionChecker, type CheckedDraft } from '$lib/checking';
import { draftToDocument } from '$lib/export/from-draft';
import type { Draft } from '$lib/model';
import { buildDocx } from '$lib/export/build-docx';
import { defaultSettings } from '$lib/export/settings';
import { fillSlots, pluginRules, UNFILLED_SLOT_RULE_ID, type SlotDef } from '$plugins';
import { slotMarks } from '$plugins/shared/find-slots';
import { openDocx } from '../export/docx-helpers';

const TEMPLATES = path.resolve(__dirname, '../../templates');
const files = readdirSync(TEMPLATES).filter((f) => f.endsWith('.json')).sort();
const YEAR = 2026;

function load(file: string): TemplatePack {
	const r = validatePackValue(JSON.parse(readFileSync(path.join(TEMPLATES, file), 'utf8')));
	if (!r.ok) throw new Error(`${file}: ${r.problems.map((p) => `${p.path}: ${p.message}`).join('; ')}`);
	return r.pack;
}

const isSignature = (s: PackSection) => s.plugin === 'signature';

/** Our own value for a slot, by its kind (and unit, for months and days). */
function ownValue(slot: SlotDef, i: number): string {
	switch (slot.kind) {
		case 'year':
			return String(YEAR);
		case 'percent':
			return `${3 + (i % 6)}.5`;
		case 'number':
			if (slot.unit === '月') return String(3 + (i % 9));
			if (slot.unit === '日') return '15';
			// Decreasing along the text, so a part (其中……) never exceeds the total before it.
			return String(400 - ((i * 37) % 300));
		case 'date':
			if (slot.unit === '月') return '12';
			if (slot.unit === '日') return '28';
			return `${YEAR}年12月28日`;
		case 'name':
			return '青禾镇人民政府';
		case 'text':
			return '农村人居环境整治';
	}
}

/**
 * A section filled in: every skeleton of it, one after another, each slot filled by kind; the
 * 落款 takes its variant with 签字 lines (one signature block).
 */
function filledBody(section: PackSection): string {
	const all = packSkeletons(section);
	const used = isSignature(section) ? all.filter((sk) => sk.text.includes('（签字）')).slice(0, 1) : all;
	return used.map((sk) => fillSlots(sk.text, sk.slots.map(ownValue))).join('\n');
}

test('the built-ins are exactly the files in templates/', () => {
	expect(Object.keys(builtinSources).sort()).toEqual(files);
	expect(files.length).toBeGreaterThanOrEqual(10);
});

describe.each(files)('%s', (file) => {
	const pack = load(file);
	const sections = pack.sections.filter((s) => !isSignature(s));

	test('valid in the current format, id matching the file name, ending with one 落款', () => {
		const r = validatePackValue(JSON.parse(readFileSync(path.join(TEMPLATES, file), 'utf8')));
		expect(r.ok && r.migratedFrom).toBeUndefined();
		expect(`${pack.id}.json`).toBe(file);
		expect(pack.sections.filter(isSignature)).toHaveLength(1);
		expect(pack.sections.at(-1)!.plugin).toBe('signature');
		expect(pack.checks?.forbiddenWords ?? []).toEqual(expect.arrayContaining(['小编', '范文']));
	});

	test.each(sections.map((s) => [s.title, s] as const))('%s: 要点, two typed skeletons, ten phrases in groups', (_t, s) => {
		// 要点: what a reviewer looks for, three to six points.
		expect(s.guidance ?? '').toMatch(/^### 要点\n/);
		const points = (s.guidance ?? '').split('\n').filter((l) => /^- \*\*[^*]+\*\*：\S/.test(l));
		expect(points.length).toBeGreaterThanOrEqual(3);
		expect(points.length).toBeLessThanOrEqual(6);

		const skeletons = packSkeletons(s);
		expect(skeletons.length).toBeGreaterThanOrEqual(2);
		for (const sk of skeletons) {
			expect(sk.name.length).toBeLessThanOrEqual(8);
			expect(sk.slots.length).toBeGreaterThan(0);
			expect(sk.text).not.toMatch(/【|】|xx|XX|\*\*|20__/);
			// Typed slots: the unit the slot names is the one written right after its mark.
			const marks = slotMarks(sk.text);
			sk.slots.forEach((slot, i) => {
				const after = sk.text.slice(marks[i]!.to);
				if (slot.kind === 'number') expect(slot.unit, slot.label).not.toBe('');
				if (slot.kind === 'percent') expect(slot.unit, slot.label).toBe('%');
				if (slot.kind === 'year') expect(slot.unit, slot.label).toBe('年');
				if (slot.kind === 'date') expect(['月', '日'], slot.label).toContain(slot.unit);
				if (slot.kind === 'name' || slot.kind === 'text') expect(slot.unit, slot.label).toBe('');
				if (slot.unit) expect(after.startsWith(slot.unit), `${sk.name}: ${slot.label} is followed by ${after.slice(0, 4)}`).toBe(true);
			});
			const words = sk.slots.filter((x) => x.kind === 'text').length;
			expect(words, `${sk.name}: text slots`).toBeLessThanOrEqual(Math.ceil(sk.slots.length / 2));
		}

		const groups = s.phrases ?? [];
		expect(groups.length).toBeGreaterThanOrEqual(3);
		const phrases = groups.flatMap((g) => g.items);
		expect(phrases.length).toBeGreaterThanOrEqual(10);
		expect(new Set(phrases).size).toBe(phrases.length);
		for (const p of phrases) expect(p, p).toMatch(/[，。：；]$/);
	});

	test('落款: the organisation (or the writer), a GB/T 9704 date, and a variant with 签字 lines', () => {
		const signature = pack.sections.find(isSignature)!;
		const skeletons = packSkeletons(signature);
		expect(skeletons.length).toBeGreaterThanOrEqual(2);
		for (const sk of skeletons) {
			expect(sk.text).toMatch(/____年____月____日$/);
			expect(sk.slots.map((x) => x.kind).slice(-3)).toEqual(['year', 'date', 'date']);
			expect(sk.slots.some((x) => x.kind === 'name')).toBe(true);
		}
		expect(skeletons.some((sk) => /（签字）：\n/.test(sk.text))).toBe(true);
	});

	test('phrases carry no blanks: the checker finds nothing to fill in them', () => {
		const checker = new DraftChecker({ pack, year: YEAR });
		for (const s of sections) {
			const body = (s.phrases ?? []).flatMap((g) => g.items).join('\n');
			const report = checker.check({ title: pack.name, sections: [{ id: 's', kind: s.plugin, title: s.title, body }] });
			expect(openBlanks(report, new Set()).map((b) => b.finding.message)).toEqual([]);
		}
	});

	test("each untouched skeleton is judged by its slots only; filled, it passes the section's own rules", () => {
		for (const s of pack.sections) {
			const checker = createSectionChecker({ kind: s.plugin, title: s.title }, { pack, year: YEAR });
			const own = new Set(pluginRules(s.plugin).map((r) => r.meta.id));
			const config = sectionCheckConfig(pack, { kind: s.plugin, title: s.title });
			for (const sk of packSkeletons(s)) {
				const untouched = checker.check(sk.text);
				const slotFindings = untouched.filter((f) => f.rule === UNFILLED_SLOT_RULE_ID);
				expect(slotFindings.map((f) => f.blank?.label), `${s.title} / ${sk.name}`).toEqual(sk.slots.map((x) => x.label));
				expect(untouched.filter((f) => own.has(f.rule) && f.rule !== UNFILLED_SLOT_RULE_ID).map((f) => f.message)).toEqual([]);
				expect(untouched.filter((f) => f.category !== 'blank').map((f) => `${f.rule}: ${f.message}`), `${s.title} / ${sk.name}`).toEqual([]);

				const filled = checker.check(fillSlots(sk.text, sk.slots.map(ownValue)));
				const active = filled.filter((f) => config.rules?.[f.rule] !== 'off');
				expect(active.filter((f) => f.category === 'blank').map((f) => f.message), `${s.title} / ${sk.name}`).toEqual([]);
				expect(active.filter((f) => own.has(f.rule)).map((f) => f.message), `${s.title} / ${sk.name}`).toEqual([]);
			}
		}
	});

	test('filled with our own text, it has no open blanks and exports to a .docx that reads back whole', async () => {
		const draft: CheckedDraft & Pick<Draft, 'sections'> = {
			title: `青禾镇${YEAR}年${pack.name}`,
			sections: pack.sections.map((s, i) => ({ id: `s${i}`, kind: s.plugin, title: s.title, body: filledBody(s) }))
		};
		const context = { pack, year: YEAR };
		const report = new DraftChecker(context).check(draft);
		expect(openBlanks(report, new Set()).map((b) => b.finding.message)).toEqual([]);
		// Nothing else to fix either: a pack filled the way its skeletons ask reads as a clean report.
		expect(openFindings(report, new Set()).map((f) => `${f.finding.rule}: ${f.finding.message}`)).toEqual([]);

		const doc = draftToDocument(draft, { findBlanks: blankFinderFor(report, new Set(), context) });
		const bytes = await buildDocx(doc, defaultSettings('gbt9704'), { markBlanks: true });
		const xml = await (await openDocx(bytes)).read('word/document.xml');
		expect(xml).not.toMatch(/<w:highlight /);
		const text = (await mammoth.extractRawText({ buffer: Buffer.from(bytes) })).value.replace(/\s+/g, '');
		expect(text).not.toMatch(/_{2,}|＿/);
		for (const s of draft.sections) {
			for (const line of s.body.split('\n')) expect(text, line).toContain(line.replace(/\s+/g, ''));
		}
		expect(text).toContain(`${YEAR}年12月28日`);
	});
});
