// Benchmark: import (open → decode → clean → split) of the seed page (../shared/corpus) and of a
// 60,000-character .docx, in Node and in Chromium (aims: under 200 ms for the page, under 1 s
// for the .docx). Also imports the page repeated 1×, 4× and 16× to show the time grows linearly
// with the input. Bundles the app's own import modules (mammoth loaded by dynamic import, as in
// the app). Prints figures; never fails on timing.
import { build } from 'vite';
import { existsSync, mkdtempSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import { serve } from '../serve.mjs';

const root = path.resolve(fileURLToPath(new URL('../..', import.meta.url)));
const out = mkdtempSync(path.join(tmpdir(), 'gaojiang-bench-import-'));
// Inside the project so the Node bundle finds mammoth in node_modules.
const outNode = mkdtempSync(path.join(root, 'node_modules', '.bench-import-'));
const RUNS = 7;

// The seed page when the shared corpus is there, else our own three-sample fixture page.
const seedPath = path.join(root, '../shared/corpus/000_1c5ba86c4ef7793b.txt');
const seedName = existsSync(seedPath) ? 'seed page (../shared/corpus)' : 'fixture site page';
const seed = new Uint8Array(readFileSync(existsSync(seedPath) ? seedPath : path.join(root, 'tests/import/fixtures/site-page.txt')));

// A 60,000-character report of our own sentences, with Word headings every ten paragraphs.
function bigDocx() {
	const sentences = [
		'全年新建标准化厂房万平方米，同比增长，完成年度计划的。',
		'围绕重点项目建设，我们坚持一线工作法，协调解决用地、用电等难题项。',
		'开展安全生产大检查次，排查整改隐患处，整改率达到100%。',
		'引进项目个，其中投资超亿元项目个，总投资达到亿元。'
	];
	const children = [new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun('2025年度开发区管委会工作总结')] })];
	let chars = 0;
	let n = 0;
	const numerals = '一二三四五六七八九十';
	while (chars < 60_000) {
		if (n % 10 === 0) {
			const h = `${numerals[Math.floor(n / 10) % 10]}、第${Math.floor(n / 10) + 1}部分工作`;
			children.push(new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(h)] }));
			chars += h.length;
		}
		const p = Array.from({ length: 6 }, (_, i) => sentences[(n + i) % sentences.length]).join('');
		children.push(new Paragraph({ children: [new TextRun(p)] }));
		chars += p.length;
		n++;
	}
	return { doc: new Document({ sections: [{ children }] }), chars };
}
const big = bigDocx();
const docx = new Uint8Array(await Packer.toBuffer(big.doc));

const entry = `
import { openFile, importText, isImportError } from '$lib/import';

async function once(bytes, name) {
	const t0 = performance.now();
	const src = await openFile(bytes, name);
	if (isImportError(src)) throw new Error(src.message);
	const r = importText(src);
	return { ms: performance.now() - t0, samples: r.samples.length, chars: src.text.length, changes: r.cleaned.changes.length };
}

export async function run(seed, docx, runs) {
	const page = [];
	const word = [];
	let pageInfo, docxInfo;
	for (let i = 0; i < runs; i++) {
		pageInfo = await once(seed, 'seed.txt');
		page.push(pageInfo.ms);
		docxInfo = await once(docx, 'report.docx');
		word.push(docxInfo.ms);
	}
	// Linear growth: the page repeated 1×, 4×, 16×.
	const scale = [];
	for (const k of [1, 4, 16]) {
		const big = new Uint8Array(seed.length * k);
		for (let j = 0; j < k; j++) big.set(seed, j * seed.length);
		const t = [];
		for (let i = 0; i < 3; i++) t.push((await once(big, 'big.txt')).ms);
		scale.push({ k, ms: t.sort((a, b) => a - b)[1] });
	}
	return { page, word, pageInfo, docxInfo, scale };
}
`;

const src = mkdtempSync(path.join(tmpdir(), 'gaojiang-bench-src-'));
const entryFile = path.join(src, 'bench-entry.ts');
writeFileSync(entryFile, entry);
const common = { root, configFile: false, logLevel: 'error', resolve: { alias: { $lib: path.join(root, 'src/lib') } } };
await build({
	...common,
	build: { outDir: out, emptyOutDir: true, minify: true, lib: { entry: entryFile, formats: ['es'], fileName: 'bench' }, rolldownOptions: { checks: { pluginTimings: false } } }
});
await build({
	...common,
	build: { ssr: entryFile, outDir: outNode, emptyOutDir: true, target: 'node20', rolldownOptions: { output: { entryFileNames: 'bench.mjs' }, checks: { pluginTimings: false } } }
});
writeFileSync(path.join(out, 'index.html'), '<!doctype html><meta charset="utf-8"><title>bench</title>');
writeFileSync(path.join(out, 'seed.txt'), seed);
writeFileSync(path.join(out, 'report.docx'), docx);

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const fmt = (ms) => `${ms.toFixed(1)} ms`;

function report(where, r) {
	console.log(`${where}: ${seedName}, ${r.pageInfo.chars} characters → ${r.pageInfo.samples} samples, ${r.pageInfo.changes} changes: first ${fmt(r.page[0])}, median of ${RUNS} ${fmt(median(r.page))} (ratio to the 200 ms aim ${(median(r.page) / 200).toFixed(2)})`);
	console.log(`${where}: .docx of ${big.chars} characters (${(docx.length / 1024).toFixed(0)} KB) → ${r.docxInfo.chars} characters of text: first (incl. loading mammoth) ${fmt(r.word[0])}, median ${fmt(median(r.word))} (ratio to the 1000 ms aim ${(median(r.word) / 1000).toFixed(2)})`);
	const base = r.scale[0];
	console.log(`${where}: linear growth: ${r.scale.map((s) => `${s.k}× ${fmt(s.ms)} (${(s.ms / base.ms / s.k).toFixed(2)} per unit)`).join(', ')}`);
}

try {
	const mod = await import(pathToFileURL(path.join(outNode, 'bench.mjs')).href);
	report('node', await mod.run(seed, docx, RUNS));

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
			const bytes = async (p) => new Uint8Array(await (await fetch(p)).arrayBuffer());
			return mod.run(await bytes('./seed.txt'), await bytes('./report.docx'), runs);
		}, RUNS);
		report('chromium', r);
	} finally {
		await browser.close();
		await server.close();
	}
} finally {
	rmSync(out, { recursive: true, force: true });
	rmSync(outNode, { recursive: true, force: true });
	rmSync(src, { recursive: true, force: true });
}
