/**
 * A pack's declarative checks as checker rules, and the check configuration a section of a
 * draft started from the pack runs with.
 */
import type { CheckConfig, Rule } from '$lib/check/types';
import { packCheckMessages as m } from '$lib/messages/packs';
import { pluginRules } from '$plugins';
import type { TemplatePack } from './types';

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
 * The configuration for checking one section of a draft: the pack's rule settings, the
 * section plugin's rules and the pack's forbidden words. A pack section's own skeleton is passed
 * to the slot rule so its slots are recognised by label.
 */
export function sectionCheckConfig(
	pack: Pick<TemplatePack, 'rules' | 'checks' | 'sections'> | null,
	kind: string,
	sectionIndex?: number
): CheckConfig {
	const rules = { ...(pack?.rules ?? {}) };
	const packSection = sectionIndex === undefined ? undefined : pack?.sections[sectionIndex];
	if (packSection?.skeleton && packSection.slots) {
		const current = rules['section/unfilled-slot'];
		const base = typeof current === 'object' ? current : { severity: current ?? 'error' };
		rules['section/unfilled-slot'] = {
			severity: base.severity,
			options: { ...(base.options ?? {}), skeleton: { text: packSection.skeleton, slots: packSection.slots } }
		};
	}
	return { rules, extraRules: [...pluginRules(kind), ...(pack ? packSectionRules(pack) : [])] };
}
