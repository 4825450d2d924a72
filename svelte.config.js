import adapter from '@sveltejs/adapter-static';

/**
 * Two builds from one source:
 * - the default split build (`build/`), served by any static host under any sub-path;
 * - GAOJIANG_SINGLE=1 inlines every script and style into one index.html (`build-file/`),
 *   which is then copied to `gaojiang.html` and works when opened from file://.
 */
const single = process.env.GAOJIANG_SINGLE === '1';

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
		alias: {
			$plugins: 'plugins',
			$templates: 'templates'
		}
	},
	compilerOptions: { runes: true }
};

export default config;
