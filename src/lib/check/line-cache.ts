/**
 * A cache by line text for the document rules, which read every line at every keystroke: two
 * generations, the newest taking what is set and what is read from the older one. When the
 * newest is full it becomes the older one and the oldest is dropped, so the lines still in the
 * text stay cached (read once more, they move up) and the lines of old keystrokes go, instead
 * of the whole cache being cleared at once and every line read again in one keystroke.
 */
export class LineCache<K, V> {
	private now = new Map<K, V>();
	private old = new Map<K, V>();
	constructor(private readonly max = 8192) {}

	get(key: K): V | undefined {
		const v = this.now.get(key);
		if (v !== undefined) return v;
		const was = this.old.get(key);
		if (was !== undefined) this.set(key, was);
		return was;
	}

	set(key: K, value: V): void {
		if (this.now.size >= this.max) {
			this.old = this.now;
			this.now = new Map();
		}
		this.now.set(key, value);
	}
}
