// Bundles src/lib/cli/main.ts into dist-cli/gaojiang.mjs (see vite.cli.config.ts).
import { build } from 'vite';
import { fileURLToPath } from 'node:url';

await build({
	configFile: fileURLToPath(new URL('../vite.cli.config.ts', import.meta.url)),
	logLevel: 'warn'
});
