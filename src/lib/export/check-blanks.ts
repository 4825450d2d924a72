/**
 * The open blanks of a text as the checker sees them: findings of category 'blank', minus the
 * ones the writer marked as intended (忽略此处, the per-draft ignore list). The single place
 * export asks the checker.
 */
import { checkText } from '$lib/check';
import type { BlankFinder } from './blanks';

/** A finder that skips the finding keys the writer ignored. */
export function checkerBlankFinder(ignore: readonly string[] = []): BlankFinder {
	const config = ignore.length ? { ignore } : undefined;
	return (text) =>
		checkText(text, config)
			.filter((f) => f.category === 'blank')
			.map((f) => ({ from: f.from, to: f.to }));
}

export const defaultBlankFinder: BlankFinder = checkerBlankFinder();

/** Reads a stored ignore list defensively: anything but a list of strings counts as empty. */
export function parseIgnoreList(value: unknown): string[] {
	return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string' && v.length > 0) : [];
}
