/** Text printed by the command line (Chinese first). */
export const cliMessages = {
	usage: `用法：
  gaojiang check [--json] 文件...          检查报告中未填写的空白和其他问题
  gaojiang pack validate 文件...           校验模板包 JSON 文件
  gaojiang export --format docx|md|txt|html [--preset gbt9704|plain] 输入 -o 输出
                                            把 Markdown/文本报告导出为公文格式等文件
  gaojiang import [--json] 文件            读取范文（.txt/.docx/.html），清理网站残留，拆成范文和章节`,
	unknownCommand: (c: string) => `未知命令：${c}`
};
