/**
 * The harness's own scanner of figure, year and name sites in a filled report. It does not use
 * the checker's code or lexicon on purpose: what it finds is what a masking template site would
 * find, so the checker is measured against an independent opinion.
 */
import {
	GENERIC_NAME_CORES,
	NAME_SUFFIX_NOT_BEFORE,
	NAME_STOP_CHARS,
	NAME_SUFFIXES,
	PERCENT_DELETE_CONTEXT,
	RATIO_CONTEXT,
	SKIP_RULES,
	type Op,
	type SkipRule
} from './rules';

/** How a figure stands in its text. */
export type Shape =
	| 'int'
	| 'decimal'
	| 'percent'
	| 'thousands'
	| 'list'
	| 'range'
	| 'ratio'
	| 'date'
	| 'table'
	| 'column'
	| 'year'
	| 'cn-year'
	| 'cn-plan'
	| 'name'
	| 'person';

export interface Site {
	/** The figure's digits (without a following %), the year's digits, or a name's own part. */
	start: number;
	end: number;
	text: string;
	kind: 'figure' | 'year' | 'cn-year' | 'cn-plan' | 'name';
	shape: Shape;
	/** Full-width digits (３．２６). */
	fullWidth: boolean;
	/** End of the figure with its percent sign, when one follows. */
	percentEnd?: number;
	/** What may be done here, after the skip rules. */
	ops: Op[];
	/** Skip rules that removed operations here (for the skipped-sites count). */
	skippedBy: string[];
}

const DIGIT = '0-9０-９';
const FIGURE = new RegExp(`[${DIGIT}]+(?:(?:,| )[${DIGIT}]{3}(?![${DIGIT}]))*(?:[.．][${DIGIT}]+)?`, 'g');
const PERCENT = /^[ \t]*[%％﹪‰]/;
const CN_YEAR = /[〇零一二三四五六七八九]{4}(?=[ \t]*年)/g;
/** Five-year plans (十四五): sites mask the middle numeral (十x五). */
const CN_PLAN = /(?<=[“"「]?十)[一二三四五六七八九](?=五)/g;
const CJK = /[\u4e00-\u9fff]/;
/** Full-width digits and point as ASCII (３．２６ → 3.26), one to one. */
export const halfWidth = (s: string) => s.replace(/[０-９．]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
const NAME_BOUNDARY = /[\s，。、；：“”‘’（）《》〈〉【】,.;:()!?！？"'|·—\-]/;

/** Does a skip rule hold at a site (`before` ends at its start, `after` starts at its end; `site` is read half-width)? */
export function ruleHolds(rule: SkipRule, before: string, site: string, after: string, line: string, shape: string): boolean {
	return (
		(!rule.shapes || rule.shapes.includes(shape)) &&
		(!rule.line || rule.line.test(line)) &&
		(!rule.before || rule.before.test(before)) &&
		(!rule.site || rule.site.test(halfWidth(site))) &&
		(!rule.after || rule.after.test(after))
	);
}

/** Removes from `ops` what the skip rules forbid at this place. */
function applyRules(text: string, start: number, end: number, ops: Op[], shape: Shape): { ops: Op[]; skippedBy: string[] } {
	const before = text.slice(Math.max(0, start - 12), start);
	const line = lineOf(text, start).line;
	const after = text.slice(end, end + 12);
	const site = text.slice(start, end);
	const skippedBy: string[] = [];
	let left = ops;
	for (const rule of SKIP_RULES) {
		if (!left.some((o) => rule.ops.includes(o))) continue;
		if (!ruleHolds(rule, before, site, after, line, shape)) continue;
		skippedBy.push(rule.id);
		left = left.filter((o) => !rule.ops.includes(o));
	}
	return { ops: left, skippedBy };
}

const lineOf = (text: string, at: number) => {
	const s = text.lastIndexOf('\n', at - 1) + 1;
	let e = text.indexOf('\n', at);
	if (e === -1) e = text.length;
	return { s, e, line: text.slice(s, e) };
};

function shapeOf(text: string, start: number, end: number, token: string): { shape: Shape; ratioOk: boolean } {
	const { s, e, line } = lineOf(text, start);
	const before = text.slice(Math.max(s, start - 12), start);
	const after = text.slice(end, Math.min(e, end + 12));
	if (/^\s*\|/.test(line)) {
		const cellStart = text.lastIndexOf('|', start - 1);
		const cellEnd = text.indexOf('|', end);
		if (cellStart >= s && cellEnd !== -1 && cellEnd <= e) {
			const cell = text.slice(cellStart + 1, cellEnd).trim().replace(/[%％﹪‰]$/, '');
			if (cell === token) return { shape: 'table', ratioOk: false };
		}
	}
	if (/(^|[ \t]{2,}|\t)$/.test(before) && /^[%％﹪‰]?([ \t]{2,}|\t|$)/.test(after) && line.trim().split(/[ \t]{2,}|\t/).length >= 3)
		return { shape: 'column', ratioOk: false };
	if (new RegExp(`[${DIGIT}][:：]$`).test(before) || new RegExp(`^[:：][${DIGIT}]`).test(after)) {
		const chainStart = before.replace(new RegExp(`[${DIGIT}.．:：]*$`), '');
		return { shape: 'ratio', ratioOk: RATIO_CONTEXT.test(chainStart) };
	}
	if (new RegExp(`[${DIGIT}%％][-~～—–至到]$`).test(before) || new RegExp(`^[%％]?[-~～—–至到][${DIGIT}]`).test(after))
		return { shape: 'range', ratioOk: false };
	if (new RegExp(`[${DIGIT}%％][ ]?、$`).test(before) || new RegExp(`^[%％]?、[ ]?[${DIGIT}]`).test(after))
		return { shape: 'list', ratioOk: false };
	if (/^[ \t]*[月日]/.test(after)) return { shape: 'date', ratioOk: false };
	if (PERCENT.test(after)) return { shape: 'percent', ratioOk: false };
	if (/[, ]/.test(token)) return { shape: 'thousands', ratioOk: false };
	if (/[.．]/.test(token)) return { shape: 'decimal', ratioOk: false };
	return { shape: 'int', ratioOk: false };
}

function figureSites(text: string): Site[] {
	const out: Site[] = [];
	for (const m of text.matchAll(FIGURE)) {
		let token = m[0];
		const start = m.index;
		// A trailing space is never part of the figure ("12 345" is one; "12 " is not).
		token = token.replace(/ +$/, '');
		const end = start + token.length;
		const prev = text[start - 1] ?? '';
		if (/[.．]/.test(prev) && /[0-9０-９]/.test(text[start - 2] ?? '')) continue;
		const fullWidth = /[０-９]/.test(token);
		const after = text.slice(end, end + 6);
		if (/^(19|20)[0-9]{2}$/.test(halfWidth(token)) && /^[ \t]*年/.test(after)) {
			const r = applyRules(text, start, end, ['year-mask'], 'year');
			out.push({ start, end, text: token, kind: 'year', shape: 'year', fullWidth, ops: r.ops, skippedBy: r.skippedBy });
			continue;
		}
		const { shape, ratioOk } = shapeOf(text, start, end, token);
		const pm = PERCENT.exec(after);
		const percentEnd = pm ? end + pm[0].length : undefined;
		let ops: Op[] = ['delete', 'mask'];
		if (token.replace(/[^0-9０-９]/g, '').length >= 3) ops.push('mask-part');
		if (percentEnd !== undefined && PERCENT_DELETE_CONTEXT.test(text.slice(Math.max(0, start - 12), start))) ops.push('delete-unit');
		if (shape === 'ratio') ops = ratioOk ? ['mask'] : [];
		if (shape === 'table' || shape === 'column') ops = ops.filter((o) => o === 'delete' || o === 'mask');
		const r = applyRules(text, start, end, ops, shape);
		out.push({ start, end, text: token, kind: 'figure', shape, fullWidth, percentEnd, ops: r.ops, skippedBy: shape === 'ratio' && !ratioOk ? ['ratio-without-context', ...r.skippedBy] : r.skippedBy });
	}
	for (const m of text.matchAll(CN_YEAR)) {
		const r = applyRules(text, m.index, m.index + 4, ['year-mask'], 'cn-year');
		out.push({ start: m.index, end: m.index + 4, text: m[0], kind: 'cn-year', shape: 'cn-year', fullWidth: false, ops: r.ops, skippedBy: r.skippedBy });
	}
	for (const m of text.matchAll(CN_PLAN)) {
		const r = applyRules(text, m.index, m.index + 1, ['mask'], 'cn-plan');
		out.push({ start: m.index, end: m.index + 1, text: m[0], kind: 'cn-plan', shape: 'cn-plan', fullWidth: false, ops: r.ops, skippedBy: r.skippedBy });
	}
	return out;
}

const SUFFIXES = [...NAME_SUFFIXES].sort((a, b) => b.length - a.length);

function nameSites(text: string): Site[] {
	const out: Site[] = [];
	const taken = new Set<number>();
	for (const suffix of SUFFIXES) {
		let at = text.indexOf(suffix);
		while (at !== -1) {
			const here = at;
			at = text.indexOf(suffix, at + suffix.length);
			if (taken.has(here)) continue;
			for (let i = 0; i < suffix.length; i++) taken.add(here + i);
			const person = suffix === '同志';
			const maxLen = person ? 3 : 4;
			let s = here;
			while (s > 0 && here - s < maxLen + 1 && CJK.test(text[s - 1]!)) s--;
			const core = text.slice(s, here);
			if (core.length < 2 || core.length > maxLen) continue;
			if (s > 0 && !NAME_BOUNDARY.test(text[s - 1]!)) continue;
			if ([...core].some((c) => NAME_STOP_CHARS.includes(c))) continue;
			if (GENERIC_NAME_CORES.includes(core)) continue;
			if (NAME_SUFFIX_NOT_BEFORE[suffix]?.test(text.slice(here + suffix.length, here + suffix.length + 2))) continue;
			const r = applyRules(text, s, here, ['name-mask'], person ? 'person' : 'name');
			out.push({ start: s, end: here, text: core, kind: 'name', shape: person ? 'person' : 'name', fullWidth: false, ops: r.ops, skippedBy: r.skippedBy });
		}
	}
	return out;
}

/** Every candidate site of a text, in order of position (overlaps removed, figures first). */
export function scanSites(text: string): Site[] {
	const all = [...figureSites(text), ...nameSites(text)].sort((a, b) => a.start - b.start || a.end - b.end);
	const out: Site[] = [];
	let last = -1;
	for (const site of all) {
		if (site.start < last) continue;
		out.push(site);
		last = site.end;
	}
	return out;
}
