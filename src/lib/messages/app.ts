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
	newerVersion: '本机的草稿由更新版本的稿匠保存，这个旧版本无法打开。请使用新版稿匠。',
	closed: '本页与浏览器存储的连接已关闭（可能是另一个窗口打开了新版本的稿匠）。文字仍在本页中：请先下载备份，再刷新页面。',
	other: (msg: string) => `存储出错：${msg}`,
	readOnly: '本机的草稿由更新版本的稿匠保存。为免损坏它们，这个旧版本只能查看、不能修改。文字仍在本页中：请下载备份，再改用新版稿匠。',
	interrupted: '保存被浏览器中断了（可能是页面正在关闭或存储繁忙）。文字仍在本页中，稍后会自动重试。',
	timeout: '浏览器存储响应超时。文字仍在本页中，稍后会自动重试；也可以先下载备份。',
	constraint: '保存时发现编号冲突，未写入。文字仍在本页中：请下载备份，再刷新页面。',
	notStorable: '这份内容无法写入浏览器存储。文字仍在本页中，请立即下载备份。',
	schema: '浏览器存储的结构与本版本不符（可能被其他程序改动过）。文字仍在本页中：请下载备份，再刷新页面。',
	readOnlyTx: '浏览器存储暂时只读。文字仍在本页中，稍后会自动重试。',
	unknown: '浏览器存储出现内部错误（可能是磁盘已满或存储文件损坏）。文字仍在本页中，请立即下载备份，稍后会自动重试。',
	blocked: '另一个窗口占用着浏览器存储，暂时无法打开。请关闭其他稿匠窗口后刷新。',
	unexpected: '保存时出现意外错误。文字仍在本页中，请立即下载备份，稍后会自动重试。'
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
	damagedRows: (skipped: number, usable: number) =>
		usable > 0
			? `备份文件中有 ${skipped} 条记录损坏或互相冲突，尚未恢复任何内容，数据库未做任何改动。可以跳过这些记录，只恢复其余 ${usable} 条：`
			: `备份文件中的 ${skipped} 条记录都已损坏，无法恢复，数据库未做任何改动：`,
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

export const restoreSummaryText = (s: { added: number; replaced: number; copies: number; unchanged: number; packCopies?: number; skipped?: number; damagedKept?: number }) =>
	`已恢复：新增 ${s.added} 篇草稿，更新 ${s.replaced} 篇，另存副本 ${s.copies} 篇，未变 ${s.unchanged} 篇。` +
	(s.packCopies ? `有 ${s.packCopies} 个模板包两边内容不同，另一份已另存为副本。` : '') +
	(s.skipped ? `跳过了 ${s.skipped} 条损坏的记录。` : '') +
	(s.damagedKept ? `备份中原样带着的 ${s.damagedKept} 条损坏记录已放回“损坏的记录”。` : '');

/** Rows of a backup that cannot be restored. */
export const skippedText = {
	key: (key: string | null) => (key !== null ? `（记录 ${key.slice(0, 40)}）` : ''),
	duplicateId: (key: string) => `id：与前面一条记录的编号重复（${key.slice(0, 40)}）`,
	restorePartial: (n: number) => `跳过这 ${n} 条，恢复其余内容`
} as const;

/** Titles for the copy kept when a backup draft and a stored draft share an id. */
export const restoreCopyTitle = {
	fromBackup: (title: string) => `${title}（备份中的旧版本）`,
	fromDevice: (title: string) => `${title}（本机旧版本）`
} as const;

export const backupFileName = (stamp: string) => `稿匠备份-${stamp}.json`;

/** App shell. */
export const shell = {
	brand: '稿匠',
	tagline: '写总结、述职报告的草稿本',
	nav: { drafts: '草稿', packs: '模板包', trash: '回收站', settings: '备份与设置' },
	navLabel: '主导航',
	storageNewerVersion: '本机的草稿由更新版本的稿匠保存，这个旧版本无法读取它们（草稿没有丢失）。请改用新版稿匠；在这里写的内容只保存在本页内存中，关闭前请下载备份。',
	storageUnavailable: '浏览器存储不可用（可能是隐私/无痕模式，或浏览器禁止了本地存储）。你仍可以写作，但内容只保存在本页内存中，关闭页面前请下载备份。',
	storageReadOnly: '本机的草稿由更新版本的稿匠保存。为免损坏它们，这个旧版本只能查看、不能修改（草稿没有丢失）。请改用新版稿匠；需要时可以先下载备份。',
	downloadBackup: '立即下载备份',
	persisted: '本地存储：已设为持久保存',
	notPersisted: '本地存储：浏览器在空间紧张时可能清理，请定期下载备份',
	persistUnknown: '本地存储：尚未确认是否持久保存',
	memoryOnly: '本地存储：仅在内存中（关闭页面即丢失）',
	loading: '正在打开本地存储…',
	updateReady: '有新版本，刷新即可',
	updateReload: '刷新'
} as const;

/** The drafts page, trash and list items. */
export const draftsPage = {
	title: '我的草稿',
	newTitlePlaceholder: '新草稿标题，如“2026年度工作总结”',
	create: '新建草稿',
	searchPlaceholder: '搜索标题和正文',
	empty: '还没有草稿。输入标题，点“新建草稿”开始写。',
	noMatch: (q: string) => `没有找到包含“${q}”的草稿。`,
	open: '打开',
	rename: '重命名',
	renameSave: '确定',
	renameCancel: '取消',
	duplicate: '复制',
	trash: '删除',
	trashed: (title: string) => `已将“${title}”移到回收站。`,
	undo: '撤销',
	updated: (when: string) => `最后编辑 ${when}`,
	chars: (n: number) => `${n} 字`,
	sections: (n: number) => `${n} 节`,
	titleLabel: '标题',
	/** An action on one draft of the list, named with its title (screen readers list them apart). */
	itemAction: (action: string, title: string) => `${action}：${title}`,
	loadFailed: (msg: string) => `读取草稿失败：${msg}`
} as const;

export const trashPage = {
	title: '回收站',
	hint: '删除的草稿先放在这里。恢复后回到草稿列表；彻底删除后无法找回。',
	empty: '回收站是空的。',
	restore: '恢复',
	purge: '彻底删除',
	purgeConfirm: (title: string) => `彻底删除“${title}”及其全部历史版本？此操作无法撤销。`,
	deletedAt: (when: string) => `删除于 ${when}`
} as const;

/** The draft page. */
export const draftPage = {
	notFound: '找不到这篇草稿（可能已被彻底删除）。',
	backToList: '返回草稿列表',
	titleLabel: '标题',
	yearLabel: '年度',
	yearPlaceholder: '如 2026',
	inTrash: '这篇草稿在回收站中。',
	restoreFromTrash: '恢复',
	totalChars: (n: number) => `全文 ${n} 字`,
	sectionChars: (n: number) => `${n} 字`,
	/** How a section is named to screen readers: its title, else its place. */
	sectionName: (title: string, index: number) => title.trim() || `第 ${index + 1} 节`,
	sectionTitleLabel: (name: string) => `章节标题：${name}`,
	sectionAction: (action: string, name: string) => `${action}：${name}`,
	sectionBodyLabel: (title: string) => `${title || '章节'}正文`,
	addSection: '添加章节',
	moveUp: '上移',
	moveDown: '下移',
	remove: '删除章节',
	removeConfirm: (title: string, chars: number) =>
		`删除章节“${title || '未命名'}”（${chars} 字）？删除前会自动保存一个历史版本，可在“历史版本”中恢复。`,
	noSections: '这篇草稿还没有章节。',
	loading: '正在打开…',
	sidePanel: '辅助面板',
	showSidePanel: '写作要点与检查结果',
	closeSidePanel: '收起辅助面板'
} as const;

export const saveStatusText = {
	idle: '',
	pending: '有修改，即将保存',
	saving: '保存中…',
	saved: (hhmmss: string) => `已保存 ${hhmmss}`,
	error: (reason: string) => `保存失败：${reason}`,
	retry: '重试',
	downloadBackup: '立即下载备份',
	bannerTitle: '保存失败：',
	bannerHint: '你写的字都还在本页中，也另存了一份应急副本；稿匠会自动重试，空间恢复后即会保存。在此之前请不要关闭页面，最好先下载一份备份。'
} as const;

export const noticeText = {
	conflictCopy: (original: string, copy: string) =>
		`另一个窗口同时修改了“${original}”的同一处内容。为了不丢字，两份都已保留：本窗口刚才的内容已另存为“${copy}”，这里显示的是另一个窗口保存的版本。`,
	openCopy: '打开副本',
	merged: '另一个窗口的修改已与本窗口的修改合并。',
	reloaded: '已载入另一个窗口保存的最新内容。',
	deletedElsewhere: '这篇草稿在另一个窗口被彻底删除了。本窗口的内容仍在，已重新保存。',
	folderWhere: '（在草稿列表页底部）。',
	folderBody: '草稿存在你选的文件夹里，浏览器存储里只记着是哪个文件夹、不存正文。若有别的本地网页请求读写这个文件夹，不要允许。',
	dismiss: '知道了'
} as const;

export const historyText = {
	title: '历史版本',
	empty: '还没有历史版本。编辑时每 5 分钟自动保存一版，整体替换内容前也会保存。',
	takeNow: '保存当前版本',
	view: '查看',
	hide: '收起',
	restore: '恢复此版本',
	titleChoice: '这个版本的标题与现在不同，恢复后使用：',
	keepTitle: (title: string) => `现在的标题：${title}`,
	useOldTitle: (title: string) => `此版本的标题：${title}`,
	restored: (when: string) => `已恢复 ${when} 的版本（恢复前的内容也已存为历史版本）。`,
	reasons: {
		auto: '自动',
		'before-replace': '替换前',
		'before-restore': '恢复前',
		'before-import': '导入前',
		manual: '手动'
	} as Record<string, string>,
	chars: (n: number) => `${n} 字`,
	delta: (n: number) => (n > 0 ? `比现在多 ${n} 字` : n < 0 ? `比现在少 ${-n} 字` : '字数与现在相同')
} as const;

export const settingsPage = {
	title: '备份与设置',
	backupTitle: '备份',
	backupHint: '把全部草稿、历史版本、模板包和设置存为一个 JSON 文件。换电脑或清理浏览器前请先备份。',
	backupButton: '下载备份文件',
	restoreTitle: '从备份恢复',
	restoreHint: '选择以前下载的备份文件。恢复前会先检查整个文件；文件有问题时不会改动任何内容。同一篇草稿两边都有时，保留较新的一份，另一份存为副本。',
	restoreButton: '选择备份文件…',
	restoring: '正在恢复…',
	storageTitle: '本地存储',
	persistButton: '申请持久保存',
	usage: (used: string, quota: string) => `已用 ${used}，可用上限约 ${quota}`,
	persistedYes: '已获准持久保存：浏览器不会自动清理这些草稿。',
	persistedNo: '未获准持久保存：浏览器在空间紧张时可能清理数据，请定期下载备份。',
	persistedUnknown: '尚不清楚是否持久保存。'
} as const;

export const errorPage = {
	title: (status: number) => (status === 404 ? '页面不存在' : `出错了（${status}）`),
	notFound: '这个地址没有对应的页面。草稿都还在，回到草稿列表即可。',
	back: '回到草稿列表'
} as const;

/** Shown by the browser when leaving with words that could not be saved. */
export const leaveWarning = '有内容尚未保存成功，离开会丢失。请先下载备份。';

/** Damaged stored rows (the validate-and-repair read layer) and the 损坏的记录 list. */
export const damagedText = {
	openFailed: '这篇草稿在本机存储中的记录已损坏，无法打开。其他草稿不受影响；可在草稿列表下方的“损坏的记录”中查看、下载原始内容。',
	packNotObject: 'pack：应为对象 {…}',
	packInvalid: '模板包内容不符合格式：',
	notDamaged: '这条记录没有损坏，不能在这里删除。',
	title: (n: number) => `损坏的记录（${n} 条）`,
	hint: '这些记录读不出来，已被隔离，其他内容照常使用。可以查看或下载原始内容（备份文件也会原样带上它们），确认不再需要后再删除。',
	tables: { drafts: '草稿', snapshots: '历史版本', packs: '模板包', settings: '设置' } as Record<string, string>,
	noKey: '（无编号）',
	view: '查看原始内容',
	download: '下载',
	remove: '删除此记录',
	removeConfirm: '删除这条损坏的记录？删除前请先下载。此操作无法撤销。',
	fileName: (table: string, key: string) => `稿匠-损坏的记录-${table}-${key}.json`,
	historyDamaged: (n: number) => `另有 ${n} 个历史版本已损坏，见草稿列表下方“损坏的记录”。`
} as const;

/** The single-file build opened from file://. */
export const fileOriginText = {
	title: '注意：',
	body: '你是从本机文件（file://）打开的稿匠。在这个浏览器里，从本机打开的其他网页（例如下载来的 .html 文件）与稿匠共用同一份浏览器存储，能读取和改写这里的草稿。不要在这个浏览器里打开来历不明的本地网页；重要的稿子请常下载备份，或改用网址打开的稿匠。',
	folderWhere: '（在草稿列表页底部）。',
	folderBody: '草稿存在你选的文件夹里，浏览器存储里只记着是哪个文件夹、不存正文。若有别的本地网页请求读写这个文件夹，不要允许。',
	dismiss: '知道了'
} as const;
