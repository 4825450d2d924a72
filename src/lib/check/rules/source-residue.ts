/**
 * 范文 residue as a rule: with the imported source text as option `source`, each section (the
 * text split at its top headings; a section's own text is one section) whose sentences are at
 * least `minShare` (default 0.6) identical to the source is flagged on its first line, and
 * every proper name of the source still in the text is flagged where it stands. Without a
 * source the rule stays quiet. The comparison itself lives in ../residue.ts. A caller that
 * already indexed the source (the draft checker, once per draft) passes it as option `index`.
 */
import { defineRule } from './define';
import { checkMessages as M } from '../messages';
import { compareWithSource, indexSource, type SourceIndex } from '../residue';

const DEFAULT_MIN_SHARE = 0.6;
/** Sections of fewer sentences say too little to be called a copy. */
const MIN_SENTENCES = 2;

// The draft is checked on every edit while its source stays the same: index the source once.
let last: { source: string; index: SourceIndex } | null = null;
function indexOf(source: string): SourceIndex {
	if (last?.source !== source) last = { source, index: indexSource(source) };
	return last.index;
}

/** A source index handed in as an option (not JSON: only code passes it, never a pack). */
function isIndex(v: unknown): v is SourceIndex {
	return typeof v === 'object' && v !== null && (v as SourceIndex).sentences instanceof Set && Array.isArray((v as SourceIndex).names);
}

export const sourceResidue = defineRule({
	meta: {
		id: 'source-residue',
		category: 'residue',
		defaultSeverity: 'warning',
		messages: { sameAsSource: M.sourceResidue.sameAsSource, sourceName: M.sourceResidue.sourceName },
		description: M.sourceResidue.description
	},
	scope: 'document',
	create(ctx) {
		const source = ctx.options.source;
		const given = ctx.options.index;
		const index = isIndex(given) ? given : typeof source === 'string' && source.trim() ? indexOf(source) : null;
		if (!index) return;
		const minShare = typeof ctx.options.minShare === 'number' ? ctx.options.minShare : DEFAULT_MIN_SHARE;
		// The engine's lines, when it gives them: unchanged lines are then read from the cache.
		const { sections, names } = compareWithSource(ctx.text, index, ctx.lines);
		for (const sec of sections) {
			if (sec.sentences < MIN_SENTENCES || sec.share < minShare) continue;
			let from = sec.from;
			while (from < sec.to && /\s/.test(ctx.text[from]!)) from++;
			let to = ctx.text.indexOf('\n', from);
			if (to === -1 || to > sec.to) to = sec.to;
			if (ctx.text[to - 1] === '\r') to--;
			ctx.report({ from, to, messageId: 'sameAsSource', data: { percent: Math.round(sec.share * 100), identical: sec.identical, sentences: sec.sentences } });
		}
		for (const n of names) ctx.report({ from: n.from, to: n.to, messageId: 'sourceName', data: { name: n.name } });
	}
});
