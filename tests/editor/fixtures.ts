// Hand-made findings in the checker's shape, so the editor's pure parts are tested without it.
import type { BlankInfo, Finding } from '../../src/lib/check/types';

export function blank(
	text: string,
	from: number,
	to: number,
	blank: BlankInfo,
	extra: Partial<Finding> = {}
): Finding {
	const before = text.slice(0, from);
	const line = before.split('\n').length;
	return {
		rule: 'blank',
		category: 'blank',
		severity: 'error',
		from,
		to,
		line,
		column: from - before.lastIndexOf('\n'),
		messageId: 'missing',
		message: '此处缺少数值',
		blank,
		key: `blank|${text.slice(Math.max(0, from - 4), to + 4)}`,
		...extra
	};
}

/** Finds the offset right after `marker` in `text` (for zero-width gaps). */
export function after(text: string, marker: string): number {
	const i = text.indexOf(marker);
	if (i < 0) throw new Error(`marker not found: ${marker}`);
	return i + marker.length;
}
