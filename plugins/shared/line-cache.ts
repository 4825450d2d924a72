/**
 * A per-line memo for document rules: what a rule reads from one line, keyed by the line's text.
 * The engine hands a re-check the untouched lines as the very same strings (`documentLines`), so
 * a lookup costs no hashing of new text; only the edited line is read again. Capped like the
 * engine's caches: when full it starts over rather than growing with every edit.
 */
const CAP = 4096;

export function lineMemo<T>(read: (line: string) => T): (line: string) => T {
	let memo = new Map<string, T>();
	return (line) => {
		const hit = memo.get(line);
		if (hit !== undefined || memo.has(line)) return hit as T;
		const value = read(line);
		if (memo.size >= CAP) memo = new Map();
		memo.set(line, value);
		return value;
	};
}
