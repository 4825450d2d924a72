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
	return `${f.rule}:${f.blank?.kind ?? f.messageId}:${before}[${inside}]${after}`;
}

/**
 * The base key when its context lies inside `text` (a paragraph), so it can be computed once and
 * cached with the paragraph's findings; undefined when the context reaches past either end.
 */
export function keyWithin(text: string, f: Pick<Finding, 'rule' | 'from' | 'to' | 'messageId' | 'blank'>): string | undefined {
	return f.from >= CONTEXT && f.to + CONTEXT <= text.length ? findingKey(text, f) : undefined;
}
