import { defineConfig } from 'vite';
import { fileURLToPath } from 'node:url';

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));

/**
 * Bundles the command-line tool (`bin/gaojiang.js`) from the same TypeScript modules the app
 * uses, so the checker, pack validation and export behave identically in both places.
 * Runs on `npm ci` (the `prepare` script) and again whenever bin/ finds the bundle stale.
 */
export default defineConfig({
	resolve: {
		alias: {
			$lib: here('./src/lib'),
			$plugins: here('./plugins'),
			$templates: here('./templates')
		}
	},
	logLevel: 'warn',
	build: {
		ssr: here('./src/lib/cli/main.ts'),
		outDir: here('./dist-cli'),
		emptyOutDir: true,
		target: 'node20',
		minify: false,
		sourcemap: true,
		rolldownOptions: {
			output: { entryFileNames: 'gaojiang.mjs' },
			checks: { pluginTimings: false }
		}
	}
});
