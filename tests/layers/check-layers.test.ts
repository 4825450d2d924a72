// The layer check of `npm test`, run over a small tree of its own: it passes on imports that
// point down and fails, naming the rule and the import, on a deliberate wrong one.
import { afterEach, expect, test } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const script = path.resolve(import.meta.dirname, '../../scripts/check-layers.mjs');
let root = '';

function tree(files: Record<string, string>): void {
	root = mkdtempSync(path.join(tmpdir(), 'gaojiang-layers-'));
	for (const [name, text] of Object.entries(files)) {
		mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
		writeFileSync(path.join(root, name), text);
	}
}

function run() {
	return spawnSync(process.execPath, [script], { env: { ...process.env, LAYERS_ROOT: root }, encoding: 'utf8' });
}

afterEach(() => {
	if (root) rmSync(root, { recursive: true, force: true });
});

const base = {
	'src/lib/db/index.ts': 'export const table = 1;\n',
	'src/lib/check/rule.ts': 'export const rule = 2;\n',
	'src/lib/state/session.ts': "import { table } from '../db/index';\nimport { rule } from '../check/rule';\nexport const both = table + rule;\n"
};

test('imports that point down pass', { timeout: 60_000 }, () => {
	tree(base);
	const r = run();
	expect(r.stdout).toContain('分层检查通过');
	expect(r.status).toBe(0);
});

test('the checker importing the database fails, naming the rule and the import', { timeout: 60_000 }, () => {
	tree({ ...base, 'src/lib/check/wrong.ts': "import { table } from '../db/index';\nexport const wrong = table;\n" });
	const r = run();
	expect(r.status).toBe(1);
	expect(r.stdout + r.stderr).toContain('pure-no-db: src/lib/check/wrong.ts → src/lib/db/index.ts');
});

test('state importing a component, and a Svelte runes file in a pure module, fail too', { timeout: 60_000 }, () => {
	tree({
		...base,
		'src/lib/components/Badge.ts': 'export const badge = 3;\n',
		'src/lib/state/up.ts': "import { badge } from '../components/Badge';\nexport const up = badge;\n",
		'src/lib/export/panel.svelte.ts': 'export class Panel {}\n'
	});
	const r = run();
	expect(r.status).toBe(1);
	const out = r.stdout + r.stderr;
	expect(out).toContain('state-not-up: src/lib/state/up.ts → src/lib/components/Badge.ts');
	expect(out).toContain('pure-no-svelte-files: src/lib/export/panel.svelte.ts');
});
