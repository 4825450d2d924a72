import type { CheckConfig, Finding } from './types';
import { Engine } from './engine';
import { builtinRules } from './rules';

/**
 * Re-checks a document as it is edited: paragraph findings are cached by paragraph text, so
 * only changed paragraphs are checked again (their offsets are shifted to where they now sit);
 * document-wide rules (numbering, leftovers) rerun, and they are cheap line scans.
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
