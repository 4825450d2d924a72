/**
 * A draft (title + ordered sections) → the export document model. Section titles become level-1
 * headings (numbered 一、二、… when the writer did not number them); the 概述 section opens the
 * report without a heading; the 落款 section becomes the signature block.
 */
import type { Draft, Section } from '$lib/model';
import type { Block, ExportDocument, Line } from './document';
import { type BlankFinder, noBlanks } from './blanks';
import { chineseNumeral, numberingOf } from './numbering';
import { parseBody } from './parse-report';

export interface DraftExportOptions {
	findBlanks?: BlankFinder;
	/** Prefix unnumbered section titles with 一、二、… (default true). */
	numberSections?: boolean;
}

/** Sections whose title is not printed as a heading. */
const UNTITLED_KINDS = new Set(['overview', 'signature']);
/** Generic titles (a new draft's single section is "正文") that name no part of the report. */
const UNTITLED_TITLES = new Set(['正文', '概述', '落款']);

export function draftToDocument(draft: Pick<Draft, 'title' | 'sections'>, options: DraftExportOptions = {}): ExportDocument {
	const find = options.findBlanks ?? noBlanks;
	const number = options.numberSections ?? true;
	const title: Line = { text: draft.title.trim(), blanks: find(draft.title.trim()) };
	const blocks: Block[] = [];
	let n = 0;
	for (const section of draft.sections) blocks.push(...sectionBlocks(section, find, number ? () => ++n : null));
	return { title, blocks };
}

/** The blocks of one section (used for the whole report and for copying a section). */
export function sectionBlocks(
	section: Section,
	find: BlankFinder = noBlanks,
	nextNumber: (() => number) | null = null
): Block[] {
	const blocks: Block[] = [];
	const heading = section.title.trim();
	if (heading && !UNTITLED_KINDS.has(section.kind) && !UNTITLED_TITLES.has(heading)) {
		const numbered = numberingOf(heading) !== null;
		const prefix = numbered || !nextNumber ? '' : `${chineseNumeral(nextNumber())}、`;
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
