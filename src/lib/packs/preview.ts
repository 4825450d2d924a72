/**
 * What the pack gallery shows of a pack before a draft is started from it: each section with its
 * 要点 (the points a reviewer looks for), the names of its skeletons, the size of its phrase
 * bank, and its first skeleton filled with example values (so the writer sees the finished
 * shape, with every place to fill marked). Pure: the component only renders this.
 */
import { getPlugin, type SlotDef } from '$plugins';
import { packSkeletons } from './skeletons';
import type { PackSection, TemplatePack } from './types';

/** A piece of a filled-in example: plain text, or an example value standing in a slot. */
export type ExamplePart = { text: string } | { slot: SlotDef; value: string };

/** One point of 要点: `**关键词**：说明` gives both parts; a plain point only the text. */
export interface GuidancePoint {
	keyword: string;
	text: string;
}

export interface SectionPreview {
	title: string;
	/** The plugin's Chinese name (概述, 主要成绩 …); empty for a free section. */
	kind: string;
	points: GuidancePoint[];
	skeletonNames: string[];
	phraseCount: number;
	/** The first skeleton with example values; null when the section has none. */
	example: ExamplePart[] | null;
}

// Example figures, varied by position so a filled skeleton does not read "12, 12, 12".
const NUMBERS = ['36', '12', '8', '126', '5', '48', '3', '260', '15', '72'];
const PERCENTS = ['8.5', '12.3', '96', '4.2', '30', '1.5'];

/**
 * The example value of a slot: figures for numbers and percentages, the report year for years,
 * a late-December date for 月/日; a name or a piece of text shows its own label, as the writer
 * will replace it with theirs.
 */
export function exampleValue(slot: SlotDef, index: number, year: number): string {
	switch (slot.kind) {
		case 'year':
			return String(year);
		case 'percent':
			return PERCENTS[index % PERCENTS.length]!;
		case 'number':
			if (slot.unit === '月') return String(3 + (index % 9));
			if (slot.unit === '日') return '15';
			return NUMBERS[index % NUMBERS.length]!;
		case 'date':
			return slot.unit === '月' ? '12' : slot.unit === '日' ? '28' : `${year}年12月28日`;
		case 'name':
		case 'text':
			return slot.label || '……';
	}
}

/** A skeleton as text and example values, slot marks taken in order as `fillSlots` does. */
export function exampleParts(skeleton: { text: string; slots: readonly SlotDef[] }, year: number): ExamplePart[] {
	const parts: ExamplePart[] = [];
	let last = 0;
	let i = 0;
	for (const m of skeleton.text.matchAll(/_{2,}/g)) {
		if (m.index > last) parts.push({ text: skeleton.text.slice(last, m.index) });
		const slot = skeleton.slots[i] ?? { name: `slot${i}`, label: '', kind: 'text', unit: '' };
		parts.push({ slot, value: exampleValue(slot, i, year) });
		last = m.index + m[0].length;
		i++;
	}
	if (last < skeleton.text.length) parts.push({ text: skeleton.text.slice(last) });
	return parts;
}

/** The bullet points under the guidance's first heading (or of the whole text without one). */
export function guidancePoints(markdown: string): GuidancePoint[] {
	const body = markdown.replace(/^\s*#{1,6}[^\n]*\n/, '').split(/\n#{1,6}\s/)[0] ?? '';
	return body
		.split('\n')
		.map((l) => /^\s*[-*]\s+(.*\S)\s*$/.exec(l)?.[1])
		.filter((l): l is string => !!l)
		.map((l) => {
			const m = /^\*\*([^*]+)\*\*[：:]\s*(.*)$/.exec(l);
			// Emphasis inside a point is shown as plain text (the preview renders no Markdown).
			const plain = (x: string) => x.replace(/\*\*|__|`/g, '');
			return m ? { keyword: m[1]!, text: plain(m[2]!) } : { keyword: '', text: plain(l) };
		});
}

function sectionPreview(section: PackSection, year: number): SectionPreview {
	const plugin = getPlugin(section.plugin);
	const skeletons = packSkeletons(section);
	const first = skeletons[0] ?? plugin?.skeletons[0];
	return {
		title: section.title,
		kind: plugin?.meta.name ?? '',
		points: guidancePoints(section.guidance ?? plugin?.guidance ?? ''),
		skeletonNames: (skeletons.length > 0 ? skeletons : (plugin?.skeletons ?? [])).map((s) => s.name),
		phraseCount: (section.phrases ?? plugin?.phrases ?? []).reduce((n, g) => n + g.items.length, 0),
		example: first ? exampleParts(first, year) : null
	};
}

/** The finished shape of a pack, section by section, with examples for the given report year. */
export function packPreview(pack: Pick<TemplatePack, 'sections'>, year: number): SectionPreview[] {
	return pack.sections.map((s) => sectionPreview(s, year));
}
