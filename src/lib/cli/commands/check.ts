import type { CliIo } from '../io';

/** `gaojiang check`: placeholder until the feature lands (owned by its issue). */
export async function runCheck(_args: string[], io: CliIo): Promise<number> {
	io.err('该命令尚未实现：check');
	return 2;
}
