import { describe, expect, test } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { checkText } from '$lib/check';
import { scoreFile, type Gold } from './blind-score';

/**
 * Two evaluation sets written by team members who had not read the checker's code (26 reports in
 * many genres — 乡镇, 学校, 医院, 财务, 安全生产, 招商, 党建, 述职, 承诺书, traditional
 * characters, full-width digits, Markdown — ten of them fully filled in). When first scored they
 * gave recall 0.80 and 0.78; the checker was then improved on general patterns. They are kept
 * here so that level cannot slip back. Fully filled reports must stay free of blank findings.
 */
const dir = path.join(import.meta.dirname, 'fixtures', 'blind');
const files = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort();

function load(file: string) {
	const text = readFileSync(path.join(dir, file), 'utf8').replace(/^\uFEFF/, '');
	const gold = JSON.parse(readFileSync(path.join(dir, file.replace(/\.txt$/, '.gold.json')), 'utf8')) as Gold;
	const found = checkText(text)
		.filter((f) => f.category === 'blank')
		.map((f) => ({ start: f.from, end: f.to }));
	return { text, gold, score: scoreFile(found, gold) };
}

const show = (text: string, spans: { start: number; end: number }[]) =>
	spans.map((s) => `${text.slice(Math.max(0, s.start - 10), s.start)}⟪${text.slice(s.start, s.end)}⟫${text.slice(s.end, s.end + 10)}`.replace(/\n/g, '⏎'));

describe.each([
	['eval-', 0.99, 0.97, true],
	['eval2-', 0.99, 0.9, true],
	// Written in session 2 in the messy style of pages copied from template sites; eval3 was
	// tuned on, eval4 was scored only (first 0.981 / 0.796, after the grammar rebuild 0.978 / 0.929).
	['eval3-', 0.99, 0.98, true],
	['eval4-', 0.97, 0.92, true],
	// Session 3: eval5 project-style reports (501–514), eval6 raw template-site pages (601–614).
	// Tuned on the odd-numbered files only; the even-numbered ones were held out (never read).
	// The floors are the whole sets' levels at the end of that session (see the folder's README);
	// fully filled files of these sets are not asserted one by one: their held-out half was never read.
	['eval5-', 0.99, 0.94, false],
	['eval6-', 0.98, 0.87, false],
	// Session 3, a third writer: 12 reports (701–712, half raw pages, half cleaned), held out
	// entirely — never read by the person tuning the checker, scored only (0.983 / 0.811 before
	// the session's tuning, 0.984 / 0.855 after). Now a regression guard like the others.
	['eval7-', 0.98, 0.85, false],
	// Session 4, three new writers (36 reports, 12 fully filled): eval8 raw template-site pages
	// (801–812), eval9 reports pasted from Word (851–862), eval10 pages through PDF, OCR and tables
	// (901–912). Tuned on the odd-numbered files only; the even ones were held out (scored only).
	// Tuned on as a whole in session 5 (floors raised to that session's end).
	['eval8-', 0.99, 0.97, false],
	['eval9-', 0.99, 0.98, false],
	['eval10-', 0.99, 0.97, false],
	// Session 5, six new writers (72 reports at real-page density, 24 fully filled): eval11 whole
	// template-site pages (401–412), eval12 reports being filled from Word (451–462), eval13 tables,
	// lists and OCR (951–962); eval14–16 the same three styles again (421–432, 471–482, 971–982).
	// Tuned on the odd-numbered files only; the even ones were held out (scored by the lead only).
	['eval11-', 0.99, 0.98, false],
	['eval12-', 0.99, 0.95, false],
	['eval13-', 0.97, 0.97, false],
	['eval14-', 0.98, 0.96, false],
	['eval15-', 0.99, 0.95, false],
	['eval16-', 0.98, 0.97, false],
	// Session 6, six new writers (60 reports at real-page density, 18 fully filled), ten each:
	// eval17 pages as template sites serve them, every mask form (341–350); eval18 half-year and
	// annual summaries through PDF (361–370); eval19 short yearly texts with fill-in fields (381–390);
	// eval20 whole template-site pages (441–450); eval21 reports being filled from Word (491–500);
	// eval22 tables, lists and OCR (931–940). Tuned on the odd-numbered files only; the even ones
	// were held out (scored by the lead only). Floors: the sets' levels at the end of session 6.
	['eval17-', 0.99, 0.92, false],
	['eval18-', 0.99, 0.96, false],
	['eval19-', 0.99, 0.92, false],
	['eval20-', 0.99, 0.93, false],
	['eval21-', 0.99, 0.94, false],
	['eval22-', 0.98, 0.96, false],
	// Session 7, eight new writers (80 reports at real-page density, 24 fully filled), ten each:
	// eval23 single template-site pages (521–530), eval24 述职报告 and personal summaries (541–550),
	// eval25 department reports through PDF (561–570), eval26 enterprise reports with tables
	// (621–630), eval27 half-year summaries, plans with targets and fill-in forms (641–650), eval28
	// schools, hospitals and communities, OCR and 繁體 (661–670); eval23–28 tuned on the odd-numbered
	// files only. eval29 whole template-site pages (721–730) and eval30 WPS/Word reports (741–750)
	// were held out whole. Floors: the sets' levels at the end of session 7.
	['eval23-', 0.99, 0.96, false],
	['eval24-', 0.99, 0.95, false],
	['eval25-', 0.98, 0.95, false],
	['eval26-', 0.99, 0.95, false],
	['eval27-', 0.99, 0.94, false],
	['eval28-', 0.99, 0.95, false],
	['eval29-', 0.98, 0.91, false],
	['eval30-', 0.99, 0.9, false],
	// Session 8, five new writers (50 reports at real-page density, 15 fully filled), ten each:
	// eval33 single template-site pages (571–580), eval34 department reports through PDF (581–590),
	// eval35 述职 and 承诺书 with signature blocks (631–640), eval36 enterprise reports with tables
	// (651–660), eval37 mixed pages, plans, 繁體 and full-width digits (671–680). Tuned on the
	// odd-numbered files only; the even-numbered were held out (floors at the session's end levels).
	['eval33-', 0.99, 0.98, false],
	['eval34-', 0.99, 0.99, false],
	['eval35-', 0.99, 0.99, false],
	['eval36-', 0.98, 0.96, false],
	['eval37-', 0.98, 0.97, false],
	// Session 10, six new writers (60 reports, 18 fully filled), ten each: eval38 template-site
	// pages (681–690), eval39 Word half-year reports of hospitals and schools (691–700), eval40
	// enterprise and finance reports with tables (751–760), eval41 述职, 承诺书 and 责任书 (791–800),
	// eval42 PDF government reports (813–822), eval43 mixed pages, OCR and 繁體 (823–832). Tuned on
	// the odd-numbered files only; the even-numbered were held out. Floors: the sets' end levels.
	['eval38-', 0.99, 0.98, false],
	['eval39-', 0.99, 0.95, false],
	['eval40-', 0.94, 0.92, false],
	['eval41-', 0.99, 0.96, false],
	['eval42-', 0.98, 0.95, false],
	['eval43-', 0.99, 0.95, false],
	// Session 11, five new writers (50 reports, 15 fully filled), ten each: eval44 whole template-site
	// pages of several samples (833–842), eval45 schools and health care from Word (863–872), eval46
	// rural revitalisation, farming and water with PDF breaks and flat tables (873–882), eval47
	// enterprise departments with tables and KPIs (883–892), eval48 述职, 党建 and 承诺书 with one 繁體
	// and one full-width report (913–922). Tuned on the odd-numbered files only; the even-numbered
	// were held out. Floors: the sets' end levels.
	['eval44-', 0.99, 0.97, false],
	['eval45-', 0.99, 0.89, false],
	['eval46-', 0.98, 0.94, false],
	['eval47-', 0.98, 0.92, false],
	['eval48-', 0.99, 0.95, false],
	// Session 12, five new writers (50 reports, 15 fully filled), ten each: eval49 whole template-site
	// pages of county departments (1001–1010), eval50 health care and education being filled
	// (1011–1020), eval51 城建, 交通, 环保, 应急 and 市场监管 through PDF with page furniture (1021–1030),
	// eval52 banks, insurers, services and projects with tables and KPIs (1031–1040), eval53 群团 and
	// 党务 with two OCR scans and one 繁體 (1041–1050). Tuned on the odd-numbered files only; the
	// even-numbered were held out. Floors: the sets' end levels.
	['eval49-', 0.99, 0.98, false],
	['eval50-', 0.98, 0.89, false],
	['eval51-', 0.97, 0.90, false],
	['eval52-', 0.98, 0.94, false],
	['eval53-', 0.99, 0.95, false],
	// Session 14, five new writers (50 reports, 15 fully filled), ten each: eval59 whole template-site
	// pages of 街道, 乡镇 and 开发区 (1101–1110), eval60 factories, project departments, quality, safety
	// and utilities with KPIs and tables (1111–1120), eval61 schools, hospitals, culture and sport from
	// Word (1121–1130), eval62 county departments through PDF and OCR (1131–1140), eval63 personal
	// 述职, 述廉 and 承诺书 with one 繁體 and one full-width report (1141–1150). Tuned on the odd-numbered
	// files only; the even-numbered were held out. Floors: the sets' end levels.
	['eval59-', 0.99, 0.97, false],
	['eval60-', 0.98, 0.92, false],
	['eval61-', 0.99, 0.95, false],
	['eval62-', 0.99, 0.94, false],
	['eval63-', 0.97, 0.92, false],
	// Session 15, five new writers (40 reports, 10 fully filled), eight each: eval64 whole template-site
	// pages of company departments, shops, hotels and dealers (1151–1158), eval65 economic departments
	// and parks dense with indicators (1161–1168), eval66 villages, farms and stations (1171–1178),
	// eval67 police, courts, tax and inspection (1181–1188), eval68 unions, party branches and personal
	// reports with one 繁體, one full-width, one Markdown and one all half-width (1191–1198). Tuned on
	// the odd-numbered files only; the even-numbered were held out. Floors: the sets' end levels.
	['eval64-', 0.99, 0.93, false],
	['eval65-', 0.99, 0.95, false],
	['eval66-', 0.99, 0.96, false],
	['eval67-', 0.98, 0.93, false],
	['eval68-', 0.99, 0.97, false],
	// Session 16, five new writers (40 reports, 10 fully filled), eight each: eval69 schools and
	// education offices as whole template-site pages (1201–1208), eval70 health care through PDF with
	// pipe and space-aligned tables (1211–1218), eval71 factories, plants, mines and utilities with
	// physical units and OCR mess (1221–1228), eval72 streets, communities and public services, counts
	// of many kinds (1231–1238), eval73 personal reports with one 繁體, one full-width, one Markdown,
	// one all half-width and one WeChat page (1241–1248). Written to one definition of a masked name
	// (某某 before a kind of named thing is a blank). Tuned on the odd-numbered files only; the
	// even-numbered were held out. Floors: the sets' end levels.
	['eval69-', 0.99, 0.95, false],
	['eval70-', 0.99, 0.96, false],
	['eval71-', 0.99, 0.92, false],
	['eval72-', 0.99, 0.97, false],
	['eval73-', 0.99, 0.94, false]
] as const)('blind set %s', (prefix, minPrecision, minRecall, filledChecked) => {
	const mine = files.filter((f) => f.startsWith(prefix));

	// Every set holds at least eight reports (session 15's sets hold eight, the others ten or more).
	test('has its files', () => expect(mine.length).toBeGreaterThanOrEqual(8));

	test.each(filledChecked ? mine.filter((f) => load(f).gold.blanks.length === 0) : [])('%s (fully filled) has no blank findings', (file) => {
		const { text, score } = load(file);
		expect(show(text, score.alarms)).toEqual([]);
	});

	test(`precision ≥ ${minPrecision} and recall ≥ ${minRecall} over the set`, () => {
		let tp = 0;
		let fp = 0;
		let fn = 0;
		for (const file of mine) {
			const { score } = load(file);
			tp += score.tp;
			fp += score.fp;
			fn += score.fn;
		}
		const precision = tp / (tp + fp);
		const recall = tp / (tp + fn);
		const line = `precision=${precision.toFixed(3)} recall=${recall.toFixed(3)} tp=${tp} fp=${fp} fn=${fn}`;
		expect(precision, line).toBeGreaterThanOrEqual(minPrecision);
		expect(recall, line).toBeGreaterThanOrEqual(minRecall);
	});
});

/**
 * Session 7's fully filled sets, dense with figures stated in many ways (eval31 761–770 was given to
 * the engineers as sources for the synthetic harness; eval32 781–790 was held out). Every blank
 * finding on them is a false alarm: the count may not grow past the end of session 7's.
 */
describe.each([
	['eval31-', 1],
	['eval32-', 2]
] as const)('fully filled set %s', (prefix, maxAlarms) => {
	const mine = files.filter((f) => f.startsWith(prefix));
	test('has its files, all without blanks', () => {
		expect(mine.length).toBeGreaterThanOrEqual(10);
		for (const f of mine) expect(load(f).gold.blanks, f).toEqual([]);
	});
	test(`at most ${maxAlarms} blank findings over the set`, () => {
		const alarms = mine.flatMap((f) => {
			const { text, score } = load(f);
			return show(text, score.alarms).map((a) => `${f}: ${a}`);
		});
		expect(alarms.length, alarms.join('\n')).toBeLessThanOrEqual(maxAlarms);
	});
});
