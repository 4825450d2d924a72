/**
 * Pure helpers over the checker's findings: which are blanks, which the writer ignored, how they
 * are ordered. No CodeMirror here, so the panel, the badge and the tests share one definition.
 */
import type { Finding } from '$lib/check/types';

/** A position range in one section's text, end exclusive (from === to for a gap). */
export interface Range {
	from: number;
	to: number;
}

export function isBlank(finding: Finding): boolean {
	return finding.category === 'blank';
}

/** Splits findings into those shown and those the writer marked as intended (忽略此处). */
export function partitionIgnored(
	findings: readonly Finding[],
	ignored: ReadonlySet<string>
): { shown: Finding[]; ignored: Finding[] } {
	const shown: Finding[] = [];
	const hidden: Finding[] = [];
	for (const f of findings) (ignored.has(f.key) ? hidden : shown).push(f);
	return { shown, ignored: hidden };
}

export function countBlanks(findings: readonly Finding[]): number {
	let n = 0;
	for (const f of findings) if (isBlank(f)) n++;
	return n;
}

const severityRank = { error: 0, warning: 1, info: 2 } as const;

/** Document order, then the more severe first, so overlapping marks stack predictably. */
export function sortFindings(findings: readonly Finding[]): Finding[] {
	return findings
		.slice()
		.sort((a, b) => a.from - b.from || a.to - b.to || severityRank[a.severity] - severityRank[b.severity]);
}

/** Counts what a reader would count as 字数: every character except whitespace. */
export function countChars(text: string): number {
	let n = 0;
	for (let i = 0; i < text.length; i++) {
		const c = text.charCodeAt(i);
		// Skip whitespace (ASCII, full-width space) and the low half of surrogate pairs.
		if (c === 32 || c === 9 || c === 10 || c === 13 || c === 0x3000 || (c >= 0xdc00 && c <= 0xdfff)) continue;
		n++;
	}
	return n;
}
