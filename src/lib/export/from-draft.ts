/**
 * A draft (title + ordered sections) → the export document model. Every section title the writer
 * sees becomes a level-1 heading (numbered 一、二、… in order when the writer did not number it);
 * the 落款 section becomes the signature block, and a generic title such as 正文 or 概述 prints nothing.
 */
import type { Draft, Section } from '$lib/model';
import type { Block, ExportDocument, Line } from './document';
import { type BlankFinder, noBlanks } from './blanks';
import { chineseNumeral, level1Number, numberingOf } from './numbering';
import { parseBody } from './parse-report';

export interface DraftExportOptions {
	findBlanks?: BlankFinder;
	/** Prefix unnumbered section titles with 一、二、… (default true). */
	numberSections?: boolean;
}

/** Sections whose title is not printed as a heading (the 落款 prints as the signature block). */
const UNTITLED_KINDS = new Set(['signature']);
/**
 * Generic titles that name a kind of section, not a part of this report (a new draft's single
 * section is "正文"; a free 概述 opens the report as its lead paragraphs).
 */
const UNTITLED_TITLES = new Set(['正文', '概述', '落款']);

export function draftToDocument(draft: Pick<Draft, 'title' | 'sections'>, options: DraftExportOptions = {}): ExportDocument {
	const find = options.findBlanks ?? noBlanks;
	const number = options.numberSections ?? true;
	const title: Line = { text: draft.title.trim(), blanks: find(draft.title.trim()) };
	const blocks: Block[] = [];
	// The writer's own numbers set the count, so an unnumbered title after "三、…" becomes "四、…".
	let n = 0;
	const next = (own: number | null): number => (n = own ?? n + 1);
	for (const section of draft.sections) blocks.push(...sectionBlocks(section, find, number ? next : null));
	return { title, blocks };
}

/** The blocks of one section (used for the whole report and for copying a section). */
export function sectionBlocks(
	section: Section,
	find: BlankFinder = noBlanks,
	nextNumber: ((own: number | null) => number) | null = null
): Block[] {
	const blocks: Block[] = [];
	const heading = section.title.trim();
	if (heading && !UNTITLED_KINDS.has(section.kind) && !UNTITLED_TITLES.has(heading)) {
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
	const signature = section.kind === 'signature' ? 'all' : 'detect';
	blocks.push(...parseBody(section.body, find(section.body), { sectionId: section.id, signature }));
	return blocks;
}
