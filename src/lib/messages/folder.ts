/** What the 文件夹模式 (drafts kept in a folder the writer picks) says, in one place. */

/** The data file in the writer's folder: a backup file, the same format as 下载备份. */
export const DATA_FILE = '稿匠数据.json';
/** The folder's journal of edits not yet in the data file. */
export const JOURNAL_FILE = '稿匠数据.日志.json';
/** Where a damaged journal file is moved aside (it is never overwritten). */
export const damagedJournalName = (stamp: string) => `稿匠数据.日志.损坏-${stamp}.json`;
/** Where this page's data goes when the data file was changed by someone else meanwhile. */
export const conflictDataName = (stamp: string) => `稿匠数据.冲突-${stamp}.json`;

export const folderText = {
	panelTitle: '文件夹模式',
	offIntro:
		'草稿现在存在浏览器里。也可以改存到你选的一个文件夹里（例如 U 盘或“文档”里的一个文件夹）：草稿、历史版本、模板包和设置都写进其中的“稿匠数据.json”，浏览器存储里不再留正文，从本机打开的其他网页就读不到。',
	fileOriginHint: '不想与其他本地网页共用存储？可以改存到你选的文件夹里：',
	fileOriginLink: '文件夹模式',
	unsupported: '这个浏览器不支持选择文件夹（File System Access API，Chrome、Edge 才有），草稿只能存在浏览器里。',
	enable: '选择文件夹并把草稿移进去',
	enabling: '正在移入文件夹……',
	onIntro: (name: string) => `草稿存在文件夹“${name}”里的“${DATA_FILE}”中（浏览器存储里只记着是哪个文件夹，不存正文）。`,
	savedAt: (hhmmss: string) => `已写入文件夹 ${hhmmss}`,
	writing: '正在写入文件夹……',
	pending: '等待写入文件夹……',
	disable: '移回浏览器存储',
	disabling: '正在移回浏览器……',
	disableConfirm: `把文件夹里的全部草稿、历史版本、模板包和设置复制回这个浏览器的存储，并停用文件夹模式？文件夹里的“${DATA_FILE}”保留不动。`,
	movedIn: (n: number) => `已把 ${n} 份草稿移入文件夹，浏览器存储里的副本已清除。`,
	mergedIn: (n: number) => `文件夹里已有稿匠数据：已载入，并把浏览器里的 ${n} 份草稿合并进去（同一份草稿两边不同时，两个版本都保留）。浏览器存储里的副本已清除。`,
	// The start screen when the folder needs the writer's permission again.
	gateTitle: '草稿在文件夹里',
	gateBody: (name: string) =>
		`稿匠的草稿存在文件夹“${name}”里。浏览器每次重新打开都要你允许稿匠读写这个文件夹，点下面的按钮并在浏览器的提示里选择“允许”。`,
	open: '打开文件夹',
	reauthorize: '重新授权',
	choose: '重新选择文件夹',
	opening: '正在读取文件夹……',
	useBrowser: '改用浏览器存储',
	useBrowserConfirm:
		'停用文件夹模式，改用这个浏览器里的存储？文件夹里的草稿不会被删除，但不会出现在浏览器存储里（那里可能是空的）。以后可以再选这个文件夹把它们载回来。',
	otherTab: '稿匠已在这个浏览器的另一个标签页里以文件夹模式打开。同时开两个会互相覆盖文件夹里的数据：请回到那个标签页，或者关掉它后点“重试”。',
	otherTabsOpen: '稿匠还开着别的标签页。请先关掉它们再切换存储位置（否则那些标签页会继续写进浏览器存储）。什么都没有改动。',
	retry: '重试',
	// Errors (nothing is lost in any of them; the message says what is kept).
	denied: '没有获得读写这个文件夹的许可，草稿还在文件夹里，没有丢失。请点“重新授权”并选择“允许”。',
	gone: '找不到这个文件夹了（可能被移动、改名、删除，或 U 盘没有插上）。文件夹里的数据没有被改动：插上 U 盘后点“重试”，或者点“重新选择文件夹”选它的新位置。',
	noDataFile: `这个文件夹里没有“${DATA_FILE}”。请选择存着稿匠数据的那个文件夹。`,
	damaged: (why: string) =>
		`文件夹里的“${DATA_FILE}”读不出来：${why}。这个文件原样保留，稿匠不会改写它。可以用文本编辑器检查它，或者在“备份与设置”里恢复一份备份。`,
	damagedNoMove: (why: string) => `所选文件夹里的“${DATA_FILE}”读不出来：${why}。这个文件原样保留，没有移入任何东西。请换一个文件夹，或者先把这个文件移走。`,
	readFailed: (why: string) => `读取文件夹失败：${why}。文件夹里的数据没有被改动。`,
	diskFull: '文件夹所在的磁盘已满，最新的改动没能写进文件夹（文件夹里仍是上一次写好的完整数据，页面上的文字也都在）。请腾出空间，稿匠会自动重试；也可以先下载备份。',
	writeFailed: (why: string) => `写入文件夹失败：${why}。文件夹里仍是上一次写好的完整数据，页面上的文字都在；稿匠会自动重试，也可以先下载备份。`,
	writeDenied: '写入文件夹的许可已被收回。页面上的文字都在：点“重新授权”后继续写入，或者先下载备份。',
	changedOutside: (conflict: string) =>
		`文件夹里的“${DATA_FILE}”在稿匠打开期间被别的程序或另一个浏览器改过。为了不覆盖它，这个页面的全部数据另存为“${conflict}”。请重新打开稿匠；需要时在“备份与设置”里恢复这个文件。`,
	journalMovedAside: (name: string) => `文件夹里的编辑日志损坏，已改名保留为“${name}”。`,
	downloadBackup: '下载备份',
	browserNewer: '浏览器里的数据库由更新版本的稿匠写过，这个版本只能读它',
	movedOutDone: '已移回浏览器存储，文件夹模式已停用。文件夹里的数据文件保留不动。',
	moveFailed: (why: string) => `没有完成：${why}。什么都没有删除。`
} as const;

/** The names of the errors the folder can raise, as the writer sees them. */
export type FolderProblem = 'denied' | 'gone' | 'no-data' | 'damaged' | 'disk-full' | 'other-tab' | 'changed' | 'failed';
