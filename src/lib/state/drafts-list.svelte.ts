import type { Draft } from '../model';
import { listDrafts } from '../db';
import { LiveQuery } from './live-query.svelte';
import { excerpt } from './text-stats';

/** One row of the drafts list, with a content excerpt when the search matched the body. */
export interface DraftRow {
	draft: Draft;
	match: string | null;
}

/**
 * The drafts list (or the trash): live from the database, filtered by a search over titles and
 * section text. Construct during component setup.
 */
export class DraftsList {
	search = $state('');
	readonly query: LiveQuery<Draft[]>;

	constructor(trashed = false) {
		this.query = new LiveQuery(() => listDrafts({ trashed }));
	}

	get loading(): boolean {
		return this.query.loading;
	}

	get all(): Draft[] {
		return this.query.current ?? [];
	}

	rows = $derived.by((): DraftRow[] => {
		const q = this.search.trim();
		const all = this.query.current ?? [];
		if (!q) return all.map((draft) => ({ draft, match: null }));
		const out: DraftRow[] = [];
		for (const draft of all) {
			if (draft.title.includes(q)) {
				out.push({ draft, match: null });
				continue;
			}
			for (const s of draft.sections) {
				const hit = excerpt(s.body, q) ?? (s.title.includes(q) ? s.title : null);
				if (hit) {
					out.push({ draft, match: hit });
					break;
				}
			}
		}
		return out;
	});
}
