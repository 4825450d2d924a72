import type { Draft, Section } from '../model';
import {
	getDraft,
	saveDraft,
	insertDraftCopy,
	putBackDraft,
	snapshot,
	listSnapshots,
	restoreSnapshot as restoreSnapshotInDb,
	onDraftChange,
	describeDbError,
	isQuotaError,
	needsReopen,
	reopenDatabase,
	newId,
	type DraftChange,
	type RestoreOptions,
	type SnapshotReason,
	nextRevision
} from '../db';
import { mergeDrafts } from './merge';
import { writeRescue, readRescue, clearRescue, sameContent, latestRescue, contentDigest, continuedRevision, type PendingSave } from './rescue';
import { writeJournal, readJournal, clearJournal, prepareJournal } from './journal';
import { hhmm } from './time';
import { retryDelay } from './retry';
import { conflictCopyTitle, sectionDefaults } from '../messages/app';

/** What the save indicator shows. */
export type SaveStatus =
	| { kind: 'idle' }
	| { kind: 'pending' }
	| { kind: 'saving' }
	| { kind: 'saved'; at: number }
	| { kind: 'error'; message: string; quota: boolean };

/** Something the writer must be told about (shown as a banner). */
export type SessionNotice =
	| { kind: 'conflict-copy'; originalId: string; originalTitle: string; copyId: string; copyTitle: string }
	| { kind: 'merged' }
	| { kind: 'reloaded' }
	| { kind: 'deleted-elsewhere' };

export interface SessionOptions {
	/** Quiet time after the last keystroke before saving. */
	debounceMs?: number;
	/** Longest a change waits while the writer keeps typing (so a crash loses < this). */
	maxWaitMs?: number;
	/** Minimum time between automatic history snapshots. */
	snapshotEveryMs?: number;
	/** Called before the first save (asks for persistent storage). */
	beforeFirstSave?: () => void | Promise<void>;
}

type Patch = Partial<Pick<Draft, 'title' | 'year' | 'packId' | 'sections' | 'source'>>;

/**
 * One open draft: the text in memory ($state), autosaved to IndexedDB with a compare-and-set
 * on the revision. Other tabs' saves arrive over BroadcastChannel: reloaded live when this tab
 * has no unsaved edits, merged when edits touch different fields, and otherwise kept both ways
 * (this tab's version becomes a 冲突副本 and the writer is told).
 */
export class DraftSession {
	draft = $state<Draft | null>(null);
	status = $state<SaveStatus>({ kind: 'idle' });
	notice = $state<SessionNotice | null>(null);
	/** Set when the draft could not be opened (not found, storage error). */
	loadError = $state<string | null>(null);
	/** True while there are edits not yet confirmed in the database. */
	dirty = $state(false);
	/**
	 * Edits a kill now could lose: neither their journal write nor a save holding them is
	 * confirmed yet (normally 0, or 1 for a moment after a key).
	 */
	unsafeEdits = $state(0);

	#base: Draft | null = null;
	#editSeq = 0;
	/** The latest edit known to be safe: in a committed journal write or a confirmed save. */
	#safeSeq = 0;
	/** The save in flight, for the journal's records (see PendingSave). */
	#pendingSave: PendingSave | null = null;
	#timer: ReturnType<typeof setTimeout> | null = null;
	#firstPendingAt = 0;
	#saving: Promise<void> | null = null;
	#recheck = false;
	#lastSnapshotAt = 0;
	#firstSaveDone = false;
	#rescued = false;
	#failures = 0;
	#unsubscribe: (() => void) | null = null;
	#detachLifecycle: (() => void) | null = null;
	readonly #opts: Required<Omit<SessionOptions, 'beforeFirstSave'>> & Pick<SessionOptions, 'beforeFirstSave'>;

	constructor(options: SessionOptions = {}) {
		this.#opts = {
			debounceMs: options.debounceMs ?? 250,
			maxWaitMs: options.maxWaitMs ?? 400,
			snapshotEveryMs: options.snapshotEveryMs ?? 5 * 60_000,
			beforeFirstSave: options.beforeFirstSave
		};
	}

	/** The last version known to be stored (what the next save compares against). */
	get baseRevision(): number {
		return this.#base?.revision ?? 0;
	}

	/** Loads a draft and starts listening to other tabs. */
	async open(id: string): Promise<void> {
		this.#unsubscribe?.();
		void prepareJournal();
		this.notice = null;
		this.status = { kind: 'idle' };
		try {
			const stored = await getDraft(id);
			if (!stored) {
				this.loadError = 'not-found';
				this.draft = null;
				return;
			}
			this.#setLoaded(stored);
			await this.#applyRescue(stored);
			const snaps = await listSnapshots(id);
			this.#lastSnapshotAt = snaps.find((s) => s.reason === 'auto')?.takenAt ?? 0;
			this.loadError = null;
		} catch (e) {
			this.loadError = describeDbError(e);
			return;
		}
		this.#unsubscribe = onDraftChange((c) => void this.#onChange(c));
	}

	/**
	 * The live draft as plain, independent data. `$state.snapshot` alone is not enough: outside
	 * the browser build (unit tests, SSR) it hands back the same object, which later edits mutate.
	 */
	#plain(): Draft {
		return structuredClone($state.snapshot(this.draft)) as Draft;
	}

	#setLoaded(stored: Draft): void {
		this.#base = structuredClone(stored);
		this.#assign(stored);
		this.dirty = false;
		this.#markSafe(this.#editSeq);
	}

	/** Edits up to `seq` are safe (journal committed, or saved). */
	#markSafe(seq: number): void {
		if (seq > this.#safeSeq) this.#safeSeq = seq;
		this.unsafeEdits = this.#editSeq - this.#safeSeq;
	}

	/** Writes the journal now; its commit makes this state safe. */
	#journal(): void {
		if (!this.draft || !this.#base) return;
		const seq = this.#editSeq;
		writeJournal(this.#base.revision, this.draft, this.#pendingSave, (ok) => {
			if (ok) this.#markSafe(seq);
		});
	}

	/**
	 * Makes the live draft equal to `next`, changing only what differs: an editor bound to a
	 * section whose text did not change sees nothing happen (cursor, undo and focus stay put).
	 */
	#assign(next: Draft): void {
		const cur = this.draft;
		if (!cur || cur.id !== next.id) {
			this.draft = structuredClone(next);
			return;
		}
		if (cur.title !== next.title) cur.title = next.title;
		if (cur.year !== next.year) cur.year = next.year;
		if (cur.packId !== next.packId) cur.packId = next.packId;
		if (cur.createdAt !== next.createdAt) cur.createdAt = next.createdAt;
		if (cur.updatedAt !== next.updatedAt) cur.updatedAt = next.updatedAt;
		if (cur.revision !== next.revision) cur.revision = next.revision;
		if (cur.deletedAt !== next.deletedAt) cur.deletedAt = next.deletedAt;
		// The 范文 an import kept (or its absence, after restoring an earlier version).
		if (next.source === undefined) {
			if (cur.source !== undefined) delete cur.source;
		} else if (cur.source?.text !== next.source.text || cur.source.fileName !== next.source.fileName || cur.source.importedAt !== next.source.importedAt) {
			cur.source = structuredClone(next.source);
		}
		const sameList =
			cur.sections.length === next.sections.length && cur.sections.every((s, i) => s.id === next.sections[i]!.id);
		if (!sameList) {
			cur.sections = structuredClone(next.sections);
			return;
		}
		next.sections.forEach((n, i) => {
			const c = cur.sections[i]!;
			if (c.title !== n.title) c.title = n.title;
			if (c.kind !== n.kind) c.kind = n.kind;
			if (c.body !== n.body) c.body = n.body;
		});
	}

	/** Flushes on pagehide / visibilitychange so leaving the page never drops the last words. */
	attachLifecycle(target: Window = window): () => void {
		const onHide = () => {
			this.#rescue();
			void this.flush();
		};
		const onVisibility = () => {
			if (target.document.visibilityState === 'hidden') onHide();
		};
		target.addEventListener('pagehide', onHide);
		target.document.addEventListener('visibilitychange', onVisibility);
		this.#detachLifecycle = () => {
			target.removeEventListener('pagehide', onHide);
			target.document.removeEventListener('visibilitychange', onVisibility);
		};
		return this.#detachLifecycle;
	}

	/** Keeps unsaved edits in localStorage synchronously, in case the flush cannot finish. */
	#rescue(): void {
		if (!this.dirty || !this.draft || !this.#base) return;
		writeRescue({ baseRevision: this.#base.revision, draft: this.#plain(), at: Date.now(), ...(this.#pendingSave ? { saving: this.#pendingSave } : {}) });
		this.#rescued = true;
	}

	/**
	 * Applies edits a closing page left in localStorage: as normal edits when the stored draft
	 * has not moved since, otherwise as a 冲突副本 so neither version is lost.
	 */
	async #applyRescue(stored: Draft): Promise<void> {
		const rescue = latestRescue(readRescue(stored.id), await readJournal(stored.id));
		if (!rescue) return;
		if (!sameContent(rescue.draft, stored)) {
			// Based on the stored revision, or typed on top of this stored save of the same page.
			if (continuedRevision(rescue, stored) === stored.revision && this.draft) {
				// Nothing is saved over a stored draft without a snapshot of it first.
				await snapshot(stored.id, 'before-replace', stored);
				this.draft.title = rescue.draft.title;
				this.draft.year = rescue.draft.year;
				this.draft.packId = rescue.draft.packId;
				this.draft.sections = rescue.draft.sections;
				this.#changed();
				await this.flush();
			} else {
				const copy = await insertDraftCopy(
					withSource({ ...rescue.draft, id: stored.id }, stored),
					conflictCopyTitle(rescue.draft.title, hhmm(rescue.at))
				);
				this.notice = { kind: 'conflict-copy', originalId: stored.id, originalTitle: stored.title, copyId: copy.id, copyTitle: copy.title };
			}
		}
		// Kept while the applied edits are not yet saved (a failing save wrote them there again).
		if (!this.dirty) {
			clearRescue(stored.id);
			clearJournal(stored.id);
		}
	}

	/** Saves what is pending and stops listening. */
	async close(): Promise<void> {
		await this.flush();
		this.#unsubscribe?.();
		this.#unsubscribe = null;
		this.#detachLifecycle?.();
		this.#detachLifecycle = null;
	}

	// ---- edits -------------------------------------------------------------------------------

	#section(id: string): Section | undefined {
		return this.draft?.sections.find((s) => s.id === id);
	}

	updateSectionBody(sectionId: string, body: string): void {
		const s = this.#section(sectionId);
		if (!s || s.body === body) return;
		s.body = body;
		this.#changed();
	}

	renameSection(sectionId: string, title: string): void {
		const s = this.#section(sectionId);
		if (!s || s.title === title) return;
		s.title = title;
		this.#changed();
	}

	/** Adds a section after `afterId` (or at the end); returns its id. */
	addSection(input: { kind?: string; title?: string; body?: string } = {}, afterId?: string): string | null {
		if (!this.draft) return null;
		const section: Section = {
			id: newId(),
			kind: input.kind ?? 'free',
			title: input.title ?? sectionDefaults.title,
			body: input.body ?? ''
		};
		const at = afterId ? this.draft.sections.findIndex((s) => s.id === afterId) : -1;
		if (at >= 0) this.draft.sections.splice(at + 1, 0, section);
		else this.draft.sections.push(section);
		this.#changed();
		return section.id;
	}

	/** Moves a section by `delta` places (−1 up, +1 down), clamped to the list. */
	moveSection(sectionId: string, delta: number): void {
		if (!this.draft) return;
		const list = this.draft.sections;
		const from = list.findIndex((s) => s.id === sectionId);
		if (from < 0) return;
		const to = Math.max(0, Math.min(list.length - 1, from + delta));
		if (to === from) return;
		const [moved] = list.splice(from, 1);
		list.splice(to, 0, moved!);
		this.#changed();
	}

	removeSection(sectionId: string): void {
		if (!this.draft) return;
		const at = this.draft.sections.findIndex((s) => s.id === sectionId);
		if (at < 0) return;
		this.draft.sections.splice(at, 1);
		this.#changed();
	}

	setTitle(title: string): void {
		if (!this.draft || this.draft.title === title) return;
		this.draft.title = title;
		this.#changed();
	}

	setYear(year: number | null): void {
		if (!this.draft || this.draft.year === year) return;
		this.draft.year = year;
		this.#changed();
	}

	/**
	 * Replaces content wholesale (fill-in, import, applying a pack). The stored state is
	 * snapshotted first, so the replacement can be undone from the history.
	 */
	async replaceContent(patch: Patch, reason: SnapshotReason = 'before-replace'): Promise<void> {
		if (!this.draft) return;
		await this.flush();
		await snapshot(this.draft.id, reason, this.#plain());
		const next = structuredClone(patch);
		if (next.title !== undefined) this.draft.title = next.title;
		if (next.year !== undefined) this.draft.year = next.year;
		if (next.packId !== undefined) this.draft.packId = next.packId;
		if (next.sections !== undefined) this.draft.sections = next.sections;
		if (next.source !== undefined) this.draft.source = next.source;
		this.#changed();
		await this.flush();
	}

	/**
	 * Restores a history snapshot (the current state is snapshotted first) and shows it; the
	 * current title stays unless `title: 'snapshot'`.
	 */
	async restoreSnapshot(snapshotId: string, options: RestoreOptions = {}): Promise<void> {
		await this.flush();
		const restored = await restoreSnapshotInDb(snapshotId, options);
		if (this.draft && restored.id === this.draft.id) this.#setLoaded(restored);
	}

	/** Takes a snapshot now (the 保存当前版本 button; also before removing a section). */
	async takeSnapshot(reason: SnapshotReason = 'manual'): Promise<void> {
		if (!this.draft) return;
		await this.flush();
		await snapshot(this.draft.id, reason, this.#plain());
	}

	// ---- saving ------------------------------------------------------------------------------

	#changed(): void {
		this.#editSeq++;
		this.dirty = true;
		// Only what changed is written (the live draft is read, not cloned): see journal.ts.
		this.#journal();
		this.unsafeEdits = this.#editSeq - this.#safeSeq;
		if (this.status.kind !== 'error') this.status = { kind: 'pending' };
		const now = Date.now();
		if (!this.#timer) this.#firstPendingAt = now;
		if (this.#timer) clearTimeout(this.#timer);
		// Debounce, but never hold a change longer than maxWait while the writer keeps typing.
		const wait = Math.max(0, Math.min(this.#opts.debounceMs, this.#firstPendingAt + this.#opts.maxWaitMs - now));
		this.#timer = setTimeout(() => {
			this.#timer = null;
			void this.flush();
		}, wait);
	}

	/** Saves everything pending now; resolves when it is confirmed in the database (or failed). */
	async flush(): Promise<void> {
		if (this.#timer) {
			clearTimeout(this.#timer);
			this.#timer = null;
		}
		while (this.#saving) await this.#saving;
		if (!this.dirty || !this.draft || !this.#base) return;
		this.#saving = this.#saveOnce().finally(() => {
			this.#saving = null;
		});
		await this.#saving;
		if (this.#recheck) {
			this.#recheck = false;
			await this.#checkStored();
		}
	}

	async #saveOnce(): Promise<void> {
		const draft = this.draft;
		const base = this.#base;
		if (!draft || !base) return;
		const seq = this.#editSeq;
		const mine = this.#plain();
		this.status = { kind: 'saving' };
		try {
			if (!this.#firstSaveDone) {
				this.#firstSaveDone = true;
				// Not awaited: the permission prompt may never settle while the page is closing,
				// and the save must not wait for it.
				void Promise.resolve()
					.then(() => this.#opts.beforeFirstSave?.())
					.catch(() => {});
			}
			this.#pendingSave = { revision: nextRevision(base.revision), digest: contentDigest(mine) };
			const result = await saveDraft(mine, base.revision).finally(() => {
				this.#pendingSave = null;
			});
			if (result.ok) {
				this.#afterSaved(result.draft, seq);
			} else {
				await this.#resolveConflict(base, mine, result.current, seq);
			}
		} catch (e) {
			// The text stays in memory and stays dirty, and goes to the rescue copy at once; the
			// next edit, 重试 or the backoff timer tries again.
			this.status = { kind: 'error', message: describeDbError(e), quota: isQuotaError(e) };
			this.#rescue();
			this.#retryLater(needsReopen(e));
		}
	}

	#retryLater(reopen: boolean): void {
		if (this.#timer) return;
		this.#timer = setTimeout(() => {
			this.#timer = null;
			// A fresh connection first when the old one may be broken for good (see reopenDatabase).
			void (reopen ? reopenDatabase().catch(() => {}) : Promise.resolve()).then(() => this.flush());
		}, retryDelay(this.#failures++));
	}

	#afterSaved(saved: Draft, seq: number): void {
		this.#failures = 0;
		this.#base = structuredClone(saved);
		if (this.draft && this.draft.id === saved.id) {
			this.draft.revision = saved.revision;
			this.draft.updatedAt = saved.updatedAt;
		}
		this.#markSafe(seq);
		if (seq === this.#editSeq) {
			this.dirty = false;
			clearJournal(saved.id);
			if (this.#rescued) {
				this.#rescued = false;
				clearRescue(saved.id);
			}
		} else {
			// Edits typed during the save are journaled on the old base: journal them on the new
			// one now rather than at the next key (a kill meanwhile would set them aside).
			this.#journal();
		}
		this.status = { kind: 'saved', at: saved.updatedAt };
		void this.#maybeAutoSnapshot(saved);
	}

	async #maybeAutoSnapshot(saved: Draft): Promise<void> {
		const now = Date.now();
		if (now - this.#lastSnapshotAt < this.#opts.snapshotEveryMs) return;
		this.#lastSnapshotAt = now;
		try {
			await snapshot(saved.id, 'auto', saved);
		} catch {
			// History is a convenience; a failed snapshot must not mark the save as failed.
		}
	}

	async #resolveConflict(base: Draft, mine: Draft, current: Draft | null, seq: number): Promise<void> {
		if (current) {
			const merged = mergeDrafts(base, mine, current);
			if (merged.ok) {
				const result = await saveDraft(merged.draft, current.revision);
				if (result.ok) {
					this.#rebaseLive(base, mine, result.draft, seq);
					this.notice = { kind: 'merged' };
					return;
				}
				// Someone saved again in between: the next round tries again from the same base, so
				// its save meets that newer version and merges with it. (Taking the newer version as
				// the base without its text would let the next save write over it: a lost keystroke.)
				this.#changed();
				return;
			}
		}
		await this.#keepBoth(current);
	}

	/**
	 * After a merge: the live draft becomes the merged version plus anything typed meanwhile.
	 * When what was typed meanwhile clashes with the other tab's words, the base stays `base`
	 * (the live draft does not hold the merged text): the next save meets the merged version and
	 * keeps both, instead of writing over it.
	 */
	#rebaseLive(base: Draft, sent: Draft, saved: Draft, seq: number): void {
		if (!this.draft) return;
		if (seq === this.#editSeq) {
			this.#base = structuredClone(saved);
			this.#assign(saved);
			this.dirty = false;
			this.status = { kind: 'saved', at: saved.updatedAt };
			return;
		}
		const live = this.#plain();
		const again = mergeDrafts(sent, live, saved);
		if (again.ok) {
			this.#base = structuredClone(saved);
			this.#assign(again.draft);
		} else {
			this.#base = base;
		}
		this.#changed();
	}

	/**
	 * A real conflict: the stored version stays and this tab shows it; this tab's version is
	 * saved as a 冲突副本 (fresh section ids, so no two drafts share them) and the writer is told.
	 * The tab never switches drafts under the writer's cursor: the switch is in place.
	 */
	async #keepBoth(current: Draft | null): Promise<void> {
		if (!this.draft) return;
		const live = this.#plain();
		const oldBase = this.#base;
		if (!current) {
			// Destroyed in another tab: put this tab's version back under its own id.
			const back = await putBackDraft(live);
			this.#base = structuredClone(back);
			this.#assign(back);
			this.dirty = false;
			this.status = { kind: 'saved', at: back.updatedAt };
			this.notice = { kind: 'deleted-elsewhere' };
			return;
		}
		// Show the stored version at once (synchronously), so keystrokes from here on apply to it.
		this.#base = structuredClone(current);
		this.#assign(current);
		this.dirty = false;
		this.status = { kind: 'saved', at: current.updatedAt };
		try {
			const copy = await insertDraftCopy(live, conflictCopyTitle(live.title, hhmm(Date.now())));
			this.notice = {
				kind: 'conflict-copy',
				originalId: current.id,
				originalTitle: current.title,
				copyId: copy.id,
				copyTitle: copy.title
			};
		} catch (e) {
			// The copy could not be stored: bring this tab's words back and keep them unsaved.
			this.#base = oldBase;
			this.#assign(live);
			this.dirty = true;
			this.status = { kind: 'error', message: describeDbError(e), quota: isQuotaError(e) };
		}
	}

	// ---- other tabs --------------------------------------------------------------------------

	async #onChange(c: DraftChange): Promise<void> {
		if (!this.draft || c.draftId !== this.draft.id) return;
		// Equality, not order: a revision re-based above its bound (revision.ts) starts again at 1.
		if (c.revision !== null && c.revision === this.baseRevision) return;
		if (this.#saving) {
			// Our own save is in flight; look again once it settles.
			this.#recheck = true;
			return;
		}
		await this.#checkStored();
	}

	/** Compares the stored revision with ours: reload when clean, save (→ merge) when dirty. */
	async #checkStored(): Promise<void> {
		if (!this.draft) return;
		const stored = await getDraft(this.draft.id);
		if (!stored) {
			if (!this.dirty) this.notice = { kind: 'deleted-elsewhere' };
			return;
		}
		if (stored.revision === this.baseRevision) return;
		if (this.dirty || this.#saving) {
			await this.flush();
		} else {
			this.#setLoaded(stored);
			this.notice = { kind: 'reloaded' };
		}
	}

	dismissNotice(): void {
		this.notice = null;
	}
}

/** The journal leaves out the 范文 (typing never changes it): the stored draft's is the one. */
function withSource(draft: Draft, stored: Draft): Draft {
	const source = draft.source ?? stored.source;
	return source ? { ...draft, source } : draft;
}
