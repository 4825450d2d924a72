/**
 * The built-in packs from templates/. They go through the same validation as an imported pack,
 * so a broken built-in fails loudly in tests rather than quietly in a writer's browser.
 */
import annualPlan from '$templates/annual-summary-and-plan.json';
import halfYear from '$templates/half-year-projects.json';
import park from '$templates/park-annual-summary.json';
import duty from '$templates/personal-duty-integrity.json';
import secondment from '$templates/secondment-summary.json';
import { validatePackValue } from './validate';
import type { TemplatePack } from './types';

/** The raw JSON of every built-in pack, keyed by file name (tests validate each). */
export const builtinSources: Readonly<Record<string, unknown>> = {
	'park-annual-summary.json': park,
	'secondment-summary.json': secondment,
	'half-year-projects.json': halfYear,
	'personal-duty-integrity.json': duty,
	'annual-summary-and-plan.json': annualPlan
};

let cache: TemplatePack[] | null = null;

/** The built-in packs, validated; an invalid one is skipped (and caught by the tests). */
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
