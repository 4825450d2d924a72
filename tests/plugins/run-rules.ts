// Runs rules over a text the way the checker does (paragraph rules per paragraph, document
// rules once), collecting reports with the message filled in. Used until/besides checkText.
import type { Report, Rule } from '../../src/lib/check/types';

export interface Collected extends Report {
	rule: string;
	message: string;
}

export function runRules(rules: readonly Rule[], text: string, options: Record<string, unknown> = {}): Collected[] {
	const out: Collected[] = [];
	for (const rule of rules) {
		const units: { text: string; offset: number }[] = [];
		if (rule.scope === 'document') units.push({ text, offset: 0 });
		else {
			let offset = 0;
			for (const para of text.split('\n')) {
				units.push({ text: para, offset });
				offset += para.length + 1;
			}
		}
		for (const unit of units) {
			// `folded` mirrors the engine's context (same offsets); built as a value, not a literal,
			// so this helper compiles whether or not the context type lists it.
			const context = {
				text: unit.text,
				folded: unit.text,
				options,
				report(r: Report) {
					const template = rule.meta.messages[r.messageId];
					if (template === undefined) throw new Error(`${rule.meta.id}: unknown messageId ${r.messageId}`);
					const message = template.replace(/\{(\w+)\}/g, (_m, k: string) => String(r.data?.[k] ?? `{${k}}`));
					out.push({ ...r, from: r.from + unit.offset, to: r.to + unit.offset, rule: rule.meta.id, message });
				}
			};
			rule.create(context);
		}
	}
	return out;
}
