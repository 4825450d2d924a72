import type { Skeleton, SlotDef, SlotKind, SlotMatch } from '../api';

/**
 * Slot marks a skeleton leaves and writers or template sites also use: runs of two or more
 * underscores (half- or full-width), and bracketed prompts such as 【单位名称】 or 【请填写…】.
 */
export const SLOT_MARK_PATTERN = /_{2,}|＿{2,}|【[^【】\n]{0,20}】/g;

const PROMPT_START = /^(?:请|填|此处|输入|在此)/;

/** True when a bracketed text reads as a prompt to fill in rather than a heading. */
export function isBracketPrompt(inner: string, labels: ReadonlySet<string>): boolean {
	const t = inner.trim();
	return t === '' || PROMPT_START.test(t) || labels.has(t) || /名称|姓名|日期|数字|金额|年份/.test(t);
}

interface Mark {
	from: number;
	to: number;
	/** The text inside 【】, or null for an underscore mark. */
	inner: string | null;
}

/** Every slot mark in `text` (bracketed ones only when they read as prompts). */
export function slotMarks(text: string, labels: ReadonlySet<string> = new Set()): Mark[] {
	const out: Mark[] = [];
	for (const m of text.matchAll(SLOT_MARK_PATTERN)) {
		const raw = m[0];
		const from = m.index;
		if (raw.startsWith('【')) {
			const inner = raw.slice(1, -1);
			if (isBracketPrompt(inner, labels)) out.push({ from, to: from + raw.length, inner });
		} else {
			out.push({ from, to: from + raw.length, inner: null });
		}
	}
	return out;
}

/** A slot definition with the skeleton text around its mark, which is how it is found again. */
export interface AnchoredSlot {
	def: SlotDef;
	before: string;
	after: string;
}

const CONTEXT = 10;

/** Anchors every slot of some skeletons to the few characters around its mark. */
export function anchorSlots(skeletons: readonly Pick<Skeleton, 'text' | 'slots'>[]): AnchoredSlot[] {
	const out: AnchoredSlot[] = [];
	for (const sk of skeletons) {
		const marks = slotMarks(sk.text);
		sk.slots.forEach((def, i) => {
			const m = marks[i];
			if (!m) {
				out.push({ def, before: '', after: '' });
				return;
			}
			// Context stops at neighbouring marks: their text is filled in differently each time.
			const prevEnd = marks[i - 1]?.to ?? 0;
			const nextStart = marks[i + 1]?.from ?? sk.text.length;
			out.push({
				def,
				before: sk.text.slice(Math.max(prevEnd, m.from - CONTEXT), m.from),
				after: sk.text.slice(m.to, Math.min(nextStart, m.to + CONTEXT))
			});
		});
	}
	return out;
}

function commonSuffix(a: string, b: string): number {
	let n = 0;
	while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
	return n;
}

function commonPrefix(a: string, b: string): number {
	let n = 0;
	while (n < a.length && n < b.length && a[n] === b[n]) n++;
	return n;
}

const UNIT_AFTER = /^(亿元|万元|千元|元|万吨|吨|万人次|人次|万人|人|个百分点|个|家|项|件|次|户|亩|公里|千米|平方米|平方公里|万平方米|%|％|倍|年|月|日|天|座|所|篇|期|场)/;

function guessKind(unit: string, before: string): SlotKind {
	if (unit === '%' || unit === '％' || unit === '个百分点') return 'percent';
	if (unit === '年') return 'year';
	if (unit === '月' || unit === '日') return /[年月]$/.test(before) ? 'date' : 'number';
	if (unit) return 'number';
	return 'text';
}

/**
 * Matches the slot marks left in `text` to slot definitions. A mark belongs to the slot whose
 * skeleton context (characters just before and after its mark) agrees best with the text around
 * it; bracket prompts match by label; a label written just before the mark also counts. Each
 * definition is used once. Marks nothing matches get a generic definition guessed from the unit
 * after them, so the fill-in form can still ask for a value.
 */
export function matchSlots(text: string, anchored: readonly AnchoredSlot[]): SlotMatch[] {
	const labels = new Set(anchored.map((a) => a.def.label));
	const used = new Set<AnchoredSlot>();
	return slotMarks(text, labels).map((mark, index) => {
		const before = text.slice(Math.max(0, mark.from - CONTEXT), mark.from);
		const after = text.slice(mark.to, mark.to + CONTEXT);
		const unit = UNIT_AFTER.exec(after)?.[1] ?? '';
		let best: AnchoredSlot | undefined;
		let bestScore = 0;
		// Once every definition is taken the remaining marks get generic ones, unscored.
		const clause = mark.inner === null && used.size < anchored.length ? (before.split(/[，。；;,：:、\n]/).pop() ?? '') : '';
		for (const a of anchored) {
			if (used.has(a)) continue;
			let score: number;
			if (mark.inner !== null) score = a.def.label === mark.inner.trim() ? 100 : 0;
			else {
				score = commonSuffix(before, a.before) * 2 + commonPrefix(after, a.after);
				if (a.def.label && clause.includes(a.def.label)) score += a.def.label.length;
				// A unit that contradicts the one after the mark rules the slot out.
				if (a.def.unit && !after.startsWith(a.def.unit)) score = 0;
			}
			// One shared character (a comma, 年) is not evidence enough, unless the skeleton
			// itself gives no more context than that (a slot at the very start of a line).
			const needed = Math.max(1, Math.min(3, a.before.length * 2 + a.after.length));
			if (score >= needed && score > bestScore) {
				best = a;
				bestScore = score;
			}
		}
		if (best) used.add(best);
		const slot: SlotDef = best?.def ?? {
			name: `slot${index + 1}`,
			label: mark.inner?.trim() ?? '',
			kind: guessKind(unit, text.slice(0, mark.from)),
			unit
		};
		return { from: mark.from, to: mark.to, slot };
	});
}
