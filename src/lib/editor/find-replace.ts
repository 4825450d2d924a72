/**
 * Find and replace across a draft's sections, as pure planning: a query (literal text, or a
 * regular expression; optionally whole words only) compiled once, its matches in each text,
 * and the edits a replace-all makes per section. The state piece (state/find-replace) applies
 * them to the section editors.
 *
 *   const q = compileQuery({ text: 'aa', wholeWord: true })   // { ok, matcher } or { ok: false, error }
 *   findMatches(body, q.matcher)                              // [{ from, to, insert }] in order
 *   planReplace(sections, q.matcher, '青石')                  // edits and counts per section, total
 */
import { wordAt } from '$lib/check/text/segment';
import { findReplaceMessages as m } from '$lib/messages/find-replace';
import { escapeRe } from '$lib/check/text/regex';

/** What the writer asks for. */
export interface FindQuery {
	text: string;
	/** Only where the match starts and ends on a word boundary (ICU's, so approximate for Chinese). */
	wholeWord?: boolean;
	/** `text` is a JavaScript regular expression; the replacement may use $1, $<name>, $&. */
	regex?: boolean;
	/** Latin letters must match in case (default: they need not). */
	caseSensitive?: boolean;
}

/** A compiled query, reused for every section. */
export interface Matcher {
	readonly re: RegExp;
	readonly wholeWord: boolean;
	readonly regex: boolean;
}

export type Compiled = { ok: true; matcher: Matcher } | { ok: false; error: string };

/** One match, with what a replacement would put there. */
export interface Match {
	from: number;
	to: number;
	/** The replacement for this match ($1 and the like expanded for a regex). */
	insert: string;
}

/** The most matches counted in one text (a query like 的 in a long report stays cheap to show). */
export const MATCH_LIMIT = 10_000;


/** Compiles a query; an empty text or a bad regular expression is an error in Chinese. */
export function compileQuery(q: FindQuery): Compiled {
	if (q.text === '') return { ok: false, error: m.emptyQuery };
	const flags = `g${q.caseSensitive ? '' : 'i'}u`;
	try {
		return { ok: true, matcher: { re: new RegExp(q.regex ? q.text : escapeRe(q.text), flags), wholeWord: !!q.wholeWord, regex: !!q.regex } };
	} catch (e) {
		return { ok: false, error: m.badRegex(e instanceof Error ? e.message : String(e)) };
	}
}

/** True when [from, to) starts and ends on word boundaries. */
function onWordBounds(text: string, from: number, to: number): boolean {
	return wordAt(text, from)[0] === from && wordAt(text, to - 1)[1] === to;
}

/** `$&`, `$1`…`$99`, `$<name>` and `$$` in a regex replacement, as String.replace reads them. */
function expand(template: string, match: RegExpExecArray): string {
	if (!template.includes('$')) return template;
	return template.replace(/\$(\$|&|\d{1,2}|<[^>]*>)/g, (whole, ref: string) => {
		if (ref === '$') return '$';
		if (ref === '&') return match[0];
		if (ref.startsWith('<')) return match.groups?.[ref.slice(1, -1)] ?? '';
		const n = Number(ref);
		if (n >= 1 && n < match.length) return match[n] ?? '';
		// "$12" with one group: "$1" then "2", as the platform reads it.
		if (ref.length === 2 && Number(ref[0]) >= 1 && Number(ref[0]) < match.length) return (match[Number(ref[0])] ?? '') + ref[1];
		return whole;
	});
}

/**
 * The matches of `matcher` in `text`, in order, none overlapping; empty matches are skipped (a
 * regex like `^` or `a*` replaces nothing). `replacement` is expanded per match.
 */
export function findMatches(text: string, matcher: Matcher, replacement = '', limit = MATCH_LIMIT): Match[] {
	const out: Match[] = [];
	const re = matcher.re;
	re.lastIndex = 0;
	for (let hit = re.exec(text); hit && out.length < limit; hit = re.exec(text)) {
		const from = hit.index;
		const to = from + hit[0].length;
		if (to === from) {
			re.lastIndex = from + 1;
			continue;
		}
		if (matcher.wholeWord && !onWordBounds(text, from, to)) {
			// Try again from the next character: a later, shorter start may sit on a boundary.
			re.lastIndex = from + 1;
			continue;
		}
		out.push({ from, to, insert: matcher.regex ? expand(replacement, hit) : replacement });
	}
	return out;
}

/** A section as find and replace reads it. */
export interface SearchedText {
	id: string;
	text: string;
}

/** What replacing every match would do, per section and in total. */
export interface ReplacePlan {
	/** Each section's matches (its edits), only sections with at least one. */
	edits: Map<string, Match[]>;
	/** Matches per section id (0 included), in the order given. */
	counts: { id: string; count: number }[];
	total: number;
}

/** Counts (and plans) the matches over every section. */
export function planReplace(sections: readonly SearchedText[], matcher: Matcher, replacement = ''): ReplacePlan {
	const edits = new Map<string, Match[]>();
	const counts: { id: string; count: number }[] = [];
	let total = 0;
	for (const s of sections) {
		const found = findMatches(s.text, matcher, replacement);
		counts.push({ id: s.id, count: found.length });
		total += found.length;
		if (found.length) edits.set(s.id, found);
	}
	return { edits, counts, total };
}

/** The place to go next from `at` (a section and an offset), in report order, wrapping around. */
export function nextMatch(
	sections: readonly SearchedText[],
	matcher: Matcher,
	at: { id: string | null; pos: number },
	dir: 1 | -1 = 1
): { id: string; from: number; to: number } | null {
	const n = sections.length;
	if (!n) return null;
	const start = Math.max(0, sections.findIndex((s) => s.id === at.id));
	for (let step = 0; step <= n; step++) {
		const i = (((start + dir * step) % n) + n) % n;
		const s = sections[i]!;
		const found = findMatches(s.text, matcher);
		if (!found.length) continue;
		const here = step === 0 && s.id === at.id;
		const wrapped = step === n;
		let hit: Match | undefined;
		if (dir === 1) hit = here && !wrapped ? found.find((f) => f.from >= at.pos) : wrapped ? found.find((f) => f.from < at.pos) : found[0];
		else hit = here && !wrapped ? [...found].reverse().find((f) => f.to <= at.pos) : wrapped ? [...found].reverse().find((f) => f.to > at.pos) : found[found.length - 1];
		if (hit) return { id: s.id, from: hit.from, to: hit.to };
	}
	return null;
}
