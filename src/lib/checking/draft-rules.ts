/**
 * Draft-wide rules: checks that need the whole draft rather than one section (a phrase the pack
 * requires somewhere in the report, the numbering of section titles in order). A small registry:
 * a new draft-wide check (stale years against the draft's 年度, figures that disagree between
 * sections) is one more entry here, written against `DraftRuleContext`.
 */
import { builtinRules, checkText } from '$lib/check';
import type { RuleMeta, RuleSetting } from '$lib/check/types';
import { REQUIRED_RULE_ID } from '$lib/packs/rules';
import { packCheckMessages } from '$lib/messages/packs';
import { checkingMessages as m } from './messages';
import type { CheckedDraft, CheckingContext, TextPlace } from './types';

/** What a draft rule reports: where, and which message. Offsets are relative to that text. */
export interface DraftReportItem {
	place: TextPlace;
	from: number;
	to: number;
	messageId: string;
	data?: Record<string, string | number>;
	/** A ready message (when the rule reuses another rule's wording). */
	message?: string;
}

/** What a draft rule receives. */
export interface DraftRuleContext {
	readonly draft: CheckedDraft;
	readonly context: CheckingContext;
	report(item: DraftReportItem): void;
}

/** A draft-wide rule: meta (as a section rule's) plus a check over the whole draft. */
export interface DraftRule {
	meta: RuleMeta;
	check(ctx: DraftRuleContext): void;
}

/** 必须出现: each phrase the pack requires that appears in no section (nor the title). */
export const requiredPhrasesDraftRule: DraftRule = {
	meta: {
		id: REQUIRED_RULE_ID,
		category: 'content',
		defaultSeverity: 'warning',
		messages: { required: packCheckMessages.required },
		description: packCheckMessages.requiredDescription
	},
	check({ draft, context, report }) {
		const phrases = [...new Set((context.pack?.checks?.requiredPhrases ?? []).filter((p) => p.trim() !== ''))];
		if (phrases.length === 0) return;
		const texts = [draft.title, ...draft.sections.map((s) => s.body)];
		for (const phrase of phrases) {
			if (!texts.some((t) => t.includes(phrase))) report({ place: { kind: 'draft' }, from: 0, to: 0, messageId: 'required', data: { phrase } });
		}
	}
};

/** Every built-in rule but numbering switched off: numbering alone reads the titles. */
const NUMBERING_ONLY: Record<string, RuleSetting> = Object.fromEntries(
	builtinRules.filter((r) => r.meta.id !== 'numbering').map((r) => [r.meta.id, 'off' as const])
);

/**
 * Section titles numbered 一、二、四: the checker's own numbering rule over the titles in report
 * order, one title a line, each finding put back on its section's title.
 */
export const sectionNumberingDraftRule: DraftRule = {
	meta: {
		// The same id as the numbering rule: a pack that switches numbering off means titles too.
		id: 'numbering',
		category: 'numbering',
		defaultSeverity: 'warning',
		messages: {},
		description: m.titleNumberingDescription
	},
	check({ draft, report }) {
		const titles = draft.sections.map((s) => s.title.trim().replace(/\n/g, ' '));
		if (titles.length < 2) return;
		const starts: number[] = [];
		let at = 0;
		for (const t of titles) {
			starts.push(at);
			at += t.length + 1;
		}
		for (const f of checkText(titles.join('\n'), { rules: NUMBERING_ONLY })) {
			const line = f.line - 1;
			const section = draft.sections[line];
			const start = starts[line];
			// "编号应从一开始" across titles says nothing: a report may number only some sections.
			if (!section || start === undefined || f.messageId === 'startsAt') continue;
			report({ place: { kind: 'section-title', sectionId: section.id }, from: f.from - start, to: f.to - start, messageId: f.messageId, message: f.message });
		}
	}
};

/** The draft-wide rules every draft runs, in order. */
export const draftRules: readonly DraftRule[] = [requiredPhrasesDraftRule, sectionNumberingDraftRule];
