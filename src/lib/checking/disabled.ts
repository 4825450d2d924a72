/**
 * The checks the writer turned off, applied in one place for every checker of a draft: a
 * built-in rule is switched off in the engine's config (it does not run), a plugin, pack or
 * draft-wide rule is left out, and whatever a merged result still carries is dropped.
 */
import { builtinRules } from '$lib/check';
import type { Category, CheckConfig, Finding, Rule, RuleMeta } from '$lib/check/types';
import type { DisabledChecks } from './types';

/** True when a rule (by its meta) is turned off. */
export function isDisabled(meta: Pick<RuleMeta, 'id' | 'category'>, disabled: DisabledChecks | undefined): boolean {
	if (!disabled) return false;
	return (disabled.rules?.includes(meta.id) ?? false) || (disabled.categories?.includes(meta.category) ?? false);
}

/** The rule settings with every turned-off built-in rule set to 'off'. */
export function withDisabled(rules: CheckConfig['rules'], disabled: DisabledChecks | undefined): CheckConfig['rules'] {
	if (!disabled) return rules;
	const off = builtinRules.filter((r) => isDisabled(r.meta, disabled));
	if (off.length === 0) return rules;
	return { ...rules, ...Object.fromEntries(off.map((r) => [r.meta.id, 'off' as const])) };
}

/** Extra rules (plugin, pack) without the turned-off ones. */
export function enabledRules(rules: readonly Rule[], disabled: DisabledChecks | undefined): Rule[] {
	return disabled ? rules.filter((r) => !isDisabled(r.meta, disabled)) : [...rules];
}

/** Findings without those of turned-off rules or categories. */
export function dropDisabled(findings: Finding[], disabled: DisabledChecks | undefined): Finding[] {
	if (!disabled) return findings;
	return findings.filter((f) => !isDisabled({ id: f.rule, category: f.category as Category }, disabled));
}
