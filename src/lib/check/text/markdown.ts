/**
 * Which `*` / `_` runs in a line are Markdown emphasis delimiters (`**加粗**`) rather than
 * placeholders (`**集团`). Follows CommonMark's flanking rules, simplified to pairing runs of
 * equal length: a run preceded by punctuation and followed by a letter cannot close, so
 * `**集团、**化妆品` pairs nothing while `**加粗**` pairs.
 */

import { NAME_SUFFIXES } from '../lexicon';
import { escapeRe } from './regex';

const WS = /\s/;
const PUNCT = /[\p{P}\p{S}]/u;
/**
 * Chinese punctuation that ends a bold run-in heading (**（一）扩大覆盖。**全年……, **二是抓落实！**,
 * **工作法：**): strict CommonMark lets no run after punctuation close before a letter, but Chinese
 * puts no space there, so `**` after these may close. 、 and ， are not among them: a list of masked
 * names (**集团、**食品) must not pair.
 */
const CJK_HEADING_END = '。！？；：）】」』”';
/** Quotation marks bold may open before or close after with no space (straight quotes both ways). */
const QUOTE_OPEN = '“「『‘"';
const QUOTE_CLOSE = '”」』’"';
const isHanChar = (c: string) => c >= '\u3400' && c <= '\u9fff';
/** What may stand before a run-in heading's opening `**`: nothing, or a list or quote marker. */
const LINE_OPENING = /^\s*(?:(?:[-*+>]|\d+[.)])\s*)?$/;

/** A clause naming an organisation, then a comma: 电器股份有限公司，… */
const NAMED_CLAUSE = new RegExp(`^[\\u4e00-\\u9fff]{1,12}(?:${NAME_SUFFIXES.filter((x) => x.length > 1).map(escapeRe).join('|')})[，,；;]`);
/** Whether a run stands inside a word: Han right before and right after it. */
const hanFlanked = (line: string, r: { start: number; end: number }) => isHanChar(line[r.start - 1] ?? '') && isHanChar(line[r.end] ?? '');
/** The longest field label read between a pair of ** (岗位：, 联系电话：). */
const FIELD_LABEL_MAX = 8;
/**
 * `**岗位：**` after spaces in a row of fields (**部门：** 销售部　　**岗位：**区域经理): a short label
 * closed by its colon, opened after whitespace, is bold like a run-in heading (quiet6).
 */
function fieldLabel(line: string, open: Run, close: Run): boolean {
	const label = line.slice(open.end, close.start);
	return open.start > 0 && WS.test(line[open.start - 1]!) && label.length <= FIELD_LABEL_MAX && !WS.test(label) && /[：:]$/.test(label);
}

interface Run {
	start: number;
	end: number;
	ch: string;
	canOpen: boolean;
	canClose: boolean;
	/** Closes only a run that opens the line (a bold run-in heading), see CJK_HEADING_END. */
	headingOnly: boolean;
}

/** Offsets of characters that are emphasis markup in `line` (empty when there are none). */
export function emphasisMarkup(line: string): Set<number> {
	const marks = new Set<number>();
	if (!line.includes('**') && !line.includes('__') && !/\*[^*\s]/.test(line)) return marks;
	const runs: Run[] = [];
	const re = /\*+|_+/g;
	for (let m = re.exec(line); m; m = re.exec(line)) {
		const start = m.index;
		const end = start + m[0].length;
		const prev = start > 0 ? line[start - 1]! : ' ';
		const next = end < line.length ? line[end]! : ' ';
		// Chinese puts no space around bold that opens or closes on a quotation mark (坚持**“保基本”**的):
		// ** may open before an opening quote and close after a closing one, Han on the other side.
		const left = !WS.test(next) && (!PUNCT.test(next) || WS.test(prev) || PUNCT.test(prev) || (QUOTE_OPEN.includes(next) && isHanChar(prev)));
		const strictRight = !WS.test(prev) && (!PUNCT.test(prev) || WS.test(next) || PUNCT.test(next) || (QUOTE_CLOSE.includes(prev) && isHanChar(next)));
		const headingEnd = !strictRight && m[0] === '**' && CJK_HEADING_END.includes(prev);
		const right = strictRight || headingEnd;
		const ch = m[0][0]!;
		// Stars between a digit and more of a number or its unit hide digits (41**万元): never markup.
		// (A version number before them, as in `**数据平台V3.0**`, is text, so they may close.)
		if (/[0-9]/.test(prev) && !WS.test(next) && !PUNCT.test(next) && !/[A-Za-z][0-9.]*$/.test(line.slice(Math.max(0, start - 8), start))) continue;
		if (/[0-9]/.test(next) && /[0-9.]/.test(prev)) continue;
		// 20** 年, 1**%, 3.* 人: stars ending a figure before its unit or year.
		if (/[0-9]/.test(prev) && /^ *(?:年|%|‰)/.test(line.slice(end, end + 4))) continue;
		if (prev === '.' && /[0-9*xX]/.test(line[start - 2] ?? '')) continue;
		// **.*亿元: stars before a decimal point hide digits, whatever their number.
		if (/^\.[*xX0-9]/.test(line.slice(end, end + 2))) continue;
		// *区, 健康*区: a lone star before a place suffix hides a name.
		if (m[0] === '*' && /^[区县市镇乡村省州]/.test(line.slice(end, end + 1))) continue;
		// A lone star right before a unit or a decimal point hides a digit (资金*亿元、贷款*.*亿元).
		if (m[0] === '*' && /^(?:[亿万千百元%]|\.[*0-9])/.test(line.slice(end, end + 2))) continue;
		// `_` inside a word never delimits (20__年 is a blank, not emphasis).
		const canOpen = ch === '*' ? left : left && (!right || PUNCT.test(prev));
		const canClose = ch === '*' ? right : right && (!left || PUNCT.test(next));
		runs.push({ start, end, ch, canOpen, canClose, headingOnly: headingEnd });
	}
	const stack: Run[] = [];
	for (const run of runs) {
		if (run.canClose) {
			let k = stack.length - 1;
			// Look back a bounded way: a line of thousands of stars must not go quadratic.
			const stop = Math.max(-1, k - 32);
			while (k > stop && !(stack[k]!.ch === run.ch && stack[k]!.end - stack[k]!.start === run.end - run.start)) k--;
			if (k === stop) k = -1;
			if (k >= 0 && run.headingOnly && !LINE_OPENING.test(line.slice(0, stack[k]!.start)) && !fieldLabel(line, stack[k]!, run)) k = -1;
			// **至**: emphasis around a single character is a pair of placeholders.
			if (k >= 0 && run.start - stack[k]!.end <= 1) k = -1;
			// 加入**电器股份有限公司，年起担任**大区: both runs inside words (Han on either side), the
			// first opening a clause that ends in a name's suffix: two masks, not bold.
			if (k >= 0 && hanFlanked(line, stack[k]!) && hanFlanked(line, run) && NAMED_CLAUSE.test(line.slice(stack[k]!.end, run.start))) k = -1;
			if (k >= 0) {
				const open = stack[k]!;
				for (let i = open.start; i < open.end; i++) marks.add(i);
				for (let i = run.start; i < run.end; i++) marks.add(i);
				stack.length = k;
				continue;
			}
		}
		if (run.canOpen) stack.push(run);
	}
	return marks;
}
