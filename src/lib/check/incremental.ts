import type { CheckConfig, Finding } from './types';
import { Engine } from './engine';
import { builtinRules } from './rules';

/**
 * Re-checks a document as it is edited: the lines before and after the edit are kept from the
 * last check, paragraph findings are cached by paragraph text, so only changed paragraphs are
 * checked again (their offsets are shifted to where they now sit); document-wide rules
 * (numbering, leftovers, measure conflicts, quotes, years, 范文) rerun, reading the kept lines
 * from their per-line caches.
 */
export class IncrementalChecker {
	private engine: Engine;

	constructor(config?: CheckConfig) {
		this.engine = new Engine(builtinRules, config, true);
	}

	/** Findings for the current text, sorted by `from`. */
	check(text: string): Finding[] {
		return this.engine.check(text);
	}

	/** Switches configuration (rules, extra rules, ignore list); the cache starts afresh. */
	setConfig(config?: CheckConfig): void {
		this.engine = new Engine(builtinRules, config, true);
	}
}
