// The LibreOffice rendering check (not part of npm test: it needs LibreOffice and takes ~20 s).
// Exports a long sample report to .docx with the CLI (the same code as the browser), converts it
// to PDF with `soffice --headless`, and counts the text lines on every full body page; GB/T 9704
// wants 22. Needs: apt-get install -y libreoffice-writer-nogui fonts-noto-cjk poppler-utils
//
//   node scripts/render-docx-pdf.mjs [--keep DIR] [--chars 12000] [--png]
import { spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, writeFileSync, existsSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sampleReport } from './export-sample.mjs';

const root = path.resolve(import.meta.dirname, '..');
const arg = (name, dflt) => {
	const i = process.argv.indexOf(name);
	return i > 0 ? process.argv[i + 1] : dflt;
};
const keep = arg('--keep', null);
const chars = Number(arg('--chars', '12000'));
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

for (const tool of ['soffice', 'pdftotext', 'pdfinfo']) {
	if (spawnSync('which', [tool]).status !== 0) {
		console.error(`${tool} not found: apt-get install -y libreoffice-writer-nogui fonts-noto-cjk poppler-utils`);
		process.exit(1);
	}
}

const md = path.join(dir, 'report.md');
const docx = path.join(dir, 'report.docx');
writeFileSync(md, sampleReport(chars));
run(process.execPath, [path.join(root, 'bin/gaojiang.js'), 'export', '--format', 'docx', md, '-o', docx]);
run('soffice', ['--headless', `-env:UserInstallation=file://${dir}/lo-profile`, '--convert-to', 'pdf', '--outdir', dir, docx], { timeout: 180_000 });
const pdf = path.join(dir, 'report.pdf');
if (!existsSync(pdf)) {
	console.error('LibreOffice produced no PDF');
	process.exit(1);
}
const pages = Number(/Pages:\s+(\d+)/.exec(run('pdfinfo', [pdf]))?.[1] ?? 0);
const counts = [];
const footers = [];
/** Widths of body lines in characters (CJK 1, ASCII 0.5; the spaces pdftotext adds are ignored). */
const widths = new Map();
const widthOf = (line) => [...line.replace(/\s+/g, '')].reduce((w, ch) => w + (ch.charCodeAt(0) < 0x1100 ? 0.5 : 1), 0);
for (let p = 1; p <= pages; p++) {
	const text = run('pdftotext', ['-layout', '-f', String(p), '-l', String(p), pdf, '-']);
	const lines = text.split('\n').filter((l) => l.trim());
	const footer = lines.filter((l) => /^\s*—\s*\d+\s*—\s*$/.test(l));
	footers.push(footer.map((l) => ({ text: l.trim(), indent: l.length - l.trimStart().length })));
	counts.push(lines.length - footer.length);
	if (p > 1 && p < pages) {
		for (const l of lines) {
			if (footer.includes(l)) continue;
			const w = widthOf(l);
			widths.set(w, (widths.get(w) ?? 0) + 1);
		}
	}
}
console.log(`pages: ${pages}`);
console.log(`body lines per page: ${counts.join(' ')}`);
const full = counts.slice(1, -1);
const ok = full.length > 0 && full.every((n) => n === 22);
console.log(`full body pages (2..${pages - 1}) with 22 lines: ${full.filter((n) => n === 22).length}/${full.length}`);
console.log(`page numbers: ${footers.map((f, i) => `${i + 1}:${f[0]?.text ?? '(none)'}@${f[0]?.indent ?? '-'}`).join(' ')}`);
const common = [...widths.entries()].sort((a, b) => b[1] - a[1]).slice(0, 4);
console.log(`most common body line widths (chars: lines): ${common.map(([w, n]) => `${w}: ${n}`).join(', ')}`);
console.log(`widest body line: ${Math.max(...widths.keys())} chars`);
if (process.argv.includes('--png')) {
	run('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '2', pdf, path.join(dir, 'page')]);
	console.log(`PNG pages in ${dir}`);
}
console.log(ok ? 'RESULT: 22 lines on every full body page' : 'RESULT: line count differs from 22');
if (!keep) rmSync(dir, { recursive: true, force: true });
process.exit(ok ? 0 : 1);
