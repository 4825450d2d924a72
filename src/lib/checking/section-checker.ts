/**
 * The checker of one section: the built-in rules, the section plugin's rules and the draft's
 * pack (rule settings, forbidden words, the pack section's own skeleton), incremental so a
 * keystroke re-checks only the paragraph it touched. A slot flagged by both the general checker
 * and the slot rule counts once and carries the skeleton's label; ignore keys are computed once,
 * after that merge, so the editor, export and the command line all name a finding alike. A rule
 * that throws becomes an error finding of the section, never silence.
 */
import { IncrementalChecker, findingKey } from '$lib/check';
import type { CheckConfig, Finding, Rule } from '$lib/check/types';
import { formatMessage } from '$lib/check/messages';
import { indexSource, type SourceIndex } from '$lib/check/residue';
import { findSlots, labelSlotFindings, mergeSlotFindings } from '$plugins';
import { packSectionFor, packSectionRules, sectionCheckConfig } from '$lib/packs/rules';
import { packSkeletons } from '$lib/packs/skeletons';
import { checkingMessages as m } from './messages';
import { dropDisabled, enabledRules, isDisabled, withDisabled } from './disabled';
import type { CheckingContext } from './types';

/** Something that checks one text; `check` returns every finding, ignored ones included. */
export interface TextChecker {
	check(text: string): Finding[];
}

/** The message id of a rule failure (kept apart from the rule's own ids). */
export const RULE_FAILED = 'checking/rule-failed';

function errorText(e: unknown): string {
	return (e instanceof Error ? e.message : String(e)).slice(0, 200);
}

/** The rule, reporting its own failure as a finding instead of throwing. */
function guarded(rule: Rule): Rule {
	return {
		...rule,
		meta: { ...rule.meta, messages: { ...rule.meta.messages, [RULE_FAILED]: m.ruleFailed } },
		create(context) {
			try {
				rule.create(context);
			} catch (e) {
				context.report({ from: 0, to: 0, messageId: RULE_FAILED, data: { rule: rule.meta.id, error: errorText(e) } });
			}
		}
	};
}

/** A failure finding at the start of the text, when the whole check could not run. */
function failure(rule: string, e: unknown): Finding {
	return {
		rule,
		category: 'content',
		severity: 'error',
		from: 0,
		to: 0,
		line: 1,
		column: 1,
		messageId: RULE_FAILED,
		message: formatMessage(m.ruleFailed, { rule, error: errorText(e) }),
		key: `${RULE_FAILED}:${rule}`
	};
}

/** What a key is made of besides the rule and the text around the finding. */
const kindOf = (f: Finding) => f.blank?.kind ?? f.messageId;

/**
 * The engine's keys of its findings with the kind each was made with: a finding that still has
 * that kind after merging keeps the engine's key as its base (see `assignKeys`).
 */
export function engineKinds(findings: readonly Finding[]): Map<string, string> {
	return new Map(findings.map((f) => [f.key, kindOf(f)]));
}

/** A key the engine numbered (`#n`), or one whose text merely ends so: its base is recomputed. */
const NUMBERED = /#\d+$/;

/**
 * Gives each finding its ignore key from its final rule, kind and surroundings; identical keys
 * get `#n` in document order. Run after merging, so a merged slot has one key everywhere.
 * With `engine` (from `engineKinds` of the same text's engine findings), a finding whose rule,
 * span and kind merging left as the engine made them takes the engine's key as its base instead
 * of reading the text around it again — the same string `findingKey` gives.
 */
export function assignKeys(text: string, findings: Finding[], engine?: ReadonlyMap<string, string>): Finding[] {
	const seen = new Map<string, number>();
	for (const f of findings) {
		if (f.messageId === RULE_FAILED) {
			f.severity = 'error';
			f.category = 'content';
		}
		const reuse = engine !== undefined && f.key !== '' && engine.get(f.key) === kindOf(f) && !NUMBERED.test(f.key);
		const base = reuse ? f.key : findingKey(text, f);
		const n = seen.get(base) ?? 0;
		seen.set(base, n + 1);
		f.key = n ? `${base}#${n}` : base;
	}
	return findings;
}

/** The id of the built-in rule that compares years in the text with the report year. */
const STALE_YEAR = 'stale-year';

/**
 * The context's 年度 as the year rule's option, over the pack's own setting for it (the draft's
 * year is the writer's word; the pack's severity still applies).
 */
export function withYear(rules: CheckConfig['rules'], year: number | null): CheckConfig['rules'] {
	if (year === null) return rules;
	const current = rules?.[STALE_YEAR];
	if (current === 'off') return rules;
	const base = typeof current === 'object' ? current : { severity: current ?? ('warning' as const) };
	return { ...rules, [STALE_YEAR]: { severity: base.severity, options: { ...(base.options ?? {}), year } } };
}

/** The id of the built-in rule that compares a draft with the 范文 it was imported from. */
export const SOURCE_RESIDUE = 'source-residue';

const indexes = new WeakMap<CheckingContext, SourceIndex | null>();

/**
 * The context's 范文, indexed once per context (so once per draft, not per section or keystroke);
 * null when the draft has none, or when the writer turned the comparison off (then it is never
 * indexed at all).
 */
export function sourceIndexOf(context: CheckingContext): SourceIndex | null {
	let index = indexes.get(context);
	if (index === undefined) {
		const off = isDisabled({ id: SOURCE_RESIDUE, category: 'residue' }, context.disabled);
		const source = !off && context.source && context.source.trim() ? context.source : null;
		// A new context for the same draft (its year or pack changed) keeps the index.
		if (source === null) index = null;
		else if (lastIndexed?.source === source) index = lastIndexed.index;
		else lastIndexed = { source, index: (index = indexSource(source)) };
		indexes.set(context, index);
	}
	return index;
}
let lastIndexed: { source: string; index: SourceIndex } | null = null;

/** The 范文's index as the residue rule's option, over the pack's setting for it (severity kept). */
export function withSource(rules: CheckConfig['rules'], index: SourceIndex | null): CheckConfig['rules'] {
	if (index === null) return rules;
	const current = rules?.[SOURCE_RESIDUE];
	if (current === 'off') return rules;
	const base = typeof current === 'object' ? current : { severity: current ?? ('warning' as const) };
	if (base.severity === 'off') return rules;
	return { ...rules, [SOURCE_RESIDUE]: { severity: base.severity, options: { ...(base.options ?? {}), index } } };
}

function runGuarded(text: string, run: () => Finding[]): Finding[] {
	try {
		return run();
	} catch (e) {
		return [failure('checking/engine', e)];
	}
}

/** The checker for one section of a draft (its kind and title pick the pack section). */
export function createSectionChecker(section: { kind: string; title: string }, context: CheckingContext): TextChecker {
	const { pack } = context;
	const kind = section.kind || 'free';
	const own: CheckConfig = sectionCheckConfig(pack, { kind, title: section.title });
	const packSection = packSectionFor(pack, { kind, title: section.title });
	const extra = packSkeletons(packSection);
	const { disabled } = context;
	const checker = new IncrementalChecker({
		rules: withDisabled(withSource(withYear(own.rules, context.year), sourceIndexOf(context)), disabled),
		extraRules: enabledRules(own.extraRules ?? [], disabled).map(guarded)
	});
	return {
		check: (text) =>
			runGuarded(text, () => {
				const found = checker.check(text);
				const merged = labelSlotFindings(mergeSlotFindings(found), findSlots(kind, text, extra));
				return assignKeys(text, dropDisabled(merged, disabled), engineKinds(found));
			})
	};
}

/**
 * The checker of a title (the draft's, a section's): the built-in rules with the pack's settings
 * and forbidden words; numbering is left to the draft-wide rule that reads titles in order.
 */
export function createTitleChecker(context: CheckingContext): TextChecker {
	const { pack } = context;
	const { disabled } = context;
	const checker = new IncrementalChecker({
		rules: { ...withDisabled(withYear(pack?.rules ?? {}, context.year), disabled), numbering: 'off' },
		extraRules: enabledRules(pack ? packSectionRules(pack) : [], disabled).map(guarded)
	});
	return { check: (text) => runGuarded(text, () => assignKeys(text, dropDisabled(checker.check(text), disabled))) };
}
