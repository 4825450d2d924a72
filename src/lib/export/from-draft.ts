/**
 * A draft (title + ordered sections) → the export document model. How a section prints comes
 * from its plugin's declaration (`print`: titled / untitled / signature) and the writer's own
 * per-section choice in the export settings; every title printed becomes a level-1 heading
 * (numbered 一、二、… in order when the writer did not number it), a generic title such as 正文
 * or 概述 prints nothing, and a 主送机关 line at the top of the first section goes above its heading.
 */
import type { Draft, Section } from '$lib/model';
import { sectionPrint, type SectionPrint } from '$plugins';
import type { Block, ExportDocument, Line } from './document';
import { type BlankFinder, noBlanks } from './blanks';
import { chineseNumeral, level1Number, numberingOf } from './numbering';
import { parseBody } from './parse-report';

export interface DraftExportOptions {
	findBlanks?: BlankFinder;
	/** Prefix unnumbered section titles with 一、二、… (default true). */
	numberSections?: boolean;
	/** The writer's choice per section id: false prints that section without its title. */
	sectionTitles?: Readonly<Record<string, boolean>>;
	/** How a section kind prints (default: the plugin's declaration). */
	printOf?: (kind: string) => SectionPrint;
}

/**
 * Generic titles that name a kind of section, not a part of this report (a new draft's single
 * section is "正文"; a free 概述 opens the report as its lead paragraphs).
 */
const UNTITLED_TITLES = new Set(['正文', '概述', '落款']);

/** Whether a section's title is printed unless the writer says otherwise. */
export function titlePrintedByDefault(section: Pick<Section, 'kind' | 'title'>, printOf: (kind: string) => SectionPrint = sectionPrint): boolean {
	const heading = section.title.trim();
	return !!heading && printOf(section.kind) === 'titled' && !UNTITLED_TITLES.has(heading);
}

/** Whether a section's title is printed, the writer's choice first. */
export function titlePrinted(section: Pick<Section, 'id' | 'kind' | 'title'>, options: DraftExportOptions = {}): boolean {
	if (!section.title.trim()) return false;
	const own = options.sectionTitles?.[section.id];
	if (own !== undefined && (options.printOf ?? sectionPrint)(section.kind) !== 'signature') return own;
	return titlePrintedByDefault(section, options.printOf);
}

export function draftToDocument(draft: Pick<Draft, 'title' | 'sections'>, options: DraftExportOptions = {}): ExportDocument {
	const find = options.findBlanks ?? noBlanks;
	const number = options.numberSections ?? true;
	const title: Line = { text: draft.title.trim(), blanks: find(draft.title.trim()) };
	const blocks: Block[] = [];
	// The writer's own numbers set the count, so an unnumbered title after "三、…" becomes "四、…".
	let n = 0;
	const next = (own: number | null): number => (n = own ?? n + 1);
	draft.sections.forEach((section, i) => {
		const part = sectionBlocks(section, find, number ? next : null, { ...options, top: i === 0 });
		// 主送机关 sits above everything else, even above the first section's title.
		const sal = part.findIndex((b) => b.kind === 'salutation');
		if (sal > 0) part.unshift(...part.splice(sal, 1));
		blocks.push(...part);
	});
	return { title, blocks };
}

/** The blocks of one section (used for the whole report and for copying a section). */
export function sectionBlocks(
	section: Section,
	find: BlankFinder = noBlanks,
	nextNumber: ((own: number | null) => number) | null = null,
	options: DraftExportOptions & { top?: boolean } = {}
): Block[] {
	const blocks: Block[] = [];
	const heading = section.title.trim();
	if (titlePrinted(section, options)) {
		const numbered = numberingOf(heading) !== null;
		const own = level1Number(heading);
		if (numbered) nextNumber?.(own);
		const prefix = numbered || !nextNumber ? '' : `${chineseNumeral(nextNumber(null))}、`;
		const text = prefix + heading;
		blocks.push({
			kind: 'heading',
			level: 1,
			text,
			blanks: find(heading).map((b) => ({ from: b.from + prefix.length, to: b.to + prefix.length })),
			sectionId: section.id
		});
	}
	const signature = (options.printOf ?? sectionPrint)(section.kind) === 'signature' ? 'all' : 'detect';
	blocks.push(...parseBody(section.body, find(section.body), { sectionId: section.id, signature, salutation: options.top ?? false }));
	return blocks;
}
