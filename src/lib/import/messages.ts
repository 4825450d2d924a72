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
	ui: {
		start: '从范文开始',
		startHint: '导入文件（.txt / .docx / .html）、拖放到本页，或粘贴网页上复制的范文',
		emptyHint: '也可以点“从范文开始”：导入 .txt / .docx / .html 范文，把文件拖到本页，或直接粘贴（Ctrl+V）。',
		importInto: '导入到本稿',
		chooseFile: '选择文件…',
		pasteBox: '或把范文粘贴到这里（Ctrl+V）',
		pasteLabel: '粘贴范文',
		dropHere: '松开鼠标即可导入',
		reading: '正在读取…',
		dialogTitle: '导入范文',
		from: (name: string | null, encoding: string) => (name ? `${name} · ${encoding}` : `粘贴的文字 · ${encoding}`),
		encodingQuestion: '这个文件的编码不能完全确定，请选择读起来正常的一种：',
		encodingOption: (name: string, preview: string) => `${name}：${preview}`,
		cleaning: '清理范文',
		cleaningHint: '以下改动会在导入时应用；取消勾选即可保留原样。删掉的文字保存在草稿的来源里，不会丢失。',
		kindCount: (label: string, n: number) => `${label}（${n}）`,
		changeRemoved: (text: string) => `删去：${text}`,
		changeJoined: (before: string, after: string) => `接行：…${before}⏎${after}…`,
		changeReplaced: (from: string, to: string) => `${from} → ${to}`,
		moreChanges: (n: number) => `还有 ${n} 处`,
		noChanges: '没有需要清理的内容。',
		samples: (n: number) => `找到 ${n} 篇范文，勾选要导入的（每篇一份草稿）：`,
		sampleLine: (title: string, chars: number) => `${title} · ${chars} 字`,
		sections: '章节',
		sectionKind: '章节类型',
		draftTitle: '草稿标题',
		year: '报告年份',
		yearHint: '从文中推断，请确认',
		pack: '套用模板包的章节',
		noPack: '不套用（按范文章节）',
		accept: '导入',
		acceptMany: (n: number) => `导入 ${n} 篇`,
		replace: '替换本稿内容',
		append: '追加为新章节',
		cancel: '取消',
		imported: (n: number) => `已导入 ${n} 份草稿。`,
		importedInto: '已导入。导入前的内容保存在“历史版本”里（导入前）。',
		failed: (why: string) => `导入失败：${why}`
	},
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
