// Benchmark: export time against the number of blanks on one line. A report whose body is one
// line of 140k / 280k / 560k characters with an open blank every 10 characters goes through
// parse + every builder (md, txt, html, docx) in Node, with the same code as the browser (loaded
// through Vite). Linear work doubles with the size: the ratios should stay near 2.
import path from 'node:path';
import { createServer } from 'vite';

const root = path.resolve(import.meta.dirname, '../..');
const vite = await createServer({
	root,
	configFile: false,
	logLevel: 'error',
	server: { middlewareMode: true, hmr: false },
	appType: 'custom',
	resolve: { alias: { $lib: path.join(root, 'src/lib'), $plugins: path.join(root, 'plugins') } }
});
const { parseReport } = await vite.ssrLoadModule('/src/lib/export/parse-report.ts');
const { buildOutput } = await vite.ssrLoadModule('/src/lib/export/formats.ts');
const { defaultSettings } = await vite.ssrLoadModule('/src/lib/export/settings.ts');

// Our own text: a figure missing after 总产值 every ten characters.
const UNIT = '完成总产值亿元，';
const finder = (text) => {
	const out = [];
	for (let i = text.indexOf('总产值'); i >= 0; i = text.indexOf('总产值', i + 1)) out.push({ from: i + 3, to: i + 3 });
	return out;
};
const settings = defaultSettings();
const times = [];
for (const chars of [140_000, 280_000, 560_000]) {
	const text = `标题\n${UNIT.repeat(Math.ceil(chars / UNIT.length)).slice(0, chars)}\n`;
	const t0 = performance.now();
	const doc = parseReport(text, finder);
	for (const format of ['md', 'txt', 'html', 'docx']) await buildOutput(doc, format, settings, { markBlanks: true });
	const ms = performance.now() - t0;
	times.push(ms);
	console.log(`one line of ${chars / 1000}k characters, ${finder(text).length} blanks: ${ms.toFixed(0)} ms`);
}
console.log(`ratios (linear ≈ 2): ${times.slice(1).map((t, i) => (t / times[i]).toFixed(2)).join(', ')}`);
await vite.close();
