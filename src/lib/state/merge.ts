import type { Draft, Section } from '../model';

/** The outcome of a three-way merge of two edits of one draft. */
export type MergeResult = { ok: true; draft: Draft } | { ok: false };

const CONFLICT = Symbol('conflict');

/** Three-way pick of one value: whichever side changed it, or a conflict if both did differently. */
function pick<T>(base: T, mine: T, theirs: T): T | typeof CONFLICT {
	if (mine === theirs) return mine;
	if (mine === base) return theirs;
	if (theirs === base) return mine;
	return CONFLICT;
}

function sameOrder(a: Section[], b: Section[]): boolean {
	return a.length === b.length && a.every((s, i) => s.id === b[i]!.id);
}

function sectionChanged(base: Section, other: Section): boolean {
	return base.title !== other.title || base.body !== other.body || base.kind !== other.kind;
}

/**
 * Merges `edited` into `structure`'s section list: `structure` decides which sections exist and
 * in what order (only one side may have changed the list), fields merge three-way.
 */
function mergeSections(base: Section[], structure: Section[], edited: Section[]): Section[] | null {
	const baseById = new Map(base.map((s) => [s.id, s]));
	const editedById = new Map(edited.map((s) => [s.id, s]));
	const structureIds = new Set(structure.map((s) => s.id));
	// A section the structure side removed but the other side edited would lose text.
	for (const e of edited) {
		const b = baseById.get(e.id);
		if (b && !structureIds.has(e.id) && sectionChanged(b, e)) return null;
	}
	const out: Section[] = [];
	for (const s of structure) {
		const b = baseById.get(s.id);
		const e = editedById.get(s.id);
		if (!b || !e) {
			out.push({ ...s });
			continue;
		}
		const title = pick(b.title, e.title, s.title);
		const body = pick(b.body, e.body, s.body);
		const kind = pick(b.kind, e.kind, s.kind);
		if (title === CONFLICT || body === CONFLICT || kind === CONFLICT) return null;
		out.push({ id: s.id, kind, title, body });
	}
	return out;
}

/**
 * Merges this tab's edits (`mine`) with a newer stored version (`theirs`), both descended from
 * `base`. Succeeds only when no field was changed differently on both sides, so nothing typed is
 * ever dropped; otherwise the caller keeps both versions.
 */
export function mergeDrafts(base: Draft, mine: Draft, theirs: Draft): MergeResult {
	const title = pick(base.title, mine.title, theirs.title);
	const year = pick(base.year, mine.year, theirs.year);
	const packId = pick(base.packId, mine.packId, theirs.packId);
	if (title === CONFLICT || year === CONFLICT || packId === CONFLICT) return { ok: false };
	let sections: Section[] | null;
	if (sameOrder(mine.sections, base.sections)) {
		sections = mergeSections(base.sections, theirs.sections, mine.sections);
	} else if (sameOrder(theirs.sections, base.sections)) {
		sections = mergeSections(base.sections, mine.sections, theirs.sections);
	} else {
		return { ok: false };
	}
	if (!sections) return { ok: false };
	return { ok: true, draft: { ...theirs, title, year, packId, sections } };
}
