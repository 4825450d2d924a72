// `npm run bench`: runs every benchmark in scripts/bench/ in turn and prints their figures.
// Benchmarks report numbers; they never fail on timing (machines here are noisy).
import { readdirSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import path from 'node:path';

const dir = path.join(import.meta.dirname, 'bench');
const only = process.argv[2];
let failed = false;
for (const file of readdirSync(dir).filter((f) => f.endsWith('.mjs')).sort()) {
	if (only && !file.includes(only)) continue;
	console.log(`\n=== ${file} ===`);
	const r = spawnSync(process.execPath, [path.join(dir, file)], { stdio: 'inherit' });
	if (r.status !== 0) failed = true;
}
process.exit(failed ? 1 : 0);
