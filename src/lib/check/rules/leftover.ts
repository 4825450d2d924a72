/**
 * Template-site leftovers: the site's intro (下面是小编…，希望大家能够喜欢), "篇一" piece
 * headers, lists of related-article titles between pieces, and fill-in hints left in brackets.
 */
import { foldedOf } from '../text/normalize';
import { defineRule } from './define';
import { checkMessages as M } from '../messages';

const EDITOR = /小编|希望(?:大家|你|您|对你|对您|本文|能)|欢迎(?:阅读|借鉴|参考|收藏|下载)|仅供(?:参考|借鉴)/g;
const EDITOR_HOPE = /^希望[^。！？\n]{0,10}(?:喜欢|有所帮助|有帮助|帮助到|收藏)/;
const SENTENCE_END = '。！？!?\n';
const PIECE_HEADER = /^\s*(?:【\s*)?(?:[^\s，。；]{0,30}?)(?:篇|范文|例文|模板)\s*[一二三四五六七八九十0-9]{1,3}\s*(?:】)?\s*$/;
const TITLE_COUNT = /[（(]\s*(?:精选|通用|优秀|最新)?\s*(?:模板|范文|合集|精选|通用)?\s*[0-9一二三四五六七八九十]+\s*篇\s*[)）]|(?:范文|模板)\s*[0-9一二三四五六七八九十]+\s*篇/;
const HINT = /[（(【\[]\s*(?:根据实际情况|根据实际|结合实际|请根据|可根据|请填写|请结合|按实际|此处(?:填写|请))[^）)】\]\n]{0,20}[）)】\]]/g;
const SITE = /(?:点击(?:下载|查看|阅读)|更多(?:相关|精彩)(?:文章|内容|范文)|相关(?:文章|推荐|阅读)[:：]?$|延伸阅读|本文(?:来源|转载)|版权归|扫码关注|免费下载)[^\n]{0,30}/g;
/** Words one of which every HINT / SITE match holds: when none is in the text, the regex is not run. */
const HINT_CUES = ['实际', '请', '此处', '可根据'];
const SITE_CUES = ['点击', '更多', '相关', '延伸阅读', '本文', '版权归', '扫码关注', '免费下载'];
const GENRE = /总结|计划|报告|心得|体会|范文|方案|讲话|发言|述职|汇报|材料|自查|精品|大全|模板|致辞|感想|征文|演讲/;
const SENTENCE_PUNCT = /[。，；：！？!?,;:、]/;
const NUMBERED = /^\s*(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十0-9]+[）)]|[0-9]+[、.．)）]|第[一二三四五六七八九十0-9]+|#)/;

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
		const s = foldedOf(ctx);
		const short = (t: string) => (t.length > 24 ? t.slice(0, 24) + '…' : t);
		// The site's intro: find a cue word cheaply, then report its whole sentence once.
		EDITOR.lastIndex = 0;
		for (let m = EDITOR.exec(s); m; m = EDITOR.exec(s)) {
			let from = m.index;
			while (from > 0 && !SENTENCE_END.includes(s[from - 1]!)) from--;
			let to = m.index + m[0].length;
			while (to < s.length && !SENTENCE_END.includes(s[to]!)) to++;
			if (to < s.length && s[to] !== '\n') to++;
			if (m[0].startsWith('希望') && !EDITOR_HOPE.test(s.slice(m.index, to))) continue;
			while (from < to && /\s/.test(s[from]!)) from++;
			ctx.report({ from, to, messageId: 'editorIntro', data: { text: short(ctx.text.slice(from, to)) }, fix: { from, to, insert: '' } });
			EDITOR.lastIndex = to;
		}
		for (const [re, id, cues] of [
			[HINT, 'fillHint', HINT_CUES],
			[SITE, 'siteNoise', SITE_CUES]
		] as const) {
			if (!cues.some((c) => s.includes(c))) continue;
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
		for (let from = 0; from <= s.length; ) {
			let nl = s.indexOf('\n', from);
			if (nl === -1) nl = s.length;
			const line = s.slice(from, nl).replace(/\r$/, '');
			const lineFrom = from;
			from = nl + 1;
			const text = line.trim();
			if (!text) continue; // blank lines do not break a run of titles
			const start = lineFrom + line.indexOf(text);
			const end = start + text.length;
			const pieceCue = line.includes('篇') || line.includes('范文') || line.includes('例文') || line.includes('模板');
			if (pieceCue && PIECE_HEADER.test(line)) {
				flush();
				ctx.report({ from: start, to: end, messageId: 'pieceHeader', data: { text: short(ctx.text.slice(start, end)) } });
				continue;
			}
			const tc = pieceCue ? TITLE_COUNT.exec(line) : null;
			if (tc) ctx.report({ from: lineFrom + tc.index, to: lineFrom + tc.index + tc[0].length, messageId: 'siteNoise', data: { text: ctx.text.slice(lineFrom + tc.index, lineFrom + tc.index + tc[0].length) } });
			if (text.length <= 24 && GENRE.test(text) && !SENTENCE_PUNCT.test(text) && !NUMBERED.test(text)) run.push([start, end]);
			else flush();
		}
		flush();
	}
});
