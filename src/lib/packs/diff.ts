/**
 * What changed between an installed pack and a version of it being imported, so the writer sees
 * it before upgrading: sections added, removed or changed (and which of their parts), rules
 * added, removed or changed, and words added to or dropped from the extra checks. Pure.
 */
import type { PackSection, TemplatePack } from './types';

/** The parts of a section a change may touch. */
export type SectionPart = 'plugin' | 'title' | 'guidance' | 'skeleton' | 'slots' | 'skeletons' | 'phrases';

export interface SectionChange {
	title: string;
	/** The title before, when it changed. */
	oldTitle?: string;
	parts: SectionPart[];
}

export interface RuleChange {
	id: string;
	from: string;
	to: string;
}

export interface PackDiff {
	/** Name, author or description changed. */
	meta: ('name' | 'author' | 'description')[];
	sectionsAdded: string[];
	sectionsRemoved: string[];
	sectionsChanged: SectionChange[];
	/** True when the sections both versions share come in another order. */
	reordered: boolean;
	rulesAdded: RuleChange[];
	rulesRemoved: RuleChange[];
	rulesChanged: RuleChange[];
	wordsAdded: { forbiddenWords: string[]; requiredPhrases: string[] };
	wordsRemoved: { forbiddenWords: string[]; requiredPhrases: string[] };
}

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

function partsChanged(a: PackSection, b: PackSection): SectionPart[] {
	const parts: SectionPart[] = [];
	if (a.plugin !== b.plugin) parts.push('plugin');
	if (a.title !== b.title) parts.push('title');
	if ((a.guidance ?? '') !== (b.guidance ?? '')) parts.push('guidance');
	if ((a.skeleton ?? '') !== (b.skeleton ?? '')) parts.push('skeleton');
	if (!same(a.slots ?? [], b.slots ?? [])) parts.push('slots');
	if (!same(a.skeletons ?? [], b.skeletons ?? [])) parts.push('skeletons');
	if (!same(a.phrases ?? [], b.phrases ?? [])) parts.push('phrases');
	return parts;
}

/**
 * Pairs each new section with an old one: same plugin and title first, then the same title (its
 * kind changed), then the same plugin in order (its title changed). Returns old index per new.
 */
function pairSections(old: readonly PackSection[], next: readonly PackSection[]): (number | null)[] {
	const used = new Set<number>();
	const pair: (number | null)[] = next.map(() => null);
	const pass = (match: (a: PackSection, b: PackSection) => boolean) => {
		next.forEach((b, j) => {
			if (pair[j] !== null) return;
			const i = old.findIndex((a, k) => !used.has(k) && match(a, b));
			if (i >= 0) {
				pair[j] = i;
				used.add(i);
			}
		});
	};
	pass((a, b) => a.plugin === b.plugin && a.title === b.title);
	pass((a, b) => a.title === b.title);
	pass((a, b) => a.plugin === b.plugin);
	return pair;
}

/** How a rule setting reads in a summary: its severity, with `+选项` when it has options. */
function settingText(setting: NonNullable<TemplatePack['rules']>[string] | undefined): string {
	if (setting === undefined) return '';
	if (typeof setting === 'string') return setting;
	return setting.options ? `${setting.severity} ${JSON.stringify(setting.options)}` : setting.severity;
}

export function diffPacks(installed: TemplatePack, incoming: TemplatePack): PackDiff {
	const pair = pairSections(installed.sections, incoming.sections);
	const matched = new Set(pair.filter((i): i is number => i !== null));
	const sectionsChanged: SectionChange[] = [];
	incoming.sections.forEach((b, j) => {
		const i = pair[j];
		if (i === null || i === undefined) return;
		const a = installed.sections[i]!;
		const parts = partsChanged(a, b);
		if (parts.length > 0) sectionsChanged.push({ title: b.title, ...(a.title !== b.title ? { oldTitle: a.title } : {}), parts });
	});
	const order = pair.filter((i): i is number => i !== null);
	const oldRules = installed.rules ?? {};
	const newRules = incoming.rules ?? {};
	const rule = (id: string): RuleChange => ({ id, from: settingText(oldRules[id]), to: settingText(newRules[id]) });
	const words = (key: 'forbiddenWords' | 'requiredPhrases', a: TemplatePack, b: TemplatePack) => {
		const before = new Set(a.checks?.[key] ?? []);
		return (b.checks?.[key] ?? []).filter((w) => !before.has(w));
	};
	return {
		meta: (['name', 'author', 'description'] as const).filter((k) => installed[k] !== incoming[k]),
		sectionsAdded: incoming.sections.filter((_, j) => pair[j] === null).map((s) => s.title),
		sectionsRemoved: installed.sections.filter((_, i) => !matched.has(i)).map((s) => s.title),
		sectionsChanged,
		reordered: order.some((i, k) => k > 0 && i < order[k - 1]!),
		rulesAdded: Object.keys(newRules).filter((id) => !(id in oldRules)).map(rule),
		rulesRemoved: Object.keys(oldRules).filter((id) => !(id in newRules)).map(rule),
		rulesChanged: Object.keys(newRules).filter((id) => id in oldRules && !same(oldRules[id], newRules[id])).map(rule),
		wordsAdded: { forbiddenWords: words('forbiddenWords', installed, incoming), requiredPhrases: words('requiredPhrases', installed, incoming) },
		wordsRemoved: { forbiddenWords: words('forbiddenWords', incoming, installed), requiredPhrases: words('requiredPhrases', incoming, installed) }
	};
}

/** True when nothing a writer would notice changed (the version number aside). */
export function isEmptyDiff(d: PackDiff): boolean {
	return (
		d.meta.length === 0 &&
		d.sectionsAdded.length + d.sectionsRemoved.length + d.sectionsChanged.length === 0 &&
		!d.reordered &&
		d.rulesAdded.length + d.rulesRemoved.length + d.rulesChanged.length === 0 &&
		Object.values(d.wordsAdded).every((w) => w.length === 0) &&
		Object.values(d.wordsRemoved).every((w) => w.length === 0)
	);
}
