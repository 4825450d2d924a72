/**
 * A finished draft → a template pack: each section's text becomes a skeleton whose figures are
 * slots (labelled with the measure's name, the old value kept as the slot's hint), and years that
 * name the reporting period are advanced or left as slots. One mechanism serves both 存为模板包
 * (the pack is the result) and 明年再写 (a pack made this way, then a draft from it with 年度 Y+1:
 * the checker finds each slot with its hint, 逐项填空 shows it).
 *
 * The writer reviews every site first (`draftSites` → `defaultActions` → their choices →
 * `packFromDraft`). Figures are found by the checker's own reader (`figureSites`). Pure.
 */
import { startingText } from './skeletons';
import { figureSites, type FigureSiteKind } from '$lib/check/text/figure-sites';
import { measureBefore } from '$lib/check/text/measure';
import { fallbackLabels, hintPrefix, slotHint } from '$lib/messages/from-draft';
import type { Section } from '$lib/model';
import { getPlugin, SLOT_MARK, type PhraseGroup, type SlotDef } from '$plugins';
import { slotMarks } from '$plugins/shared/find-slots';
import { LIMITS } from './limits';
import { packSectionFor } from './rules';
import { ALLOWED_PLUGINS } from './semantic';
import { CURRENT_SCHEMA_VERSION, PACK_TYPE, type PackSection, type TemplatePack } from './types';

/** 明年再写 (a new draft for the next period) or 存为模板包 (a pack to keep and share). */
export type FromDraftMode = 'next-year' | 'template';

/** What becomes of a site: a slot to fill, the text as it is, or (a year) advanced one period. */
export type SiteAction = 'slot' | 'keep' | 'advance';

/** One place of a draft's text a template may turn into a slot. */
export interface DraftSite {
	/** `section index:offset`, stable for one draft text. */
	id: string;
	section: number;
	from: number;
	to: number;
	/** A figure's kind, or `mark` for a slot mark the draft still has (____, 20__). */
	kind: FigureSiteKind | 'mark';
	value: string;
	unit: string;
	label: string;
	/** The line's text around the site, for the review list. */
	before: string;
	after: string;
}

/** The draft as this module reads it. */
export interface SourceDraft {
	title: string;
	year: number | null;
	sections: readonly Pick<Section, 'kind' | 'title' | 'body'>[];
}

const CONTEXT = 12;

/** Every figure, year and slot mark of the draft's section bodies, in order. */
export function draftSites(draft: SourceDraft): DraftSite[] {
	const out: DraftSite[] = [];
	draft.sections.forEach((s, section) => {
		const body = s.body;
		const around = (from: number, to: number) => {
			const lineStart = body.lastIndexOf('\n', from - 1) + 1;
			const nl = body.indexOf('\n', to);
			const lineEnd = nl < 0 ? body.length : nl;
			return { before: body.slice(Math.max(lineStart, from - CONTEXT), from), after: body.slice(to, Math.min(lineEnd, to + CONTEXT)) };
		};
		const sites: DraftSite[] = figureSites(body).map((f) => ({
			id: `${section}:${f.from}`,
			section,
			from: f.from,
			to: f.to,
			kind: f.kind,
			value: f.value,
			unit: f.unit,
			label: f.label,
			...around(f.from, f.to)
		}));
		// A mark the writer never filled stays a slot: the skeleton's slot list must cover it.
		for (const mk of slotMarks(body)) {
			if (mk.inner !== null || sites.some((x) => x.from < mk.to && mk.from < x.to)) continue;
			sites.push({ id: `${section}:${mk.from}`, section, from: mk.from, to: mk.to, kind: 'mark', value: '', unit: '', label: measureBefore(body, mk.from), ...around(mk.from, mk.to) });
		}
		out.push(...sites.sort((a, b) => a.from - b.from));
	});
	return out;
}

/** The year the draft reports on: its 年度, else the year its title names. */
export function reportYearOf(draft: Pick<SourceDraft, 'title' | 'year'>): number | null {
	if (draft.year) return draft.year;
	const m = /((?:19|20)\d{2})\s*年/.exec(draft.title);
	return m ? Number(m[1]) : null;
}

/**
 * Whether a year names the reporting period: the report's own year, or the year after it (the
 * plan section's "2026年工作打算" in a 2025 report). Other years are history (2019年建成).
 */
export function namesPeriod(year: number, reportYear: number | null): boolean {
	return reportYear !== null && (year === reportYear || year === reportYear + 1);
}

/** Which half of the year a report covers, as its title says (上半年 / 下半年); null for a whole year. */
export function halfOf(title: string): 1 | 2 | null {
	if (/上半年/.test(title)) return 1;
	if (/下半年/.test(title)) return 2;
	return null;
}

/**
 * The period after a report's: the next year, or the next half (上半年 → 下半年 of the same year,
 * 下半年 → next year's 上半年). `shift` is how far the period's years move.
 */
export function nextPeriod(year: number, half: 1 | 2 | null): { year: number; half: 1 | 2 | null; shift: number } {
	if (half === 1) return { year, half: 2, shift: 0 };
	return { year: year + 1, half: half === 2 ? 1 : null, shift: 1 };
}

/** A title moved on to the next period: the period's years advanced, 上半年 and 下半年 swapped. */
export function advanceTitle(text: string, reportYear: number | null, half: 1 | 2 | null): string {
	if (reportYear === null) return text;
	const next = nextPeriod(reportYear, half);
	const moved = advanceYears(text, reportYear, next.shift);
	if (half === 1) return moved.replace(/上半年/g, '下半年');
	if (half === 2) return moved.replace(/下半年/g, '上半年');
	return moved;
}

/**
 * What each site becomes unless the writer says otherwise. `shift` is how far the period's years
 * move (0 from 上半年 to 下半年: they stay as they are).
 */
export function defaultActions(sites: readonly DraftSite[], mode: FromDraftMode, reportYear: number | null, shift = 1): Record<string, SiteAction> {
	const out: Record<string, SiteAction> = {};
	for (const s of sites) {
		if (s.kind === 'year') {
			const advance = shift === 0 ? 'keep' : 'advance';
			out[s.id] = namesPeriod(Number(s.value), reportYear) ? (mode === 'next-year' ? advance : 'slot') : 'keep';
		}
		else out[s.id] = 'slot';
	}
	return out;
}

/** The actions a site may take (a slot mark is always a slot: there is no value to keep). */
export function actionsFor(site: DraftSite): SiteAction[] {
	if (site.kind === 'mark') return ['slot'];
	if (site.kind === 'year') return ['advance', 'keep', 'slot'];
	return ['slot', 'keep'];
}

/** Years in a line of text (a title) that name the period, advanced by `shift`; others kept. */
export function advanceYears(text: string, reportYear: number | null, shift: number): string {
	if (shift === 0) return text;
	return text.replace(/(?<![0-9])((?:19|20)\d{2})(?=\s*年)/g, (y) => (namesPeriod(Number(y), reportYear) ? String(Number(y) + shift) : y));
}

function slotKind(kind: DraftSite['kind']): SlotDef['kind'] {
	return kind === 'mark' ? 'text' : kind;
}

/** One section's skeleton and slots, from its body and the chosen action of each of its sites. */
export function skeletonOf(
	body: string,
	sites: readonly DraftSite[],
	actions: Readonly<Record<string, SiteAction>>,
	options: { mode: FromDraftMode; shift: number; hintPrefix?: string }
): { skeleton: string; slots: SlotDef[] } {
	const slots: SlotDef[] = [];
	let out = '';
	let at = 0;
	for (const s of sites) {
		const action = s.kind === 'mark' ? 'slot' : (actions[s.id] ?? 'slot');
		if (action === 'keep') continue;
		out += body.slice(at, s.from);
		at = s.to;
		if (action === 'advance' && s.kind === 'year') {
			out += String(Number(s.value) + options.shift);
			continue;
		}
		out += SLOT_MARK;
		const label = (s.label || fallbackLabels[s.kind]).slice(0, LIMITS.slotLabel);
		const def: SlotDef = { name: `s${slots.length + 1}`, label, kind: slotKind(s.kind), unit: s.unit };
		if (s.kind !== 'mark') def.hint = slotHint(options.hintPrefix ?? hintPrefix[options.mode], s.value, s.unit).slice(0, LIMITS.slotHint);
		slots.push(def);
	}
	return { skeleton: out + body.slice(at), slots };
}

/** The phrases of a bank the text actually uses: the ones the writer chose. */
export function chosenPhrases(bank: readonly PhraseGroup[], body: string): PhraseGroup[] {
	return bank.map((g) => ({ purpose: g.purpose, items: g.items.filter((p) => body.includes(p)) })).filter((g) => g.items.length > 0);
}

/** Name, author, version and description of the pack to make. */
export interface PackMeta {
	id: string;
	name: string;
	version: string;
	author: string;
	description: string;
}

/**
 * The pack a draft becomes. Sections keep their titles (moved to the new period) and plugin
 * kind; the pack the draft was started from, if any, gives each section's guidance, its rules
 * and its checks; phrases of the section's bank the text uses become the section's phrase bank.
 * The result is not validated here: `validatePackValue` is the one judge.
 */
export function packFromDraft(
	draft: SourceDraft,
	options: {
		mode: FromDraftMode;
		actions: Readonly<Record<string, SiteAction>>;
		meta: PackMeta;
		/** The pack the draft was started from. */
		source?: TemplatePack | null;
		/** How many years the period moves: 1 for 明年再写, 0 for a template (and 上半年 → 下半年). */
		shift: number;
		/** A section title for the new period; by default its period years advanced by `shift`. */
		retitle?: (title: string) => string;
		/** What the old value is called in hints (上年, 上期); by default the mode's. */
		hintPrefix?: string;
	}
): TemplatePack {
	const sites = draftSites(draft);
	const reportYear = reportYearOf(draft);
	const sections: PackSection[] = draft.sections.map((s, i) => {
		const plugin = ALLOWED_PLUGINS.includes(s.kind) ? s.kind : 'free';
		const from = packSectionFor(options.source, { kind: s.kind, title: s.title });
		const { skeleton, slots } = skeletonOf(
			s.body,
			sites.filter((x) => x.section === i),
			options.actions,
			options
		);
		const title = options.retitle ? options.retitle(s.title) : advanceYears(s.title, reportYear, options.shift);
		const out: PackSection = { plugin, title: title.slice(0, LIMITS.title) };
		if (from?.guidance) out.guidance = from.guidance;
		if (skeleton !== '') {
			out.skeleton = skeleton;
			out.slots = slots;
		}
		const phrases = chosenPhrases(from?.phrases ?? getPlugin(plugin)?.phrases ?? [], s.body);
		if (phrases.length > 0) out.phrases = phrases;
		return out;
	});
	const pack: TemplatePack = {
		type: PACK_TYPE,
		schemaVersion: CURRENT_SCHEMA_VERSION,
		id: options.meta.id,
		name: options.meta.name.slice(0, LIMITS.name),
		version: options.meta.version,
		author: options.meta.author.slice(0, LIMITS.author),
		description: options.meta.description.slice(0, LIMITS.description),
		sections
	};
	if (options.source?.rules) pack.rules = structuredClone(options.source.rules);
	if (options.source?.checks) pack.checks = structuredClone(options.source.checks);
	return pack;
}

/** The sections a new draft gets from a pack; each section's first skeleton is its starting text. */
export function draftSectionsFrom(pack: Pick<TemplatePack, 'sections'>): Omit<Section, 'id'>[] {
	return pack.sections.map((s) => ({ kind: s.plugin, title: s.title, body: startingText(s) }));
}
