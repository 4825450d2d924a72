import { runCheck } from './commands/check';
import { runPack } from './commands/pack';
import { runExport } from './commands/export';
import { runImport } from './commands/import';
import { cliMessages as m } from './messages';
import type { CliIo } from './io';
import { nodeIo } from './io';

/** Runs the command line and resolves to the process exit code. */
export async function main(argv: string[], io: CliIo = nodeIo()): Promise<number> {
	const [command, ...rest] = argv;
	switch (command) {
		case 'check':
			return runCheck(rest, io);
		case 'pack':
			return runPack(rest, io);
		case 'export':
			return runExport(rest, io);
		case 'import':
			return runImport(rest, io);
		case undefined:
		case '-h':
		case '--help':
		case 'help':
			io.out(m.usage);
			return command === undefined ? 2 : 0;
		default:
			io.err(m.unknownCommand(command));
			io.err(m.usage);
			return 2;
	}
}
