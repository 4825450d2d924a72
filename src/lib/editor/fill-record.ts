/**
 * What 撤销填空 needs to outlive the page: per section the change that turns the filled text
 * back into the text before, and a fingerprint (length + hash) of both texts, so after a reload
 * the undo is offered only while the section still reads exactly as the fill left it. Kept per
 * draft in the settings table under `fill:<draftId>`; read back through a valibot schema, and
 * anything that does not fit reads as "nothing to undo". Pure.
 */
import * as v from 'valibot';
import { ChangeSet, type Text } from '@codemirror/state';

/** The settings key of a draft's last fill-in. */
export function fillSettingKey(draftId: string): string {
	return `fill:${draftId}`;
}

/** A text's fingerprint: its length and a 53-bit hash (cyrb53) of its UTF-16 units. */
export interface TextPrint {
	length: number;
	hash: number;
}

export function printOf(text: string): TextPrint {
	let h1 = 0xdeadbeef;
	let h2 = 0x41c6ce57;
	for (let i = 0; i < text.length; i++) {
		const c = text.charCodeAt(i);
		h1 = Math.imul(h1 ^ c, 2654435761);
		h2 = Math.imul(h2 ^ c, 1597334677);
	}
	h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
	h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
	return { length: text.length, hash: 4294967296 * (2097151 & h2) + (h1 >>> 0) };
}

export function samePrint(a: TextPrint, b: TextPrint): boolean {
	return a.length === b.length && a.hash === b.hash;
}

const LIMIT = { sections: 1_000, changeParts: 200_000, insert: 2_000_000 } as const;

const printSchema = v.object({
	length: v.pipe(v.number(), v.integer(), v.minValue(0)),
	hash: v.pipe(v.number(), v.integer(), v.minValue(0))
});

/** CodeMirror's ChangeSet JSON: retained lengths, and [deleted, ...inserted lines] pairs. */
const changeJson = v.pipe(
	v.array(v.union([v.pipe(v.number(), v.integer(), v.minValue(0)), v.array(v.union([v.pipe(v.number(), v.integer(), v.minValue(0)), v.pipe(v.string(), v.maxLength(LIMIT.insert))]))])),
	v.maxLength(LIMIT.changeParts)
);

/** Which title a fill changed: the draft's, or a section's. */
export type TitlePlace = { kind: 'title' } | { kind: 'section-title'; sectionId: string };

const titlePlaceSchema = v.variant('kind', [
	v.object({ kind: v.literal('title') }),
	v.object({ kind: v.literal('section-title'), sectionId: v.pipe(v.string(), v.minLength(1), v.maxLength(200)) })
]);

const titleText = v.pipe(v.string(), v.maxLength(1_000));

export const StoredFillSchema = v.object({
	version: v.literal(1),
	/** How many blanks the fill filled (for the message after undo). */
	count: v.pipe(v.number(), v.integer(), v.minValue(0)),
	sections: v.pipe(
		v.array(
			v.object({
				id: v.pipe(v.string(), v.minLength(1), v.maxLength(200)),
				before: printSchema,
				after: printSchema,
				/** Turns the text as filled back into the text before. */
				undo: changeJson
			})
		),
		v.maxLength(LIMIT.sections)
	),
	/** Titles the fill changed, as they were before and after (titles are short: kept whole). */
	titles: v.optional(v.pipe(v.array(v.object({ place: titlePlaceSchema, before: titleText, after: titleText })), v.maxLength(LIMIT.sections + 1)))
});

export type StoredFill = v.InferOutput<typeof StoredFillSchema>;

/** A stored value read defensively: null unless it is a well-formed record. */
export function parseStoredFill(value: unknown): StoredFill | null {
	const r = v.safeParse(StoredFillSchema, value);
	if (!r.success) return null;
	for (const s of r.output.sections) {
		const undo = undoChange(s);
		if (!undo || undo.length !== s.after.length || undo.newLength !== s.before.length) return null;
	}
	return r.output;
}

/** The section's undo change, or null when its JSON is not a change set. */
export function undoChange(section: StoredFill['sections'][number]): ChangeSet | null {
	try {
		return ChangeSet.fromJSON(section.undo);
	} catch {
		return null;
	}
}

/** One section's part of a fill: the texts before and after, and the change back. */
export interface FilledSection {
	id: string;
	before: Text;
	after: Text;
	undo: ChangeSet;
}

/** A title the fill changed. */
export interface FilledTitle {
	place: TitlePlace;
	before: string;
	after: string;
}

export function storeFill(sections: readonly FilledSection[], count: number, titles: readonly FilledTitle[] = []): StoredFill {
	return {
		version: 1,
		count,
		...(titles.length ? { titles: titles.map((t) => ({ ...t, place: { ...t.place } })) } : {}),
		sections: sections.map((s) => ({
			id: s.id,
			before: printOf(s.before.toString()),
			after: printOf(s.after.toString()),
			undo: s.undo.toJSON() as StoredFill['sections'][number]['undo']
		}))
	};
}

/** Where a draft's last fill is kept; the settings table in the app, a Map in tests. */
export interface FillStore {
	load(draftId: string): Promise<StoredFill | null>;
	save(draftId: string, fill: StoredFill): Promise<void>;
}

export function memoryFillStore(): FillStore {
	const data = new Map<string, unknown>();
	return {
		async load(draftId) {
			return parseStoredFill(data.get(fillSettingKey(draftId)));
		},
		async save(draftId, fill) {
			data.set(fillSettingKey(draftId), structuredClone(fill));
		}
	};
}
