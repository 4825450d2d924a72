/**
 * The rules a pack may configure: the checker's built-in rules, every section plugin's rules and
 * the pack's own declarative checks. A rule id outside this list would be silently ignored by
 * the app, so validation refuses it.
 */
import { builtinRules } from '$lib/check';
import type { RuleMeta } from '$lib/check/types';
import { allPluginRules } from '$plugins';
import { forbiddenWordsRule, requiredPhrasesRule } from './rules';

let cache: ReadonlyMap<string, RuleMeta> | null = null;

/** Every configurable rule's meta by id. */
export function knownRules(): ReadonlyMap<string, RuleMeta> {
	cache ??= new Map([...builtinRules, ...allPluginRules(), forbiddenWordsRule([]), requiredPhrasesRule([])].map((r) => [r.meta.id, r.meta]));
	return cache;
}
