/**
 * What `check` and `export` read besides the report: a template pack (--pack), the report year
 * (--year), or a draft inside a backup file the app wrote (--draft ID|TITLE BACKUP.json), whose
 * own pack, year and ignore list then apply. Pure over bytes; the commands do the reading.
 */
import { parseBackupText } from '$lib/backup/parse';
import type { Backup } from '$lib/backup/schema';
import { builtinPacks } from '$lib/packs/builtins';
import { formatProblems, validatePackBytes, validatePackValue } from '$lib/packs/validate';
import type { TemplatePack } from '$lib/packs/types';
import { ignoreSettingKey, parseIgnoreList } from '$lib/checking/ignore';
import type { CheckedDraft, CheckedSection, CheckingContext, TextPlace } from '$lib/checking';
import type { SettingsStore } from '$lib/export/settings';
import { disabledChecksOf, normalizePreferences, PREFERENCES_KEY } from '$lib/preferences';
import { draftInputMessages as m } from './messages';

/** A draft ready to check, with everything that applies to it. */
export interface DraftInput {
	draft: CheckedDraft & { id: string };
	context: CheckingContext;
	ignore: ReadonlySet<string>;
	/** Where each section's body starts in the file it came from (plain files only). */
	bodyStarts?: ReadonlyMap<string, number>;
	/** Where each section's title starts in that file (plain files split by a pack only). */
	titleStarts?: ReadonlyMap<string, number>;
	/** The backup's settings rows, read-only (a draft from a backup: its export settings, 设置). */
	settings?: SettingsStore;
}

export type Result<T> = { ok: true; value: T; warnings: string[] } | { ok: false; errors: string[] };

/** A pack file, validated exactly as the app's import validates it. */
export function readPack(bytes: Uint8Array, file: string): Result<TemplatePack> {
	const r = validatePackBytes(bytes);
	if (!r.ok) return { ok: false, errors: [m.packRefused(file), ...formatProblems(r.problems).map((l) => `  ${l}`)] };
	return { ok: true, value: r.pack, warnings: [] };
}

/** `--year 2026`: a plausible year or an error. */
export function readYear(value: string): number | null {
	const n = Number(value);
	return /^\d{4}$/.test(value) && n >= 1900 && n <= 2999 ? n : null;
}

/** The pack a draft names: an installed one from the backup (it shadows a built-in), else a built-in. */
function packOf(backup: Backup, packId: string | null): TemplatePack | null | undefined {
	if (!packId) return null;
	const row = backup.packs.find((p) => p.id === packId);
	if (row) {
		const r = validatePackValue(row.pack);
		if (r.ok) return r.pack;
	}
	return builtinPacks().find((p) => p.id === packId);
}

/** A draft from a backup file's text, by id or by title (a title must name one draft). */
export function draftFromBackup(text: string, file: string, which: string): Result<DraftInput> {
	const parsed = parseBackupText(text);
	if (!parsed.ok) return { ok: false, errors: [m.backupRefused(file, parsed.error), ...parsed.details.map((d) => `  ${d}`)] };
	const backup = parsed.backup;
	const live = backup.drafts;
	let draft = live.find((d) => d.id === which);
	if (!draft) {
		const named = live.filter((d) => d.title.trim() === which.trim());
		if (named.length > 1) return { ok: false, errors: [m.draftAmbiguous(which, named.map((d) => d.id).join('、'))] };
		draft = named[0];
	}
	if (!draft) return { ok: false, errors: [m.draftNotFound(which, live.map((d) => `${d.title}（${d.id}）`).join('、'))] };
	const warnings: string[] = [];
	const pack = packOf(backup, draft.packId);
	if (pack === undefined) warnings.push(m.packMissing(draft.packId ?? ''));
	const setting = backup.settings.find((s) => s.key === ignoreSettingKey(draft.id));
	const disabled = disabledChecksOf(normalizePreferences(backup.settings.find((s) => s.key === PREFERENCES_KEY)?.value));
	return {
		ok: true,
		warnings,
		value: {
			draft: { id: draft.id, title: draft.title, sections: draft.sections.map((s) => ({ id: s.id, kind: s.kind, title: s.title, body: s.body })) },
			// The checks the writer turned off in 备份与设置 stay off here too.
			context: { pack: pack ?? null, year: draft.year, source: draft.source?.text ?? null, ...(disabled ? { disabled } : {}) },
			ignore: new Set(parseIgnoreList(setting?.value)),
			settings: {
				get: async (key) => structuredClone(backup.settings.find((s) => s.key === key)?.value),
				set: async () => {}
			}
		}
	};
}

const HEADING_DECOR = /^[\s#*]*(?:[一二三四五六七八九十]{1,3}[、．.]\s*)?|[\s*：:]*$/g;
/** Markdown heading and emphasis marks around a title line: not part of the title. */
const MARKDOWN_MARKS = /^[\s#*]*|[\s*]*$/g;

/**
 * A plain report file as a draft. Without a pack it is one free section (the built-in rules).
 * With a pack, a line that is a pack section's title (numbering and Markdown marks aside) starts
 * that section, so each part gets its plugin's rules and the pack section's slots. As in the app,
 * that line is the section's title (as written, 二、 included) and the body is what follows it, so
 * the numbering of titles is judged across the report (一、 二、 三、), not afresh in each body.
 */
export function draftFromText(text: string, context: CheckingContext): DraftInput {
	const sections: CheckedSection[] = [];
	const bodyStarts = new Map<string, number>();
	const titleStarts = new Map<string, number>();
	const packSections = context.pack?.sections ?? [];
	const byTitle = new Map(packSections.map((s) => [s.title.replace(HEADING_DECOR, ''), s]));
	let current = { kind: 'free', title: '', titleStart: -1, start: 0 };
	const close = (end: number) => {
		const id = `s${sections.length + 1}`;
		sections.push({ id, kind: current.kind, title: current.title, body: text.slice(current.start, end) });
		bodyStarts.set(id, current.start);
		if (current.titleStart >= 0) titleStarts.set(id, current.titleStart);
	};
	if (byTitle.size > 0) {
		for (let at = 0; at < text.length; ) {
			let nl = text.indexOf('\n', at);
			if (nl === -1) nl = text.length;
			const line = text.slice(at, nl);
			const match = byTitle.get(line.replace(HEADING_DECOR, ''));
			if (match && line.trim() !== '') {
				close(at);
				const title = line.replace(MARKDOWN_MARKS, '');
				current = { kind: match.plugin, title, titleStart: at + line.indexOf(title), start: Math.min(nl + 1, text.length) };
			}
			at = nl + 1;
		}
	}
	close(text.length);
	const keep = sections.filter((s, i) => i > 0 || s.body !== '' || sections.length === 1);
	return { draft: { id: 'file', title: '', sections: keep }, context, ignore: new Set(), bodyStarts, titleStarts };
}

/**
 * Where a text of a plain file's draft starts in the file: a section body or a section title;
 * null for a text that is not in the file (the draft title, the draft as a whole).
 */
export function fileStartOf(input: DraftInput, place: TextPlace): number | null {
	if (place.kind === 'body') return input.bodyStarts?.get(place.sectionId) ?? 0;
	if (place.kind === 'section-title') return input.titleStarts?.get(place.sectionId) ?? null;
	return null;
}
