// A tiny stand-in checker with the real one's output shape: gaps after a measure followed by a
// unit or punctuation, and masked years. Enough to drive the session in unit tests.
import type { Finding } from '../../src/lib/check/types';
import { blank } from './fixtures';

const GAP = /(总产值|增长|投资)(?=亿元|万元|，|。|；)/g;
const YEAR = /20(__|xx)年/g;

export function fakeCheck(text: string): Finding[] {
	const out: Finding[] = [];
	for (const m of text.matchAll(GAP)) {
		const at = (m.index ?? 0) + (m[1]?.length ?? 0);
		const unit = text.startsWith('亿元', at) ? '亿元' : text.startsWith('万元', at) ? '万元' : '%';
		out.push(
			blank(text, at, at, {
				kind: 'missing-number',
				label: m[1] ?? '',
				unit,
				valueKind: unit === '%' ? 'percent' : 'number'
			})
		);
	}
	for (const m of text.matchAll(YEAR)) {
		const from = (m.index ?? 0) + 2;
		out.push(blank(text, from, from + 2, { kind: 'masked-year', label: '', unit: '', valueKind: 'year' }));
	}
	for (const m of text.matchAll(/增长-(\d+(?:\.\d+)?)%/g)) {
		const from = m.index ?? 0;
		const to = from + m[0].length;
		out.push({
			...blank(text, from, to, { kind: 'masked-number', label: '', unit: '', valueKind: 'number' }),
			category: 'format',
			severity: 'warning',
			rule: 'negative-growth',
			blank: undefined,
			message: '负增长宜写作“下降”',
			fix: [{ from, to, insert: `下降${m[1]}%` }]
		});
	}
	return out.sort((a, b) => a.from - b.from);
}
