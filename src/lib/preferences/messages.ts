/** Text of the settings the writer sees (备份与设置), and the check groups' names. */
export const preferencesMessages = {
	title: '设置',
	hint: '这些设置存在本机的草稿数据库里，也随完整备份一起下载和恢复。',
	saved: '已保存设置。',
	saveFailed: (why: string) => `设置未能保存：${why}`,
	exportTitle: '导出默认',
	exportHint: '新打开导出对话框的草稿按这里的预设和字体导出；已在导出对话框里改过设置的草稿保留自己的设置。',
	preset: '默认预设',
	presets: { gbt9704: 'GB/T 9704 公文格式', plain: '普通文档' } as Record<string, string>,
	ownPreset: (name: string) => `我的预设：${name}`,
	fontsTitle: '默认字体（留空则用预设的字体）',
	fontRoles: {
		title: '标题',
		body: '正文',
		level1: '一级标题',
		level2: '二级标题',
		level3: '三级标题',
		latin: '数字和西文',
		pageNumber: '页码'
	} as Record<string, string>,
	badFont: '字体名不能为空，也不能含引号、尖括号、分号、花括号或反斜杠。',
	draftsTitle: '新建草稿',
	defaultYear: '默认年度（标题里没有年份时使用）',
	defaultYearPlaceholder: '不设',
	badYear: '请填写 1900—2999 之间的四位年份，或留空。',
	checksTitle: '检查哪些问题',
	checksHint: '关掉的检查在编辑器、导出前的提示和命令行（--draft）里都不再出现。未填写的空白始终检查。',
	interfaceTitle: '界面',
	editorFontSize: '编辑器字号',
	fontSizePx: (n: number) => `${n} 像素`
} as const;

/** Each check group's name, what it covers and an example (our own words). */
export const checkGroupMessages: Record<string, { label: string; example: string }> = {
	style: { label: '公文规范', example: '中文里的半角标点、“”与「」混用、“二〇二六年”与“2026年”混用' },
	numbers: { label: '数字一致', example: '“其中”各项大于总数、增幅与前后两数对不上、占比超过100%、同一指标前后两个数' },
	years: { label: '往年年份', example: '报告年度是 2026，正文却写“2023年，……”' },
	format: { label: '数字写法', example: '“增长-5%”、丢了百分号、数字中间漏字' },
	numbering: { label: '序号', example: '“一、二、四、”跳号，层级序号混用' },
	leftover: { label: '网站残留', example: '“小编”“希望大家能够喜欢”、相关文章列表' },
	residue: { label: '范文残留', example: '与导入的范文一字不差的章节、范文里的地名和单位名' }
};
