/**
 * Checks a schema cannot express: sections name known plugins, guidance is Markdown without
 * HTML or script links (it is also sanitised when rendered — this refuses it up front so a
 * hostile pack never gets into the database), and skeleton slots agree with their definitions.
 */
import { validationMessages as m } from '$lib/messages/packs';
import { pluginIds } from '$plugins';
import { slotMarks } from '$plugins/shared/find-slots';
import type { SlotDef } from '$plugins/api';
import { formatPath } from './path';
import { knownRules } from './known-rules';
import { optionProblems } from './rule-options';
import type { PackProblem, TemplatePack } from './types';

/** Plugin ids a pack section may name: the built-ins plus `free` (no plugin). */
export const ALLOWED_PLUGINS: readonly string[] = [...pluginIds, 'free'];

const HTML_TAG = /<\s*\/?\s*[A-Za-z!?][^>]*>?/;
const SCRIPT_URL = /(?:java|vb)\s*script\s*:|data\s*:\s*text\/html/i;
/** Inline links/images `[t](url)` and reference definitions `[t]: url`. */
const LINK_DEST = /\]\(\s*<?([^)\s>]*)|^\s{0,3}\[[^\]]+\]:\s*<?(\S+?)>?(?:\s|$)/gm;
const SAFE_URL = /^(?:https?:\/\/|mailto:|#)/i;

export function guidanceProblems(guidance: string, path: string): PackProblem[] {
	const problems: PackProblem[] = [];
	// Entities could spell a tag or a scheme that only appears after Markdown decodes them.
	const decoded = guidance.replace(/&#x?[0-9a-f]+;?|&[a-z]+;/gi, ' ');
	if (HTML_TAG.test(guidance) || /&(?:lt|gt|#0*60|#x0*3c);?/i.test(guidance)) problems.push({ path, message: m.htmlInGuidance });
	if (SCRIPT_URL.test(guidance) || SCRIPT_URL.test(decoded.replace(/\s+/g, ''))) problems.push({ path, message: m.scriptUrl });
	if (problems.length > 0) return problems;
	for (const match of guidance.matchAll(LINK_DEST)) {
		const url = match[1] ?? match[2] ?? '';
		if (url !== '' && !SAFE_URL.test(url)) {
			problems.push({ path, message: m.badLink(url.slice(0, 40)) });
			break;
		}
	}
	return problems;
}

/** The known id closest to a misspelt one (same prefix or one edit away), for the message. */
function closest(id: string, known: readonly string[]): string {
	const distance = (a: string, b: string): number => {
		const row = Array.from({ length: b.length + 1 }, (_, j) => j);
		for (let i = 1; i <= a.length; i++) {
			let prev = row[0]!;
			row[0] = i;
			for (let j = 1; j <= b.length; j++) {
				const cur = row[j]!;
				row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
				prev = cur;
			}
		}
		return row[b.length]!;
	};
	let best = '';
	let bestD = 4;
	for (const k of known) {
		const d = distance(id, k);
		if (d < bestD) [best, bestD] = [k, d];
	}
	return best;
}

/** Rule settings naming rules the app knows, with options the rule's schema accepts. */
export function ruleProblems(rules: TemplatePack['rules']): PackProblem[] {
	const problems: PackProblem[] = [];
	const known = knownRules();
	for (const [id, setting] of Object.entries(rules ?? {})) {
		const meta = known.get(id);
		if (!meta) {
			problems.push({ path: formatPath(['rules', id]), message: m.unknownRule(id, closest(id, [...known.keys()])) });
			continue;
		}
		if (typeof setting !== 'object' || setting.options === undefined) continue;
		if (!meta.schema) problems.push({ path: formatPath(['rules', id, 'options']), message: m.noOptions(id) });
		else problems.push(...optionProblems(meta.schema, setting.options, ['rules', id, 'options']));
	}
	return problems;
}

/** A skeleton's slot list agrees with its marks one to one, and names each slot once. */
function slotProblems(text: string, slots: readonly SlotDef[], at: (...k: (string | number)[]) => string): PackProblem[] {
	const problems: PackProblem[] = [];
	const marks = slotMarks(text).filter((mk) => mk.inner === null).length;
	if (marks !== slots.length) problems.push({ path: at(), message: m.slotCount(marks, slots.length) });
	const seen = new Set<string>();
	slots.forEach((slot, j) => {
		if (seen.has(slot.name)) problems.push({ path: at(j, 'name'), message: m.duplicateSlot(slot.name) });
		seen.add(slot.name);
	});
	return problems;
}

export function semanticProblems(pack: TemplatePack): PackProblem[] {
	const problems: PackProblem[] = ruleProblems(pack.rules);
	pack.sections.forEach((s, i) => {
		const at = (...k: (string | number)[]) => formatPath(['sections', i, ...k]);
		if (!ALLOWED_PLUGINS.includes(s.plugin)) {
			problems.push({ path: at('plugin'), message: m.unknownPlugin(s.plugin.slice(0, 40), ALLOWED_PLUGINS.join('、')) });
		}
		if (s.guidance !== undefined) problems.push(...guidanceProblems(s.guidance, at('guidance')));
		// Slots given (even an empty list) must describe the skeleton's marks one to one.
		if (s.slots) {
			if (s.skeleton === undefined) problems.push({ path: at('slots'), message: m.slotsWithoutSkeleton });
			else problems.push(...slotProblems(s.skeleton, s.slots, (...k) => at('slots', ...k)));
		}
		s.skeletons?.forEach((sk, j) => problems.push(...slotProblems(sk.text, sk.slots, (...k) => at('skeletons', j, 'slots', ...k))));
	});
	return problems;
}
