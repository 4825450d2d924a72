import type { CliIo } from '../io';
import { parseReport } from '$lib/export/parse-report';
import { buildOutput, isFormat, type ExportFormat } from '$lib/export/formats';
import { defaultSettings, loadExportSettings, loadOwnPresets, type BuiltinPresetId as PresetId, type ExportSettings, type SettingsStore } from '$lib/export/settings';
import { exportDefaults, normalizePreferences, PREFERENCES_KEY } from '$lib/preferences';
import { readInput } from '../input';
import { draftToDocument } from '$lib/export/from-draft';
import type { BlankFinder } from '$lib/export/blanks';
import type { ExportDocument } from '$lib/export/document';
import { exportCliMessages as m } from '$lib/export/cli-messages';
import { DraftChecker, blankFinderFor, exportGate, excerpt, type GateEntry, type GateGroup } from '$lib/checking';
import { draftFromText, fileStartOf, readYear, type DraftInput } from '../draft-input';
import { draftInputMessages as dm } from '../messages';
import { draftOption, packOption, sourceOption } from './check';

interface ExportArgs {
	format: ExportFormat;
	/** Absent: a --draft exports with its own settings (else 备份与设置's), a file with GB/T 9704. */
	preset?: PresetId;
	allowBlanks: boolean;
	allowResidue: boolean;
	input: string;
	output: string;
	packFile?: string;
	sourceFile?: string;
	draft?: string;
	year?: number;
}

function parseArgs(args: string[], io: CliIo): ExportArgs | null {
	let format: string | undefined;
	let preset: string | undefined;
	let allowBlanks = false;
	let allowResidue = false;
	let output: string | undefined;
	let packFile: string | undefined;
	let sourceFile: string | undefined;
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
		else if (a === '--allow-residue') allowResidue = true;
		else if (a === '--pack' || a.startsWith('--pack=')) packFile = value('--pack');
		else if (a === '--source' || a.startsWith('--source=')) sourceFile = value('--source');
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
	if (preset !== undefined && preset !== 'gbt9704' && preset !== 'plain') return fail(m.badPreset(preset));
	const input = inputs[0];
	if (!input) return fail(draft !== undefined ? dm.draftNeedsBackup : m.missingInput);
	if (!output) return fail(m.missingOutput);
	return { format, preset: preset as PresetId | undefined, allowBlanks, allowResidue, input, output, packFile, sourceFile, draft, year };
}

/** A draft's export settings as the app would use them: its own, else the settings page's defaults. */
async function draftExportSettings(store: SettingsStore, draftId: string): Promise<ExportSettings> {
	const prefs = normalizePreferences(await store.get(PREFERENCES_KEY));
	return loadExportSettings(store, draftId, exportDefaults(prefs, await loadOwnPresets(store)));
}

/** Line and column (1-based) of an offset, for listing what the gate holds. */
function position(text: string, offset: number): { line: number; col: number } {
	const before = text.slice(0, offset);
	const line = before.split('\n').length;
	return { line, col: offset - before.lastIndexOf('\n') };
}

/** One thing the gate holds, as listed to the writer: where, what, and a few characters around. */
interface Listed {
	line: number;
	col: number;
	context: string;
	where?: string;
	message?: string;
}

interface Prepared {
	doc: ExportDocument;
	/** The export gate (the draft checker's exportGate): open blanks, 模板残留, 范文残留. */
	gate: Record<GateGroup, Listed[]>;
}

/** A draft (from a backup) checked by the draft checker, and its document with those blanks. */
function prepareDraft(input: DraftInput): Prepared {
	const report = new DraftChecker(input.context).check(input.draft);
	const find = blankFinderFor(report, input.ignore, input.context);
	const list = (entries: GateEntry[]): Listed[] =>
		entries.map((e) => ({ line: e.finding.line, col: e.finding.column, context: e.context, where: e.where, message: e.finding.message }));
	const gate = exportGate(input.draft, report, input.ignore);
	return {
		doc: draftToDocument({ title: input.draft.title, sections: [...input.draft.sections] }, { findBlanks: find }),
		gate: { blanks: list(gate.blanks), leftovers: list(gate.leftovers), residue: list(gate.residue) }
	};
}

/**
 * A report file: the draft checker over it (split by the pack's section titles when given),
 * every gate entry placed back in the file. `override` stands in for the blanks (tests).
 */
function prepareText(text: string, input: DraftInput, override?: BlankFinder): Prepared {
	const report = new DraftChecker(input.context).check(input.draft);
	const gate = exportGate(input.draft, report, input.ignore);
	const inFile = (entries: GateEntry[]) =>
		entries.flatMap(({ place, finding: f }) => {
			const shift = fileStartOf(input, place);
			if (shift === null) return [];
			return [{ from: f.from + shift, to: f.to + shift, message: f.message }];
		});
	const spans = override ? override(text) : inFile(gate.blanks);
	const list = (found: { from: number; to: number; message?: string }[]): Listed[] =>
		found.map((b) => ({ ...position(text, b.from), context: excerpt(text, b.from, b.to), message: b.message }));
	return {
		doc: parseReport(text, () => spans),
		gate: { blanks: list(spans.map((b) => ({ from: b.from, to: b.to }))), leftovers: list(inFile(gate.leftovers)), residue: list(inFile(gate.residue)) }
	};
}

/**
 * `gaojiang export`: a Markdown/text report, or a draft inside a backup (--draft ID|TITLE), →
 * docx, md, txt or html, built by the same code as the browser export and checked by the same
 * draft checker (--pack for a file; a draft's own pack, year, 范文 and ignore list). The export
 * gate stops it: open blanks unless --allow-blanks (then they are highlighted), 模板残留 and
 * 范文残留 unless --allow-residue.
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
	const source = await sourceOption(a.sourceFile, io);
	if (typeof source === 'number') return source;
	let prepared: Prepared;
	let settings = defaultSettings(a.preset ?? 'gbt9704');
	if (a.draft !== undefined) {
		const input = await draftOption(a.draft, a.input, io);
		if (typeof input === 'number') return input;
		// Without --preset, a draft exports as in the app: its own export settings, else 备份与设置's defaults.
		if (a.preset === undefined && input.settings) settings = await draftExportSettings(input.settings, input.draft.id);
		const context = { ...input.context, pack: a.packFile !== undefined ? pack : input.context.pack, year: a.year ?? input.context.year, source: source ?? input.context.source };
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
		prepared = prepareText(text, draftFromText(text, { pack, year: a.year ?? null, source }), findBlanks);
	}
	const { doc, gate } = prepared;
	// Blanks pass with --allow-blanks; 模板残留 and 范文残留 with --allow-residue: each a choice of its own.
	const heldBlanks = gate.blanks.length > 0 && !a.allowBlanks;
	const heldResidue = gate.leftovers.length + gate.residue.length > 0 && !a.allowResidue;
	if (heldBlanks || heldResidue) {
		if (heldBlanks) {
			io.err(m.openBlanks(gate.blanks.length));
			for (const b of gate.blanks) io.err((b.where ? `  ${b.where}` : '') + m.blankAt(b.line, b.col, b.context));
		}
		if (heldResidue) {
			for (const group of ['leftovers', 'residue'] as const) {
				if (!gate[group].length) continue;
				io.err(m.gateGroups[group](gate[group].length));
				for (const r of gate[group]) io.err((r.where ? `  ${r.where}` : '') + m.itemAt(r.line, r.col, r.message ?? '', r.context));
			}
		}
		io.err(heldBlanks && heldResidue ? m.refuseBoth : heldBlanks ? m.refuse : m.refuseResidue);
		return 1;
	}
	if (gate.leftovers.length + gate.residue.length > 0) io.err(m.exportedWithResidue(gate.leftovers.length, gate.residue.length));
	const data = await buildOutput(doc, a.format, settings, { markBlanks: a.allowBlanks && gate.blanks.length > 0 });
	try {
		await io.writeFile(a.output, data);
	} catch (e) {
		io.err(m.writeFailed(a.output, e instanceof Error ? e.message : String(e)));
		return 1;
	}
	io.out(m.written(a.output, data.length));
	return 0;
}
