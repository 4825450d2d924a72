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
/** A backup entry whose id already exists and is older than the other side. */
export const backupCopyTitle = (title: string) => `${title}（恢复副本）`;

export const dbErrors = {
	quota: '浏览器存储空间已满，无法保存。文字仍在本页中，请立即下载备份，再清理空间。',
	unavailable: '浏览器存储不可用（可能是隐私/无痕模式或被禁止）。',
	other: (msg: string) => `存储出错：${msg}`
} as const;

export const sectionDefaults = {
	title: '新章节'
} as const;
