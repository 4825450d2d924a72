import { readFile, writeFile } from 'node:fs/promises';

/** The side effects of the command line, injectable so tests can run commands in-process. */
export interface CliIo {
	out(text: string): void;
	err(text: string): void;
	readFile(path: string): Promise<Uint8Array>;
	writeFile(path: string, data: Uint8Array | string): Promise<void>;
}

export function nodeIo(): CliIo {
	// `gaojiang check … | head`: a closed pipe ends the output quietly, not with a stack trace.
	process.stdout.on('error', (e: NodeJS.ErrnoException) => {
		if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
		throw e;
	});
	return {
		out: (t) => void process.stdout.write(t.endsWith('\n') ? t : t + '\n'),
		err: (t) => void process.stderr.write(t.endsWith('\n') ? t : t + '\n'),
		readFile: async (p) => new Uint8Array(await readFile(p)),
		writeFile: (p, d) => writeFile(p, d)
	};
}
