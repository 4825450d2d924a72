/**
 * The deterministic generator: from a filled report and a seed, a text with some figures,
 * years and names deleted or masked the way template sites do it, and the gold of every hole
 * (corpus format: zero-width for a deleted figure, the mask for a masked one).
 */
import { CN_PLAN_MASKS, CN_YEAR_MASKS, FIGURE_MASKS, NAME_MASKS, PART_MASKS, YEAR_MASKS, type Op } from './rules';
import { scanSites, type Shape, type Site } from './scan';

/** A small seeded generator (mulberry32): the same seed gives the same texts everywhere. */
export function rng(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/** FNV-1a of a string, to derive one seed per source file and variant. */
export function hash(s: string): number {
	let h = 0x811c9dc5;
	for (let i = 0; i < s.length; i++) {
		h ^= s.charCodeAt(i);
		h = Math.imul(h, 0x01000193);
	}
	return h >>> 0;
}

function pick<T extends { weight: number }>(r: () => number, items: readonly T[]): T {
	const total = items.reduce((n, i) => n + i.weight, 0);
	let x = r() * total;
	for (const i of items) {
		x -= i.weight;
		if (x < 0) return i;
	}
	return items[items.length - 1]!;
}

export type GoldKind = 'missing-number' | 'masked-number' | 'masked-year' | 'masked-name';

/** One hole made in the text, with where it is and what was there. */
export interface Edit {
	/** In the source text: the replaced range. */
	from: number;
	to: number;
	/** What replaced it (empty for a deletion). */
	insert: string;
	/** What was there in the source. */
	removed: string;
	/** In the generated text: the gold span. */
	start: number;
	end: number;
	kind: GoldKind;
	op: Op;
	/** The mask string, or '' for a deletion. */
	form: string;
	shape: Shape;
	fullWidth: boolean;
}

export interface Variant {
	text: string;
	edits: Edit[];
}

export interface GenerateOptions {
	/** Chance that an eligible figure site is transformed. */
	figureRate?: number;
	/** Chance for a year or name site. */
	otherRate?: number;
	/** Least distance in source characters between two transformed sites. */
	minGap?: number;
}

const OP_WEIGHTS: Record<Op, number> = { delete: 5, 'delete-unit': 1, mask: 3, 'mask-part': 1, 'year-mask': 1, 'name-mask': 1 };
const KIND: Record<Op, GoldKind> = {
	delete: 'missing-number',
	'delete-unit': 'missing-number',
	mask: 'masked-number',
	'mask-part': 'masked-number',
	'year-mask': 'masked-year',
	'name-mask': 'masked-name'
};

/** The replacement for one site: what to put in [from, to) and where the gold is inside it. */
function transform(r: () => number, site: Site, op: Op): { from: number; to: number; insert: string; gs: number; ge: number; form: string } {
	switch (op) {
		case 'delete':
			return { from: site.start, to: site.end, insert: '', gs: 0, ge: 0, form: '' };
		case 'delete-unit':
			return { from: site.start, to: site.percentEnd ?? site.end, insert: '', gs: 0, ge: 0, form: '' };
		case 'mask': {
			if (site.kind === 'cn-plan') {
				const form = pick(r, CN_PLAN_MASKS).form;
				return { from: site.start, to: site.end, insert: form, gs: 0, ge: form.length, form: `十${form}五` };
			}
			const form = pick(r, FIGURE_MASKS).form;
			return { from: site.start, to: site.end, insert: form, gs: 0, ge: form.length, form };
		}
		case 'mask-part': {
			const form = pick(r, PART_MASKS).form;
			const t = site.text;
			const dot = t.search(/[.．]/);
			// xx.36: the integer part masked; 41**: the last two digits; 29XX6: two inner digits.
			let insert: string;
			if (dot > 0 && r() < 0.5) insert = form + t.slice(dot);
			else {
				const intEnd = dot > 0 ? dot : t.length;
				const digits = t.slice(0, intEnd);
				const at = digits.length >= 4 && r() < 0.4 ? 1 + Math.floor(r() * (digits.length - 3)) : digits.length - 2;
				insert = digits.slice(0, at) + form + digits.slice(at + 2) + t.slice(intEnd);
			}
			return { from: site.start, to: site.end, insert, gs: 0, ge: insert.length, form: `part:${form}` };
		}
		case 'year-mask': {
			if (site.kind === 'cn-year') {
				const form = pick(r, CN_YEAR_MASKS).form;
				return { from: site.start + 2, to: site.end, insert: form, gs: 0, ge: form.length, form };
			}
			const m = pick(r, YEAR_MASKS);
			if (m.whole) return { from: site.start, to: site.end, insert: m.form, gs: 0, ge: m.form.length, form: m.form };
			return { from: site.start + 2, to: site.end, insert: m.form, gs: 0, ge: m.form.length, form: `20${m.form}` };
		}
		case 'name-mask': {
			const form = pick(r, NAME_MASKS).form;
			return { from: site.start, to: site.end, insert: form, gs: 0, ge: form.length, form };
		}
	}
}

/** Makes one variant of `source`: deterministic in (source, seed, options). */
export function generate(source: string, seed: number, options: GenerateOptions = {}): Variant {
	const r = rng(seed);
	const figureRate = options.figureRate ?? 0.3;
	const otherRate = options.otherRate ?? 0.45;
	const minGap = options.minGap ?? 8;
	const sites = scanSites(source).filter((s) => s.ops.length > 0);
	const chosen: { site: Site; op: Op }[] = [];
	let lastEnd = -Infinity;
	for (const site of sites) {
		const rate = site.kind === 'figure' ? figureRate : otherRate;
		if (r() >= rate) continue;
		const op = pick(
			r,
			site.ops.map((o) => ({ o, weight: OP_WEIGHTS[o] }))
		).o;
		const to = op === 'delete-unit' ? (site.percentEnd ?? site.end) : site.end;
		if (site.start - lastEnd < minGap) continue;
		chosen.push({ site, op });
		lastEnd = to;
	}
	let text = '';
	let cursor = 0;
	const edits: Edit[] = [];
	for (const { site, op } of chosen) {
		const t = transform(r, site, op);
		text += source.slice(cursor, t.from);
		const at = text.length;
		text += t.insert;
		cursor = t.to;
		edits.push({
			from: t.from,
			to: t.to,
			insert: t.insert,
			removed: source.slice(t.from, t.to),
			start: at + t.gs,
			end: at + t.ge,
			kind: KIND[op],
			op,
			form: t.form,
			shape: site.shape,
			fullWidth: site.fullWidth
		});
	}
	text += source.slice(cursor);
	return { text, edits };
}

/** Maps a source offset to the generated text (inside a replaced range: its start). */
export function mapOffset(edits: readonly Edit[], at: number): number {
	let delta = 0;
	for (const e of edits) {
		if (at < e.from) break;
		if (at < e.to) return e.from + delta;
		delta += e.insert.length - (e.to - e.from);
	}
	return at + delta;
}

/** Undoes a variant's edits: the source text again (the harness's own check of its gold). */
export function revert(variant: Variant): string {
	let out = '';
	let cursor = 0;
	let delta = 0;
	for (const e of variant.edits) {
		const at = e.from + delta;
		out += variant.text.slice(cursor, at) + e.removed;
		cursor = at + e.insert.length;
		delta += e.insert.length - (e.to - e.from);
	}
	return out + variant.text.slice(cursor);
}
