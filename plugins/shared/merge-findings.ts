import type { Finding } from '$lib/check/types';
import type { SlotMatch } from '../api';
import { UNFILLED_SLOT_RULE_ID } from './unfilled-slot';

/**
 * The general checker and a plugin's slot rule both flag a slot mark like `____亿元`, at the same
 * span. Counting both would double the blanks a writer sees. This keeps one finding per span:
 * the slot rule's (it knows the slot's label and unit), with the general rule's blank kind when
 * it has one (it reads the surrounding words, e.g. a masked year). Order is preserved.
 */
export function mergeSlotFindings(findings: readonly Finding[]): Finding[] {
	const spanKey = (f: Finding) => `${f.from}:${f.to}`;
	const general = new Map<string, Finding>();
	const slotSpans = new Set<string>();
	for (const f of findings) {
		if (f.category !== 'blank') continue;
		if (f.rule === UNFILLED_SLOT_RULE_ID) slotSpans.add(spanKey(f));
		else if (!general.has(spanKey(f))) general.set(spanKey(f), f);
	}
	const out: Finding[] = [];
	for (const f of findings) {
		const key = spanKey(f);
		if (f.category === 'blank' && f.rule !== UNFILLED_SLOT_RULE_ID && slotSpans.has(key)) continue;
		if (f.rule === UNFILLED_SLOT_RULE_ID && f.blank) {
			const other = general.get(key)?.blank;
			out.push(other ? { ...f, blank: { ...f.blank, kind: other.kind } } : f);
		} else out.push(f);
	}
	return out;
}

/**
 * Gives blank findings that sit exactly on a skeleton slot the slot's own label, unit, value
 * kind and hint (the skeleton knows "重点项目完成投资 in 万元" better than words read around the mark),
 * whichever rule's finding the engine kept for that span.
 */
export function labelSlotFindings(findings: readonly Finding[], slots: readonly SlotMatch[]): Finding[] {
	const bySpan = new Map(slots.filter((s) => s.slot.label !== '').map((s) => [`${s.from}:${s.to}`, s.slot]));
	if (bySpan.size === 0) return [...findings];
	return findings.map((f) => {
		const slot = f.category === 'blank' && f.blank ? bySpan.get(`${f.from}:${f.to}`) : undefined;
		if (!slot || !f.blank) return f;
		const hint = slot.hint ?? f.blank.hint;
		return { ...f, blank: { ...f.blank, label: slot.label, unit: slot.unit, valueKind: slot.kind, ...(hint ? { hint } : {}) } };
	});
}
