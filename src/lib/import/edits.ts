/**
 * Cleaning as a list of edits on the source text, applied in one pass, with an offset map both
 * ways: a finding on the source lands on the same words in the cleaned text and back.
 */

/** One change: replace source [from, to) with `insert`. */
export interface Edit<K extends string = string> {
	kind: K;
	from: number;
	to: number;
	insert: string;
}

/** The result of applying edits: the new text and maps between the two texts. */
export interface Applied<K extends string = string> {
	text: string;
	/** The edits actually applied, sorted by position (overlapping later ones are dropped). */
	edits: Edit<K>[];
	/** Source offset → output offset. Inside a replaced range: its start (or its end with assoc 1). */
	toOutput(offset: number, assoc?: -1 | 1): number;
	/** Output offset → source offset. */
	toSource(offset: number, assoc?: -1 | 1): number;
}

interface Piece {
	srcFrom: number;
	srcTo: number;
	outFrom: number;
	outTo: number;
}

/**
 * Applies edits (each replacing a non-empty range). An edit overlapping one listed before it is
 * dropped, so callers list stronger kinds first. Linear in the text plus the edits' lengths.
 */
export function applyEdits<K extends string>(source: string, edits: readonly Edit<K>[]): Applied<K> {
	// One byte per source character marks what an earlier (stronger) edit already covers.
	const covered = new Uint8Array(source.length + 1);
	const kept: Edit<K>[] = [];
	for (const e of edits) {
		if (e.from >= e.to || e.from < 0 || e.to > source.length) continue;
		let free = true;
		for (let i = e.from; i < e.to && free; i++) if (covered[i]) free = false;
		if (!free) continue;
		covered.fill(1, e.from, e.to);
		kept.push(e);
	}
	kept.sort((a, b) => a.from - b.from);
	const parts: string[] = [];
	const pieces: Piece[] = [];
	let src = 0;
	let out = 0;
	for (const e of kept) {
		if (e.from > src) {
			parts.push(source.slice(src, e.from));
			out += e.from - src;
		}
		parts.push(e.insert);
		pieces.push({ srcFrom: e.from, srcTo: e.to, outFrom: out, outTo: out + e.insert.length });
		out += e.insert.length;
		src = e.to;
	}
	parts.push(source.slice(src));
	const text = parts.join('');

	const toOutput = (offset: number, assoc: -1 | 1 = -1): number => {
		let lo = 0;
		let hi = pieces.length;
		while (lo < hi) {
			const mid = (lo + hi) >> 1;
			if ((pieces[mid] as Piece).srcTo <= offset) lo = mid + 1;
			else hi = mid;
		}
		// pieces[lo] is the first piece ending after offset.
		const p = pieces[lo];
		const prev = pieces[lo - 1];
		if (p && p.srcFrom < offset) {
			// Inside a replaced range: same-length replacements map one to one.
			if (p.srcTo - p.srcFrom === p.outTo - p.outFrom) return p.outFrom + (offset - p.srcFrom);
			return assoc < 0 ? p.outFrom : p.outTo;
		}
		const base = prev ? prev.outTo - prev.srcTo : 0;
		return offset + base;
	};
	const toSource = (offset: number, assoc: -1 | 1 = -1): number => {
		let lo = 0;
		let hi = pieces.length;
		while (lo < hi) {
			const mid = (lo + hi) >> 1;
			if ((pieces[mid] as Piece).outTo <= offset) lo = mid + 1;
			else hi = mid;
		}
		const p = pieces[lo];
		const prev = pieces[lo - 1];
		if (p && p.outFrom < offset) {
			if (p.srcTo - p.srcFrom === p.outTo - p.outFrom) return p.srcFrom + (offset - p.outFrom);
			return assoc < 0 ? p.srcFrom : p.srcTo;
		}
		const base = prev ? prev.srcTo - prev.outTo : 0;
		return offset + base;
	};
	return { text, edits: kept, toOutput, toSource };
}
