// A small static file server for the built app (no dependencies): `npm start` and the browser
// tests use it. Binds 127.0.0.1 only.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** @type {Record<string, string>} */
const types = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.webmanifest': 'application/manifest+json; charset=utf-8',
	'.png': 'image/png',
	'.ico': 'image/x-icon',
	'.woff2': 'font/woff2',
	'.txt': 'text/plain; charset=utf-8'
};

/**
 * Serves `dir` on 127.0.0.1. `port` 0 picks a free port. Resolves to { url, close }.
 * @param {string} dir
 * @param {number} [port]
 */
export function serve(dir, port = 0) {
	const root = path.resolve(dir);
	const server = createServer(async (req, res) => {
		try {
			const url = new URL(req.url ?? '/', 'http://127.0.0.1');
			let file = path.normalize(path.join(root, decodeURIComponent(url.pathname)));
			if (!file.startsWith(root)) {
				res.writeHead(403).end();
				return;
			}
			const info = await stat(file).catch(() => null);
			if (info?.isDirectory()) file = path.join(file, 'index.html');
			const body = await readFile(file);
			res.writeHead(200, {
				'content-type': types[path.extname(file)] ?? 'application/octet-stream',
				'cache-control': 'no-cache'
			});
			res.end(body);
		} catch {
			res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('404 未找到');
		}
	});
	return new Promise((resolve, reject) => {
		server.once('error', reject);
		server.listen(port, '127.0.0.1', () => {
			const address = server.address();
			const actual = typeof address === 'object' && address ? address.port : port;
			resolve({
				url: `http://127.0.0.1:${actual}/`,
				// Kept-alive connections are cut too: once closed, the server answers nothing.
				close: () =>
					new Promise((r) => {
						server.close(() => r(undefined));
						server.closeAllConnections();
					})
			});
		});
	});
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
	const dir = process.argv[2] ?? 'build';
	const port = Number(process.env.PORT ?? 4173);
	const { url } = await serve(dir, port).catch(async (e) => {
		if (e.code === 'EADDRINUSE') return serve(dir, 0);
		throw e;
	});
	console.log(`稿匠已启动：${url}`);
	console.log('按 Ctrl+C 停止。');
}
