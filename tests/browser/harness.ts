// Shared helpers for browser tests: Debian's Chromium driven by playwright-core against the
// built app served on 127.0.0.1. Each test gets a fresh profile unless it asks to reuse one.
import { afterAll, beforeAll } from 'vitest';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { mkdtempSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { serve } from '../../scripts/serve.mjs';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const ROOT = path.resolve(import.meta.dirname, '../..');
export const BUILD_DIR = path.join(ROOT, 'build');
export const SINGLE_FILE = path.join(ROOT, 'gaojiang.html');

export const CHROMIUM_ARGS = [
	'--headless',
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--disable-dev-shm-usage'
];

export interface Served {
	url: string;
	close(): Promise<void>;
}

/** Serves the built site (build/); `npm test` builds it first. */
export async function serveBuild(): Promise<Served> {
	if (!existsSync(path.join(BUILD_DIR, 'index.html'))) {
		throw new Error('build/index.html 不存在：请先运行 npm run build');
	}
	return serve(BUILD_DIR, 0) as Promise<Served>;
}

export function newProfileDir(): string {
	return mkdtempSync(path.join(tmpdir(), 'gaojiang-profile-'));
}

export function removeProfileDir(dir: string): void {
	rmSync(dir, { recursive: true, force: true });
}

/** Launches Chromium on a profile directory (persistent, so a test can kill and relaunch). */
export async function launch(
	profileDir: string,
	options: { permissions?: string[] } = {}
): Promise<BrowserContext> {
	const context = await chromium.launchPersistentContext(profileDir, {
		executablePath: CHROMIUM,
		headless: true,
		args: CHROMIUM_ARGS,
		viewport: { width: 1280, height: 900 },
		locale: 'zh-CN',
		acceptDownloads: true,
		permissions: options.permissions ?? []
	});
	return context;
}

/**
 * Kills every Chromium process of a profile with SIGKILL, as a crash or power cut would:
 * no unload handlers, no flush. (Persistent contexts do not expose the browser process.)
 */
export function killBrowser(profileDir: string): void {
	// '--' ends pkill's options: the pattern itself starts with '--'.
	spawnSync('pkill', ['-KILL', '-f', '--', `--user-data-dir=${profileDir}`]);
}

/** Collects page errors so a test can assert that none happened. */
export function watchErrors(page: Page): string[] {
	const errors: string[] = [];
	page.on('pageerror', (e) => errors.push(String(e)));
	page.on('console', (msg) => {
		if (msg.type() === 'error') errors.push(msg.text());
	});
	return errors;
}

/** The served app and a browser on a fresh profile, shared by the tests of one file. */
export interface ServedApp {
	readonly server: Served;
	readonly context: BrowserContext;
	readonly profile: string;
}

/**
 * Registers the usual per-file setup — serve build/, launch Chromium on a fresh profile — and its
 * teardown. Read `app.server` / `app.context` inside tests (they exist once beforeAll has run).
 */
export function useServedApp(options: { permissions?: string[] } = {}): ServedApp {
	let server: Served | undefined;
	let context: BrowserContext | undefined;
	const profile = newProfileDir();
	beforeAll(async () => {
		server = await serveBuild();
		context = await launch(profile, options);
	});
	afterAll(async () => {
		await context?.close();
		await server?.close();
		removeProfileDir(profile);
	});
	const ready = <T>(value: T | undefined, name: string): T => {
		if (value === undefined) throw new Error(`${name} 尚未就绪：只能在测试中使用`);
		return value;
	};
	return {
		get server() {
			return ready(server, 'server');
		},
		get context() {
			return ready(context, 'context');
		},
		profile
	};
}
