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

/** Fills `{name}` placeholders from data (templates are split once and reused). */
export function formatMessage(template: string, data: Record<string, string | number> | undefined): string {
	if (!data) return template;
	let parts = compiled.get(template);
	if (!parts) {
		parts = template.split(/\{(\w+)\}/);
		compiled.set(template, parts);
	}
	let out = parts[0]!;
	for (let i = 1; i < parts.length; i += 2) {
		const name = parts[i]!;
		out += (name in data ? String(data[name]) : `{${name}}`) + parts[i + 1]!;
	}
	return out;
}
