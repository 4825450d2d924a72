// The LibreOffice rendering check (not part of npm test: it needs LibreOffice and takes ~1 min).
// Builds .docx files with the app's own export modules (loaded through Vite, the same code as the
// browser), converts them to PDF with `soffice --headless` and reads the pages back:
//   1. a long report: the text lines on every full body page (GB/T 9704 wants 22);
//   2. a report whose body ends on the last line of a page: the 落款 must share its page with
//      body text (the page set a little closer, §7.3.5.4), never a page of signature and date alone;
//   3. a report with 版头, a table, an attachment note, 附注 and 版记;
// and for each the page count of the PDF against the preview's (layoutPages), which the print copy
// shares. Needs: apt-get install -y libreoffice-writer-nogui fonts-noto-cjk poppler-utils
//
//   node scripts/render-docx-pdf.mjs [--keep DIR] [--chars 12000] [--png]
import { spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, writeFileSync, existsSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createServer } from 'vite';
import { sampleReport } from './export-sample.mjs';

const root = path.resolve(import.meta.dirname, '..');
const arg = (name, dflt) => {
	const i = process.argv.indexOf(name);
	return i > 0 ? process.argv[i + 1] : dflt;
};
const keep = arg('--keep', null);
const chars = Number(arg('--chars', '12000'));
const png = process.argv.includes('--png');
const dir = keep ?? mkdtempSync(path.join(tmpdir(), 'gaojiang-render-'));
mkdirSync(dir, { recursive: true });

function run(cmd, args, opts = {}) {
	const r = spawnSync(cmd, args, { encoding: 'utf8', ...opts });
	if (r.status !== 0) {
		console.error(`${cmd} ${args.join(' ')} failed (${r.status})\n${r.stdout}\n${r.stderr}`);
		process.exit(1);
	}
	return r.stdout;
}

for (const tool of ['soffice', 'pdftotext', 'pdfinfo', 'pdftoppm']) {
	if (spawnSync('which', [tool]).status !== 0) {
		console.error(`${tool} not found: apt-get install -y libreoffice-writer-nogui fonts-noto-cjk poppler-utils`);
		process.exit(1);
	}
}

const vite = await createServer({
	root,
	configFile: false,
	logLevel: 'error',
	server: { middlewareMode: true, hmr: false },
	appType: 'custom',
	resolve: { alias: { $lib: path.join(root, 'src/lib'), $plugins: path.join(root, 'plugins') } }
});
const { parseReport } = await vite.ssrLoadModule('/src/lib/export/parse-report.ts');
const { buildDocx } = await vite.ssrLoadModule('/src/lib/export/build-docx.ts');
const { layoutPages } = await vite.ssrLoadModule('/src/lib/export/paginate.ts');
const { defaultSettings, layoutOf } = await vite.ssrLoadModule('/src/lib/export/settings.ts');
const { prepareDocument } = await vite.ssrLoadModule('/src/lib/export/prepare.ts');

/** Builds, converts and reads back one report; returns per-page text lines and the page counts. */
async function render(name, text, settings) {
	const doc = prepareDocument(parseReport(text), settings);
	const plan = layoutPages(doc, layoutOf(settings), false, settings);
	const docx = path.join(dir, `${name}.docx`);
	writeFileSync(docx, await buildDocx(doc, settings, { markBlanks: false }));
	run('soffice', ['--headless', `-env:UserInstallation=file://${dir}/lo-profile`, '--convert-to', 'pdf', '--outdir', dir, docx], { timeout: 180_000 });
	const pdf = path.join(dir, `${name}.pdf`);
	if (!existsSync(pdf)) {
		console.error(`LibreOffice produced no PDF for ${name}`);
		process.exit(1);
	}
	const pages = Number(/Pages:\s+(\d+)/.exec(run('pdfinfo', [pdf]))?.[1] ?? 0);
	const lines = [];
	for (let p = 1; p <= pages; p++) {
		const t = run('pdftotext', ['-layout', '-f', String(p), '-l', String(p), pdf, '-']);
		lines.push(t.split('\n').filter((l) => l.trim() && !/^\s*—\s*\d+\s*—\s*$/.test(l)));
	}
	if (png) run('pdftoppm', ['-png', '-r', '50', pdf, path.join(dir, name)]);
	const tightened = plan.tight ? [...plan.tight.chars].map(([b, c]) => `block ${b} at ${c}`).join(', ') : '';
	console.log(`${name}: ${pages} pages in LibreOffice, ${plan.pages.length} in the preview${tightened ? `; set closer: ${tightened} characters a line` : ''}`);
	console.log(`  text lines per page, LibreOffice: ${lines.map((l) => l.length).join(' ')}; preview: ${plan.pages.map((p) => p.lines.filter((l) => l.segments.length || l.cells).length).join(' ')}`);
	return { pages, preview: plan.pages.length, lines, plan };
}

const failures = [];
const check = (ok, what) => {
	console.log(`  ${ok ? 'ok' : 'FAIL'}: ${what}`);
	if (!ok) failures.push(what);
};

// 1. The long report: 22 lines on every full body page.
const gb = defaultSettings('gbt9704');
const long = await render('long', sampleReport(chars), gb);
const full = long.lines.slice(1, -1).map((l) => l.length);
console.log(`  body lines per page: ${long.lines.map((l) => l.length).join(' ')}`);
check(full.length > 0 && full.every((n) => n === 22), `22 lines on every full body page (${full.filter((n) => n === 22).length}/${full.length})`);
check(long.pages === long.preview, 'the preview has as many pages as the .docx');

// 2. A body that ends on the last line of a page: grow the report a sentence at a time until the
// preview puts its last body line at the foot of page 2, with the 落款 still to come.
const SIGN = '\n青禾镇人民政府\n2026年12月28日\n';
const bodyOf = (n) => sampleReport(n).replace(/\s*青禾镇人民政府\s*2026年12月28日\s*$/, '');
let endsAtFoot = null;
// The last paragraph grows a character at a time until the body fills page 2 to its last line.
for (let k = 0; k < 800 && !endsAtFoot; k++) {
	const body = `${bodyOf(1000)}\n${'持续巩固提升工作成效'.repeat(80).slice(0, k)}。`;
	const plain = layoutPages(prepareDocument(parseReport(body), gb), layoutOf(gb), false, gb);
	if (plain.pages.length >= 2 && plain.pages[plain.pages.length - 1].lines.length === 22) endsAtFoot = body;
}
if (!endsAtFoot) check(false, 'found a report whose body ends at a page foot');
else {
	const r = await render('page-end', endsAtFoot + '\n' + SIGN, gb);
	const last = r.lines[r.lines.length - 1].map((l) => l.replace(/\s+/g, ''));
	const hasBody = last.some((l) => !/青禾镇人民政府|2026年12月28日/.test(l));
	console.log(`  last page: ${last.length} lines; its last three: ${last.slice(-3).map((l) => l.trim().slice(0, 16)).join(' | ')}`);
	check(last.some((l) => l.includes('青禾镇人民政府')) && last.some((l) => l.includes('2026年12月28日')), 'signature and date on the last page');
	check(hasBody, 'the last page also holds body text (no page of signature and date alone)');
	check(r.pages === r.preview, 'the preview has as many pages as the .docx');
}

// 2b. A body a line or two short of the page foot, where setting its last paragraphs one
// character a line closer makes room for the 落款 on the same page (the standard's remedy).
let closer = null;
for (let k = 0; k < 800 && !closer; k++) {
	const text = `${bodyOf(1000)}\n${'持续巩固提升工作成效'.repeat(80).slice(0, k)}。${SIGN}`;
	if (layoutPages(prepareDocument(parseReport(text), gb), layoutOf(gb), false, gb).tight) closer = text;
}
if (!closer) check(false, 'found a report the standard\'s tightening applies to');
else {
	const r = await render('closer', closer, gb);
	const last = r.lines[r.lines.length - 1].map((l) => l.replace(/\s+/g, ''));
	check(last.some((l) => l.includes('青禾镇人民政府')) && last.length > 3, 'signature with body text on the last page');
	check(r.pages === r.preview, 'the preview has as many pages as the .docx');
}

// 3. 版头, table, attachment note, 附注, 版记.
const parts = defaultSettings('gbt9704');
parts.head = { on: true, organ: '青禾县人民政府文件', number: '青政发〔2026〕3号', signer: '' };
parts.record = { on: true, cc: '县农业农村局，县财政局', printer: '青禾镇党政办公室', printDate: '2026年12月28日' };
const table = [
	'| 指标 | 单位 | 完成 | 同比 |',
	'| --- | :---: | ---: | ---: |',
	...Array.from({ length: 40 }, (_, i) => `| 第${i + 1}项重点指标 | 万元 | ${120 + i * 7} | ${(2 + i / 10).toFixed(1)}% |`)
].join('\n');
const withParts = `关于青禾镇2026年度农业农村工作和明年重点项目安排情况的报告\n\n县委、县政府:\n\n${bodyOf(1200).split('\n').slice(2).join('\n')}\n\n${table}\n\n全年各项指标运行平稳。\n\n附件：1.青禾镇2026年度重点项目清单\n2.青禾镇农田建设资金使用明细表\n\n青禾镇人民政府\n2026年12月28日\n（此件公开发布）\n`;
const p3 = await render('parts', withParts, parts);
const all = p3.lines.flat();
const squeezed = all.map((l) => l.replace(/\s+/g, ''));
check(squeezed.includes('青禾县人民政府文件') && squeezed.includes('青政发〔2026〕3号'), '版头 printed');
check(all.some((l) => /指标\s+单位\s+完成\s+同比/.test(l)), 'table header row printed');
const pagesOf = (re) => p3.lines.map((pg, n) => (pg.some((l) => re.test(l.replace(/\s+/g, ''))) ? n + 1 : 0)).filter(Boolean);
const rowPages = pagesOf(/^第\d+项重点指标/);
console.log(`  table rows on pages ${rowPages.join(', ')}; header row on pages ${pagesOf(/^指标单位完成同比$/).join(', ')}`);
check(rowPages.length > 1 && pagesOf(/^指标单位完成同比$/).join() === rowPages.join(), 'the table runs onto a second page with its header row repeated');
check(all.some((l) => /附件：1\.青禾镇/.test(l.replace(/\s+/g, ''))), 'attachment note printed');
check(p3.lines[p3.lines.length - 1].some((l) => l.includes('印发')), '版记 on the last page');
check(p3.pages === p3.preview, 'the preview has as many pages as the .docx');

await vite.close();
if (png) console.log(`PNG pages in ${dir}`);
console.log(failures.length ? `RESULT: ${failures.length} check(s) failed` : 'RESULT: all checks passed');
if (!keep) rmSync(dir, { recursive: true, force: true });
process.exit(failures.length ? 1 : 0);
