/** Every string the app shell, drafts pages, history and backup show. Simplified Chinese. */
import type { Section } from '../model';

export const defaultDraft: { title: string; sections: Array<Omit<Section, 'id'>> } = {
	title: '未命名草稿',
	sections: [{ kind: 'free', title: '正文', body: '' }]
};

/** "标题（副本）" for duplicates. */
export const copyTitle = (title: string) => `${title}（副本）`;
/** The losing side of a two-tab conflict. */
export const conflictCopyTitle = (title: string, hhmm: string) => `${title}（冲突副本 ${hhmm}）`;

export const dbErrors = {
	quota: '浏览器存储空间已满，无法保存。文字仍在本页中，请立即下载备份，再清理空间。',
	unavailable: '浏览器存储不可用（可能是隐私/无痕模式或被禁止）。',
	other: (msg: string) => `存储出错：${msg}`
} as const;

export const sectionDefaults = {
	title: '新章节'
} as const;

/** Backup file errors: each names what is wrong and, where it can, the JSON path. */
export const backupErrors = {
	tooLarge: (mb: string, maxMb: number) => `备份文件太大（${mb} MB），最多 ${maxMb} MB。数据库未做任何改动。`,
	empty: '备份文件是空的。数据库未做任何改动。',
	notJson: (detail: string) => `这不是有效的 JSON 文件（可能不完整或被截断）：${detail}。数据库未做任何改动。`,
	notObject: '备份文件的内容应为一个对象（{…}）。数据库未做任何改动。',
	wrongType: '这不是稿匠备份文件（type 应为 "gaojiang-backup"）。数据库未做任何改动。',
	newerVersion: (n: string) => `此备份来自更新版本的稿匠（备份格式版本 ${n}），请先升级稿匠。数据库未做任何改动。`,
	forbiddenKey: (path: string, key: string) => `备份文件在 ${path} 处含有不允许的键名 "${key}"。数据库未做任何改动。`,
	tooDeep: (path: string) => `备份文件在 ${path} 处嵌套过深。数据库未做任何改动。`,
	invalid: (count: number) => `备份文件有 ${count} 处内容不符合格式，未恢复任何内容，数据库未做任何改动：`,
	readFailed: (msg: string) => `无法读取文件：${msg}`,
	writeFailed: (msg: string) => `恢复时写入失败，已全部撤销，数据库未做任何改动：${msg}`
} as const;

/** One schema problem, at a JSON path. */
export const issueText = {
	at: (path: string, what: string) => `${path}：${what}`,
	missing: '缺少此项',
	expected: (expected: string, received: string) => `应为${expected}，实际是${received}`,
	oneOf: (options: string) => `应为 ${options} 之一`,
	tooLong: (max: string) => `过长或过多（最多 ${max}）`,
	tooShort: '不能为空',
	notInteger: '应为整数',
	outOfRange: (limit: string) => `超出范围（界限 ${limit}）`,
	notFinite: '应为有限的数字',
	other: (msg: string) => msg,
	root: '（整个文件）'
} as const;

/** Names of JSON value kinds, for issue messages. */
export const valueKinds: Record<string, string> = {
	string: '文字',
	number: '数字',
	boolean: '真/假值',
	null: '空值 null',
	undefined: '缺失',
	array: '列表 […]',
	object: '对象 {…}'
};

export const restoreSummaryText = (s: { added: number; replaced: number; copies: number; unchanged: number }) =>
	`已恢复：新增 ${s.added} 篇草稿，更新 ${s.replaced} 篇，另存副本 ${s.copies} 篇，未变 ${s.unchanged} 篇。`;

/** Titles for the copy kept when a backup draft and a stored draft share an id. */
export const restoreCopyTitle = {
	fromBackup: (title: string) => `${title}（备份中的旧版本）`,
	fromDevice: (title: string) => `${title}（本机旧版本）`
} as const;

export const backupFileName = (stamp: string) => `稿匠备份-${stamp}.json`;
