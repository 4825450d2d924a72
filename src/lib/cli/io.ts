import { open, stat, writeFile } from 'node:fs/promises';
import { fstatSync } from 'node:fs';
import { ioMessages as m } from './messages';

/** The side effects of the command line, injectable so tests can run commands in-process. */
export interface CliIo {
	out(text: string): void;
	err(text: string): void;
	readFile(path: string): Promise<Uint8Array>;
	writeFile(path: string, data: Uint8Array | string): Promise<void>;
}

/**
 * The largest input any command reads (a report, a pack, a backup). A year's report is well
 * under 1 MB; the app's backups are capped at 30 MB. Anything bigger is refused before it is
 * read, instead of growing the heap until Node gives up.
 */
export const MAX_INPUT_BYTES = 32 * 1024 * 1024;

/** An input refused before reading: not a regular file, or too large. Exit code 2. */
export class InputRefusedError extends Error {
	override name = 'InputRefusedError';
}

const mb = (n: number) => (n / 1024 / 1024).toFixed(1);

/** What kind of thing is at a path, for the refusal message. */
function kindOf(s: { isFIFO(): boolean; isCharacterDevice(): boolean; isBlockDevice(): boolean; isSocket(): boolean; isDirectory(): boolean }): string | null {
	if (s.isFIFO()) return m.kinds.fifo;
	if (s.isCharacterDevice() || s.isBlockDevice()) return m.kinds.device;
	if (s.isSocket()) return m.kinds.socket;
	if (s.isDirectory()) return m.kinds.directory;
	return null;
}

/** Reads at most `limit + 1` bytes from a stream-like source; refuses beyond the limit. */
async function readCapped(next: (buf: Uint8Array) => Promise<number>, limit: number, name: string): Promise<Uint8Array> {
	const chunks: Uint8Array[] = [];
	let total = 0;
	for (;;) {
		const buf = new Uint8Array(Math.min(1 << 20, limit + 1 - total));
		const n = await next(buf);
		if (n === 0) break;
		chunks.push(buf.subarray(0, n));
		total += n;
		if (total > limit) throw new InputRefusedError(m.tooLarge(name, `> ${mb(limit)}`, mb(limit)));
	}
	const out = new Uint8Array(total);
	let at = 0;
	for (const c of chunks) {
		out.set(c, at);
		at += c.length;
	}
	return out;
}

/**
 * Reads one input the way every command should: `-` is standard input; a FIFO, device,
 * socket or directory is refused at once (stat does not open it, so a FIFO with no writer
 * cannot hang us, and /dev/zero is never read); a file over the limit is refused by its size.
 */
export async function readInput(path: string, limit: number = MAX_INPUT_BYTES): Promise<Uint8Array> {
	if (path === '-') return readStdin(limit);
	const s = await stat(path);
	const kind = kindOf(s);
	if (kind) throw new InputRefusedError(m.notAFile(path, kind));
	if (s.size > limit) throw new InputRefusedError(m.tooLarge(path, mb(s.size), mb(limit)));
	const handle = await open(path, 'r');
	try {
		// The size may change while we read: read no more than the limit either way.
		return await readCapped(async (buf) => (await handle.read(buf, 0, buf.length, null)).bytesRead, limit, path);
	} finally {
		await handle.close();
	}
}

async function readStdin(limit: number): Promise<Uint8Array> {
	const s = fstatSync(0);
	// A terminal is a character device too, and a fine place to type a report from.
	if ((s.isCharacterDevice() && !process.stdin.isTTY) || s.isBlockDevice() || s.isDirectory()) {
		throw new InputRefusedError(m.notAFile(m.stdin, m.kinds.device));
	}
	const chunks: Uint8Array[] = [];
	let total = 0;
	for await (const chunk of process.stdin as AsyncIterable<Buffer>) {
		total += chunk.length;
		if (total > limit) {
			process.stdin.destroy();
			throw new InputRefusedError(m.tooLarge(m.stdin, `> ${mb(limit)}`, mb(limit)));
		}
		chunks.push(new Uint8Array(chunk));
	}
	const out = new Uint8Array(total);
	let at = 0;
	for (const c of chunks) {
		out.set(c, at);
		at += c.length;
	}
	return out;
}

export function nodeIo(): CliIo {
	// `gaojiang check … | head`: a closed pipe ends the output quietly, not with a stack trace.
	process.stdout.on('error', (e: NodeJS.ErrnoException) => {
		if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
		throw e;
	});
	const err = (t: string) => void process.stderr.write(t.endsWith('\n') ? t : t + '\n');
	return {
		out: (t) => void process.stdout.write(t.endsWith('\n') ? t : t + '\n'),
		err,
		readFile: async (p) => {
			try {
				return await readInput(p);
			} catch (e) {
				// A refused input ends the command the same way whichever command read it.
				if (e instanceof InputRefusedError) {
					err(e.message);
					process.exit(2);
				}
				throw e;
			}
		},
		writeFile: (p, d) => writeFile(p, d)
	};
}
