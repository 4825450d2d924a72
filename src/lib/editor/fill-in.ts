/**
 * 逐项填空: turns every blank finding of a draft into a form item (context, what it asks for)
 * and the writer's typed values into text edits that land at the right place — replacing a
 * masked span, inserting into a zero-width gap, keeping the unit the text already has, and adding
 * it when the text lost it. Pure: the session applies the edits as one transaction per section.
 */
import type { BlankInfo, BlankKind, Finding, TextEdit } from '$lib/check/types';
import { editorMessages as m } from '$lib/messages/editor';

export type ValueKind = BlankInfo['valueKind'];

/** One row of the fill-in form. */
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
		for (const f of blanks) items.push(itemFor(s, f));
	}
	return items;
}

function itemFor(section: FillInSection, f: Finding): FillInItem {
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
		unitInText: unit !== '' && body.slice(f.to, f.to + unit.length + 1).trimStart().startsWith(unit)
	};
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

export type FillResult = { ok: true; edit: TextEdit } | { ok: false; error: string };

const FULL_WIDTH_DIGITS = /[０-９．－＋，]/g;

function toHalfWidth(s: string): string {
	return s.replace(FULL_WIDTH_DIGITS, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}

const NUMBER = /^[-+]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$/;
const CHINESE_NUMBER = /^[零〇一二两三四五六七八九十百千万亿点几余多]+$/;
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
		case 'name':
			if (PLACEHOLDER_ONLY.test(value) && value.length <= 4) return fail('name');
			return replace(item, value);
		case 'date':
			return replace(item, stripFollowing(item, value));
		default:
			return replace(item, value);
	}
}

function fail(kind: string): FillResult {
	return { ok: false, error: m.fillInBad[kind] ?? m.fillInBad.text ?? '' };
}

function replace(item: FillInItem, insert: string): FillResult {
	return { ok: true, edit: { from: item.from, to: item.to, insert } };
}

/** Drops a suffix the text already has right after the blank ("3月" typed before "月"). */
function stripFollowing(item: FillInItem, value: string): string {
	const next = item.after.trimStart().charAt(0);
	return next && value.length > 1 && value.endsWith(next) ? value.slice(0, -1) : value;
}

function numberEdit(item: FillInItem, value: string): FillResult {
	let v = toHalfWidth(value).replace(/\s+/g, '');
	let suffix = '';
	const unit = item.unit;
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
	if (!NUMBER.test(v) && !CHINESE_NUMBER.test(v)) return fail(item.valueKind);
	let insert = v + suffix;
	if (!suffix && unit && !item.unitInText && item.kind === 'missing-number') insert += unit;
	return replace(item, insert);
}

const CN_DIGITS = '〇一二三四五六七八九';

function yearEdit(item: FillInItem, value: string): FillResult {
	const digits = toHalfWidth(value).replace(/年$/, '');
	if (!/^\d+$/.test(digits)) return fail('year');
	const prefix = item.yearPrefix;
	const maskLen = item.to - item.from;
	let text: string;
	let from = item.from;
	if (digits.length === 4 && prefix && digits.startsWith(normalizeDigits(prefix))) {
		text = digits.slice(prefix.length);
	} else if (digits.length === 4 && prefix) {
		// A whole different year: replace the kept digits too.
		text = digits;
		from -= prefix.length;
	} else if (digits.length === maskLen) {
		text = digits;
	} else if (digits.length === 4 && !prefix) {
		text = digits;
	} else return fail('year');
	// Write the digits the way the surrounding year is written (二〇××年 → 二〇二六年, ２０ｘｘ → ２０２６).
	const style = prefix || item.masked;
	if (/[〇零一二三四五六七八九]/.test(style)) text = [...text].map((d) => CN_DIGITS[Number(d)]).join('');
	else if (/[０-９ｘＸ]/.test(style)) text = [...text].map((d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0)).join('');
	return { ok: true, edit: { from, to: item.to, insert: text } };
}

function normalizeDigits(s: string): string {
	return [...toHalfWidth(s)]
		.map((c) => {
			const i = CN_DIGITS.indexOf(c === '零' ? '〇' : c);
			return i >= 0 ? String(i) : c;
		})
		.join('');
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
