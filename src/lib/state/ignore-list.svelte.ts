/**
 * 忽略此处 for one draft: the finding keys the writer marked as intended, loaded from and saved
 * to an injected store (the settings table in the app, a Map in tests).
 */
import type { IgnoreStore } from '$lib/checking/ignore';

export class IgnoreList {
	/** The ignored keys; replaced (never mutated) so readers re-run. */
	keys = $state.raw<ReadonlySet<string>>(new Set());
	/** Settles once the stored list is read (or found unreadable). */
	readonly ready: Promise<void>;
	readonly #store: IgnoreStore;
	readonly #draftId: string;

	constructor(store: IgnoreStore, draftId: string) {
		this.#store = store;
		this.#draftId = draftId;
		this.ready = draftId
			? store.load(draftId).then(
					(keys) => {
						// Keys ignored before the list arrived stay ignored.
						this.keys = new Set([...keys, ...this.keys]);
					},
					() => {
						// Unreadable settings: start with nothing ignored rather than block editing.
					}
				)
			: Promise.resolve();
	}

	has(key: string): boolean {
		return this.keys.has(key);
	}

	/** 忽略此处. */
	add(key: string): Promise<void> {
		if (this.keys.has(key)) return Promise.resolve();
		this.keys = new Set([...this.keys, key]);
		return this.#save();
	}

	/** 取消忽略. */
	remove(key: string): Promise<void> {
		if (!this.keys.has(key)) return Promise.resolve();
		const next = new Set(this.keys);
		next.delete(key);
		this.keys = next;
		return this.#save();
	}

	async #save(): Promise<void> {
		if (!this.#draftId) return;
		await this.ready;
		await this.#store.save(this.#draftId, [...this.keys]);
	}
}
