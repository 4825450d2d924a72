/**
 * 逐项填空: turns every blank finding of a draft into a form item (context, what it asks for)
 * and the writer's typed values into text edits that land at the right place — replacing a
 * masked span, inserting into a zero-width gap, keeping the unit the text already has, and adding
 * it when the text lost it. Values are read by the kind of the slot: numbers in Arabic figures
 * (a Chinese numeral is offered converted, for the writer to confirm), years in four digits,
 * dates as GB/T 9704 writes them (2026年12月1日). Pure: the session applies the edits as one
 * transaction per section.
 */
import type { BlankInfo, BlankKind, Finding, TextEdit } from '$lib/check/types';
import { editorMessages as m } from '$lib/messages/editor';
import { arabicToChineseDigits, chineseDigitsToArabic, chineseNumeralToArabic } from '$lib/text/numerals';
import { yearOffset } from './fill-in-year';

export type ValueKind = BlankInfo['valueKind'];

/** One blank of the draft, as the fill-in form sees it. */
export interface FillInItem {
	/** Stable within one form: section id + range. */
	id: string;
	sectionId: string;
	sectionTitle: string;
	from: number;
	to: number;
	kind: BlankKind;
	label: string;
	unit: string;
	valueKind: ValueKind;
	/** The masked text being replaced ('' for a gap), e.g. "__", "aa", "41**". */
	masked: string;
	/** Text just before / after the blank on the same line (a short window). */
	before: string;
	after: string;
	/** For a masked year: the digits kept before the mask ("20" of "20__"), else ''. */
	yearPrefix: string;
	/** True when the unit already follows the blank in the text (so it is not added again). */
	unitInText: boolean;
	/** 1-based line of the blank in its section, to say where it is. */
	line: number;
	/** What the slot held before (上年：35.2 亿元), from the checker's blank; '' when none. */
	hint: string;
	/**
	 * For a masked year: which year the text means, relative to the report's 年度 (0 this year,
	 * 1 明年, -1 去年); null when the text does not say (自20__年以来) or for other blanks.
	 */
	yearOffset: number | null;
	/** For a masked name: the name as written around the mask (aa集团, 张**), what groups it. */
	word: string;
}

export interface FillInSection {
	id: string;
	title: string;
	body: string;
	findings: readonly Finding[];
}

const CONTEXT = 14;

/** Every blank of the draft, in section then text order. */
export function buildFillInItems(sections: readonly FillInSection[]): FillInItem[] {
	const items: FillInItem[] = [];
	for (const s of sections) {
		const blanks = s.findings.filter((f) => f.category === 'blank').sort((a, b) => a.from - b.from || a.to - b.to);
		// Lines counted once per section, walking forward with the sorted blanks.
		let line = 1;
		let counted = 0;
		for (const f of blanks) {
			for (let i = s.body.indexOf('\n', counted); i >= 0 && i < f.from; i = s.body.indexOf('\n', i + 1)) {
				line++;
				counted = i + 1;
			}
			items.push(itemFor(s, f, line));
		}
	}
	return items;
}

function itemFor(section: FillInSection, f: Finding, line: number): FillInItem {
	const body = section.body;
	const kind: BlankKind = f.blank?.kind ?? kindFromRule(f);
	const valueKind: ValueKind = f.blank?.valueKind ?? defaultValueKind(kind);
	const unit = f.blank?.unit ?? '';
	const lineStart = body.lastIndexOf('\n', f.from - 1) + 1;
	const nl = body.indexOf('\n', f.to);
	const lineEnd = nl < 0 ? body.length : nl;
	let yearPrefix = '';
	if (kind === 'masked-year') {
		const m = /[0-9０-９〇零一二三四五六七八九]{1,3}$/.exec(body.slice(Math.max(lineStart, f.from - 3), f.from));
		if (m && f.to - f.from + m[0].length === 4) yearPrefix = m[0];
	}
	const beforeFrom = f.from - yearPrefix.length;
	const wholeYear = kind === 'masked-year' && f.to - beforeFrom === 4;
	return {
		id: `${section.id}:${f.from}:${f.to}`,
		sectionId: section.id,
		sectionTitle: section.title,
		from: f.from,
		to: f.to,
		kind,
		label: f.blank?.label ?? '',
		unit,
		valueKind,
		masked: body.slice(f.from, f.to),
		before: body.slice(Math.max(lineStart, beforeFrom - CONTEXT), beforeFrom),
		after: body.slice(f.to, Math.min(lineEnd, f.to + CONTEXT)),
		yearPrefix,
		unitInText: unit !== '' && body.slice(f.to, f.to + unit.length + 1).trimStart().startsWith(unit),
		line,
		hint: f.blank?.hint ?? '',
		yearOffset: wholeYear ? yearOffset(body.slice(lineStart, lineEnd), beforeFrom - lineStart, f.to - lineStart) : null,
		word: kind === 'masked-name' && valueKind === 'name' ? nameWord(body, f.from, f.to, f.blank?.label ?? '') : ''
	};
}

const HAN = /\p{Script=Han}/u;

/**
 * The name a mask stands in, as the text writes it: the mask with the word it names (aa集团,
 * aa现代…), or with the surname before it (张**). Two masks group only when this is the same.
 */
function nameWord(body: string, from: number, to: number, label: string): string {
	const masked = body.slice(from, to);
	if (label) return body.startsWith(label, to) ? masked + label : `${masked}｜${label}`;
	const next = [...body.slice(to, to + 2)];
	const han = next.filter((c, i) => HAN.test(c) && next.slice(0, i).every((p) => HAN.test(p))).join('');
	if (han) return masked + han;
	const prev = body.charAt(from - 1);
	return HAN.test(prev) ? prev + masked : masked;
}

function kindFromRule(f: Finding): BlankKind {
	return f.from === f.to ? 'missing-number' : 'masked-number';
}

function defaultValueKind(kind: BlankKind): ValueKind {
	if (kind === 'masked-year') return 'year';
	if (kind === 'masked-name') return 'name';
	return 'number';
}

/** The form's prompt: "工业总产值 ____ 亿元" style, from label, masked text and unit. */
export function describeItem(item: FillInItem): { ask: string; unit: string } {
	const ask = item.label || m.fillInAsk[item.valueKind] || m.fillInAsk.text || '';
	return { ask, unit: item.unitInText || item.unit ? item.unit : '' };
}

/**
 * The outcome of one typed value: the edit, or why it cannot be used — with, when the value
 * can be written the expected way (十二点五 → 12.5), that spelling for the writer to confirm.
 */
export type FillResult = { ok: true; edit: TextEdit } | { ok: false; error: string; suggestion?: string };

const FULL_WIDTH = /[０-９．－＋，／]/g;

function toHalfWidth(s: string): string {
	return s.replace(FULL_WIDTH, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}

const NUMBER = /^[-+]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$/;
const PLACEHOLDER_ONLY = /^[\sxX×ｘＸ*＊_＿○□a]+$/;

/**
 * The edit one typed value makes, or why the value cannot be used. An empty value is not an
 * error: the caller leaves that blank alone.
 */
export function editForValue(item: FillInItem, raw: string): FillResult | null {
	const value = raw.trim();
	if (value === '') return null;
	switch (item.valueKind) {
		case 'year':
			return yearEdit(item, value);
		case 'number':
		case 'percent':
			return numberEdit(item, value);
		case 'date':
			return dateEdit(item, value);
		case 'name':
			if (PLACEHOLDER_ONLY.test(value) && value.length <= 4) return fail('name');
			return replace(item, value);
		default:
			return replace(item, value);
	}
}

function fail(kind: string, suggestion?: string): FillResult {
	const error = m.fillInBad[kind] ?? m.fillInBad.text ?? '';
	return suggestion === undefined ? { ok: false, error } : { ok: false, error, suggestion };
}

function replace(item: FillInItem, insert: string): FillResult {
	return { ok: true, edit: { from: item.from, to: item.to, insert } };
}

function numberEdit(item: FillInItem, value: string): FillResult {
	let v = toHalfWidth(value).replace(/\s+/g, '');
	let suffix = '';
	const unit = item.unit;
	if (item.valueKind === 'percent' && v.startsWith('百分之')) v = v.slice(3);
	if (unit && v.endsWith(unit) && v.length > unit.length) v = v.slice(0, -unit.length);
	else if (item.valueKind === 'percent' && v.endsWith('%')) v = v.slice(0, -1);
	else {
		// A different unit typed on purpose ("2倍", "1.5个百分点"): keep it as written.
		const m2 = /^([-+]?[\d.,]+)(\D{1,5})$/.exec(v);
		if (m2 && m2[1] && m2[2] && NUMBER.test(m2[1])) {
			v = m2[1];
			suffix = m2[2];
		}
	}
	if (!NUMBER.test(v)) {
		// 十二点五: the value the writer meant, offered in Arabic figures to confirm.
		const arabic = chineseNumeralToArabic(v);
		if (arabic !== null) return { ok: false, error: m.fillInChineseNumeral(value, arabic), suggestion: arabic };
		return fail(item.valueKind);
	}
	let insert = v + suffix;
	if (!suffix && unit && !item.unitInText && item.kind === 'missing-number') insert += unit;
	return replace(item, insert);
}

function yearEdit(item: FillInItem, value: string): FillResult {
	const digits = toHalfWidth(value).replace(/\s+/g, '').replace(/年$/, '');
	if (!/^\d{4}$/.test(digits)) {
		const spelled = spelledYear(digits);
		return fail('year', spelled ?? undefined);
	}
	const prefix = item.yearPrefix;
	let text = digits;
	let from = item.from;
	if (prefix && digits.startsWith(normalizeDigits(prefix))) text = digits.slice(prefix.length);
	else from -= prefix.length; // a year of another century replaces the kept digits too
	// Write the digits the way the surrounding year is written (二〇××年 → 二〇二六年, ２０ｘｘ → ２０２６).
	const style = prefix || item.masked;
	if (/[〇零一二三四五六七八九]/.test(style)) text = arabicToChineseDigits(text);
	else if (/[０-９ｘＸ]/.test(style)) text = [...text].map((d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0)).join('');
	return { ok: true, edit: { from, to: item.to, insert: text } };
}

/** 二〇二六 → 2026 (a year written digit by digit in Chinese), else null. */
function spelledYear(s: string): string | null {
	const d = normalizeDigits(s);
	return /^\d{4}$/.test(d) ? d : null;
}

function normalizeDigits(s: string): string {
	return chineseDigitsToArabic(toHalfWidth(s));
}

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function validDay(year: number | null, month: number, day: number): boolean {
	if (month < 1 || month > 12 || day < 1) return false;
	if (month === 2 && year !== null && day === 29) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
	return day <= DAYS_IN_MONTH[month - 1]!;
}

/** A date part in Chinese (十二, 二〇二六) as Arabic digits, for the suggestion. */
function arabicPart(s: string, year: boolean): string | null {
	if (/^\d+$/.test(s)) return String(Number(s));
	if (year) return spelledYear(s);
	const a = chineseNumeralToArabic(s);
	return a !== null && /^\d+$/.test(a) ? a : null;
}

const DATE_FULL = /^(\S{4})(?:年|[-/.])(\S{1,3}?)(?:月|[-/.])(\S{1,3}?)(?:日|号)?$/;
const DATE_MONTH_DAY = /^(\S{1,3}?)(?:月|[-/.])(\S{1,3}?)(?:日|号)?$/;

/**
 * Dates as GB/T 9704 writes them: Arabic figures, the year in full, no leading zero in month
 * or day (2026年12月1日). 2026-12-01, 2026/12/1 and 2026.12.1 are written that way; a date in
 * Chinese numerals is offered converted. A blank that holds only the month or the day (x月,
 * xx日) takes a number.
 */
function dateEdit(item: FillInItem, value: string): FillResult {
	const v = toHalfWidth(value).replace(/\s+/g, '');
	const next = item.after.trimStart().charAt(0);
	if (next === '月' || next === '日' || next === '号') {
		const part = v.endsWith(next) ? v.slice(0, -1) : v;
		const n = arabicPart(part, false);
		const max = next === '月' ? 12 : 31;
		if (n !== null && /^\d+$/.test(part) && Number(n) >= 1 && Number(n) <= max) return replace(item, n);
		return fail(next === '月' ? 'month' : 'day', n !== null && Number(n) >= 1 && Number(n) <= max ? n : undefined);
	}
	const full = DATE_FULL.exec(v);
	const md = full ? null : DATE_MONTH_DAY.exec(v);
	const typed = full ? { y: full[1]!, mo: full[2]!, d: full[3]! } : md ? { y: null, mo: md[1]!, d: md[2]! } : null;
	if (!typed) return fail('date');
	const y = typed.y === null ? null : arabicPart(typed.y, true);
	const mo = arabicPart(typed.mo, false);
	const d = arabicPart(typed.d, false);
	if ((typed.y !== null && y === null) || mo === null || d === null) return fail('date');
	if (!validDay(y === null ? null : Number(y), Number(mo), Number(d))) return { ok: false, error: m.fillInNoSuchDay(`${y ? `${y}年` : ''}${mo}月${d}日`) };
	const written = `${y ? `${y}年` : ''}${Number(mo)}月${Number(d)}日`;
	const arabicTyped = [typed.y ?? '0', typed.mo, typed.d].every((p) => /^\d+$/.test(p));
	if (!arabicTyped) return fail('date', written);
	// The text may already go on with the day's 日 (____日): not doubled.
	return replace(item, next && written.endsWith(next) ? written.slice(0, -1) : written);
}

/** The outcome of a whole form: edits per section, errors per item id, how many were filled. */
export interface FillInPlan {
	edits: Map<string, TextEdit[]>;
	errors: Record<string, string>;
	filled: number;
}

/** Plans the whole fill-in; edits of a section are sorted and never overlap. */
export function planFillIn(items: readonly FillInItem[], values: Readonly<Record<string, string>>): FillInPlan {
	const edits = new Map<string, TextEdit[]>();
	const errors: Record<string, string> = {};
	let filled = 0;
	for (const item of items) {
		const r = editForValue(item, values[item.id] ?? '');
		if (!r) continue;
		if (!r.ok) {
			errors[item.id] = r.error;
			continue;
		}
		const list = edits.get(item.sectionId) ?? [];
		const last = list[list.length - 1];
		if (last && r.edit.from < last.to) {
			errors[item.id] = m.fillInBad.text ?? '';
			continue;
		}
		list.push(r.edit);
		edits.set(item.sectionId, list);
		filled++;
	}
	return { edits, errors, filled };
}

/** Applies edits (sorted, non-overlapping) to a text: what the editor transaction will produce. */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
	let out = '';
	let pos = 0;
	for (const e of edits) {
		out += text.slice(pos, e.from) + e.insert;
		pos = e.to;
	}
	return out + text.slice(pos);
}
