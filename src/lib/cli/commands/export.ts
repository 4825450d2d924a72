import type { CliIo } from '../io';
import { parseReport } from '$lib/export/parse-report';
import { buildOutput, isFormat, type ExportFormat } from '$lib/export/formats';
import { defaultSettings, type PresetId } from '$lib/export/settings';
import { readInput } from '../input';
import { defaultBlankFinder } from '$lib/export/check-blanks';
import type { BlankFinder } from '$lib/export/blanks';
import { exportCliMessages as m } from '$lib/export/cli-messages';

interface ExportArgs {
	format: ExportFormat;
	preset: PresetId;
	allowBlanks: boolean;
	input: string;
	output: string;
}

function parseArgs(args: string[], io: CliIo): ExportArgs | null {
	let format: string | undefined;
	let preset = 'gbt9704';
	let allowBlanks = false;
	let output: string | undefined;
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
		else if (a.startsWith('-') && a !== '-') {
			io.err(m.unknownOption(a));
			return null;
		} else inputs.push(a);
	}
	const fail = (msg: string) => (io.err(msg), io.err(m.usage), null);
	if (!format) return fail(m.missingFormat);
	if (!isFormat(format)) return fail(m.badFormat(format));
	if (preset !== 'gbt9704' && preset !== 'plain') return fail(m.badPreset(preset));
	const input = inputs[0];
	if (!input) return fail(m.missingInput);
	if (!output) return fail(m.missingOutput);
	return { format, preset, allowBlanks, input, output };
}

/** Line and column (1-based) of an offset, for listing open blanks. */
function position(text: string, offset: number): { line: number; col: number } {
	const before = text.slice(0, offset);
	const line = before.split('\n').length;
	return { line, col: offset - before.lastIndexOf('\n') };
}

/**
 * `gaojiang export`: a Markdown/text report → docx, md, txt or html, built by the same code as
 * the browser export. Open blanks stop the export unless --allow-blanks is given.
 */
export async function runExport(args: string[], io: CliIo, findBlanks: BlankFinder = defaultBlankFinder): Promise<number> {
	if (args.includes('-h') || args.includes('--help')) {
		io.out(m.usage);
		return 0;
	}
	const a = parseArgs(args, io);
	if (!a) return 2;
	const input = await readInput(io, a.input);
	if (!input.ok) {
		if (input.reason === 'io') io.err(m.readFailed(a.input, input.error));
		else io.err(input.format === 'binary' ? m.notText(a.input) : `${a.input}：${input.message}`);
		return 1;
	}
	const text = input.text;
	if (!text.trim()) {
		io.err(m.empty(a.input));
		return 1;
	}
	const blanks = findBlanks(text);
	if (blanks.length && !a.allowBlanks) {
		io.err(m.openBlanks(blanks.length));
		for (const b of blanks) {
			const p = position(text, b.from);
			const context = text.slice(Math.max(0, b.from - 8), Math.min(text.length, b.to + 8)).replace(/\s+/g, ' ');
			io.err(m.blankAt(p.line, p.col, context));
		}
		io.err(m.refuse);
		return 1;
	}
	const doc = parseReport(text, () => blanks);
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
