/**
 * The name of the measure a missing figure belongs to, read from the words before it:
 * "园区企业实现工业总产值亿元" → 工业总产值. Used for messages and for the fill-in form.
 */
import { isDigit, isHan } from './chars';

// Words that end a measure phrase when reading backwards: the verb or connective before it.
const STOP = /(?:实现|完成|达到|累计|共计|总计|合计|其中|全年|预计|共有|拥有|新增|以上|以下|占|为|是|有|达|共|约|了|的|和|及|与|在|将|把|对|由|从|向|至|已|均|该)/g;
const TRAILING = /(?:达到|达|为|是|约|共|合计|共计|累计|至|到|占|的)$/;

const MAX = 8;
const CUT_AFTER = '村镇县区市省园局司厂的和及与之';

/** The measure named right before `end` in `s` (empty when there is none). */
export function measureBefore(s: string, end: number): string {
	let start = end;
	while (start > 0 && end - start < 16 && isHan(s[start - 1]) && !isDigit(s[start - 1])) start--;
	let phrase = s.slice(start, end).replace(TRAILING, '');
	let cut = 0;
	// test, not exec: where a stop word ends is where the scan goes on (lastIndex; none is empty),
	// and no match array is made for each one.
	STOP.lastIndex = 0;
	while (STOP.test(phrase)) {
		// Keep a stop word that is the whole phrase's tail start only if something follows it.
		if (STOP.lastIndex < phrase.length) cut = STOP.lastIndex;
	}
	phrase = phrase.slice(cut);
	if (phrase.length > MAX) {
		// Keep the measure at the end; cut after a place or organisation word when there is one
		// (朝阳村|留地开发面积), else keep the last few characters, minus a leading particle.
		let cutAt = -1;
		for (let i = phrase.length - MAX; i < phrase.length - 2 && cutAt < 0; i++) if (CUT_AFTER.includes(phrase[i]!)) cutAt = i + 1;
		phrase = cutAt > 0 ? phrase.slice(cutAt) : phrase.slice(-MAX).replace(/^[的了和与及在对把将从向由于是为有之]/, '');
	}
	// A lone connective is no name (…增长%和%: the second figure's measure is the first's).
	return /^[和及与或、]$/.test(phrase) ? '' : phrase;
}
