import type { CliIo } from '$lib/cli/io';

/** The command line's side effects in memory: files to read, and what it printed and wrote. */
export function fakeIo(files: Record<string, Uint8Array | string>) {
	const out: string[] = [];
	const err: string[] = [];
	const written: Record<string, Uint8Array | string> = {};
	const io: CliIo = {
		out: (t) => void out.push(t),
		err: (t) => void err.push(t),
		readFile: async (p) => {
			const f = files[p];
			if (f === undefined) throw new Error('ENOENT');
			return typeof f === 'string' ? new TextEncoder().encode(f) : f;
		},
		writeFile: async (p, d) => void (written[p] = d)
	};
	return { io, out, err, written };
}
