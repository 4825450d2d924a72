/**
 * The valibot schema of the current pack format. Limits live in ./limits.ts; the checks that
 * need more than a schema (known plugins, safe guidance, slot counts) are in ./semantic.ts.
 */
import * as v from 'valibot';
import { validationMessages as m } from '$lib/messages/packs';
import { CURRENT_SCHEMA_VERSION, PACK_TYPE } from './types';
import { LIMITS } from './limits';

const text = (max: number) => v.pipe(v.string(), v.maxLength(max, m.tooLong(max)));
const required = (max: number) => v.pipe(v.string(), v.trim(), v.nonEmpty(m.empty), v.maxLength(max, m.tooLong(max)));

export const ID_PATTERN = /^[a-z0-9][a-z0-9-]{1,63}$/;
export const SEMVER_PATTERN = /^(0|[1-9]\d{0,5})\.(0|[1-9]\d{0,5})\.(0|[1-9]\d{0,5})$/;
export const RULE_ID_PATTERN = /^[a-z0-9][a-z0-9\-/]{0,63}$/;

const severity = v.picklist(['error', 'warning', 'info'], m.severity);
const severityOrOff = v.picklist(['off', 'error', 'warning', 'info'], m.severity);

export const slotSchema = v.strictObject({
	name: v.pipe(v.string(), v.regex(new RegExp(`^[A-Za-z]\\w{0,${LIMITS.slotName - 1}}$`), m.generic)),
	label: required(LIMITS.slotLabel),
	kind: v.picklist(['number', 'percent', 'year', 'name', 'date', 'text'], m.slotKind),
	unit: text(LIMITS.slotUnit),
	hint: v.optional(text(LIMITS.slotHint))
});

export const phraseGroupSchema = v.strictObject({
	purpose: required(40),
	items: v.pipe(v.array(required(LIMITS.phrase)), v.minLength(1, m.tooFew(1)), v.maxLength(LIMITS.phrasesPerGroup, m.tooMany(LIMITS.phrasesPerGroup)))
});

export const packSkeletonSchema = v.strictObject({
	name: required(LIMITS.skeletonName),
	text: required(LIMITS.skeleton),
	slots: v.pipe(v.array(slotSchema), v.maxLength(LIMITS.slots, m.tooMany(LIMITS.slots)))
});

export const sectionSchema = v.strictObject({
	plugin: v.pipe(v.string(), v.nonEmpty(m.empty)),
	title: required(LIMITS.title),
	guidance: v.optional(text(LIMITS.guidance)),
	skeleton: v.optional(text(LIMITS.skeleton)),
	slots: v.optional(v.pipe(v.array(slotSchema), v.maxLength(LIMITS.slots, m.tooMany(LIMITS.slots)))),
	skeletons: v.optional(v.pipe(v.array(packSkeletonSchema), v.maxLength(LIMITS.skeletons, m.tooMany(LIMITS.skeletons)))),
	phrases: v.optional(v.pipe(v.array(phraseGroupSchema), v.maxLength(LIMITS.phraseGroups, m.tooMany(LIMITS.phraseGroups))))
});

const ruleSetting = v.union([
	severityOrOff,
	v.strictObject({
		severity: severityOrOff,
		options: v.optional(v.record(v.string(), v.unknown()))
	})
]);

const wordList = v.pipe(
	v.array(required(LIMITS.checkItem)),
	v.maxLength(LIMITS.checkItems, m.tooMany(LIMITS.checkItems))
);

export const packSchema = v.strictObject({
	type: v.literal(PACK_TYPE, m.wrongType),
	schemaVersion: v.literal(CURRENT_SCHEMA_VERSION),
	id: v.pipe(v.string(), v.regex(ID_PATTERN, m.idFormat)),
	name: required(LIMITS.name),
	version: v.pipe(v.string(), v.regex(SEMVER_PATTERN, m.semver)),
	author: text(LIMITS.author),
	description: text(LIMITS.description),
	sections: v.pipe(v.array(sectionSchema), v.minLength(1, m.tooFew(1)), v.maxLength(LIMITS.sections, m.tooMany(LIMITS.sections))),
	rules: v.optional(
		v.pipe(
			v.record(v.pipe(v.string(), v.regex(RULE_ID_PATTERN, m.ruleIdFormat)), ruleSetting),
			v.check((r) => Object.keys(r).length <= LIMITS.rules, m.tooMany(LIMITS.rules))
		)
	),
	checks: v.optional(
		v.strictObject({
			forbiddenWords: v.optional(wordList),
			requiredPhrases: v.optional(wordList)
		})
	)
});

/** Severity values a rule setting may take (re-exported for the UI). */
export const SEVERITIES = severity.options;
