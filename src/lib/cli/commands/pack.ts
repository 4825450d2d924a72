import type { CliIo } from '../io';
import { formatProblems, validatePackBytes } from '$lib/packs/validate';
import { packCliMessages as m } from '$lib/messages/packs';

/**
 * `gaojiang pack validate FILE...`: runs the app's own import validation on each file and prints
 * `OK` or one `JSON-path: message` line per problem (prefixed with the file name when several
 * files are given). Exits 1 when any file is refused, 2 on wrong usage.
 */
export async function runPack(args: string[], io: CliIo): Promise<number> {
	const [sub, ...files] = args;
	if (sub !== 'validate' || files.length === 0) {
		io.err(m.usage);
		return 2;
	}
	const many = files.length > 1;
	let refused = 0;
	for (const file of files) {
		const prefix = many ? `${file}: ` : '';
		let bytes: Uint8Array;
		try {
			bytes = await io.readFile(file);
		} catch (e) {
			refused++;
			io.out(`${prefix}$: ${m.unreadable((e as NodeJS.ErrnoException).code ?? '')}`);
			continue;
		}
		const result = validatePackBytes(bytes);
		if (result.ok) {
			io.out(`${prefix}OK` + (result.migratedFrom ? m.migrated(result.migratedFrom) : ''));
		} else {
			refused++;
			for (const line of formatProblems(result.problems)) io.out(prefix + line);
		}
	}
	if (many) io.out(m.summary(files.length - refused, refused));
	return refused > 0 ? 1 : 0;
}
