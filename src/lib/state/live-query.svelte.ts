import { liveQuery } from 'dexie';

/**
 * A Dexie liveQuery as rune state: `current` updates whenever the tables it read change, in
 * this tab or another. Construct it during component setup (it uses $effect to subscribe and
 * unsubscribes when the component goes away); `deps` reruns the query when runes it reads change.
 */
export class LiveQuery<T> {
	current = $state<T | undefined>(undefined);
	error = $state<unknown>(null);
	loading = $state(true);

	constructor(querier: () => Promise<T> | T, deps?: () => unknown) {
		$effect(() => {
			deps?.();
			const sub = liveQuery(querier).subscribe({
				next: (value) => {
					this.current = value;
					this.error = null;
					this.loading = false;
				},
				error: (e: unknown) => {
					this.error = e;
					this.loading = false;
				}
			});
			return () => sub.unsubscribe();
		});
	}
}
