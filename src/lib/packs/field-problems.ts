/**
 * Problems of a pack by the field they belong to, so a form shows each next to its field: the
 * JSON path of a problem (`$.sections[2].title`, from valibot's issue path or a semantic check)
 * is the field's address. A form asks for one field's problems, or for everything under a part
 * (a section, a rule) that no field of its own took.
 */
import { formatPath } from './path';
import type { PackProblem } from './types';

/** Problems indexed by path. */
export class FieldProblems {
	readonly #byPath = new Map<string, string[]>();
	readonly all: readonly PackProblem[];

	constructor(problems: readonly PackProblem[]) {
		this.all = problems;
		for (const p of problems) {
			const list = this.#byPath.get(p.path);
			if (list) list.push(p.message);
			else this.#byPath.set(p.path, [p.message]);
		}
	}

	/** The messages of exactly this field (`['sections', 0, 'title']`). */
	at(...keys: (string | number)[]): string[] {
		return this.#byPath.get(formatPath(keys)) ?? [];
	}

	/** Problems under a part whose path is not one of `shown` (the fields the form displays). */
	rest(shown: readonly (readonly (string | number)[])[], ...prefix: (string | number)[]): PackProblem[] {
		const base = formatPath(prefix);
		const taken = new Set(shown.map((k) => formatPath(k)));
		return this.all.filter((p) => !taken.has(p.path) && (p.path === base || p.path.startsWith(base + '.') || p.path.startsWith(base + '[')));
	}

	get size(): number {
		return this.all.length;
	}
}
