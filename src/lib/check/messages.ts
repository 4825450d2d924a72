/** Every Chinese text the checker shows, by rule. `{name}` is filled from a report's data. */
export const checkMessages = {
	maskedYear: {
		description: '年份被 xx、__ 等占位符代替，尚未填写。',
		maskedYear: '年份未填写'
	},
	maskedName: {
		description: '地名、单位名等被 aa、xx、** 等占位符隐去。',
		maskedName: '名称被隐去：{token}（请填写实际名称）',
		maskedText: '此处留有空白：{token}（请填写实际内容）'
	},
	maskedNumber: {
		description: '数字的全部或部分被 x、*、_ 等占位符代替。',
		maskedNumber: '数值被隐去：{what}（请填写实际数值）'
	},
	missingNumber: {
		description: '计量单位、增减动词、“完成计划的”等后面本应有数值，却是空的。',
		missing: '此处缺少数值：{what}',
		missingDate: '日期未填写：缺少{part}',
		missingYear: '年份未填写'
	},
	columnTable: {
		description: '用空格排成列的表格中，某行在有数字的列下是空的。'
	},
	pipeTable: {
		description: '表格中某一列各行填的是数字，这一行却空着。'
	},
	lostChar: {
		description: '文本中出现 □ 或 � 等丢失的字符，多为复制时丢失的标点或文字。',
		lostChar: '此处有丢失的字符“{char}”，请核对原文'
	},
	percentLost: {
		description: '增长率后面缺少 % 等单位。',
		percentLost: '“{text}”后面可能缺少“%”'
	},
	negativeGrowth: {
		description: '负增长写作“增长-5%”，应写作“下降5%”。',
		negativeGrowth: '负增长请写作“{suggest}”',
		fixTitle: '改为“{suggest}”'
	},
	leftover: {
		description: '模板网站残留的内容：小编导语、相关文章链接、“篇一”标题、填写提示等。',
		editorIntro: '模板网站的导语，请删除：{text}',
		pieceHeader: '范文分篇标题，请删除或改为正式标题：{text}',
		linkList: '疑似相关文章链接列表（{count} 行），请删除',
		fillHint: '填写提示未删除：{text}',
		siteNoise: '模板网站残留文字：{text}'
	},
	numbering: {
		description: '一、二、三等序号跳号、重复或重新开始，（一）层级顺序不对，“一是……三是”缺少“二是”。',
		skipped: '序号跳过：“{prev}”之后应为“{expected}”，这里是“{got}”',
		repeated: '序号重复：“{got}”与上一个相同',
		restarted: '序号重新开始：“{prev}”之后又从“{got}”开始',
		listSkipped: '“{prev}”之后缺少“{expected}”',
		levelOrder: '层级顺序不对：“{got}”出现在下一级序号“{after}”之后',
		startsAt: '序号应从“{expected}”开始，这里是“{got}”'
	},
	halfWidthPunct: {
		description: '中文正文里用了半角标点（, . : ; ? ! ( ) "），公文应使用全角标点；小数、时间、比例、网址、英文不在此列。',
		halfWidth: '中文里请用全角标点：“{half}”应为“{full}”',
		ellipsis: '省略号请写作“{full}”'
	},
	mixedQuotes: {
		description: '同一篇报告里混用“”和「」两种引号，或引号方向写反。',
		mixed: '引号混用：全文多用{major}，此处为“{got}”',
		direction: '引号方向不对：此处的“{got}”应为“{want}”'
	},
	yearNumerals: {
		description: '同一篇报告里年份既写作“二〇二六年”又写作“2026年”。',
		mixed: '年份写法不一致：本文多写作“{major}”（第{line}行），此处为“{got}”'
	},
	staleYear: {
		description: '报告年度已定，正文里作为本年度出现的年份却是别的年份（多为沿用往年范文未改）。',
		stale: '年份可能未更新：本报告是{year}年度的，此处写的是“{got}年”',
		next: '此处应为下一年度（{expected}年），写的是“{got}年”',
		last: '此处应为上一年度（{expected}年），写的是“{got}年”'
	},
	partsExceedTotal: {
		description: '“其中”后面的分项（同一单位）大于前面给出的总数，或分项之和超过总数。',
		partOver: '分项大于总数：此处为{part}，前面的总数为{total}',
		sumOver: '其中各项合计{sum}，大于前面的总数{total}，请核对'
	},
	rateMismatch: {
		description: '“由X增至Y，增长Z%”中的增减幅度与前后两个数值算出来的不符（已考虑四舍五入）。',
		mismatch: '增减幅度与数值不符：由{from}到{to}应为{expected}，此处写的是{got}',
		direction: '增减方向与数值不符：由{from}到{to}是{actual}，此处写的是“{verb}”',
		up: '增加',
		down: '减少'
	},
	shareOver100: {
		description: '占比、比重、合格率等不可能超过100%的比例写成了超过100%。',
		shareOver: '{what}不应超过100%，此处为{value}'
	},
	measureConflict: {
		description: '同一指标在报告中前后给出两个不同的数值，或相差整10倍、万倍（多为万/亿写错）。',
		twoValues: '“{measure}”前后不一致：第{line}行为{other}，此处为{value}',
		unitSlip: '“{measure}”在第{line}行为{other}，此处为{value}，相差{ratio}倍，请核对单位（万/亿）',
		/** Appended when more figures of the same measure differ too (one finding per measure). */
		more: '；另有{more}处也与第{line}行不同（第{lines}行{etc}）',
		etc: '等'
	},
	sourceResidue: {
		description: '从范文导入的草稿里，仍与范文一字不差的句子（按章节统计），以及范文里的地名、单位名、人名。',
		sameAsSource: '本节 {percent}% 与范文相同（{identical}/{sentences} 句），请按实际情况改写',
		sourceName: '范文中的名称，请确认已替换：{name}'
	},
	cli: {
		usage: '用法：gaojiang check [--json] 文件...',
		noFiles: '请给出要检查的文件（.txt 或 .md）',
		unknownOption: (o: string) => `未知选项：${o}`,
		readFailed: (f: string) => `无法读取文件：${f}`,
		summary: (files: number, blanks: number, others: number) =>
			blanks || others ? `共检查 ${files} 个文件：${blanks} 处空白未填写，${others} 处其他问题` : `共检查 ${files} 个文件：未发现问题`,
		severity: { error: '错误', warning: '警告', info: '提示' } as Record<string, string>
	}
} as const;

const compiled = new Map<string, string[]>();
/** One-placeholder messages as filled, by template and value (at most FILLED_MAX values a template). */
const filled = new Map<string, Map<string, string>>();
const FILLED_MAX = 2048;

/** Fills `{name}` placeholders from data (templates are split once and reused). */
export function formatMessage(template: string, data: Record<string, string | number> | undefined): string {
	if (!data) return template;
	let parts = compiled.get(template);
	if (!parts) {
		parts = template.split(/\{(\w+)\}/);
		compiled.set(template, parts);
	}
	if (parts.length === 3) {
		// One placeholder (most messages): the filled text kept by its value, as the same few recur.
		const name = parts[1]!;
		if (!(name in data)) return parts[0]! + `{${name}}` + parts[2]!;
		const value = String(data[name]);
		let byValue = filled.get(template);
		if (!byValue) filled.set(template, (byValue = new Map()));
		let out = byValue.get(value);
		if (out === undefined) {
			if (byValue.size >= FILLED_MAX) byValue.clear();
			byValue.set(value, (out = parts[0]! + value + parts[2]!));
		}
		return out;
	}
	let out = parts[0]!;
	for (let i = 1; i < parts.length; i += 2) {
		const name = parts[i]!;
		out += (name in data ? String(data[name]) : `{${name}}`) + parts[i + 1]!;
	}
	return out;
}
