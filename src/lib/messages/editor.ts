/** Every text the editor, the findings panel, the badge and 逐项填空 show to the writer. */

export const editorMessages = {
	badge: (n: number) => `还有 ${n} 处未填写`,
	badgeTitle: '按 F8 / Shift+F8 跳到下一处 / 上一处未填写',
	prevBlank: '上一处未填写',
	nextBlank: '下一处未填写',
	editorLabel: (title: string) => `${title}：正文`,
	checking: '正在检查…',

	// Hover tooltip and quick fixes
	severity: { error: '错误', warning: '提醒', info: '提示' } as Record<string, string>,
	category: {
		blank: '未填写',
		leftover: '模板残留',
		numbering: '编号',
		format: '格式',
		content: '内容',
		style: '公文规范',
		residue: '范文残留'
	} as Record<string, string>,
	applyFix: '修正',
	applyFixTo: (text: string) => (text ? `改为“${text}”` : '删除'),
	ignoreHere: '忽略此处',
	unignore: '取消忽略',
	jumpTo: '定位',

	// Findings panel
	panelTitle: '检查结果',
	panelEmpty: '没有发现问题。',
	panelSectionCount: (n: number) => `${n} 处`,
	panelIgnoredTitle: (n: number) => `已忽略（${n}）`,
	panelLine: (line: number) => `第 ${line} 行`,
	untitledSection: '（无标题章节）',
	draftTitle: '标题',
	sectionTitleOf: (title: string) => `${title || '（无标题章节）'}（章节标题）`,
	wholeDraft: '全文',
	wholeDraftGroup: '标题与全文',
	sectionResidue: (percent: number) => `本节 ${percent}% 与范文相同`,
	sectionResidueTitle: '按句统计，与导入时的范文一字不差的部分；改写后比例会下降',

	// 逐项填空
	fillInButton: '逐项填空',
	fillInTitle: '逐项填空',
	fillInIntro: '逐项填写每一处空白；按 Enter 跳到下一项。留空的项保持原样。',
	fillInNone: '没有需要填写的空白。',
	fillInApply: '填入正文',
	fillInCancel: '取消',
	fillInUndo: '撤销填空',
	fillInUndone: (n: number) => `已撤销 ${n} 处填空。`,
	fillInDone: (n: number) => `已填入 ${n} 处。可按 Ctrl+Z 或点“撤销填空”恢复。`,
	fillInUndoStale: '填空后正文又有改动，部分章节未能撤销；请在该章节中按 Ctrl+Z。',
	fillInUnitAdded: '原文缺了单位，填入时会一并补上',
	fillInProgress: (done: number, total: number) => `已填 ${done} / ${total}`,
	fillInAsk: {
		number: '数值',
		percent: '百分数',
		year: '年份',
		name: '名称',
		date: '日期',
		text: '内容'
	} as Record<string, string>,
	fillInPlaceholder: {
		number: '如 12.5',
		percent: '如 8.3',
		year: '如 2026',
		name: '填写实际名称',
		date: '如 2026年12月1日',
		text: '填写内容'
	} as Record<string, string>,
	fillInBad: {
		number: '请用阿拉伯数字填写，如 12.5 或 -3。',
		percent: '请用阿拉伯数字填写，如 8.3（百分号会自动保留）。',
		year: '年份请填写四位阿拉伯数字，如 2026。',
		month: '月份请填写 1 到 12 的阿拉伯数字。',
		day: '日请填写 1 到 31 的阿拉伯数字。',
		date: '日期请写成“2026年12月1日”：阿拉伯数字，年份写全，月、日前不加 0。',
		name: '名称不能只有空格或占位符。',
		text: '内容不能只有空格。'
	} as Record<string, string>,
	fillInChineseNumeral: (typed: string, arabic: string) => `数字请用阿拉伯数字：“${typed}”是 ${arabic} 吗？`,
	fillInNoSuchDay: (date: string) => `没有这一天：${date}。`,
	fillInUseSuggestion: (value: string) => `改为 ${value}`,
	fillInProposed: (year: number) => `按本稿年度 ${year} 年建议，可修改`,
	fillInReuse: (value: string) => `沿用 ${value}`,
	fillInReuseLabel: (ask: string, value: string) => `${ask}沿用 ${value}`,
	fillInSame: (n: number) => `共 ${n} 处，填一次全部填入`,
	fillInPlaces: (places: string) => `在：${places}`,
	fillInPlace: (title: string, count: number) => (count > 1 ? `${title} ${count} 处` : title),
	fillInEach: '逐处查看',
	fillInLine: (title: string, line: number) => `${title} 第 ${line} 行`,
	fillInSplit: '单独填写',
	fillInSplitLabel: (where: string) => `${where}单独填写`,
	fillInHasErrors: (n: number) => `有 ${n} 项格式不对，请改正后再填入。`
} as const;

/**
 * CodeMirror's own interface words (search panel, go-to-line) in Chinese, fed through
 * EditorState.phrases so the search-and-replace panel speaks the writer's language.
 */
export const codeMirrorPhrases: Record<string, string> = {
	Find: '查找',
	Replace: '替换',
	next: '下一个',
	previous: '上一个',
	all: '全部',
	'match case': '区分大小写',
	regexp: '正则表达式',
	'by word': '整词',
	replace: '替换',
	'replace all': '全部替换',
	close: '关闭',
	'current match': '当前匹配',
	'replaced match on line $': '已替换第 $ 行的匹配',
	'replaced $ matches': '已替换 $ 处',
	'on line': '在第几行',
	'Go to line': '跳到行',
	go: '跳转',
	'Control character': '控制字符',
	'Selection deleted': '选中内容已删除'
};
