/** Text the export feature shows (simplified Chinese). */
export const exportMessages = {
	panelTitle: '导出',
	formats: { docx: 'Word 公文（.docx）', md: 'Markdown（.md）', txt: '纯文本（.txt）', html: '网页（.html）' },
	preset: '版式',
	presets: { gbt9704: '公文（GB/T 9704）', plain: '普通文档' },
	fonts: '字体',
	fontLabels: {
		title: '标题',
		body: '正文',
		level1: '一级标题（一、）',
		level2: '二级标题（（一））',
		level3: '三、四级标题（1.（1））',
		latin: '数字和西文',
		pageNumber: '页码'
	},
	fontInvalid: '字体名不能为空，也不能含引号、尖括号、分号或花括号',
	boldLevels34: '三、四级标题加粗',
	numberSections: '章节标题自动编号（一、二、……）',
	pageNumbers: '页码（— 1 —，单页居右、双页居左）',
	resetFonts: '恢复默认字体',
	openBlanks: (n: number) => `还有 ${n} 处空白未填写：`,
	openBlanksNone: '没有发现未填写的空白。',
	moreBlanks: (n: number) => `……另有 ${n} 处`,
	exportAnyway: '仍然导出，并在文档中用黄色标出这些空白',
	exportNeedsChoice: '请先填写空白，或勾选“仍然导出”。',
	exporting: '正在生成……',
	exported: (name: string) => `已生成：${name}`,
	exportFailed: (why: string) => `导出失败：${why}。文稿没有改动，可以重试。`,
	print: '打印 / 另存为 PDF',
	copySection: '复制本节',
	copyReport: '复制全文',
	copied: '已复制，可直接粘贴到 Word 或 WPS',
	copiedPlain: '已复制为纯文本（浏览器不允许写入带格式内容）',
	copyFailed: '复制失败：浏览器拒绝访问剪贴板，请检查权限后重试。',
	preview: '公文预览',
	previewPages: (n: number) => `共 ${n} 页`,
	pageNumber: (n: number) => `— ${n} —`,
	untitled: '未命名报告',
	/** The author written into the .docx properties. */
	creator: '稿匠'
} as const;

/** Toolbar of the draft page. */
export const exportToolsMessages = {
	open: '导出…',
	preview: '公文预览',
	close: '关闭'
} as const;
