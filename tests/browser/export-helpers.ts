// Builds the export components' test page (tests/browser/export-fixture) with Vite and serves it.
import { build } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { serve } from '../../scripts/serve.mjs';
import { ROOT, type Served } from './harness';

export async function serveExportFixture(): Promise<Served> {
	const out = mkdtempSync(path.join(tmpdir(), 'gaojiang-export-fixture-'));
	await build({
		configFile: false,
		logLevel: 'error',
		root: path.join(ROOT, 'tests/browser/export-fixture'),
		base: './',
		plugins: [svelte({ compilerOptions: { runes: true } })],
		resolve: { alias: { $lib: path.join(ROOT, 'src/lib'), $plugins: path.join(ROOT, 'plugins'), $templates: path.join(ROOT, 'templates') } },
		build: { outDir: out, emptyOutDir: true, minify: false, rolldownOptions: { checks: { pluginTimings: false } } }
	});
	const server = (await serve(out, 0)) as Served;
	return {
		url: server.url,
		close: async () => {
			await server.close();
			rmSync(out, { recursive: true, force: true });
		}
	};
}
