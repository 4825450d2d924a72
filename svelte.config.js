import adapter from '@sveltejs/adapter-static';

/**
 * Two builds from one source:
 * - the default split build (`build/`), served by any static host under any sub-path;
 * - GAOJIANG_SINGLE=1 inlines every script and style into one index.html (`build-file/`),
 *   which is then copied to `gaojiang.html` and works when opened from file://.
 */
const single = process.env.GAOJIANG_SINGLE === '1';

/**
 * Content-Security-Policy, written by kit as a <meta> tag into both builds, with the hashes of
 * the inline scripts kit itself writes (`mode: 'hash'`: no nonce, the pages are static files).
 * Scripts come from the app's own files only (no inline handlers, no eval), nothing is fetched
 * from or sent to any other origin. Styles allow inline: Svelte's `style:` directives and the
 * print copy's page rules are written at run time (no script can run through a style).
 * `data:` images for the inline icon, `blob:` for the downloads the app builds in the page.
 */
const csp = {
	mode: /** @type {'hash'} */ ('hash'),
	directives: {
		'default-src': ['none'],
		'script-src': ['self'],
		'style-src': ['self', 'unsafe-inline'],
		'img-src': ['self', 'data:', 'blob:'],
		'font-src': ['self', 'data:'],
		'connect-src': ['self'],
		'worker-src': ['self'],
		'manifest-src': ['self'],
		'base-uri': ['none'],
		'form-action': ['none'],
		'object-src': ['none']
	}
};

/** @type {import('@sveltejs/kit').Config} */
const config = {
	kit: {
		adapter: adapter({
			pages: single ? 'build-file' : 'build',
			assets: single ? 'build-file' : 'build',
			precompress: false,
			strict: true
		}),
		outDir: single ? '.svelte-kit-file' : '.svelte-kit',
		router: { type: 'hash' },
		paths: { relative: true },
		output: { bundleStrategy: single ? 'inline' : 'split' },
		csp,
		// The hosted build works offline after one visit (src/service-worker.ts); the page registers
		// it itself so that a new version waits for the writer. No worker for file://.
		serviceWorker: { register: false },
		files: { serviceWorker: single ? 'src/no-service-worker' : 'src/service-worker' },
		alias: {
			$plugins: 'plugins',
			$templates: 'templates'
		}
	},
	compilerOptions: { runes: true }
};

export default config;
