/**
 * When to re-check a section after an edit: soon (so blanks are flagged as the writer types), but
 * never while an input-method composition is active — dispatching new decorations into a
 * composition can break it — and only once per burst of edits.
 */

/**
 * Where the scheduler is: `idle` (nothing to check), `pending` (a check waits for its debounce),
 * `held` (a check is due but an IME composition keeps it back until the composition ends).
 */
export type CheckState = 'idle' | 'pending' | 'held';

export interface CheckSchedulerOptions {
	/** Runs the check; returns how long it took (ms) so slow documents get a longer debounce. */
	run: () => number;
	/** True while an IME composition is active (EditorView.composing). */
	isComposing: () => boolean;
	/** Debounce used while checks are quick (ms). */
	fastDelay?: number;
	/** Debounce used once a check took longer than `slowThreshold` (ms). */
	slowDelay?: number;
	slowThreshold?: number;
	/** Longest a change waits while edits keep coming (ms), so a fast typist still sees checks. */
	maxWait?: number;
	now?: () => number;
	/** Told each time the state changes (the editor shows it as data-check-state). */
	onState?: (state: CheckState) => void;
	setTimer?: (fn: () => void, ms: number) => unknown;
	clearTimer?: (handle: unknown) => void;
}

export class CheckScheduler {
	#opts: Required<CheckSchedulerOptions>;
	#timer: unknown = null;
	#pending = false;
	#lastDuration = 0;
	#firstRequestAt = -1;
	#state: CheckState = 'idle';

	constructor(options: CheckSchedulerOptions) {
		this.#opts = {
			fastDelay: 0,
			slowDelay: 150,
			slowThreshold: 12,
			maxWait: 400,
			now: () => Date.now(),
			onState: () => {},
			setTimer: (fn, ms) => setTimeout(fn, ms),
			clearTimer: (h) => clearTimeout(h as ReturnType<typeof setTimeout>),
			...options
		};
	}

	/** True when a check is waiting (for its debounce or for a composition to end). */
	get pending(): boolean {
		return this.#pending;
	}

	/** Idle, pending, or held back by a composition. */
	get state(): CheckState {
		return this.#state;
	}

	/** The text changed: check again when the debounce has passed and no composition is active. */
	request(): void {
		if (!this.#pending) this.#firstRequestAt = this.#opts.now();
		this.#pending = true;
		this.#setState('pending');
		this.#arm();
	}

	/** A composition ended: run a check that was held back. */
	compositionEnded(): void {
		if (!this.#pending) return;
		this.#setState('pending');
		this.#arm();
	}

	/** Runs a pending check now (e.g. before fill-in reads the findings), unless composing. */
	flush(): void {
		if (!this.#pending || this.#opts.isComposing()) return;
		this.#clear();
		this.#fire();
	}

	dispose(): void {
		this.#clear();
		this.#pending = false;
		this.#setState('idle');
	}

	#setState(state: CheckState): void {
		if (this.#state === state) return;
		this.#state = state;
		this.#opts.onState(state);
	}

	#arm(): void {
		this.#clear();
		const debounce = this.#lastDuration > this.#opts.slowThreshold ? this.#opts.slowDelay : this.#opts.fastDelay;
		const waited = this.#opts.now() - this.#firstRequestAt;
		const delay = Math.max(0, Math.min(debounce, this.#opts.maxWait - waited));
		const fire = () => {
			this.#timer = null;
			// Still composing: look again later (compositionend also re-arms at once), so no
			// decoration update ever lands inside a composition and none is lost after it.
			if (this.#opts.isComposing()) {
				this.#setState('held');
				this.#timer = this.#opts.setTimer(() => this.#arm(), this.#opts.slowDelay);
				return;
			}
			this.#fire();
		};
		if (delay > 0) {
			this.#timer = this.#opts.setTimer(fire, delay);
			return;
		}
		// No debounce: run before the browser paints, so the keystroke and its underline land in
		// the same frame. A token lets #clear cancel it.
		const token = { cancelled: false };
		this.#timer = token;
		queueMicrotask(() => {
			if (!token.cancelled) fire();
		});
	}

	#fire(): void {
		this.#pending = false;
		this.#setState('idle');
		this.#lastDuration = this.#opts.run();
	}

	#clear(): void {
		const t = this.#timer;
		if (t !== null && typeof t === 'object' && 'cancelled' in t) (t as { cancelled: boolean }).cancelled = true;
		else if (t !== null) this.#opts.clearTimer(t);
		this.#timer = null;
	}
}
