/**
 * The fields of the 逐项填空 form: blanks that are the same thing share one field, so a sample
 * that masks one name twenty times is filled once. What a blank is decides: its kind and masked
 * text, for a name the word it masks (aa集团 is not aa镇), for a year which year the text means
 * (20__年 and 明年（20__年） differ). Numbers never share: two gaps with the same label may be
 * two different measures. The writer can take any blank out of its field and fill it alone.
 * A year's field proposes the year from the draft's 年度; a slot's hint (上年：35.2 亿元) is kept
 * for the form, with the number in it as the 沿用 value. Pure.
 */
import { editForValue, planFillIn, type FillInItem, type FillInPlan, type FillResult } from './fill-in';

/** One field of the form: one value for every blank in `items`. */
export interface FillInField {
	/** Stable while the form is open: the group's key, or the one item's id. */
	id: string;
	/** The blanks this value fills, in draft order; the first is shown. */
	items: FillInItem[];
	/** The value proposed before the writer types (a year from 年度), '' when none. */
	proposal: string;
	/** What the place held before, shown beside the field; '' when none. */
	hint: string;
	/** The number in the hint, offered as a one-click 沿用 value; '' when none. */
	reuse: string;
}

export interface FieldOptions {
	/** The draft's 年度, for year proposals; null when not set. */
	year: number | null;
	/** Item ids the writer took out of their field, each filled on its own. */
	split?: ReadonlySet<string>;
}

/** What makes two blanks the same blank, or null when a blank stands alone. */
export function sameBlankKey(item: FillInItem): string | null {
	if (item.kind === 'masked-year' && item.yearOffset !== null) {
		return `year\u0000${item.yearPrefix}${item.masked}\u0000${item.yearOffset}`;
	}
	if (item.kind === 'masked-name' && item.valueKind === 'name' && item.word) return `name\u0000${item.word}`;
	return null;
}

/** The year a masked year is proposed, as four digits, or ''. */
export function proposedYear(item: FillInItem, year: number | null): string {
	if (year === null || item.kind !== 'masked-year' || item.yearOffset === null) return '';
	const y = year + item.yearOffset;
	return y >= 1000 && y <= 9999 ? String(y) : '';
}

const HINT_NUMBER = /[-+]?\d+(?:,\d{3})*(?:\.\d+)?/;

/** The figure in a hint ("上年：35.2 亿元" → "35.2"), for numbers and percents only. */
export function reuseValue(item: FillInItem): string {
	if (!item.hint || (item.valueKind !== 'number' && item.valueKind !== 'percent')) return '';
	return HINT_NUMBER.exec(item.hint.replace(/[０-９．]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)))?.[0] ?? '';
}

/** The form's fields, in the order of their first blank. */
export function buildFields(items: readonly FillInItem[], options: FieldOptions): FillInField[] {
	const fields: FillInField[] = [];
	const byKey = new Map<string, FillInField>();
	for (const item of items) {
		const key = options.split?.has(item.id) ? null : sameBlankKey(item);
		const shared = key === null ? undefined : byKey.get(key);
		if (shared) {
			shared.items.push(item);
			continue;
		}
		const field: FillInField = {
			id: key === null ? item.id : `same:${key}`,
			items: [item],
			proposal: proposedYear(item, options.year),
			hint: item.hint,
			reuse: reuseValue(item)
		};
		fields.push(field);
		if (key !== null) byKey.set(key, field);
	}
	return fields;
}

/** Where a field's blanks are, by section in order: 主要成绩 3 处, 存在问题 1 处. */
export function fieldPlaces(field: FillInField): { sectionId: string; sectionTitle: string; count: number }[] {
	const out: { sectionId: string; sectionTitle: string; count: number }[] = [];
	for (const item of field.items) {
		const last = out[out.length - 1];
		if (last && last.sectionId === item.sectionId) last.count++;
		else out.push({ sectionId: item.sectionId, sectionTitle: item.sectionTitle, count: 1 });
	}
	return out;
}

/** The field's value read for its kind (its first blank speaks for all). */
export function checkField(field: FillInField, value: string): FillResult | null {
	const first = field.items[0];
	return first ? editForValue(first, value) : null;
}

/** The form's outcome: every field's value put into each of its blanks; errors by field id. */
export function planFields(fields: readonly FillInField[], values: Readonly<Record<string, string>>): FillInPlan {
	const perItem: Record<string, string> = {};
	const fieldOf = new Map<string, string>();
	for (const f of fields) {
		for (const item of f.items) {
			perItem[item.id] = values[f.id] ?? '';
			fieldOf.set(item.id, f.id);
		}
	}
	const items = fields.flatMap((f) => f.items).sort(draftOrder(fields));
	const plan = planFillIn(items, perItem);
	const errors: Record<string, string> = {};
	for (const [itemId, error] of Object.entries(plan.errors)) {
		const fieldId = fieldOf.get(itemId);
		if (fieldId && !(fieldId in errors)) errors[fieldId] = error;
	}
	return { ...plan, errors };
}

/** Items back in draft order (section order as the fields first met them, then position). */
function draftOrder(fields: readonly FillInField[]): (a: FillInItem, b: FillInItem) => number {
	const sectionRank = new Map<string, number>();
	for (const f of fields) for (const i of f.items) if (!sectionRank.has(i.sectionId)) sectionRank.set(i.sectionId, sectionRank.size);
	return (a, b) => (sectionRank.get(a.sectionId)! - sectionRank.get(b.sectionId)!) || a.from - b.from;
}
