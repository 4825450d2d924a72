import type { CliIo } from '../io';

/** `gaojiang export`: placeholder until the feature lands (owned by its issue). */
export async function runExport(_args: string[], io: CliIo): Promise<number> {
	io.err('该命令尚未实现：export');
	return 2;
}
