import type { CliIo } from '../io';

/** `gaojiang pack`: placeholder until the feature lands (owned by its issue). */
export async function runPack(_args: string[], io: CliIo): Promise<number> {
	io.err('该命令尚未实现：pack');
	return 2;
}
