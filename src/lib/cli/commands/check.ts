import type { CliIo } from '../io';
import type { Finding } from '$lib/check';
import { checkMessages } from '$lib/check/messages';
import { DraftChecker, RULE_FAILED, openFindings, type PlacedFinding } from '$lib/checking';
import { draftFromBackup, draftFromText, fileStartOf, readPack, readYear, type DraftInput } from '../draft-input';
import { draftInputMessages as dm } from '../messages';
import type { TemplatePack } from '$lib/packs/types';
import { decodeBytes } from '$lib/import';
import { readInput } from '../input';
import { lineIndex } from '$lib/text/line-index';

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
	/** With --draft: the section (or 标题 / 全文) the finding is in; offsets are into that text. */
	section?: { id: string | null; title: string };
}

/** A finding placed in the text it is reported against (the file, or one text of a draft). */
interface Located {
	finding: Finding;
	/** The text `finding`'s offsets, line and column refer to. */
	text: string;
	/** With --draft: where in the draft. */
	section?: { id: string | null; title: string };
}

const toDiagnostic = ({ finding: f, section }: Located): Diagnostic => ({
	rule: f.rule,
	category: f.category,
	severity: f.severity,
	start: f.from,
	end: f.to,
	line: f.line,
	column: f.column,
	message: f.message,
	...(section ? { section } : {})
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

/**
 * The findings of one input the writer has not ignored, each against the text it is in: a plain
 * file's findings shifted back to file offsets; a draft's named by section.
 */
export function locate(input: DraftInput, found: readonly PlacedFinding[], fileText: string | null): Located[] {
	const sections = new Map(input.draft.sections.map((s) => [s.id, s]));
	const lineColumn = lineIndex(fileText ?? '');
	return found.map(({ place, finding }) => {
		const shift = fileText !== null ? fileStartOf(input, place) : null;
		if (fileText !== null && shift !== null) {
			const from = finding.from + shift;
			const at = lineColumn(from);
			return {
				finding: { ...finding, from, to: finding.to + shift, line: at.line, column: at.column, fix: undefined },
				text: fileText
			};
		}
		const s = 'sectionId' in place ? sections.get(place.sectionId) : undefined;
		const text = place.kind === 'title' ? input.draft.title.trim() : place.kind === 'body' ? (s?.body ?? '') : place.kind === 'section-title' ? (s?.title.trim() ?? '') : '';
		const title = place.kind === 'title' ? dm.titleLabel : place.kind === 'draft' ? dm.wholeDraft : (s?.title ?? '');
		return { finding, text, section: fileText === null ? { id: 'sectionId' in place ? place.sectionId : null, title } : undefined };
	});
}

interface CheckArgs {
	json: boolean;
	packFile?: string;
	sourceFile?: string;
	year?: number;
	draft?: string;
	files: string[];
}

function parseArgs(args: string[], io: CliIo): CheckArgs | number {
	const a: CheckArgs = { json: false, files: [] };
	let optionsDone = false;
	for (let i = 0; i < args.length; i++) {
		const arg = args[i]!;
		const value = (name: string): string | null => {
			const v = args[++i];
			if (v === undefined) io.err(dm.missingValue(name));
			return v ?? null;
		};
		if (!optionsDone && arg === '--') optionsDone = true;
		else if (!optionsDone && arg === '--json') a.json = true;
		else if (!optionsDone && (arg === '-h' || arg === '--help')) {
			io.out(m.usage);
			return 0;
		} else if (!optionsDone && (arg === '--pack' || arg === '--draft' || arg === '--year' || arg === '--source')) {
			const v = value(arg);
			if (v === null) return 2;
			if (arg === '--pack') a.packFile = v;
			else if (arg === '--source') a.sourceFile = v;
			else if (arg === '--draft') a.draft = v;
			else {
				const y = readYear(v);
				if (y === null) {
					io.err(dm.badYear(v));
					return 2;
				}
				a.year = y;
			}
		} else if (!optionsDone && arg.startsWith('-') && arg !== '-') {
			io.err(m.unknownOption(arg));
			io.err(m.usage);
			return 2;
		} else a.files.push(arg);
	}
	if (!a.files.length) {
		io.err(a.draft !== undefined ? dm.draftNeedsBackup : m.noFiles);
		io.err(m.usage);
		return 2;
	}
	return a;
}

/** Reads --pack when given: the pack, null when not given, or an exit code. */
export async function packOption(file: string | undefined, io: CliIo): Promise<TemplatePack | null | number> {
	if (file === undefined) return null;
	let bytes: Uint8Array;
	try {
		bytes = await io.readFile(file);
	} catch {
		io.err(dm.packUnreadable(file));
		return 2;
	}
	const r = readPack(bytes, file);
	if (!r.ok) {
		for (const e of r.errors) io.err(e);
		return 2;
	}
	return r.value;
}

/** Reads --source 范文 when given (any format the import reads): its text, null when not given, or an exit code. */
export async function sourceOption(file: string | undefined, io: CliIo): Promise<string | null | number> {
	if (file === undefined) return null;
	const read = await readInput(io, file);
	if (!read.ok) {
		io.err(dm.sourceUnreadable(file, read.reason === 'io' ? read.error : read.message));
		return 2;
	}
	return read.text;
}

/** Reads --draft WHICH from a backup file: the input, or an exit code. */
export async function draftOption(which: string, file: string, io: CliIo): Promise<DraftInput | number> {
	let text: string;
	try {
		text = decodeBytes(await io.readFile(file)) ?? '';
	} catch {
		io.err(dm.backupUnreadable(file));
		return 2;
	}
	const r = draftFromBackup(text, file, which);
	if (!r.ok) {
		for (const e of r.errors) io.err(e);
		return 2;
	}
	for (const w of r.warnings) io.err(w);
	return r.value;
}

/**
 * `gaojiang check [--json] [--pack PACK.json] [--year Y] FILE...` and
 * `gaojiang check [--json] --draft ID|TITLE BACKUP.json`: the app's own draft checker (built-in
 * rules, section plugins, the pack, the draft's ignore list). Exit 1 when an open blank is found
 * or a rule failed, 2 on usage or read errors.
 */
export async function runCheck(args: string[], io: CliIo): Promise<number> {
	const a = parseArgs(args, io);
	if (typeof a === 'number') return a;
	const pack = await packOption(a.packFile, io);
	if (typeof pack === 'number') return pack;
	const source = await sourceOption(a.sourceFile, io);
	if (typeof source === 'number') return source;
	let failed = false;
	let checked = 0;
	let blanks = 0;
	let others = 0;
	let broken = false;
	const results: Array<{ file: string; diagnostics: Diagnostic[] }> = [];
	const human: string[] = [];
	const inputs: Array<{ file: string; input: DraftInput; fileText: string | null }> = [];
	if (a.draft !== undefined) {
		const input = await draftOption(a.draft, a.files[0]!, io);
		if (typeof input === 'number') return input;
		const context = { ...input.context, pack: a.packFile !== undefined ? pack : input.context.pack, year: a.year ?? input.context.year, source: source ?? input.context.source };
		inputs.push({ file: a.files[0]!, input: { ...input, context }, fileText: null });
	} else {
		for (const file of a.files) {
			const read = await readInput(io, file);
			if (!read.ok) {
				io.err(read.reason === 'io' ? m.readFailed(file) : `${file}：${read.message}`);
				failed = true;
				continue;
			}
			const text = read.text;
			inputs.push({ file, input: draftFromText(text, { pack, year: a.year ?? null, source }), fileText: text });
		}
	}
	for (const { file, input, fileText } of inputs) {
		checked++;
		const report = new DraftChecker(input.context).check(input.draft);
		const located = locate(input, openFindings(report, input.ignore), fileText);
		for (const l of located) {
			if (l.finding.category === 'blank') blanks++;
			else others++;
			if (l.finding.messageId === RULE_FAILED) broken = true;
		}
		if (a.json) results.push({ file, diagnostics: located.map(toDiagnostic) });
		else
			for (const l of located) {
				const f = l.finding;
				const where = l.section ? `${file}#${l.section.title}` : file;
				const head = `${where}:${f.line}:${f.column}  ${m.severity[f.severity] ?? f.severity}  ${f.rule}  ${f.message}`;
				human.push(l.text ? `${head}\n${contextOf(l.text, f)}` : head);
			}
	}
	if (a.json) io.out(JSON.stringify(results));
	else {
		if (human.length) io.out(human.join('\n'));
		if (checked) io.out(m.summary(checked, blanks, others));
	}
	if (failed) return 2;
	return blanks > 0 || broken ? 1 : 0;
}
