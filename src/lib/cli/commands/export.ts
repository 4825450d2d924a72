import type { CliIo } from '../io';
import { parseReport } from '$lib/export/parse-report';
import { buildOutput, isFormat, type ExportFormat } from '$lib/export/formats';
import { defaultSettings, type BuiltinPresetId as PresetId } from '$lib/export/settings';
import { readInput } from '../input';
import { draftToDocument } from '$lib/export/from-draft';
import type { BlankFinder } from '$lib/export/blanks';
import type { ExportDocument } from '$lib/export/document';
import { exportCliMessages as m } from '$lib/export/cli-messages';
import { DraftChecker, blankFinderFor, openBlanks } from '$lib/checking';
import { draftFromText, readYear, type DraftInput } from '../draft-input';
import { draftInputMessages as dm } from '../messages';
import { draftOption, packOption } from './check';

interface ExportArgs {
	format: ExportFormat;
	preset: PresetId;
	allowBlanks: boolean;
	input: string;
	output: string;
	packFile?: string;
	draft?: string;
	year?: number;
}

function parseArgs(args: string[], io: CliIo): ExportArgs | null {
	let format: string | undefined;
	let preset = 'gbt9704';
	let allowBlanks = false;
	let output: string | undefined;
	let packFile: string | undefined;
	let draft: string | undefined;
	let year: number | undefined;
	const inputs: string[] = [];
	for (let i = 0; i < args.length; i++) {
		const a = args[i] as string;
		const value = (name: string) => {
			const eq = a.indexOf('=');
			if (eq > 0 && a.slice(0, eq) === name) return a.slice(eq + 1);
			return args[++i];
		};
		if (a === '--format' || a.startsWith('--format=')) format = value('--format');
		else if (a === '--preset' || a.startsWith('--preset=')) preset = value('--preset') ?? '';
		else if (a === '-o' || a === '--output' || a.startsWith('--output=')) output = value('--output');
		else if (a === '--allow-blanks') allowBlanks = true;
		else if (a === '--pack' || a.startsWith('--pack=')) packFile = value('--pack');
		else if (a === '--draft' || a.startsWith('--draft=')) draft = value('--draft');
		else if (a === '--year' || a.startsWith('--year=')) {
			const v = value('--year') ?? '';
			const y = readYear(v);
			if (y === null) {
				io.err(dm.badYear(v));
				return null;
			}
			year = y;
		} else if (a.startsWith('-') && a !== '-') {
			io.err(m.unknownOption(a));
			return null;
		} else inputs.push(a);
	}
	const fail = (msg: string) => (io.err(msg), io.err(m.usage), null);
	if (!format) return fail(m.missingFormat);
	if (!isFormat(format)) return fail(m.badFormat(format));
	if (preset !== 'gbt9704' && preset !== 'plain') return fail(m.badPreset(preset));
	const input = inputs[0];
	if (!input) return fail(draft !== undefined ? dm.draftNeedsBackup : m.missingInput);
	if (!output) return fail(m.missingOutput);
	return { format, preset, allowBlanks, input, output, packFile, draft, year };
}

/** Line and column (1-based) of an offset, for listing open blanks. */
function position(text: string, offset: number): { line: number; col: number } {
	const before = text.slice(0, offset);
	const line = before.split('\n').length;
	return { line, col: offset - before.lastIndexOf('\n') };
}

interface Prepared {
	doc: ExportDocument;
	/** Open blanks as listed to the writer: where and a few characters around. */
	blanks: { line: number; col: number; context: string; where?: string }[];
}

const around = (text: string, from: number, to: number) => text.slice(Math.max(0, from - 8), Math.min(text.length, to + 8)).replace(/\s+/g, ' ');

/** A draft (from a backup) checked by the draft checker, and its document with those blanks. */
function prepareDraft(input: DraftInput): Prepared {
	const report = new DraftChecker(input.context).check(input.draft);
	const find = blankFinderFor(report, input.ignore, input.context);
	const texts = new Map(report.texts.map((t) => [JSON.stringify(t.place), t.text]));
	const titles = new Map(input.draft.sections.map((s) => [s.id, s.title]));
	const blanks = openBlanks(report, input.ignore).map(({ place, finding: f }) => {
		const text = texts.get(JSON.stringify(place)) ?? '';
		const where = place.kind === 'title' ? dm.titleLabel : 'sectionId' in place ? (titles.get(place.sectionId) ?? '') : dm.wholeDraft;
		return { line: f.line, col: f.column, context: around(text, f.from, f.to), where };
	});
	return { doc: draftToDocument({ title: input.draft.title, sections: [...input.draft.sections] }, { findBlanks: find }), blanks };
}

/** A report file: the draft checker over it (split by the pack's section titles when given). */
function prepareText(text: string, input: DraftInput, override?: BlankFinder): Prepared {
	let spans: { from: number; to: number }[];
	if (override) spans = override(text);
	else {
		const report = new DraftChecker(input.context).check(input.draft);
		spans = openBlanks(report, input.ignore).flatMap(({ place, finding: f }) => {
			if (place.kind !== 'body') return [];
			const shift = input.bodyStarts?.get(place.sectionId) ?? 0;
			return [{ from: f.from + shift, to: f.to + shift }];
		});
	}
	const blanks = spans.map((b) => ({ ...position(text, b.from), context: around(text, b.from, b.to) }));
	return { doc: parseReport(text, () => spans), blanks };
}

/**
 * `gaojiang export`: a Markdown/text report, or a draft inside a backup (--draft ID|TITLE), →
 * docx, md, txt or html, built by the same code as the browser export and checked by the same
 * draft checker (--pack for a file; a draft's own pack, year and ignore list). Open blanks stop
 * the export unless --allow-blanks is given; then they are highlighted.
 */
export async function runExport(args: string[], io: CliIo, findBlanks?: BlankFinder): Promise<number> {
	if (args.includes('-h') || args.includes('--help')) {
		io.out(m.usage);
		return 0;
	}
	const a = parseArgs(args, io);
	if (!a) return 2;
	const pack = await packOption(a.packFile, io);
	if (typeof pack === 'number') return pack;
	let prepared: Prepared;
	if (a.draft !== undefined) {
		const input = await draftOption(a.draft, a.input, io);
		if (typeof input === 'number') return input;
		const context = { ...input.context, pack: a.packFile !== undefined ? pack : input.context.pack, year: a.year ?? input.context.year };
		prepared = prepareDraft({ ...input, context });
	} else {
		const read = await readInput(io, a.input);
		if (!read.ok) {
			if (read.reason === 'io') io.err(m.readFailed(a.input, read.error));
			else io.err(read.format === 'binary' ? m.notText(a.input) : `${a.input}：${read.message}`);
			return 1;
		}
		const text = read.text;
		if (!text.trim()) {
			io.err(m.empty(a.input));
			return 1;
		}
		prepared = prepareText(text, draftFromText(text, { pack, year: a.year ?? null }), findBlanks);
	}
	const { doc, blanks } = prepared;
	if (blanks.length && !a.allowBlanks) {
		io.err(m.openBlanks(blanks.length));
		for (const b of blanks) io.err((b.where ? `  ${b.where}` : '') + m.blankAt(b.line, b.col, b.context));
		io.err(m.refuse);
		return 1;
	}
	const data = await buildOutput(doc, a.format, defaultSettings(a.preset), { markBlanks: a.allowBlanks });
	try {
		await io.writeFile(a.output, data);
	} catch (e) {
		io.err(m.writeFailed(a.output, e instanceof Error ? e.message : String(e)));
		return 1;
	}
	io.out(m.written(a.output, data.length));
	return 0;
}
