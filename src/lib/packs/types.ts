/**
 * Template packs: data only, never code. A pack names the sections a report needs (each guided
 * and checked by a section plugin), may override the plugin's guidance, skeleton and phrases,
 * sets rule severities, and carries declarative extra checks.
 */
import type { RuleSetting } from '$lib/check/types';
import type { PhraseGroup, SlotDef } from '$plugins/api';

/** The envelope's `type`, which tells a pack apart from any other JSON. */
export const PACK_TYPE = 'gaojiang-template-pack';

/** The schema version this program writes; older ones are migrated on load. */
export const CURRENT_SCHEMA_VERSION = 2;

/** One named starting text of a pack section; each `____` in `text` is one slot of `slots`, in order. */
export interface PackSkeleton {
	/** Shown on the insert button, e.g. 经济指标. */
	name: string;
	text: string;
	slots: SlotDef[];
}

/** One section of a pack. Optional fields fall back to the plugin's own. */
export interface PackSection {
	/** A built-in plugin id (overview, achievements …) or `free`. */
	plugin: string;
	title: string;
	/** 写作要点 (Markdown) replacing the plugin's. */
	guidance?: string;
	/** A starting text; `____` marks a slot (the first format: one unnamed skeleton). */
	skeleton?: string;
	/** Slot definitions of `skeleton`, in order of appearance. */
	slots?: SlotDef[];
	/** Named starting texts, offered after `skeleton`; read both through `packSkeletons`. */
	skeletons?: PackSkeleton[];
	phrases?: PhraseGroup[];
}

/** Declarative extra checks, turned into rules by `packRules`. */
export interface PackChecks {
	forbiddenWords?: string[];
	requiredPhrases?: string[];
}

/** A template pack in the current schema version. */
export interface TemplatePack {
	type: typeof PACK_TYPE;
	schemaVersion: typeof CURRENT_SCHEMA_VERSION;
	/** Lower-case letters, digits and hyphens; identifies the pack across versions. */
	id: string;
	name: string;
	/** Semver `major.minor.patch`. */
	version: string;
	author: string;
	description: string;
	sections: PackSection[];
	rules?: Record<string, RuleSetting>;
	checks?: PackChecks;
}

/** One problem found in a pack, with the JSON path at fault (`$.sections[2].plugin`). */
export interface PackProblem {
	path: string;
	message: string;
}

/** The result of validating a pack file. */
export type PackValidation = { ok: true; pack: TemplatePack; migratedFrom?: number } | { ok: false; problems: PackProblem[] };
