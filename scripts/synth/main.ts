/**
 * The synthetic-masking harness: filled reports → generated texts with known holes → the CLI
 * (`node bin/gaojiang.js check --json`, many files per call) → recall and precision overall and
 * by class. Run it with `npm run score:synth` (scripts/synth/run.mjs bundles this file).
 */
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { generate, hash, mapOffset, type Edit, type Variant } from './generate';
import { classify, DIMENSIONS, type Classes } from './classify';
import { match, type Span } from './match';
import { scanSites } from './scan';

export interface Source {
	name: string;
	text: string;
}

/** Filled reports of our own: blind-set files whose gold has no blank, and the filled-* fixtures. */
export function loadSources(root: string, extraDirs: readonly string[] = []): Source[] {
	const out: Source[] = [];
	const blind = path.join(root, 'tests/check/fixtures/blind');
	const fromGoldDir = (dir: string, prefix: string) => {
		for (const f of readdirSync(dir).sort()) {
			if (!f.endsWith('.txt')) continue;
			const goldPath = path.join(dir, f.replace(/\.txt$/, '.gold.json'));
			if (!existsSync(goldPath)) continue;
			const gold = JSON.parse(readFileSync(goldPath, 'utf8')) as { blanks?: unknown[]; ambiguous?: unknown[] };
			if ((gold.blanks ?? []).length || (gold.ambiguous ?? []).length) continue;
			out.push({ name: `${prefix}${f}`, text: readFileSync(path.join(dir, f), 'utf8') });
		}
	};
	fromGoldDir(blind, '');
	const fixtures = path.join(root, 'tests/check/fixtures');
	for (const f of readdirSync(fixtures).sort())
		if (f.startsWith('filled-')) out.push({ name: f, text: readFileSync(path.join(fixtures, f), 'utf8') });
	for (const d of extraDirs) fromGoldDir(d, `${path.basename(d)}-`);
	return out;
}

interface Doc {
	file: string;
	source: Source;
	variant: Variant;
}

interface Finding extends Span {
	rule: string;
	category: string;
}

/** Runs the CLI over many files per call; returns the blank findings of each file. */
function runCli(root: string, cli: string, files: readonly string[], batch = 40): Map<string, Finding[]> {
	const out = new Map<string, Finding[]>();
	for (let i = 0; i < files.length; i += batch) {
		const chunk = files.slice(i, i + batch);
		const r = spawnSync(process.execPath, [cli, 'check', '--json', '--', ...chunk], {
			cwd: root,
			encoding: 'utf8',
			maxBuffer: 512 * 1024 * 1024
		});
		if (r.status !== 0 && r.status !== 1) throw new Error(`check failed (${r.status}): ${r.stderr}`);
		const json = JSON.parse(r.stdout) as { file: string; diagnostics: { rule: string; category: string; start: number; end: number }[] }[];
		for (const { file, diagnostics } of json)
			out.set(
				path.resolve(root, file),
				diagnostics.filter((d) => d.category === 'blank').map((d) => ({ start: d.start, end: Math.max(d.start, d.end), rule: d.rule, category: d.category }))
			);
	}
	return out;
}

const oneLine = (s: string) => s.replace(/\r?\n/g, '⏎').replace(/\t/g, ' ');

/** A hole in its context: 18 characters before, ⟪the hole⟫, 12 after, and what was there. */
function context(text: string, e: Edit): string {
	return `${oneLine(text.slice(Math.max(0, e.start - 18), e.start))}⟪${oneLine(text.slice(e.start, e.end))}⟫${oneLine(text.slice(e.end, e.end + 12))}   [原文 ${oneLine(e.removed)}]`;
}
const spanContext = (text: string, s: Span) =>
	`${oneLine(text.slice(Math.max(0, s.start - 18), s.start))}⟪${oneLine(text.slice(s.start, s.end))}⟫${oneLine(text.slice(s.end, s.end + 12))}`;

interface Row {
	value: string;
	n: number;
	found: number;
	missed: string[];
	/** The source site of each miss (variants of one report repeat a hole at the same place). */
	missedAt: string[];
}

export interface RunOptions {
	root: string;
	seed: number;
	variants: number;
	out: string;
	extraDirs: string[];
	/** The checker to measure (a gaojiang.js); default this checkout's bin/gaojiang.js. */
	cli?: string;
	/** sparse: about 3 in 10 figures, 8 characters apart; dense: nearly every figure, as many template pages do. */
	profile: 'sparse' | 'dense';
}

const PROFILES = {
	sparse: { figureRate: 0.3, otherRate: 0.45, minGap: 8 },
	dense: { figureRate: 0.85, otherRate: 0.8, minGap: 4 }
} as const;

export function run(o: RunOptions): string {
	const sources = loadSources(o.root, o.extraDirs);
	const docsDir = path.join(o.out, 'docs');
	rmSync(docsDir, { recursive: true, force: true });
	mkdirSync(path.join(docsDir, 'orig'), { recursive: true });
	const docs: Doc[] = [];
	const origFiles: string[] = [];
	let siteCount = 0;
	const skipped = new Map<string, number>();
	for (const source of sources) {
		// Every generated text is a .txt (the CLI reads .md the same way), so score-blanks.mjs sees them all.
		const ext = '.txt';
		const base = source.name.replace(/\.[^.]+$/, '');
		const orig = path.join(docsDir, 'orig', source.name);
		writeFileSync(orig, source.text);
		origFiles.push(orig);
		for (const s of scanSites(source.text)) {
			siteCount++;
			for (const id of s.skippedBy) skipped.set(id, (skipped.get(id) ?? 0) + 1);
		}
		for (let v = 0; v < o.variants; v++) {
			const variant = generate(source.text, hash(`${o.seed}:${source.name}:${v}`), PROFILES[o.profile]);
			const file = path.join(docsDir, `${base}__v${v}${ext}`);
			writeFileSync(file, variant.text);
			// Gold next to each text, in the corpus format, so ../shared/tools/score-blanks.mjs can score the same files.
			writeFileSync(
				file.replace(/\.[^.]+$/, '.gold.json'),
				JSON.stringify({ blanks: variant.edits.map((e) => ({ start: e.start, end: e.end, kind: e.kind, note: `${e.op} ${e.form} ${e.shape}` })), ambiguous: [] })
			);
			docs.push({ file, source, variant });
		}
	}
	const found = runCli(o.root, o.cli ?? path.join(o.root, 'bin/gaojiang.js'), [...origFiles, ...docs.map((d) => d.file)]);

	// Findings on the untouched reports: false alarms that do not depend on the masking.
	const baseline = new Map<string, Finding[]>();
	let baselineFp = 0;
	const baselineLines: string[] = [];
	for (let i = 0; i < sources.length; i++) {
		const f = found.get(path.resolve(origFiles[i]!)) ?? [];
		baseline.set(sources[i]!.name, f);
		baselineFp += f.length;
		for (const s of f) baselineLines.push(`${sources[i]!.name} [${s.start},${s.end}] ${spanContext(sources[i]!.text, s)}  (${s.rule})`);
	}

	const rows = new Map<keyof Classes, Map<string, Row>>(DIMENSIONS.map((d) => [d, new Map()]));
	let tp = 0;
	let fn = 0;
	let fpOld = 0;
	let fpNear = 0;
	let fpFar = 0;
	let fpNearMissed = 0;
	const missLines: string[] = [];
	const missedSites = new Set<string>();
	const alarmLines: string[] = [];
	for (const d of docs) {
		const f = found.get(path.resolve(d.file)) ?? [];
		const edits = d.variant.edits;
		const { goldToFound, foundToGold } = match(f, edits);
		edits.forEach((e, j) => {
			const hit = goldToFound.has(j);
			if (hit) tp++;
			else fn++;
			const c = classify(d.variant.text, e, edits, d.source.name);
			const line = `${path.basename(d.file)} [${e.start},${e.end}] ${e.kind.padEnd(14)} ${context(d.variant.text, e)}`;
			const at = `${d.source.name}:${e.from}:${e.op}`;
			if (!hit) missedSites.add(at);
			if (!hit) missLines.push(`${line}  {${e.op} ${e.form} ${e.shape} | ${c.group} | before ${c['before word']} | after ${c['after 1–3']} | ${c['line break']}}`);
			for (const dim of DIMENSIONS) {
				const table = rows.get(dim)!;
				const key = c[dim];
				const row = table.get(key) ?? { value: key, n: 0, found: 0, missed: [], missedAt: [] };
				row.n++;
				if (hit) row.found++;
				else {
					row.missed.push(line);
					row.missedAt.push(at);
				}
				table.set(key, row);
			}
		});
		const old = (baseline.get(d.source.name) ?? []).map((s) => ({ start: mapOffset(edits, s.start), end: mapOffset(edits, s.end) }));
		f.forEach((p, i) => {
			if (foundToGold.has(i)) return;
			const pre = old.some((s) => Math.abs(s.start - p.start) <= 2 && Math.abs(s.end - p.end) <= 2);
			const near = (e: Edit) => p.start <= e.end + 8 && e.start - 8 <= p.end;
			const nearHole = edits.some(near);
			// Near a hole the checker missed: it saw something there but placed it outside the tolerance.
			const nearMissed = edits.some((e, j) => near(e) && !goldToFound.has(j));
			if (pre) fpOld++;
			else if (nearHole) fpNear++;
			else fpFar++;
			if (nearMissed && !pre) fpNearMissed++;
			if (!pre) alarmLines.push(`${path.basename(d.file)} [${p.start},${p.end}] ${nearMissed ? 'near a missed hole' : nearHole ? 'near a found hole ' : 'far               '} ${spanContext(d.variant.text, p)}  (${p.rule})`);
		});
	}
	const fp = fpOld + fpNear + fpFar;
	const pct = (a: number, b: number) => (b ? (a / b).toFixed(3) : '—');
	const lines: string[] = [];
	lines.push(`# 合成挖空测评（seed ${o.seed}，每篇 ${o.variants} 个变体，${o.profile === 'dense' ? '密集：几乎每个数字都挖' : '稀疏：约三成数字'}）`, '');
	if (o.cli) lines.push(`检查器：${o.cli}`, '');
	lines.push(`来源：${sources.length} 篇填好的报告；${docs.length} 篇生成文本；扫描到 ${siteCount} 个位置，挖空 ${tp + fn} 处。`, '');
	lines.push(`| | 数 |`, `| --- | --- |`);
	lines.push(`| recall | **${pct(tp, tp + fn)}** (${tp}/${tp + fn}; the ${fn} misses are at ${missedSites.size} distinct places of the sources) |`);
	lines.push(`| precision | **${pct(tp, tp + fp)}** (false alarms ${fp}: ${fpOld} already on the untouched report, ${fpNear} within 8 chars of a hole (${fpNearMissed} of them next to a hole it missed: found but misplaced), ${fpFar} elsewhere) |`);
	lines.push(`| precision, masking-induced alarms only | ${pct(tp, tp + fpNear + fpFar)} |`);
	lines.push(`| false alarms on the ${sources.length} untouched reports | ${baselineFp} |`, '');
	const wide: (keyof Classes)[] = ['before word', 'after 1–2', 'after 1–3'];
	for (const dim of DIMENSIONS) {
		const table = [...rows.get(dim)!.values()];
		const isWide = wide.includes(dim);
		const shown = isWide
			? table.filter((r) => r.n >= 6).sort((a, b) => b.n - b.found - (a.n - a.found) || b.n - a.n).slice(0, 25)
			: table.sort((a, b) => b.n - a.n);
		lines.push(`## by ${dim}${isWide ? '（n ≥ 6，漏得最多的 25 类）' : ''}`, '', '| class | n | found | recall |', '| --- | ---: | ---: | ---: |');
		for (const r of shown) lines.push(`| ${r.value.replace(/\|/g, '\\|')} | ${r.n} | ${r.found} | ${r.n - r.found ? pct(r.found, r.n) : '1.000'} |`);
		lines.push('');
	}
	lines.push('## skip rules (sites left alone, each counted once per rule)', '', '| rule | sites |', '| --- | ---: |');
	for (const [id, n] of [...skipped].sort((a, b) => b[1] - a[1])) lines.push(`| ${id} | ${n} |`);
	lines.push('');
	const report = lines.join('\n');
	writeFileSync(path.join(o.out, 'report.md'), report + '\n');
	writeFileSync(path.join(o.out, 'misses.txt'), missLines.join('\n') + '\n');
	writeFileSync(path.join(o.out, 'alarms.txt'), alarmLines.join('\n') + '\n');
	writeFileSync(path.join(o.out, 'baseline-alarms.txt'), baselineLines.join('\n') + '\n');
	// Examples of weak classes (recall < 0.95, n ≥ 8): up to 10 misses each.
	const ex: string[] = ['# 弱类的漏检例子（recall < 0.95，n ≥ 8；每类至多 10 例）', ''];
	for (const dim of DIMENSIONS) {
		for (const r of [...rows.get(dim)!.values()].filter((r) => r.n >= 8 && r.found / r.n < 0.95).sort((a, b) => a.found / a.n - b.found / b.n)) {
			ex.push(`## ${dim} = ${r.value}  (recall ${pct(r.found, r.n)}, n ${r.n})`, '');
			// One example per source place, spread over the class.
			const seen = new Set<string>();
			const distinct = r.missed.filter((_, i) => !seen.has(r.missedAt[i]!) && seen.add(r.missedAt[i]!));
			const step = Math.max(1, Math.floor(distinct.length / 10));
			for (let i = 0; i < distinct.length && i / step < 10; i += step) ex.push(`    ${distinct[i]}`);
			ex.push('');
		}
	}
	writeFileSync(path.join(o.out, 'weak-examples.md'), ex.join('\n') + '\n');
	return report;
}
