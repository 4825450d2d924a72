/** Every Chinese text the import shows (errors, change kinds, section kinds, the CLI summary). */
import type { ChangeKind } from './types';

export const importMessages = {
	unsupported: {
		doc: '这是旧版 Word 文档（.doc），稿匠读不了。请在 Word 或 WPS 里“另存为”.docx 后再导入，或者把正文复制后粘贴进来。',
		wps: '这是 WPS 文字文档（.wps），稿匠读不了。请在 WPS 里“另存为”.docx 后再导入，或者把正文复制后粘贴进来。',
		pdf: 'PDF 文件无法直接导入。请在阅读器里全选并复制正文，再粘贴到这里（稿匠会把断开的行接回段落）；或用 Word/WPS 把它转成 .docx。',
		image: '图片里的文字无法直接导入。请先用手机或办公软件的“提取文字”功能把文字复制出来，再粘贴到这里。',
		binary: '这个文件不是文本，也不是 .docx 或网页文件，无法导入。可以打开它，复制正文后粘贴进来。',
		corruptDocx: '这个 .docx 文件已损坏或不完整，无法读取。请用 Word/WPS 打开后重新保存，或复制正文后粘贴进来。',
		empty: '文件里没有文字。',
		tooLarge: (mb: number) => `文件太大（超过 ${mb} MB），无法导入。请只复制需要的那篇范文粘贴进来。`
	},
	encodingName: {
		'utf-8': 'UTF-8',
		'utf-16le': 'UTF-16（小端）',
		'utf-16be': 'UTF-16（大端）',
		gbk: 'GBK（Windows 中文）',
		gb18030: 'GB18030'
	} as Record<string, string>,
	change: {
		intro: '网站导语',
		'related-links': '相关文章列表',
		'title-suffix': '标题里的“（模板N篇）”',
		marker: '“篇一…篇N”分隔行',
		notice: '试读、下载、页码提示',
		url: '网址',
		watermark: '网站水印',
		join: '断行接回段落',
		'heading-break': '标题与正文分行',
		punct: '半角标点改全角',
		space: '多余空格'
	} satisfies Record<ChangeKind, string>,
	kindName: {
		overview: '概述',
		achievements: '主要成绩',
		problems: '存在问题',
		plan: '下一步计划',
		integrity: '廉洁自律',
		signature: '落款',
		free: '自由章节'
	} as Record<string, string>,
	openingTitle: '开头',
	signatureTitle: '落款',
	untitled: '未命名范文',
	cli: {
		usage: '用法：gaojiang import [--json] 文件\n  读取范文（.txt/.md/.docx/.html），清理网站残留，按“篇一…篇N”拆成范文、按一级标题拆成章节。\n  --json  输出 JSON：{encoding, title, samples:[{title, sections:[{title, kind, body}]}], removed:[{kind, text}]}',
		noFile: '请给出要导入的文件。',
		unknownOption: (o: string) => `未知选项：${o}`,
		readFailed: (f: string) => `读不了文件：${f}`,
		failed: (f: string, why: string) => `${f}：${why}`,
		summary: (file: string, encoding: string, title: string, samples: number, removed: number) =>
			`${file}（${encoding}）“${title}”：${samples} 篇范文，清理掉 ${removed} 处网站残留`,
		sample: (i: number, title: string, sections: number, chars: number) => `  ${i}. ${title}：${sections} 个章节，${chars} 字`,
		section: (title: string, kind: string, chars: number) => `       - ${title || '（开头）'} [${kind}] ${chars} 字`,
		ambiguous: (a: string, b: string) => `  注意：编码可能是 ${a}，也可能是 ${b}，已按 ${a} 读取。`
	}
};
