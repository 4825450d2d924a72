import { expect, test } from 'vitest';
import type { Finding } from '$lib/check/types';
import { mergeSlotFindings, UNFILLED_SLOT_RULE_ID } from '$plugins';

function finding(rule: string, from: number, to: number, kind: 'masked-year' | 'masked-number', label = ''): Finding {
	return {
		rule, category: 'blank', severity: 'error', from, to, line: 1, column: from + 1, messageId: 'm', message: 'm', key: `${rule}${from}`,
		blank: { kind, label, unit: '', valueKind: 'number' }
	};
}

test('one finding per slot span: the slot rule wins, with the general kind', () => {
	const general = finding('blank/masked-year', 0, 4, 'masked-year');
	const slot = finding(UNFILLED_SLOT_RULE_ID, 0, 4, 'masked-number', '年份');
	const other = finding('blank/missing-number', 10, 10, 'masked-number');
	const onlySlot = finding(UNFILLED_SLOT_RULE_ID, 20, 24, 'masked-number', '增幅');
	const merged = mergeSlotFindings([general, slot, other, onlySlot]);
	expect(merged.map((f) => [f.rule, f.from, f.blank?.kind, f.blank?.label])).toEqual([
		[UNFILLED_SLOT_RULE_ID, 0, 'masked-year', '年份'],
		['blank/missing-number', 10, 'masked-number', ''],
		[UNFILLED_SLOT_RULE_ID, 20, 'masked-number', '增幅']
	]);
});

test('blank findings on a skeleton slot take the slot label, unit and kind', async () => {
	const { labelSlotFindings, findSlots } = await import('$plugins');
	const text = '完成投资____万元。';
	const general = finding('blank/masked-number', 4, 8, 'masked-number', '投资');
	const slots = findSlots('free', text, [{ text: '完成投资____万元。', slots: [{ name: 'inv', label: '重点项目完成投资', kind: 'number', unit: '万元' }] }]);
	const [labelled] = labelSlotFindings([general], slots);
	expect(labelled!.blank).toEqual({ kind: 'masked-number', label: '重点项目完成投资', unit: '万元', valueKind: 'number' });
	// A mark no skeleton knows keeps what the general checker read.
	expect(labelSlotFindings([general], findSlots('free', text))[0]!.blank?.label).toBe('投资');
});
