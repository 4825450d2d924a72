/**
 * The registry of built-in section plugins. Everything the app and the command line need from
 * plugins goes through here; see ./api.ts for the plugin API.
 */
import type { Rule } from '$lib/check/types';
import type { SectionPlugin, SectionPrint, Skeleton, SlotMatch } from './api';
import { PLUGIN_API_VERSION } from './api';
import { achievements } from './achievements';
import { integrity } from './integrity';
import { overview } from './overview';
import { plan } from './plan';
import { problems } from './problems';
import { signature } from './signature';
import { anchorSlots, matchSlots } from './shared/find-slots';
import { unfilledSlotRule } from './shared/unfilled-slot';

export type { SectionPlugin, SectionPrint, Skeleton, SlotDef, SlotKind, SlotMatch, PhraseGroup, PluginMeta } from './api';
export { PLUGIN_API_VERSION, SLOT_MARK } from './api';
export { fillSlots } from './shared/skeleton';
export { UNFILLED_SLOT_RULE_ID } from './shared/unfilled-slot';
export { mergeSlotFindings, labelSlotFindings } from './shared/merge-findings';

/** Built-in plugins in the order a report usually has them. */
export const plugins: readonly SectionPlugin[] = [overview, achievements, problems, plan, integrity, signature];

for (const p of plugins) {
	// A plugin written against another API version must not load silently.
	if (p.meta.apiVersion !== PLUGIN_API_VERSION) throw new Error(`plugin ${p.meta.id}: apiVersion ${p.meta.apiVersion}`);
}

const byId = new Map(plugins.map((p) => [p.meta.id, p]));

/** Ids of the built-in plugins (a pack section's `plugin` must be one of these or `free`). */
export const pluginIds: readonly string[] = plugins.map((p) => p.meta.id);

/** The plugin for a section kind; undefined for `free` and unknown kinds. */
export function getPlugin(kind: string): SectionPlugin | undefined {
	return byId.get(kind);
}

/** How a section of this kind prints in export (the plugin's declaration; `titled` for `free`). */
export function sectionPrint(kind: string): SectionPrint {
	return getPlugin(kind)?.print ?? 'titled';
}

/**
 * The slot rule for a section without a plugin (`free`) that follows a pack section with
 * skeletons: it knows only the skeletons passed in its options.
 */
export const freeSlotRule: Rule = unfilledSlotRule([]);

/** The rules a section of this kind runs in addition to the general checker. */
export function pluginRules(kind: string): Rule[] {
	return getPlugin(kind)?.rules ?? [];
}

/** Every rule of every built-in plugin, once each (for settings screens and the CLI). */
export function allPluginRules(): Rule[] {
	const seen = new Map<string, Rule>();
	for (const p of plugins) for (const r of p.rules) if (!seen.has(r.meta.id)) seen.set(r.meta.id, r);
	return [...seen.values()];
}

/**
 * The slot marks left in a section's text, each with the slot definition it belongs to, for the
 * fill-in form. Definitions come from the plugin's skeletons plus `extra` (a pack section's own
 * skeleton, which takes precedence). A mark is matched to the slot whose skeleton text around
 * the mark agrees best with the text around it (so edits elsewhere do not confuse it); marks
 * nothing matches get a generic definition with a kind guessed from the unit after them.
 */
export function findSlots(
	kind: string,
	text: string,
	extra: readonly Pick<Skeleton, 'text' | 'slots'>[] = []
): SlotMatch[] {
	return matchSlots(text, anchorSlots([...extra, ...(getPlugin(kind)?.skeletons ?? [])]));
}
