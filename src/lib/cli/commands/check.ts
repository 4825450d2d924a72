import type { CliIo } from '../io';
import { checkText } from '$lib/check';
import type { Finding } from '$lib/check';
import { checkMessages } from '$lib/check/messages';
import { readInput } from '../input';

const m = checkMessages.cli;

interface Diagnostic {
	rule: string;
	category: string;
	severity: string;
	start: number;
	end: number;
	line: number;
	column: number;
	message: string;
}

const toDiagnostic = (f: Finding): Diagnostic => ({
	rule: f.rule,
	category: f.category,
	severity: f.severity,
	start: f.from,
	end: f.to,
	line: f.line,
	column: f.column,
	message: f.message
});

/** The line holding a finding, cut to a readable width, with a caret under the finding. */
function contextOf(text: string, f: Finding): string {
	const lineStart = f.from - (f.column - 1);
	let lineEnd = text.indexOf('\n', lineStart);
	if (lineEnd === -1) lineEnd = text.length;
	const from = Math.max(lineStart, f.from - 30);
	const to = Math.min(lineEnd, Math.max(f.to, f.from) + 30);
	const line = text.slice(from, to).replace(/\r$/, '').replace(/\t/g, ' ');
	const pad = text.slice(from, f.from).replace(/[^\x00-\xff]/g, '  ').replace(/[\x00-\xff]/g, ' ');
	const width = Math.max(1, text.slice(f.from, Math.min(f.to, to)).replace(/[^\x00-\xff]/g, '  ').length);
	return `    ${from > lineStart ? '…' : ''}${line}${to < lineEnd ? '…' : ''}\n    ${from > lineStart ? ' ' : ''}${pad}${'^'.repeat(width)}`;
}

/** `gaojiang check [--json] FILE...`: exit 1 when a blank is found, 2 on usage or read errors. */
export async function runCheck(args: string[], io: CliIo): Promise<number> {
	let json = false;
	const files: string[] = [];
	let optionsDone = false;
	for (const a of args) {
		if (!optionsDone && a === '--') optionsDone = true;
		else if (!optionsDone && a === '--json') json = true;
		else if (!optionsDone && (a === '-h' || a === '--help')) {
			io.out(m.usage);
			return 0;
		} else if (!optionsDone && a.startsWith('-') && a !== '-') {
			io.err(m.unknownOption(a));
			io.err(m.usage);
			return 2;
		} else files.push(a);
	}
	if (!files.length) {
		io.err(m.noFiles);
		io.err(m.usage);
		return 2;
	}
	let failed = false;
	let checked = 0;
	let blanks = 0;
	let others = 0;
	const results: Array<{ file: string; diagnostics: Diagnostic[] }> = [];
	const human: string[] = [];
	for (const file of files) {
		const input = await readInput(io, file);
		if (!input.ok) {
			io.err(input.reason === 'io' ? m.readFailed(file) : `${file}：${input.message}`);
			failed = true;
			continue;
		}
		const text = input.text;
		checked++;
		const findings = checkText(text);
		for (const f of findings) {
			if (f.category === 'blank') blanks++;
			else others++;
		}
		if (json) results.push({ file, diagnostics: findings.map(toDiagnostic) });
		else
			for (const f of findings)
				human.push(`${file}:${f.line}:${f.column}  ${m.severity[f.severity] ?? f.severity}  ${f.rule}  ${f.message}\n${contextOf(text, f)}`);
	}
	if (json) io.out(JSON.stringify(results));
	else {
		if (human.length) io.out(human.join('\n'));
		if (checked) io.out(m.summary(checked, blanks, others));
	}
	if (failed) return 2;
	return blanks > 0 ? 1 : 0;
}
