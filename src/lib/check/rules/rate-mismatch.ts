/**
 * Number consistency: "由120家增至150家，增长30%" — the rate stated after two values contradicts
 * them (it is 25%). Rounding is allowed for: each written figure may be off by half its last
 * digit, and the rate by its last digit (some writers cut rather than round). Percentage points
 * (由82%提高到86.5%，提高4.5个百分点) are checked as a difference.
 */
import { foldedOf } from '../text/normalize';
import { charsOf, LC_TO } from '../tagger/line-chars';
import { unitScale } from '../text/quantity';
import { defineRule } from './define';
import { checkMessages as M } from '../messages';
import { FALL_WORDS, RISE_WORDS } from './data/figures';

const NUM = '[0-9]+(?:,[0-9]{3})*(?:\\.[0-9]+)?';
const MOVE = '增(?:长|加)?|提高|提升|上升|下降|减少|降低|降|缩短|缩减|扩大|压减|压缩|回落|下滑';
const RATE = new RegExp(
	`(?:由|从)(?:上年的?|去年的?|年初的?|上年同期的?|(?:19|20)[0-9]{2}年的?)?(${NUM})([^0-9，。；、]{0,6}?)(?:${MOVE})?(?:到|至)(${NUM})([^0-9，。；、]{0,6}?)[，,]?(?:同比|比上年|较上年)?(${[...RISE_WORDS, ...FALL_WORDS].join('|')})(?:了|为|达)?(${NUM})(%|个百分点|百分点)`,
	'dg'
);

const num = (t: string) => Number(t.replace(/,/g, ''));
const half = (t: string) => {
	const dot = t.indexOf('.');
	return 0.5 * 10 ** -(dot < 0 ? 0 : t.length - dot - 1);
};
const decimalsOf = (t: string) => (t.includes('.') ? t.length - t.indexOf('.') - 1 : 0);

export const rateMismatch = defineRule({
	meta: {
		id: 'rate-mismatch',
		category: 'content',
		defaultSeverity: 'warning',
		messages: { mismatch: M.rateMismatch.mismatch, direction: M.rateMismatch.direction },
		description: M.rateMismatch.description
	},
	scope: 'paragraph',
	create(ctx) {
		const s = foldedOf(ctx);
		if (!(charsOf(ctx, s) & LC_TO)) return;
		RATE.lastIndex = 0;
		for (let m = RATE.exec(s); m; m = RATE.exec(s)) {
			const [, xs, u1raw, ys, u2, verb, zs, zUnit] = m as unknown as string[];
			const u1 = u1raw || u2!;
			const a = unitScale(u1);
			const b = unitScale(u2!);
			if (a.base !== b.base) continue;
			const x = num(xs!) * a.scale;
			const y = num(ys!) * b.scale;
			const ex = half(xs!) * a.scale;
			const ey = half(ys!) * b.scale;
			const z = num(zs!);
			const ez = 2 * half(zs!);
			if (x <= 0 || x === y || (zUnit !== '%' && a.base !== '%')) continue;
			const [zFrom, zTo] = [m.indices![6]![0], m.indices![7]![1]];
			const data = { from: ctx.text.slice(m.indices![1]![0], m.indices![2]![1]) || xs!, to: ctx.text.slice(m.indices![3]![0], m.indices![4]![1]), got: ctx.text.slice(zFrom, zTo) };
			const rises = RISE_WORDS.includes(verb!);
			if (rises !== y > x) {
				const actual = y > x ? M.rateMismatch.up : M.rateMismatch.down;
				ctx.report({ from: m.indices![5]![0], to: m.indices![5]![1], messageId: 'direction', data: { from: data.from, to: data.to, actual, verb: verb! } });
				continue;
			}
			const points = Math.abs(y - x);
			const relative = (Math.abs(y - x) / x) * 100;
			const relError = ((ey + (y / x) * ex) / x) * 100;
			const pointsOk = a.base === '%' && Math.abs(points - z) <= ex + ey + ez + 1e-9;
			const relativeOk = Math.abs(relative - z) <= relError + ez + 1e-9;
			const ok = zUnit === '%' ? relativeOk || pointsOk : pointsOk;
			if (ok) continue;
			const dec = Math.max(1, decimalsOf(zs!));
			const expected = zUnit === '%' ? `${relative.toFixed(dec)}%` : `${points.toFixed(dec)}${zUnit}`;
			ctx.report({ from: zFrom, to: zTo, messageId: 'mismatch', data: { ...data, expected } });
		}
	}
});
