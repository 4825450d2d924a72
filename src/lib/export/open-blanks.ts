/**
 * The open blanks of a draft, listed for the writer before export: each text export prints (the
 * title, each section's title and body) through the finder the draft checker gives.
 */
import type { Draft } from '$lib/model';
import type { BlankFinder } from './blanks';

export interface OpenBlank {
	/** The section the blank is in; null for the draft title. */
	sectionId: string | null;
	where: string;
	/** A few characters either side, with the blank shown as ＿ when it has no width. */
	context: string;
}

export function listOpenBlanks(draft: Pick<Draft, 'title' | 'sections'>, find: BlankFinder, titleLabel: string): OpenBlank[] {
	const out: OpenBlank[] = [];
	const add = (text: string, sectionId: string | null, where: string) => {
		for (const b of find(text)) {
			const before = text.slice(Math.max(0, b.from - 8), b.from);
			const inside = b.to > b.from ? text.slice(b.from, b.to) : '＿';
			const after = text.slice(b.to, b.to + 8);
			out.push({ sectionId, where, context: `${before}【${inside}】${after}`.replace(/\s+/g, ' ') });
		}
	};
	add(draft.title.trim(), null, titleLabel);
	for (const s of draft.sections) {
		add(s.title.trim(), s.id, s.title);
		add(s.body, s.id, s.title);
	}
	return out;
}
