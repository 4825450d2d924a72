/** Text of 明年再写 and 存为模板包 (simplified Chinese). */

/** What the old value is called in a slot's hint: 上年 for next year's draft, 原稿 for a template. */
export const hintPrefix = { 'next-year': '上年', template: '原稿' } as const;

/** A slot's hint: the value the place held, with its unit (上年：35.2 亿元). */
export function slotHint(prefix: string, value: string, unit: string): string {
	const spaced = unit === '' || unit === '%' || unit === '‰' ? unit : ` ${unit}`;
	return `${prefix}：${value}${spaced}`;
}

/** Labels for a figure whose measure the words before it do not name. */
export const fallbackLabels = { number: '数值', percent: '比例', year: '年份', date: '日期', mark: '待填写' } as const;

export const fromDraftMessages = {
	nextYear: '明年再写',
	saveAsPack: '存为模板包',
	nextYearTitle: (year: number | null) => (year ? `明年再写：${year} 年的新稿` : '明年再写：下一期的新稿'),
	saveAsPackTitle: '存为模板包',
	nextYearIntro: '新稿保留本稿的章节和文字；下面列出的数字变成待填写的空位，旧值作为提示留在空位旁。不需要改的数字可以勾选“保持原样”。',
	saveAsPackIntro: '模板包保留本稿的章节和文字；下面列出的数字变成空位（旧值作为提示），年份可以推进、保留或留空。',
	reportYear: '本稿年度',
	nextYearIs: (y: number) => `新稿年度：${y}`,
	noYear: '本稿没有设年度：年份不会推进。',
	sitesHeading: (n: number) => `数字和年份（${n} 处）`,
	noSites: '本稿没有数字或年份。',
	section: (title: string) => title || '（无标题章节）',
	keepAsIs: '保持原样',
	actions: { slot: '留空待填', keep: '保持原样', advance: '推进一年' },
	yearAdvanced: (from: string, to: string) => `${from} 年 → ${to} 年`,
	yearKept: '不是报告期，保留',
	packName: '模板包名称',
	packAuthor: '作者',
	packVersion: '版本号',
	packDescription: '说明',
	create: '新建稿件',
	savePack: '保存模板包',
	cancel: '取消',
	problems: '有问题，未保存：',
	nextYearPackName: (title: string) => `${title}（明年再写）`,
	nextYearDescription: (title: string) => `由“${title}”生成：数字留空，旧值作为提示。`,
	saved: (name: string) => `已存为模板包“${name}”，可在“模板包”页导出分享。`,
	openPacks: '去模板包页'
} as const;
