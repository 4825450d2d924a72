/**
 * The lines of a document rule's text: the engine's split (unchanged lines are the same strings
 * from one check to the next, so per-line caches keyed by them cost no new hashing), or split
 * here when a rule is run on a hand-made context.
 */
import type { DocumentLines } from '../types';
import { foldedOf } from './normalize';

export function documentLines(ctx: { text: string; folded?: string; lines?: DocumentLines }): DocumentLines {
	if (ctx.lines) return ctx.lines;
	const s = foldedOf(ctx);
	const starts: number[] = [];
	const folded: string[] = [];
	const text: string[] = [];
	for (let from = 0; ; ) {
		const nl = s.indexOf('\n', from);
		const to = nl === -1 ? s.length : nl;
		starts.push(from);
		folded.push(s.slice(from, to));
		text.push(ctx.text.slice(from, to));
		if (nl === -1) return { starts, folded, text };
		from = nl + 1;
	}
}
