/**
 * Older pack formats, and how they become the current one.
 *
 * schemaVersion 1 (the first shared format) had `kind`/`heading`/`tips`/`template` per section,
 * slots written inline as `[[label]]`, a flat phrase list, and `forbiddenWords` at the top.
 * Each migration step takes a value that passed its version's schema and returns the next one.
 */
import * as v from 'valibot';
import { validationMessages as m } from '$lib/messages/packs';
import { SLOT_MARK, type SlotDef } from '$plugins/api';
import { LIMITS } from './limits';
import { PACK_TYPE } from './types';

const text = (max: number) => v.pipe(v.string(), v.maxLength(max, m.tooLong(max)));

export const packV1Schema = v.strictObject({
	type: v.literal(PACK_TYPE, m.wrongType),
	schemaVersion: v.literal(1),
	id: v.string(),
	name: v.string(),
	version: v.string(),
	author: v.optional(text(LIMITS.author)),
	description: v.optional(text(LIMITS.description)),
	sections: v.pipe(
		v.array(
			v.strictObject({
				kind: v.string(),
				heading: v.string(),
				tips: v.optional(text(LIMITS.guidance)),
				template: v.optional(text(LIMITS.skeleton)),
				phrases: v.optional(v.pipe(v.array(text(LIMITS.phrase)), v.maxLength(LIMITS.phrasesPerGroup, m.tooMany(LIMITS.phrasesPerGroup))))
			})
		),
		v.maxLength(LIMITS.sections, m.tooMany(LIMITS.sections))
	),
	forbiddenWords: v.optional(v.pipe(v.array(v.string()), v.maxLength(LIMITS.checkItems, m.tooMany(LIMITS.checkItems))))
});

export type PackV1 = v.InferOutput<typeof packV1Schema>;

/** Turns `[[label]]` slots of a v1 template into `____` marks plus slot definitions. */
function convertTemplate(template: string): { skeleton: string; slots: SlotDef[] } {
	const slots: SlotDef[] = [];
	const skeleton = template.replace(/\[\[([^\[\]\n]{1,40})\]\]/g, (_m, label: string) => {
		const unitMatch = /^(.*?)[（(]([^）)]{1,6})[）)]$/.exec(label.trim());
		const clean = (unitMatch?.[1] ?? label).trim();
		const unit = unitMatch?.[2] ?? '';
		const kind: SlotDef['kind'] = unit === '%' ? 'percent' : unit === '年' ? 'year' : unit ? 'number' : 'text';
		slots.push({ name: `s${slots.length + 1}`, label: clean, kind, unit });
		return SLOT_MARK;
	});
	return { skeleton, slots };
}

/** v1 → v2. */
export function migrateV1(p: PackV1): Record<string, unknown> {
	return {
		type: PACK_TYPE,
		schemaVersion: 2,
		id: p.id,
		name: p.name,
		version: p.version,
		author: p.author ?? '',
		description: p.description ?? '',
		sections: p.sections.map((s) => {
			const out: Record<string, unknown> = { plugin: s.kind, title: s.heading };
			if (s.tips !== undefined) out.guidance = s.tips;
			if (s.template !== undefined) {
				const { skeleton, slots } = convertTemplate(s.template);
				out.skeleton = skeleton;
				if (slots.length > 0) out.slots = slots;
			}
			if (s.phrases && s.phrases.length > 0) out.phrases = [{ purpose: '常用表述', items: s.phrases }];
			return out;
		}),
		...(p.forbiddenWords && p.forbiddenWords.length > 0 ? { checks: { forbiddenWords: p.forbiddenWords } } : {})
	};
}
