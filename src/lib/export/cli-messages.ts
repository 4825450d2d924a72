/** Text printed by `gaojiang export`. */
export const exportCliMessages = {
	usage: `用法：gaojiang export --format docx|md|txt|html [--preset gbt9704|plain] [--allow-blanks] [--allow-residue] 输入 -o 输出
       gaojiang export --format ... --draft 草稿标题或id 备份.json -o 输出
  输入为 Markdown 或纯文本报告：第一行是标题，“一、”等标题按原样书写。
  有未填写的空白、模板残留或范文残留时不导出，逐条列出位置（退出码 1）。
  --preset         gbt9704（公文，默认）或 plain（普通文档）
  --pack 模板包.json  按模板包检查；--year 年度  报告年度
  --source 范文.txt  与这篇范文比对（备份里的草稿自带导入时的范文）
  --allow-blanks   有未填写的空白时仍然导出，并在 .docx/.html 中用黄色标出
  --allow-residue  有模板残留（小编导语、相关文章、“篇一”、填写提示）或范文残留（与范文相同的章节、
                   范文中的名称）时仍然导出，残留内容照原样保留`,
	missingFormat: '缺少 --format（可选 docx、md、txt、html）',
	badFormat: (f: string) => `不支持的格式：${f}（可选 docx、md、txt、html）`,
	badPreset: (p: string) => `未知的版式：${p}（可选 gbt9704、plain）`,
	missingInput: '缺少输入文件',
	missingOutput: '缺少输出文件（-o 输出路径）',
	unknownOption: (o: string) => `未知选项：${o}`,
	readFailed: (p: string, why: string) => `无法读取 ${p}：${why}`,
	writeFailed: (p: string, why: string) => `无法写入 ${p}：${why}`,
	notText: (p: string) => `${p} 不是文本文件（请提供 UTF-8 或 GBK 编码的 Markdown/文本报告）`,
	empty: (p: string) => `${p} 是空的，没有可导出的内容`,
	openBlanks: (n: number) => `还有 ${n} 处空白未填写：`,
	blankAt: (line: number, col: number, context: string) => `  第 ${line} 行第 ${col} 列：${context}`,
	refuse: '未导出。请先填写这些空白，或加上 --allow-blanks 仍然导出（空白会以黄色标出）。',
	gateGroups: {
		leftovers: (n: number) => `模板残留 ${n} 处（范文网站的导语、相关文章、“篇一”等）：`,
		residue: (n: number) => `范文残留 ${n} 处（与范文相同的章节、范文中的名称）：`
	},
	itemAt: (line: number, col: number, message: string, context: string) => `  第 ${line} 行第 ${col} 列：${message}${context ? `　${context}` : ''}`,
	refuseResidue: '未导出。请先删去或改写这些残留内容，或加上 --allow-residue 仍然导出（残留内容照原样保留）。',
	refuseBoth: '未导出。请先处理以上内容，或加上 --allow-blanks（空白以黄色标出）和 --allow-residue（残留照原样保留）仍然导出。',
	exportedWithResidue: (leftovers: number, residue: number) => `按 --allow-residue 导出：文中仍有模板残留 ${leftovers} 处、范文残留 ${residue} 处。`,
	written: (p: string, n: number) => `已写入 ${p}（${n} 字节）`
} as const;
