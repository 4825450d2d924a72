// Browser tests need Debian's Chromium and Firefox ESR (never a downloaded browser build), and a
// Chinese font: without one every Chinese character is drawn as a fallback box, and the tests that
// measure the layout (44 px touch targets, axe's target-size, caret positions) fail on a machine
// that has none (seen on a fresh machine in session 7). Install what is missing (as root, as CI
// runs), or say how.
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

/** A Chinese font fontconfig knows (fc-list comes with the browsers' fontconfig). */
function hasChineseFont() {
	const r = spawnSync('fc-list', [':lang=zh', 'family'], { encoding: 'utf8' });
	return r.status === 0 && r.stdout.trim() !== '';
}

const browsers = [
	{ name: 'Chromium', path: CHROMIUM, pkg: 'chromium', env: 'CHROMIUM_PATH' },
	{ name: 'Firefox ESR', path: FIREFOX, pkg: 'firefox-esr', env: 'FIREFOX_PATH' },
	{ name: '中文字体（Noto CJK）', present: hasChineseFont, pkg: 'fonts-noto-cjk' }
];
const present = (b) => (b.present ? b.present() : existsSync(b.path));

/** Makes sure both browsers and a Chinese font are installed; true when they are. */
export function ensureBrowsers() {
	const missing = browsers.filter((b) => !present(b));
	if (missing.length === 0) return true;
	const pkgs = missing.map((b) => b.pkg);
	const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
	if (!isRoot) {
		for (const b of missing) {
			if (b.env) console.error(`未找到 ${b.name}（${b.path}），浏览器测试无法运行。也可设置环境变量 ${b.env} 指向已安装的浏览器。`);
			else console.error(`未找到${b.name}，浏览器测试里的中文排版无法测量。`);
		}
		console.error(`请以 root 身份安装：apt-get update && apt-get install -y ${pkgs.join(' ')}`);
		return false;
	}
	console.log(`未找到 ${missing.map((b) => b.name).join('、')}，正在安装（apt-get install -y ${pkgs.join(' ')}）…`);
	const opts = { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } };
	spawnSync('apt-get', ['update', '-qq'], opts);
	const r = spawnSync('apt-get', ['install', '-y', '-qq', ...pkgs], opts);
	const still = missing.filter((b) => !present(b));
	if (r.status !== 0 || still.length > 0) {
		console.error(`浏览器或字体安装失败：请手动运行 apt-get install -y ${pkgs.join(' ')} 后重试。`);
		return false;
	}
	return true;
}

/** Kept for callers of the old name: now both browsers. */
export const ensureChromium = ensureBrowsers;

if (import.meta.url === `file://${process.argv[1]}`) process.exit(ensureBrowsers() ? 0 : 1);
