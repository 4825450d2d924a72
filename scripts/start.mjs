// `npm start`: build quietly, then serve. A user needs the address and how to stop it, nothing
// else; the build's own output (Vite's chunk table, kit's "Run npm run preview…") is kept back
// and shown only when the build fails, where it is what the user needs.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve } from './serve.mjs';

const messages = {
	building: '正在构建稿匠，请稍候……',
	buildFailed: '构建失败，以下是构建输出：',
	started: (/** @type {string} */ url) => `稿匠已启动：${url}`,
	howToStop: '在浏览器中打开上面的网址；按 Ctrl+C 停止。'
};

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const vite = path.join(root, 'node_modules', 'vite', 'bin', 'vite.js');

/** Runs `vite build` with its output captured; resolves to [exit code, output]. */
function build() {
	return new Promise((resolve) => {
		const child = spawn(process.execPath, [vite, 'build'], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
		/** @type {Buffer[]} */
		const output = [];
		child.stdout.on('data', (b) => output.push(b));
		child.stderr.on('data', (b) => output.push(b));
		child.on('close', (code) => resolve([code ?? 1, Buffer.concat(output).toString('utf8')]));
	});
}

console.log(messages.building);
const [code, output] = /** @type {[number, string]} */ (await build());
if (code !== 0) {
	console.error(messages.buildFailed);
	process.stderr.write(output);
	process.exit(code);
}
const port = Number(process.env.PORT ?? 4173);
const { url } = await serve(path.join(root, 'build'), port).catch(async (e) => {
	if (e.code === 'EADDRINUSE') return serve(path.join(root, 'build'), 0);
	throw e;
});
console.log(messages.started(url));
console.log(messages.howToStop);
