/**
 * The built-in packs: every templates/*.json, found by a build-time glob so a new pack is one new
 * file. They go through the same validation as an imported pack, so a broken built-in fails
 * loudly in tests rather than quietly in a writer's browser.
 */
import { validatePackValue } from './validate';
import type { TemplatePack } from './types';

const files = import.meta.glob<unknown>('/templates/*.json', { eager: true, import: 'default' });

/** The raw JSON of every built-in pack, keyed by file name (tests validate each). */
export const builtinSources: Readonly<Record<string, unknown>> = Object.fromEntries(
	Object.entries(files)
		.map(([path, raw]) => [path.slice(path.lastIndexOf('/') + 1), raw] as const)
		.sort(([a], [b]) => a.localeCompare(b))
);

let cache: TemplatePack[] | null = null;

/** The built-in packs, validated, in file-name order; an invalid one is skipped (and caught by the tests). */
export function builtinPacks(): TemplatePack[] {
	cache ??= Object.values(builtinSources).flatMap((raw) => {
		const r = validatePackValue(raw);
		return r.ok ? [r.pack] : [];
	});
	return cache;
}

export function isBuiltinId(id: string): boolean {
	return builtinPacks().some((p) => p.id === id);
}
