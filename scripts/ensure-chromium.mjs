// Browser tests need Debian's Chromium. Install it when missing (as root), or say how.
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export function ensureChromium() {
	if (existsSync(CHROMIUM)) return true;
	const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
	if (!isRoot) {
		console.error(
			`未找到 Chromium（${CHROMIUM}），浏览器测试无法运行。\n` +
				'请以 root 身份安装：apt-get update && apt-get install -y chromium\n' +
				'或设置环境变量 CHROMIUM_PATH 指向已安装的 Chromium。'
		);
		return false;
	}
	console.log('未找到 Chromium，正在安装（apt-get install -y chromium）…');
	const opts = { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } };
	spawnSync('apt-get', ['update', '-qq'], opts);
	const r = spawnSync('apt-get', ['install', '-y', '-qq', 'chromium'], opts);
	if (r.status !== 0 || !existsSync(CHROMIUM)) {
		console.error('Chromium 安装失败：请手动运行 apt-get install -y chromium 后重试。');
		return false;
	}
	return true;
}

if (import.meta.url === `file://${process.argv[1]}`) process.exit(ensureChromium() ? 0 : 1);
