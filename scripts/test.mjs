// `npm test`: everything, in the order that fails fastest — types, build, then unit and browser
// tests in one vitest run (one plain closing line `N passed, N failed, N skipped`).
import { spawnSync } from 'node:child_process';
import { ensureBrowsers } from './ensure-chromium.mjs';

function step(title, cmd, args, env = {}) {
	console.log(`\n▶ ${title}`);
	const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });
	if (r.status !== 0) {
		console.error(`✖ ${title} 失败（退出码 ${r.status}）`);
		console.log('\n0 passed, 1 failed');
		process.exit(r.status || 1);
	}
}

const filter = process.argv.slice(2);
if (!ensureBrowsers()) {
	console.log('\n0 passed, 1 failed');
	process.exit(1);
}
step('分层检查 dependency-cruiser', 'node', ['scripts/check-layers.mjs']);
step('类型检查 svelte-check', 'npx', ['svelte-check', '--tsconfig', './tsconfig.json', '--fail-on-warnings']);
step('构建网站', 'npm', ['run', '-s', 'build']);
step('构建单文件版', 'npm', ['run', '-s', 'build:file']);
step('构建命令行工具', 'node', ['scripts/build-cli.mjs']);
step('单元测试与浏览器测试', 'npx', ['vitest', 'run', ...filter]);
