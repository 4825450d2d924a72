/**
 * The classes a hole is counted in, read from the generated text around it without any lexicon
 * (the checker's or ours): the literal characters after and before it, the previous word as
 * Intl.Segmenter cuts a short window, the kind of the neighbouring character, line breaks nearby.
 */
import type { Edit } from './generate';
import { groupOf } from './groups';

export interface Classes {
	/** The harness's rough phrasing group (groups.ts). */
	group: string;
	kind: string;
	source: string;
	op: string;
	'op/form': string;
	shape: string;
	width: string;
	'before char': string;
	'before word': string;
	'after char': string;
	'after 1–2': string;
	'after 1–3': string;
	/** before char ⟪⟫ after char. */
	around: string;
	'line break': string;
	neighbour: string;
}

export const DIMENSIONS: readonly (keyof Classes)[] = [
	'group',
	'kind',
	'source',
	'op',
	'op/form',
	'shape',
	'width',
	'before char',
	'before word',
	'after char',
	'after 1–2',
	'after 1–3',
	'around',
	'line break',
	'neighbour'
];

/** The kind of one character next to a hole. */
export function charKind(c: string | undefined, edge = 'text edge'): string {
	if (c === undefined) return edge;
	if (c === '\n' || c === '\r') return 'newline';
	if (/[ \t\u3000]/.test(c)) return 'space';
	if (/[%％﹪‰]/.test(c)) return 'percent';
	if (/[0-9０-９]/.test(c)) return 'digit';
	if (/[A-Za-zＡ-Ｚａ-ｚ]/.test(c)) return 'latin';
	if (/[*_×○＊＿]/.test(c)) return 'mask-char';
	if (/[\u4e00-\u9fff]/.test(c)) return 'cjk';
	if (c === '、') return '、';
	if (/[，,]/.test(c)) return 'comma';
	if (/[。.]/.test(c)) return 'full stop';
	if (/[；;：:]/.test(c)) return 'semicolon/colon';
	if (/[（(]/.test(c)) return 'open bracket';
	if (/[）)]/.test(c)) return 'close bracket';
	if (c === '|') return 'table bar';
	return 'other punct';
}

const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });

/** The last word before `at` in a short window (spaces skipped), or the character kind. */
function wordBefore(text: string, at: number): string {
	const window = text.slice(Math.max(0, at - 10), at).replace(/[ \t\u3000]+$/, '');
	const last = window[window.length - 1];
	if (last === undefined || !/[\u4e00-\u9fff]/.test(last)) return `(${charKind(last, 'text start')})`;
	const words = [...segmenter.segment(window)];
	return words[words.length - 1]?.segment ?? '';
}

/** Next characters after a hole, spaces kept visible as ␠ and line breaks as ⏎. */
function literal(s: string): string {
	return s.replace(/\r?\n/g, '⏎').replace(/[ \t\u3000]/g, '␠');
}

/** The set a source file came from (eval3, eval10, filled …). */
export const sourceSet = (name: string) => /^([a-z]+[0-9]*)[-_]/i.exec(name)?.[1] ?? name;

export function classify(text: string, edit: Edit, all: readonly Edit[], sourceName = ''): Classes {
	const before = text.slice(0, edit.start);
	const after = text.slice(edit.end);
	const nlBefore = /\n[ \t\u3000]*$/.test(before) || before.length === 0;
	const nlAfter = /^[ \t\u3000]*(\r?\n|$)/.test(after);
	const nlNear = /\n/.test(text.slice(Math.max(0, edit.start - 3), edit.start)) || /\n/.test(text.slice(edit.end, edit.end + 3));
	const lineBreak = nlBefore && nlAfter ? 'alone on its line' : nlBefore ? 'at line start' : nlAfter ? 'at line end' : nlNear ? 'within 3 chars' : 'none';
	const close = all.some((o) => o !== edit && Math.min(Math.abs(o.start - edit.end), Math.abs(edit.start - o.end)) <= 12);
	return {
		group: groupOf(edit, text),
		kind: edit.kind,
		source: sourceSet(sourceName),
		op: edit.op,
		'op/form': edit.form ? `${edit.op} ${edit.form}` : edit.op,
		shape: edit.shape,
		width: edit.fullWidth ? 'full-width digits' : 'half-width',
		'before char': charKind(before[before.length - 1], 'text start'),
		'before word': wordBefore(text, edit.start),
		'after char': charKind(after[0], 'text end'),
		'after 1–2': literal(after.slice(0, 2)) || '(end)',
		'after 1–3': literal(after.slice(0, 3)) || '(end)',
		around: `${charKind(before[before.length - 1], 'text start')} ⟪⟫ ${charKind(after[0], 'text end')}`,
		'line break': lineBreak,
		neighbour: close ? 'another hole ≤12 chars away' : 'alone'
	};
}
