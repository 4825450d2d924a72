/**
 * Template-site leftovers: the site's intro (下面是小编…，希望大家能够喜欢), "篇一" piece
 * headers, lists of related-article titles between pieces, and fill-in hints left in brackets.
 */
import { foldedOf } from '../text/normalize';
import { documentLines } from '../text/lines';
import { defineRule } from './define';
import { checkMessages as M } from '../messages';
import { LineCache } from '../line-cache';

const EDITOR = /小编|希望(?:大家|你|您|对你|对您|本文|能)|欢迎(?:阅读|借鉴|参考|收藏|下载)|仅供(?:参考|借鉴)/g;
const EDITOR_HOPE = /^希望[^。！？\n]{0,10}(?:喜欢|有所帮助|有帮助|帮助到|收藏)/;
const SENTENCE_END = '。！？!?\n';
const PIECE_HEADER = /^\s*(?:【\s*)?(?:[^\s，。；]{0,30}?)(?:篇|范文|例文|模板)\s*[一二三四五六七八九十0-9]{1,3}\s*(?:】)?\s*$/;
const TITLE_COUNT = /[（(]\s*(?:精选|通用|优秀|最新)?\s*(?:模板|范文|合集|精选|通用)?\s*[0-9一二三四五六七八九十]+\s*篇\s*[)）]|(?:范文|模板)\s*[0-9一二三四五六七八九十]+\s*篇/;
const HINT = /[（(【\[]\s*(?:根据实际情况|根据实际|结合实际|请根据|可根据|请填写|请结合|按实际|此处(?:填写|请))[^）)】\]\n]{0,20}[）)】\]]/g;
const SITE = /(?:点击(?:下载|查看|阅读)|更多(?:相关|精彩)(?:文章|内容|范文)|相关(?:文章|推荐|阅读)[:：]?$|延伸阅读|本文(?:来源|转载)|版权归|扫码关注|免费下载)[^\n]{0,30}/g;
/** Words one of which every HINT / SITE match holds: when no line has one, the regex is not run. */
const HINT_CUES = ['实际', '请', '此处', '可根据'];
const SITE_CUES = ['点击', '更多', '相关', '延伸阅读', '本文', '版权归', '扫码关注', '免费下载'];
const HINT_CUE = 1;
const SITE_CUE = 2;
const GENRE = /总结|计划|报告|心得|体会|范文|方案|讲话|发言|述职|汇报|材料|自查|精品|大全|模板|致辞|感想|征文|演讲/;
const SENTENCE_PUNCT = /[。，；：！？!?,;:、]/;
const NUMBERED = /^\s*(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十0-9]+[）)]|[0-9]+[、.．)）]|第[一二三四五六七八九十0-9]+|#)/;

/** What one line holds, read once per line text (the rule reads every line at every keystroke). */
interface LineVerdict {
	/** The site's intro sentences: [from, to) in the line. */
	editor: Array<[number, number]>;
	/** HINT_CUE | SITE_CUE when the line holds one of their words. */
	cues: number;
	/** The trimmed line's [start, end); start -1 for a blank line. */
	start: number;
	end: number;
	/** A piece header (篇二), a title counting pieces ([from, to) of the count), a short title. */
	piece: boolean;
	count: [number, number] | null;
	title: boolean;
}

const verdicts = new LineCache<string, LineVerdict>();

function verdictOf(s: string): LineVerdict {
	let v = verdicts.get(s);
	if (v) return v;
	const editor: Array<[number, number]> = [];
	EDITOR.lastIndex = 0;
	for (let m = EDITOR.exec(s); m; m = EDITOR.exec(s)) {
		let from = m.index;
		while (from > 0 && !SENTENCE_END.includes(s[from - 1]!)) from--;
		let to = m.index + m[0].length;
		while (to < s.length && !SENTENCE_END.includes(s[to]!)) to++;
		if (to < s.length) to++;
		if (m[0].startsWith('希望') && !EDITOR_HOPE.test(s.slice(m.index, to))) continue;
		while (from < to && /\s/.test(s[from]!)) from++;
		editor.push([from, to]);
		EDITOR.lastIndex = to;
	}
	const cues = (HINT_CUES.some((c) => s.includes(c)) ? HINT_CUE : 0) | (SITE_CUES.some((c) => s.includes(c)) ? SITE_CUE : 0);
	const line = s.replace(/\r$/, '');
	const text = line.trim();
	v = { editor, cues, start: -1, end: -1, piece: false, count: null, title: false };
	if (text) {
		v.start = line.indexOf(text);
		v.end = v.start + text.length;
		const pieceCue = line.includes('篇') || line.includes('范文') || line.includes('例文') || line.includes('模板');
		if (pieceCue && PIECE_HEADER.test(line)) v.piece = true;
		else {
			const tc = pieceCue ? TITLE_COUNT.exec(line) : null;
			if (tc) v.count = [tc.index, tc.index + tc[0].length];
			v.title = text.length <= 24 && GENRE.test(text) && !SENTENCE_PUNCT.test(text) && !NUMBERED.test(text);
		}
	}
	verdicts.set(s, v);
	return v;
}

export const leftover = defineRule({
	meta: {
		id: 'leftover',
		category: 'leftover',
		defaultSeverity: 'warning',
		messages: {
			editorIntro: M.leftover.editorIntro,
			pieceHeader: M.leftover.pieceHeader,
			linkList: M.leftover.linkList,
			fillHint: M.leftover.fillHint,
			siteNoise: M.leftover.siteNoise
		},
		description: M.leftover.description
	},
	scope: 'document',
	create(ctx) {
		const doc = documentLines(ctx);
		const verdicts = doc.folded.map(verdictOf);
		const short = (t: string) => (t.length > 24 ? t.slice(0, 24) + '…' : t);
		// The site's intro: its whole sentence, once (sentences end at line breaks).
		for (let i = 0; i < verdicts.length; i++) {
			const at = doc.starts[i]!;
			for (const [a, b] of verdicts[i]!.editor) {
				const from = at + a;
				const to = at + b;
				ctx.report({ from, to, messageId: 'editorIntro', data: { text: short(ctx.text.slice(from, to)) }, fix: { from, to, insert: '' } });
			}
		}
		const cues = verdicts.reduce((c, v) => c | v.cues, 0);
		for (const [re, id, cue] of [
			[HINT, 'fillHint', HINT_CUE],
			[SITE, 'siteNoise', SITE_CUE]
		] as const) {
			if (!(cues & cue)) continue;
			// These may reach across lines (a bracket, then the hint on the next line): read on the whole text.
			const s = foldedOf(ctx);
			re.lastIndex = 0;
			for (let m = re.exec(s); m; m = re.exec(s)) {
				if (!m[0].trim()) {
					re.lastIndex++;
					continue;
				}
				const from = m.index + (m[0].length - m[0].trimStart().length);
				const to = m.index + m[0].trimEnd().length;
				ctx.report({ from, to, messageId: id, data: { text: short(ctx.text.slice(from, to)) }, ...(id === 'fillHint' ? { fix: { from, to, insert: '' } } : {}) });
			}
		}
		// Line-based: piece headers, titles counting pieces, runs of related-article titles.
		let run: Array<[number, number]> = [];
		const flush = () => {
			if (run.length >= 3) {
				const from = run[0]![0];
				const to = run[run.length - 1]![1];
				ctx.report({ from, to, messageId: 'linkList', data: { count: run.length } });
			}
			run = [];
		};
		for (let i = 0; i < verdicts.length; i++) {
			const v = verdicts[i]!;
			if (v.start < 0) continue; // blank lines do not break a run of titles
			const lineFrom = doc.starts[i]!;
			const start = lineFrom + v.start;
			const end = lineFrom + v.end;
			if (v.piece) {
				flush();
				ctx.report({ from: start, to: end, messageId: 'pieceHeader', data: { text: short(ctx.text.slice(start, end)) } });
				continue;
			}
			if (v.count) {
				const [a, b] = v.count;
				ctx.report({ from: lineFrom + a, to: lineFrom + b, messageId: 'siteNoise', data: { text: ctx.text.slice(lineFrom + a, lineFrom + b) } });
			}
			if (v.title) run.push([start, end]);
			else flush();
		}
		flush();
	}
});
