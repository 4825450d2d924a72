/**
 * A template pack as a form edits it, and back. The form keeps what a writer types (phrase
 * lists and word lists as lines of text, rule settings always with their options), so typing
 * never loses a half-written line; `toPack` turns it into the pack the validator judges. Every
 * part keeps its index, so a problem's JSON path (`$.sections[1].slots[0].label`) names the
 * form field it belongs to. Pure.
 */
import type { Severity } from '$lib/check/types';
import { getPlugin, SLOT_MARK, type SlotDef, type SlotKind } from '$plugins';
import { slotMarks } from '$plugins/shared/find-slots';
import { CURRENT_SCHEMA_VERSION, PACK_TYPE, type PackSection, type TemplatePack } from './types';

/** A phrase group with its items as lines. */
export interface FormPhraseGroup {
	purpose: string;
	lines: string;
}

/** A skeleton's text and its slots, in order of appearance. */
export interface FormSkeleton {
	text: string;
	slots: SlotDef[];
}

/** A named skeleton (the `skeletons` list). */
export interface FormNamedSkeleton extends FormSkeleton {
	key: number;
	name: string;
}

export interface FormSection {
	/** Stable across reorders, for the form's keyed lists. */
	key: number;
	plugin: string;
	title: string;
	guidance: string;
	/** The section's own `skeleton` and `slots`. */
	main: FormSkeleton;
	skeletons: FormNamedSkeleton[];
	phrases: FormPhraseGroup[];
}

export interface FormRule {
	id: string;
	severity: Severity | 'off';
	/** The rule's options; null when the pack gives none. */
	options: Record<string, unknown> | null;
}

export interface PackForm {
	id: string;
	name: string;
	version: string;
	author: string;
	description: string;
	sections: FormSection[];
	rules: FormRule[];
	forbiddenWords: string;
	requiredPhrases: string;
}

let nextKey = 1;
/** A key for a new form section. */
export function sectionKey(): number {
	return nextKey++;
}

/** A deep copy of JSON data; unlike structuredClone it also copies a reactive proxy. */
const plainCopy = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

const lines = (text: string) => text.split('\n').map((l) => l.trim()).filter((l) => l !== '');

/** A new, empty section of a plugin kind. */
export function emptySection(plugin: string, title = ''): FormSection {
	return { key: sectionKey(), plugin, title, guidance: '', main: { text: '', slots: [] }, skeletons: [], phrases: [] };
}

/** A pack to start from scratch: one section, no title yet. */
export function blankForm(id: string): PackForm {
	return { id, name: '', version: '1.0.0', author: '', description: '', sections: [emptySection('overview')], rules: [], forbiddenWords: '', requiredPhrases: '' };
}

export function formFromPack(pack: TemplatePack): PackForm {
	return {
		id: pack.id,
		name: pack.name,
		version: pack.version,
		author: pack.author,
		description: pack.description,
		sections: pack.sections.map((s) => ({
			key: sectionKey(),
			plugin: s.plugin,
			title: s.title,
			guidance: s.guidance ?? '',
			main: { text: s.skeleton ?? '', slots: (s.slots ?? []).map((x) => ({ ...x })) },
			skeletons: (s.skeletons ?? []).map((k) => ({ key: sectionKey(), name: k.name, text: k.text, slots: k.slots.map((x) => ({ ...x })) })),
			phrases: (s.phrases ?? []).map((g) => ({ purpose: g.purpose, lines: g.items.join('\n') }))
		})),
		rules: Object.entries(pack.rules ?? {}).map(([id, setting]) =>
			typeof setting === 'string' ? { id, severity: setting, options: null } : { id, severity: setting.severity, options: setting.options ? plainCopy(setting.options) : null }
		),
		forbiddenWords: (pack.checks?.forbiddenWords ?? []).join('\n'),
		requiredPhrases: (pack.checks?.requiredPhrases ?? []).join('\n')
	};
}

/** The pack the form says: empty optional fields left out, lines split into lists. */
export function packFromForm(form: PackForm): TemplatePack {
	const pack: TemplatePack = {
		type: PACK_TYPE,
		schemaVersion: CURRENT_SCHEMA_VERSION,
		id: form.id.trim(),
		name: form.name,
		version: form.version.trim(),
		author: form.author,
		description: form.description,
		sections: form.sections.map((s) => {
			const out: PackSection = { plugin: s.plugin, title: s.title };
			if (s.guidance.trim() !== '') out.guidance = s.guidance;
			if (s.main.text !== '') out.skeleton = s.main.text;
			if (s.main.text !== '' || s.main.slots.length > 0) out.slots = s.main.slots.map(withoutEmptyHint);
			if (s.skeletons.length > 0) out.skeletons = s.skeletons.map((k) => ({ name: k.name, text: k.text, slots: k.slots.map(withoutEmptyHint) }));
			if (s.phrases.length > 0) out.phrases = s.phrases.map((g) => ({ purpose: g.purpose, items: lines(g.lines) }));
			return out;
		})
	};
	if (form.rules.length > 0) {
		pack.rules = Object.fromEntries(form.rules.map((r) => [r.id, r.options === null ? r.severity : { severity: r.severity, options: plainCopy(r.options) }]));
	}
	const forbidden = lines(form.forbiddenWords);
	const required = lines(form.requiredPhrases);
	if (forbidden.length > 0 || required.length > 0) {
		pack.checks = {};
		if (forbidden.length > 0) pack.checks.forbiddenWords = forbidden;
		if (required.length > 0) pack.checks.requiredPhrases = required;
	}
	return pack;
}

function withoutEmptyHint(slot: SlotDef): SlotDef {
	const out = { ...slot };
	if (!out.hint) delete out.hint;
	return out;
}

/** The unit a new slot of a kind starts with. */
const DEFAULT_UNIT: Record<SlotKind, string> = { number: '', percent: '%', year: '年', date: '', name: '', text: '' };

/**
 * Inserts a typed slot into a section's skeleton at `at`: the mark goes into the text and the
 * slot into the list at its place in order of appearance (marks before `at` come first).
 */
export function insertSlot(skeleton: FormSkeleton, at: number, kind: SlotKind, label: string): void {
	const pos = Math.max(0, Math.min(at, skeleton.text.length));
	const index = slotMarks(skeleton.text.slice(0, pos)).filter((m) => m.inner === null).length;
	const taken = new Set(skeleton.slots.map((s) => s.name));
	let n = skeleton.slots.length + 1;
	while (taken.has(`slot${n}`)) n++;
	skeleton.text = skeleton.text.slice(0, pos) + SLOT_MARK + skeleton.text.slice(pos);
	skeleton.slots.splice(index, 0, { name: `slot${n}`, label, kind, unit: DEFAULT_UNIT[kind] });
}

/** Removes a slot and its mark from the skeleton (the n-th underscore mark). */
export function removeSlot(skeleton: FormSkeleton, index: number): void {
	const mark = slotMarks(skeleton.text).filter((m) => m.inner === null)[index];
	if (mark) skeleton.text = skeleton.text.slice(0, mark.from) + skeleton.text.slice(mark.to);
	skeleton.slots.splice(index, 1);
}

/** A new, empty named skeleton. */
export function emptySkeleton(): FormNamedSkeleton {
	return { key: sectionKey(), name: '', text: '', slots: [] };
}

/** Moves an item of a list one place up (-1) or down (+1). */
export function move<T>(list: T[], index: number, by: -1 | 1): void {
	const to = index + by;
	if (to < 0 || to >= list.length) return;
	const [item] = list.splice(index, 1);
	list.splice(to, 0, item!);
}

/** The Chinese name of a section kind (主要成绩 …), or null for `free` and unknown ids. */
export function pluginName(id: string): string | null {
	return getPlugin(id)?.meta.name ?? null;
}
