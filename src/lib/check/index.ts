/**
 * The checker's public API: the same pure TypeScript in the browser and in the command line.
 *
 *   checkText(text, config?)            → Finding[] sorted by `from`
 *   new IncrementalChecker(config?)     → .check(text) reusing unchanged paragraphs, .setConfig()
 *   builtinRules, defineRule            → write rules with the same shape (plugins, packs)
 *   findingKey, applyFix, countBlanks   → ignore lists, quick fixes, the fill-in summary
 */
import type { CheckConfig, Finding, BlankKind } from './types';
import { Engine } from './engine';
import { builtinRules } from './rules';

export type * from './types';
export { builtinRules } from './rules';
export { defineRule } from './rules/define';
export { IncrementalChecker } from './incremental';
export { findingKey } from './keys';
export { applyFix } from './fix';
export { checkMessages } from './messages';

/** Checks `text` once and returns its findings sorted by `from`. */
export function checkText(text: string, config?: CheckConfig): Finding[] {
	return new Engine(builtinRules, config, false).check(text);
}

/** How many blanks remain, in total and by kind (for the fill-in progress). */
export function countBlanks(findings: readonly Finding[]): { total: number } & Record<BlankKind, number> {
	const counts = { total: 0, 'masked-year': 0, 'masked-name': 0, 'masked-number': 0, 'missing-number': 0 };
	for (const f of findings) {
		if (f.category !== 'blank') continue;
		counts.total++;
		if (f.blank) counts[f.blank.kind]++;
	}
	return counts;
}
