/**
 * A pack's declarative checks as checker rules, and the check configuration a section of a
 * draft started from the pack runs with.
 */
import type { CheckConfig, Rule } from '$lib/check/types';
import { packCheckMessages as m } from '$lib/messages/packs';
import { freeSlotRule, pluginRules, UNFILLED_SLOT_RULE_ID } from '$plugins';
import { packSkeletons } from './skeletons';
import type { PackSection, TemplatePack } from './types';

export const FORBIDDEN_RULE_ID = 'pack/forbidden-word';
export const REQUIRED_RULE_ID = 'pack/required-phrase';

/** Flags every occurrence of a forbidden word (paragraph by paragraph). */
export function forbiddenWordsRule(words: readonly string[]): Rule {
	const list = [...new Set(words.filter((w) => w.trim() !== ''))];
	return {
		meta: {
			id: FORBIDDEN_RULE_ID,
			category: 'content',
			defaultSeverity: 'warning',
			messages: { forbidden: m.forbidden },
			description: m.forbiddenDescription
		},
		scope: 'paragraph',
		create(context) {
			for (const word of list) {
				let at = context.text.indexOf(word);
				while (at >= 0) {
					context.report({ from: at, to: at + word.length, messageId: 'forbidden', data: { word } });
					at = context.text.indexOf(word, at + word.length);
				}
			}
		}
	};
}

/**
 * Flags each required phrase the text lacks, at the start of the text. Meant for the whole
 * draft (all sections joined), not one section: a phrase belongs somewhere in the report.
 */
export function requiredPhrasesRule(phrases: readonly string[]): Rule {
	const list = [...new Set(phrases.filter((w) => w.trim() !== ''))];
	return {
		meta: {
			id: REQUIRED_RULE_ID,
			category: 'content',
			defaultSeverity: 'warning',
			messages: { required: m.required },
			description: m.requiredDescription
		},
		scope: 'document',
		create(context) {
			for (const phrase of list) {
				if (!context.text.includes(phrase)) context.report({ from: 0, to: 0, messageId: 'required', data: { phrase } });
			}
		}
	};
}

/** Rules from a pack's `checks` that apply to every section (forbidden words). */
export function packSectionRules(pack: Pick<TemplatePack, 'checks'>): Rule[] {
	const words = pack.checks?.forbiddenWords ?? [];
	return words.length > 0 ? [forbiddenWordsRule(words)] : [];
}

/** Rules from a pack's `checks` that apply to the whole draft (required phrases). */
export function packDocumentRules(pack: Pick<TemplatePack, 'checks'>): Rule[] {
	const phrases = pack.checks?.requiredPhrases ?? [];
	return phrases.length > 0 ? [requiredPhrasesRule(phrases)] : [];
}

/** Every rule a pack contributes: its declarative checks. */
export function packRules(pack: Pick<TemplatePack, 'checks'>): Rule[] {
	return [...packSectionRules(pack), ...packDocumentRules(pack)];
}

/**
 * The pack section a draft section follows: same plugin and title, else the first with the same
 * plugin (titles get edited; sections get reordered, so position means nothing).
 */
export function packSectionFor(
	pack: Pick<TemplatePack, 'sections'> | null | undefined,
	section: { kind: string; title: string }
): PackSection | undefined {
	if (!pack) return undefined;
	return pack.sections.find((s) => s.plugin === section.kind && s.title === section.title) ?? pack.sections.find((s) => s.plugin === section.kind);
}

/**
 * The configuration for checking one section of a draft: the pack's rule settings, the
 * section plugin's rules and the pack's forbidden words. The pack section's own skeletons are
 * passed to the slot rule so its slots are reported with the pack's labels. Run the findings
 * through `mergeSlotFindings` (from `$plugins`) so a slot the general checker also flags counts once.
 */
export function sectionCheckConfig(
	pack: Pick<TemplatePack, 'rules' | 'checks' | 'sections'> | null | undefined,
	section: { kind: string; title: string }
): CheckConfig {
	const rules = { ...(pack?.rules ?? {}) };
	const skeletons = packSkeletons(packSectionFor(pack, section)).map(({ text, slots }) => ({ text, slots }));
	if (skeletons.length > 0) {
		const current = rules[UNFILLED_SLOT_RULE_ID];
		const base = typeof current === 'object' ? current : { severity: current ?? 'error' };
		rules[UNFILLED_SLOT_RULE_ID] = { severity: base.severity, options: { ...(base.options ?? {}), skeletons } };
	}
	// A free section has no plugin, yet its pack skeletons' slots are still named by the slot rule.
	const own = pluginRules(section.kind);
	const slotRule = skeletons.length > 0 && !own.some((r) => r.meta.id === UNFILLED_SLOT_RULE_ID) ? [freeSlotRule] : [];
	return { rules, extraRules: [...own, ...slotRule, ...(pack ? packSectionRules(pack) : [])] };
}
