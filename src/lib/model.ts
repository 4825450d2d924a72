/**
 * The document model shared by every layer: drafts in the database, the editor, the checker's
 * per-section runs, export and backup. Plain data only (structured-clone and JSON safe).
 */

/** The built-in section kinds; a template pack may use any plugin id as a kind. */
export type SectionKind =
	| 'overview' // 概述
	| 'achievements' // 主要成绩
	| 'problems' // 存在问题
	| 'plan' // 下一步工作计划
	| 'integrity' // 廉洁自律
	| 'signature' // 落款
	| 'free'; // 自由章节（无插件）

/** One section of a report. `body` is Markdown-compatible plain text. */
export interface Section {
	id: string;
	/** The plugin id that guides and checks this section ('free' for none). */
	kind: SectionKind | (string & {});
	title: string;
	body: string;
}

/** A report being written. */
export interface Draft {
	id: string;
	title: string;
	/** The year the report covers, e.g. 2026; null when not set. */
	year: number | null;
	/** The template pack the draft was started from, if any. */
	packId: string | null;
	sections: Section[];
	/** Epoch milliseconds. */
	createdAt: number;
	updatedAt: number;
	/** Incremented by every successful save; saves are compare-and-set on it. */
	revision: number;
	/** Set when the draft is in the 回收站 (trash); null otherwise. */
	deletedAt: number | null;
	/** The 范文 the draft was imported from, kept so later checks can compare with it. */
	source?: DraftSource;
}

/** Where an imported draft came from: the file's name (null for pasted text) and its text. */
export interface DraftSource {
	fileName: string | null;
	/** The source text as imported (decoded, before cleaning). */
	text: string;
	/** Epoch milliseconds. */
	importedAt: number;
}
