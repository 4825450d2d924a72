/**
 * The section-plugin API (version PLUGIN_API_VERSION).
 *
 * A section plugin guides and checks one kind of report section (概述, 主要成绩 …). It is plain
 * data plus checker rules, so the same plugin runs in the browser and in the command line:
 *
 * - `meta`       — id (matches a `SectionKind`), Chinese name, the plugin's own version and the
 *                  API version it was written against;
 * - `guidance`   — 写作要点 as Markdown; the app renders it through marked + DOMPurify only;
 * - `skeletons`  — starting texts. Every place a figure or name belongs is written as the slot
 *                  mark `____` (four underscores), the way template sites leave blanks, so the
 *                  general checker and the plugin's own `unfilled-slot` rule flag it until it is
 *                  filled. `slots` lists those marks in order of appearance with a label, a kind
 *                  and a unit, for the fill-in form;
 * - `phrases`    — a phrase bank grouped by purpose;
 * - `rules`      — checks of its own, written with the checker's `Rule` type (src/lib/check/types.ts);
 * - `print`      — how export prints the section: `titled` (its title as a 一、 heading, the
 *                  default), `untitled` (the body only) or `signature` (the body is the 落款:
 *                  发文机关署名 and 成文日期, no title). The writer can still choose per section,
 *                  in the export settings, to print a titled section without its title.
 *
 * Finding slots again after the writer has edited the text:
 * `findSlots(kind, text, extra?)` (exported from `$plugins`) returns every slot mark left in
 * `text` with its offsets and the best-matching slot definition, found by comparing the text
 * around each mark with the skeleton text around each slot (a pack section's own skeleton can be
 * passed as `extra`, `{text, slots}`); see `SlotMatch`.
 *
 * The general checker may flag the same slot mark too; `mergeSlotFindings(findings)` keeps one
 * finding per span, and `labelSlotFindings(findings, findSlots(...))` gives each blank on a slot
 * the skeleton's label, unit and kind (the draft checker in src/lib/checking does both).
 */
import type { Rule } from '$lib/check/types';

/** The API version this file describes. A plugin whose `apiVersion` differs is refused. */
export const PLUGIN_API_VERSION = 1;

/** The mark a skeleton leaves where a value belongs. */
export const SLOT_MARK = '____';

/** What kind of value a slot asks for. */
export type SlotKind = 'number' | 'percent' | 'year' | 'name' | 'date' | 'text';

/** One place in a skeleton where the writer must put a figure, a name or a date. */
export interface SlotDef {
	/** Stable machine name within the skeleton, e.g. `output`. */
	name: string;
	/** What the value is, in Chinese, e.g. 工业总产值. */
	label: string;
	kind: SlotKind;
	/** The unit written after the value, e.g. 亿元, %; empty when none. */
	unit: string;
	/** The value this place held in the report the skeleton was made from (上年：35.2 亿元),
	 *  carried to the blank's `hint`; absent for hand-written skeletons. */
	hint?: string;
}

/** A starting text for a section, with its slots in order of appearance. */
export interface Skeleton {
	id: string;
	/** Chinese name shown on the insert button. */
	name: string;
	/** The text inserted; each `____` is one slot, matched to `slots` by order. */
	text: string;
	slots: SlotDef[];
}

/** A group of ready phrases with the purpose they serve (开头, 过渡, 收尾 …). */
export interface PhraseGroup {
	purpose: string;
	items: string[];
}

/** Static description of a plugin. */
export interface PluginMeta {
	/** Equals the section kind it serves, e.g. `achievements`. */
	id: string;
	/** Chinese name, e.g. 主要成绩. */
	name: string;
	/** The plugin's own semver. */
	version: string;
	/** The plugin API version it implements (PLUGIN_API_VERSION). */
	apiVersion: number;
}

/** How a section prints in the exported document. */
export type SectionPrint = 'titled' | 'untitled' | 'signature';

/** A section plugin: data plus rules, never UI. */
export interface SectionPlugin {
	meta: PluginMeta;
	/** 写作要点, Markdown. */
	guidance: string;
	skeletons: Skeleton[];
	phrases: PhraseGroup[];
	rules: Rule[];
	/** How export prints the section; `titled` when absent. */
	print?: SectionPrint;
}

/** One slot mark found in a text, with the definition it most likely belongs to. */
export interface SlotMatch {
	/** UTF-16 offsets of the mark (end exclusive). */
	from: number;
	to: number;
	/** The matched definition; a generic text slot when nothing matched. */
	slot: SlotDef;
}
