import type { Rule } from '../types';

/** Identity helper so rule modules are typed where they are written (like ESLint's createRule). */
export function defineRule(rule: Rule): Rule {
	return rule;
}
