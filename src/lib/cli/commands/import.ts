import type { CliIo } from '../io';
import { readInput } from '../input';
import { importJson, importMessages, importText } from '$lib/import';

const m = importMessages.cli;

/** `gaojiang import [--json] FILE`: exit 0 on success, 2 with a Chinese message otherwise. */
export async function runImport(args: string[], io: CliIo): Promise<number> {
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
	const file = files[0];
	if (!file || files.length > 1) {
		io.err(m.noFile);
		io.err(m.usage);
		return 2;
	}
	const input = await readInput(io, file);
	if (!input.ok) {
		io.err(input.reason === 'io' ? m.readFailed(file) : m.failed(file, input.message));
		return 2;
	}
	const result = importText(input.source);
	const data = importJson(result);
	if (json) {
		io.out(JSON.stringify(data));
		return 0;
	}
	const encoding = importMessages.encodingName[data.encoding] ?? data.encoding;
	const lines = [m.summary(file, encoding, data.title || importMessages.untitled, data.samples.length, data.removed.length)];
	result.samples.forEach((s, i) => {
		lines.push(m.sample(i + 1, s.title, s.sections.length, s.length));
		for (const x of s.sections) lines.push(m.section(x.title, importMessages.kindName[x.kind] ?? x.kind, x.body.replace(/\s+/g, '').length));
	});
	const alt = input.source.alternatives[0];
	if (alt) lines.push(m.ambiguous(encoding, importMessages.encodingName[alt.encoding] ?? alt.encoding));
	io.out(lines.join('\n'));
	return 0;
}
