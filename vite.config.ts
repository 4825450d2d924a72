import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	plugins: [sveltekit()],
	build: {
		rolldownOptions: {
			checks: { pluginTimings: false, emptyImportMeta: false }
		}
	},
	server: { host: '127.0.0.1' },
	test: {
		reporters: ['default', './tests/plain-reporter.ts'],
		projects: [
			{
				extends: true,
				test: {
					name: 'unit',
					// Unit tests first, then the browser tests alone: Chromium gets both cores.
					sequence: { groupOrder: 0 },
					include: ['tests/**/*.test.ts'],
					exclude: ['tests/browser/**'],
					environment: 'node',
					// A guard against a hang, not a measure of speed: tests that sweep every fixture (the
					// synthetic-masking harness reads each filled report three times) grow with the blind
					// sets and took 9 s of a loaded 2-core machine against the default 5 s.
					testTimeout: 30_000
				}
			},
			{
				extends: true,
				test: {
					name: 'browser',
					sequence: { groupOrder: 1 },
					include: ['tests/browser/**/*.test.ts'],
					environment: 'node',
					testTimeout: 60_000,
					hookTimeout: 60_000,
					// expect.poll waits for a condition; on a busy 2-core machine a page can take more than
					// the default second to get there (the wait ends as soon as it holds).
					expect: { poll: { timeout: 10_000 } },
					fileParallelism: false
				}
			}
		]
	}
});
