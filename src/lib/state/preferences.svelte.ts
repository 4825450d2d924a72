/**
 * The writer's settings (备份与设置) as app state: read from the settings table and followed
 * there (a change on the settings page, in this tab or another, reaches open drafts at once),
 * written back as one row. What each setting means is src/lib/preferences.
 */
import { liveQuery } from 'dexie';
import { createDraft, getSetting, setSetting, yearFromTitle, type NewDraft } from '../db';

export { describeDbError } from '../db';
import type { Draft } from '../model';
import type { DisabledChecks } from '$lib/checking/types';
import { defaultPreferences, disabledChecksOf, newDraftYear, normalizePreferences, PREFERENCES_KEY, type Preferences } from '$lib/preferences';

/** The stored preferences now (defaults when none are stored or the row is damaged). */
export async function readPreferences(): Promise<Preferences> {
	try {
		return normalizePreferences(await getSetting<unknown>(PREFERENCES_KEY));
	} catch {
		return structuredClone(defaultPreferences);
	}
}

export class PreferencesState {
	current = $state.raw<Preferences>(defaultPreferences);
	/** The stored row has been read once. */
	loaded = $state(false);

	/** The checks turned off, as the draft checker takes them. */
	get disabledChecks(): DisabledChecks | undefined {
		return disabledChecksOf(this.current);
	}

	/** Follows the stored row until the returned function is called. */
	follow(): () => void {
		const sub = liveQuery(() => readPreferences()).subscribe({
			next: (prefs) => {
				this.current = prefs;
				this.loaded = true;
			},
			error: () => {
				this.loaded = true;
			}
		});
		return () => sub.unsubscribe();
	}

	/** Changes some settings and stores them (the row is checked by its schema on every read). */
	async update(patch: Partial<Omit<Preferences, 'version'>>): Promise<void> {
		const next = normalizePreferences({ ...(await readPreferences()), ...patch });
		this.current = next;
		await setSetting(PREFERENCES_KEY, next);
	}
}

/** The app's one preferences state (the settings are the app's, not a page's). */
export const preferences = new PreferencesState();

/** Creates a draft with the settings' defaults: a title without a year gets the default 年度. */
export async function createDraftWithDefaults(input: NewDraft): Promise<Draft> {
	const prefs = await readPreferences();
	const year = input.year ?? yearFromTitle(input.title.trim() || '');
	return createDraft({ ...input, year: newDraftYear(year, prefs) });
}
