/** Text printed by the command line (Chinese first). */
export const cliMessages = {
	usage: `用法：
  gaojiang check [--json] 文件...          检查报告中未填写的空白和其他问题
  gaojiang pack validate 文件...           校验模板包 JSON 文件
  gaojiang export --format docx|md|txt|html [--preset gbt9704|plain] [--allow-blanks] [--allow-residue] 输入 -o 输出
                                            把 Markdown/文本报告导出为公文格式等文件；有空白、模板残留或
                                            范文残留时不导出（gaojiang export --help 查看全部选项）
  gaojiang import [--json] 文件            读取范文（.txt/.docx/.html），清理网站残留，拆成范文和章节`,
	unknownCommand: (c: string) => `未知命令：${c}`
};

/** Text printed by the options `check` and `export` share (--pack, --year, --draft). */
export const draftInputMessages = {
	packUnreadable: (f: string) => `无法读取模板包：${f}`,
	packRefused: (f: string) => `模板包 ${f} 未通过校验：`,
	badYear: (y: string) => `年度应为 1900–2999 之间的整数：${y}`,
	backupUnreadable: (f: string) => `无法读取备份文件：${f}`,
	backupRefused: (f: string, why: string) => `备份文件 ${f} 无法使用：${why}`,
	draftNotFound: (which: string, titles: string) => `备份中没有 id 或标题为“${which}”的草稿。现有草稿：${titles || '（无）'}`,
	draftAmbiguous: (which: string, ids: string) => `有多份草稿标题为“${which}”，请改用 id：${ids}`,
	draftNeedsBackup: '使用 --draft 时请给出一个备份文件（.json）',
	packMissing: (id: string) => `草稿使用的模板包“${id}”不在备份中，也不是内置模板包；只按通用规则检查`,
	titleLabel: '标题',
	wholeDraft: '全文',
	missingValue: (o: string) => `${o} 需要一个值`,
	sourceUnreadable: (f: string, why: string) => `无法读取范文 ${f}：${why}`
} as const;

/** Refusals of an input before it is read (io.ts). */
export const ioMessages = {
	kinds: { fifo: '命名管道（FIFO）', device: '设备文件', socket: '套接字', directory: '文件夹' },
	stdin: '标准输入',
	notAFile: (path: string, kind: string) => `gaojiang：拒绝读取 ${path}：这是${kind}，不是普通文件。请给出报告文件的路径，或用 - 从标准输入读取。`,
	tooLarge: (path: string, sizeMb: string, maxMb: string) => `gaojiang：拒绝读取 ${path}：文件太大（${sizeMb} MB），最多 ${maxMb} MB。`
} as const;
