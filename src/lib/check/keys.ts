/**
 * Finding keys: rule + blank kind (or message id) + up to 8 characters on each side + the
 * flagged text. They name a finding by what surrounds it, not where it is, so a writer's
 * "忽略此处" survives edits elsewhere; the engine appends `#n` to tell identical keys apart.
 */
import type { Finding } from './types';

const CONTEXT = 8;

/** The base key of a finding in `text` (before the occurrence index is added). */
export function findingKey(text: string, f: Pick<Finding, 'rule' | 'from' | 'to' | 'messageId' | 'blank'>): string {
	const before = text.slice(Math.max(0, f.from - CONTEXT), f.from);
	const inside = text.slice(f.from, Math.min(f.to, f.from + 24));
	const after = text.slice(f.to, f.to + CONTEXT);
	// Joined, not concatenated: one flat string, where `+` would leave a tree of pieces that every
	// Map lookup of the key flattens and that the garbage collector copies with each finding.
	return [f.rule, f.blank?.kind ?? f.messageId, before + '[' + inside + ']' + after].join(':');
}

/**
 * The base key when its context lies inside `text` (a paragraph), so it can be computed once and
 * cached with the paragraph's findings; undefined when the context reaches past either end.
 */
export function keyWithin(text: string, f: Pick<Finding, 'rule' | 'from' | 'to' | 'messageId' | 'blank'>): string | undefined {
	return f.from >= CONTEXT && f.to + CONTEXT <= text.length ? findingKey(text, f) : undefined;
}

/** A key with the characters around its finding when it was made (for `findingKeyAgain`). */
export interface KeyMemo {
	before: string;
	after: string;
	key: string;
}

/**
 * findingKey for a finding whose own text is as it was when `memo` was made (a paragraph's
 * cached finding): `memo.key` again while the characters around it are the same too, so an
 * unchanged finding keeps the very same key string.
 */
export function findingKeyAgain(text: string, f: Pick<Finding, 'rule' | 'from' | 'to' | 'messageId' | 'blank'>, memo: KeyMemo | undefined): KeyMemo {
	const from = Math.max(0, f.from - CONTEXT);
	const to = Math.min(text.length, f.to + CONTEXT);
	// Compared where they stand (no slices made for a finding whose surroundings are as they were).
	if (memo && memo.before.length === f.from - from && memo.after.length === to - f.to && standsAt(text, from, memo.before) && standsAt(text, f.to, memo.after)) return memo;
	return { before: text.slice(from, f.from), after: text.slice(f.to, to), key: findingKey(text, f) };
}

/** Whether `text` holds `part` at `at`. */
function standsAt(text: string, at: number, part: string): boolean {
	for (let i = 0; i < part.length; i++) if (text.charCodeAt(at + i) !== part.charCodeAt(i)) return false;
	return true;
}
