// The single-file build: everything inlined into one HTML file that works from file://.
import { spawnSync } from 'node:child_process';
import { copyFileSync } from 'node:fs';

const r = spawnSync('npx', ['vite', 'build'], {
	stdio: 'inherit',
	env: { ...process.env, GAOJIANG_SINGLE: '1' }
});
if (r.status !== 0) process.exit(r.status ?? 1);
copyFileSync('build-file/index.html', 'gaojiang.html');
console.log('已生成单文件版：gaojiang.html');
