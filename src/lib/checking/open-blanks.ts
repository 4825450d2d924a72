/**
 * Open blanks: blank findings the writer has not marked as intended (忽略此处). The one
 * definition the badge, F8, 逐项填空, the export gate and highlighting and the CLI count by.
 */
import type { Finding } from '$lib/check/types';
import { createTitleChecker } from './section-checker';
import type { CheckingContext, DraftReport, PlacedFinding } from './types';

/** A range in one text, end exclusive (what export highlights). */
export interface BlankSpan {
	from: number;
	to: number;
}

export function isBlank(f: Finding): boolean {
	return f.category === 'blank';
}

/** Every finding of the report in draft order (title, then each section), ignored ones included. */
export function allFindings(report: DraftReport): PlacedFinding[] {
	const out: PlacedFinding[] = [];
	for (const t of report.texts) for (const finding of t.findings) out.push({ place: t.place, finding });
	for (const finding of report.draft) out.push({ place: { kind: 'draft' }, finding });
	return out;
}

/** Findings not ignored, in draft order. */
export function openFindings(report: DraftReport, ignore: ReadonlySet<string>): PlacedFinding[] {
	return allFindings(report).filter((p) => !ignore.has(p.finding.key));
}

/** Blanks not ignored, in draft order. */
export function openBlanks(report: DraftReport, ignore: ReadonlySet<string>): PlacedFinding[] {
	return openFindings(report, ignore).filter((p) => isBlank(p.finding));
}

/**
 * Export's view of a checked draft: the open blanks of each text it prints, by the text itself
 * (the draft's title, a section's title or body). A text the report does not hold (export
 * printed something the checker never saw) is checked as a title would be, so nothing prints
 * unmarked.
 */
export function blankFinderFor(report: DraftReport, ignore: ReadonlySet<string>, context: CheckingContext): (text: string) => BlankSpan[] {
	const byText = new Map<string, BlankSpan[]>();
	for (const t of report.texts) {
		if (byText.has(t.text)) continue;
		byText.set(
			t.text,
			t.findings.filter((f) => isBlank(f) && !ignore.has(f.key)).map((f) => ({ from: f.from, to: f.to }))
		);
	}
	let fallback: ReturnType<typeof createTitleChecker> | null = null;
	return (text) => {
		const known = byText.get(text);
		if (known) return known;
		fallback ??= createTitleChecker(context);
		return fallback
			.check(text)
			.filter((f) => isBlank(f) && !ignore.has(f.key))
			.map((f) => ({ from: f.from, to: f.to }));
	};
}
