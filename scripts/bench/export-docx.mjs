// Benchmark: export a 60,000-character report to .docx in Chromium (aim: under one second).
// Bundles the app's own export modules (the same code the ExportPanel runs, docx loaded by
// dynamic import) into a scratch page, serves it, and times parse + build in the browser with
// playwright-core. Also times the preview pagination. Prints figures; never fails on timing.
import { build } from 'vite';
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { serve } from '../serve.mjs';

const root = path.resolve(fileURLToPath(new URL('../..', import.meta.url)));
const out = mkdtempSync(path.join(tmpdir(), 'gaojiang-bench-export-'));
const RUNS = 7;

const entry = `
import { parseReport } from '$lib/export/parse-report';
import { buildDocx } from '$lib/export/build-docx';
import { paginate } from '$lib/export/paginate';
import { defaultSettings, layoutOf } from '$lib/export/settings';
import { sampleReport } from '${path.join(root, 'scripts/export-sample.mjs')}';

export async function run(runs) {
	const text = sampleReport(60000);
	const settings = defaultSettings('gbt9704');
	const times = [];
	const pagination = [];
	let size = 0;
	let pages = 0;
	// The first run includes loading the docx chunk, as the writer's first click does.
	for (let i = 0; i < runs; i++) {
		const t0 = performance.now();
		const doc = parseReport(text);
		const bytes = await buildDocx(doc, settings, { markBlanks: false });
		times.push(performance.now() - t0);
		size = bytes.length;
		const t1 = performance.now();
		pages = paginate(doc, layoutOf(settings)).length;
		pagination.push(performance.now() - t1);
	}
	return { chars: text.length, times, pagination, size, pages };
}
`;

const src = mkdtempSync(path.join(tmpdir(), 'gaojiang-bench-src-'));
const entryFile = path.join(src, 'bench-entry.ts');
writeFileSync(entryFile, entry);

await build({
	root,
	configFile: false,
	logLevel: 'error',
	resolve: { alias: { $lib: path.join(root, 'src/lib'), $plugins: path.join(root, 'plugins') } },
	build: {
		outDir: out,
		emptyOutDir: true,
		minify: true,
		lib: { entry: entryFile, formats: ['es'], fileName: 'bench' },
		rolldownOptions: { checks: { pluginTimings: false } }
	}
});
writeFileSync(path.join(out, 'index.html'), '<!doctype html><meta charset="utf-8"><title>bench</title>');

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const fmt = (ms) => `${ms.toFixed(0)} ms`;

const server = await serve(out, 0);
const browser = await chromium.launch({
	executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
	headless: true,
	args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage']
});
try {
	const page = await browser.newPage();
	await page.goto(server.url);
	const r = await page.evaluate(async (runs) => {
		const mod = await import('./bench.js');
		return mod.run(runs);
	}, RUNS);
	console.log(`chromium: ${r.chars} characters → .docx ${(r.size / 1024).toFixed(0)} KB, ${r.pages} preview pages`);
	console.log(`chromium: export first (incl. loading docx) ${fmt(r.times[0])}, median of ${RUNS} ${fmt(median(r.times))}, max ${fmt(Math.max(...r.times))}`);
	console.log(`chromium: preview pagination median ${fmt(median(r.pagination))}`);
	console.log(`ratio of median to the 1000 ms aim: ${(median(r.times) / 1000).toFixed(2)}`);
} finally {
	await browser.close();
	await server.close();
	rmSync(out, { recursive: true, force: true });
	rmSync(src, { recursive: true, force: true });
}
