/** Text shown to users about template packs and section guidance (simplified Chinese). */

const TYPE_NAMES: Record<string, string> = {
	string: '文本',
	number: '数字',
	boolean: '真/假值',
	object: '对象',
	array: '数组',
	null: '空值（null）',
	undefined: '空'
};

/** The Chinese name of a JSON value's type, for "应为…，实际为…" messages. */
export function typeName(t: string): string {
	return TYPE_NAMES[t] ?? t;
}

/** Messages of pack validation; each is shown after the JSON path at fault. */
export const validationMessages = {
	notText: '文件不是 UTF-8 文本',
	tooLarge: (mb: string) => `文件过大（${mb} MB），模板包不能超过 8 MB`,
	notJson: (detail: string) => `不是有效的 JSON：${detail}`,
	emptyFile: '文件是空的，不是有效的 JSON',
	jsonEnded: '内容不完整（文件在中途结束）',
	jsonSyntax: '语法错误',
	jsonAt: (line: number, column: number) => `第 ${line} 行第 ${column} 列附近有语法错误`,
	notObject: '模板包应为一个 JSON 对象（以 { 开头）',
	wrongType: '不是稿匠模板包：type 应为 "gaojiang-template-pack"',
	missingType: '缺少 type 字段，这不是稿匠模板包',
	missingVersion: '缺少 schemaVersion（模板包格式版本号）',
	badVersion: 'schemaVersion 应为正整数',
	futureVersion: (v: number, max: number) => `格式版本 ${v} 比本程序支持的 ${max} 更新，请先升级稿匠`,
	forbiddenKey: (key: string) => `不允许的键名“${key}”（可能是恶意构造的文件）`,
	tooDeep: (max: number) => `嵌套层数超过 ${max} 层`,
	tooManyValues: (max: number) => `文件中的值过多（超过 ${max} 个）`,
	stringTooLong: (len: number, max: number) => `文本过长（${len} 个字符，最多 ${max} 个）`,
	missing: '缺少必填字段',
	expected: (expected: string, received: string) => `类型错误：应为${expected}，实际为${received}`,
	unknownKey: '未知字段（请检查拼写）',
	tooLong: (max: number) => `过长（最多 ${max} 个字符）`,
	tooFew: (min: number) => (min <= 1 ? '不能为空' : `至少需要 ${min} 项`),
	tooMany: (max: number) => `过多（最多 ${max} 项）`,
	empty: '不能为空',
	idFormat: 'id 只能由小写字母、数字和连字符组成，长度 2–64，如 park-annual-summary',
	semver: '版本号应写成“主.次.修订”形式，如 1.0.0',
	ruleIdFormat: '规则名只能由小写字母、数字、连字符和斜杠组成',
	severity: '应为 "off"、"error"、"warning" 或 "info"',
	slotKind: '应为 number、percent、year、name、date、text 之一',
	unknownPlugin: (id: string, known: string) => `未知的章节插件“${id}”，可用：${known}`,
	htmlInGuidance: '写作要点中不能包含 HTML 标签，请使用 Markdown',
	badLink: (url: string) => `不允许的链接“${url}”，只能链接到 http、https 或 mailto 地址`,
	scriptUrl: '写作要点中不能出现 javascript: 之类的脚本地址',
	slotCount: (marks: number, slots: number) => `骨架中有 ${marks} 个空位（____），但 slots 列出了 ${slots} 个`,
	duplicateSlot: (name: string) => `空位名“${name}”重复`,
	slotsWithoutSkeleton: '有 slots 却没有 skeleton（骨架）',
	unknownRule: (id: string, hint: string) => `未知的规则“${id}”，稿匠会忽略它${hint ? `（是不是“${hint}”？）` : ''}`,
	noOptions: (id: string) => `规则“${id}”没有可设置的选项`,
	unknownOption: '未知的选项（请检查拼写）',
	oneOf: (words: string) => `应为以下之一：${words}`,
	notInteger: '应为整数',
	outOfRange: (min: number | string, max: number | string) => `超出范围（${min}–${max}）`,
	generic: '格式不正确'
} as const;

/** Messages of the declarative checks a pack can carry. */
export const packCheckMessages = {
	forbidden: '“{word}”是本模板包禁止使用的词语',
	required: '缺少本模板包要求的表述“{phrase}”',
	forbiddenDescription: '模板包列出的禁用词出现时提示。',
	requiredDescription: '模板包要求出现的表述缺少时提示。'
} as const;

/** Text of `gaojiang pack`. */
export const packCliMessages = {
	usage: '用法：gaojiang pack validate 文件...',
	unreadable: (code: string) => `无法读取文件${code ? `（${code}）` : ''}`,
	migrated: (v: number) => `（旧格式版本 ${v}，导入时将自动升级）`,
	summary: (ok: number, bad: number) => `共 ${ok + bad} 个文件：${ok} 个通过，${bad} 个不通过`
} as const;

/** The per-section guidance panel. */
export const guideMessages = {
	title: '写作指引',
	guidance: '写作要点',
	skeletons: '骨架',
	insertSkeleton: (name: string) => `插入骨架：${name}`,
	skeletonHint: '插入后，“____”处是待填写的空位，填好之前会一直被标出。',
	phrases: '常用表述',
	insertPhrase: '插入',
	freeSection: '自由章节没有写作指引，按需要自由书写即可。',
	noSection: '选择一个章节以查看写作指引。'
} as const;

/** The pack manager page. */
export const managerMessages = {
	pageTitle: '模板包',
	intro: '选择一个模板包开始写作，或导入同事分享的模板包（.json 文件）。',
	builtin: '内置',
	installed: '已安装',
	shadows: '覆盖同名内置模板',
	version: (v: string) => `版本 ${v}`,
	author: (a: string) => `作者：${a || '未署名'}`,
	sectionsCount: (n: number) => `${n} 个章节`,
	sectionsHeading: '包含的章节',
	checksHeading: '附加检查',
	forbiddenWords: (w: string) => `禁用词：${w}`,
	requiredPhrases: (w: string) => `必须出现：${w}`,
	startDraft: '用此模板新建稿件',
	exportPack: '导出 .json',
	duplicate: '复制为可编辑',
	edit: '编辑',
	remove: '删除',
	removeConfirm: (name: string) => `确定删除模板包“${name}”吗？已用它写的稿件不受影响。`,
	removed: (name: string) => `已删除“${name}”。`,
	duplicated: (name: string) => `已复制为“${name}”，可以编辑了。`,
	importHeading: '导入模板包',
	chooseFile: '选择文件…',
	dropHere: '或把 .json 文件拖到这里',
	importing: '正在检查…',
	imported: (name: string) => `已导入“${name}”。`,
	migrated: (v: number) => `（由旧格式版本 ${v} 自动升级）`,
	refused: (file: string) => `“${file}”未导入，问题如下（数据库未作任何改动）：`,
	tooBig: '文件过大，模板包不能超过 8 MB。',
	conflictTitle: '已有同一模板包',
	conflictNewer: (installed: string, incoming: string) => `已安装版本 ${installed}，导入的是更新的版本 ${incoming}。`,
	conflictSame: (installed: string) => `已安装同一版本 ${installed}。`,
	conflictOlder: (installed: string, incoming: string) => `已安装版本 ${installed}，导入的是较旧的版本 ${incoming}。`,
	decisions: {
		upgrade: '升级到新版本',
		replace: '替换已有的',
		'keep-both': '两个都保留',
		cancel: '取消'
	},
	cancelled: '已取消，未作任何改动。',
	copySuffix: '（副本）',
	editorHeading: (name: string) => `编辑“${name}”`,
	editorHint: '直接修改模板包 JSON；保存前会做与导入相同的检查。',
	save: '保存',
	saved: '已保存。',
	idChanged: '编辑时不能修改 id；要另存一份请用“复制为可编辑”',
	close: '关闭',
	emptyList: '还没有模板包。',
	draftTitle: (name: string) => name,
	dbError: (detail: string) => `操作失败：${detail}`
} as const;

/** The pack gallery: choosing a template pack for a new draft. */
export const galleryMessages = {
	pageTitle: '从模板包新建稿件',
	intro: '选一个与你要写的材料最接近的模板包，右侧是写成后的样子：有哪些部分、每部分审稿人看什么、骨架填好后的样子。',
	entry: '从模板包新建…',
	filterLabel: '按名称或章节查找',
	filterPlaceholder: '如：述职、乡镇、医院',
	listLabel: '模板包',
	noMatch: (q: string) => `没有名称或章节包含“${q}”的模板包。`,
	loading: '正在读取模板包…',
	sections: (n: number) => `${n} 个部分`,
	builtin: '内置',
	installed: '已安装',
	previewHeading: (name: string) => `成稿预览：${name}`,
	points: '要点',
	skeletons: (names: string) => `可插入的骨架：${names}`,
	phrases: (n: number) => `常用表述 ${n} 条`,
	example: '骨架示例（标出的是要换成你自己的内容）',
	slotTitle: (label: string, unit: string) => `待填：${label}${unit ? `（${unit}）` : ''}`,
	noExample: '这一部分没有骨架，按要点自由书写。',
	titleLabel: '稿件标题',
	start: '用此模板新建稿件',
	starting: '正在新建…',
	manage: '管理或导入模板包'
} as const;
