/// <reference types="@sveltejs/kit" />
/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
// Offline: every file of this version of the build is cached on install, and every request for
// one is answered from that cache; the page itself (index.html) too, so after one visit the app
// opens with the network gone. A new version installs beside the running one and waits: the page
// announces it (有新版本，刷新即可) and the writer decides when to reload. Nothing is fetched from
// any other origin, nothing is cached from one.
import { build, files, prerendered, version } from '$service-worker';

const sw = self as unknown as ServiceWorkerGlobalScope;
const CACHE = `gaojiang-${version}`;
// Paths are relative to the worker's folder, so the app works under any sub-path.
const scope = new URL('./', sw.location.href);
const at = (p: string) => new URL(p.replace(/^\//, ''), scope).href;
const PAGE = at('index.html');
const ASSETS = [...new Set([...build, ...files, ...prerendered].map(at).concat(PAGE))];
const known = new Set(ASSETS);

sw.addEventListener('install', (event) => {
	event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(ASSETS)));
});

sw.addEventListener('activate', (event) => {
	event.waitUntil(
		(async () => {
			for (const key of await caches.keys()) if (key !== CACHE) await caches.delete(key);
			// The first visit is served by this worker from now on, without a reload.
			await sw.clients.claim();
		})()
	);
});

// The page asks for the waiting version only when the writer chose to reload.
sw.addEventListener('message', (event) => {
	if (event.data === 'skip-waiting') void sw.skipWaiting();
});

sw.addEventListener('fetch', (event) => {
	const request = event.request;
	if (request.method !== 'GET') return;
	const url = new URL(request.url);
	if (url.origin !== scope.origin) return;
	url.hash = '';
	url.search = '';
	const navigation = request.mode === 'navigate' && (url.href === scope.href || url.href === PAGE);
	const key = navigation ? PAGE : url.href;
	if (!known.has(key)) return;
	event.respondWith(
		(async () => {
			const cache = await caches.open(CACHE);
			const hit = await cache.match(key);
			if (hit) return hit;
			const response = await fetch(request);
			if (response.ok) await cache.put(key, response.clone());
			return response;
		})()
	);
});
