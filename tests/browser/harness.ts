// Shared helpers for browser tests against the built app served on 127.0.0.1. The browser is a
// parameter: Debian's Chromium driven by playwright-core (the default, every existing test), or
// Debian's Firefox ESR driven by puppeteer-core over WebDriver BiDi (`browser: 'firefox'`). No
// downloaded browser build is ever used. Chromium-only protocol calls live here, behind names.
// Each test file gets a fresh profile unless it asks to reuse one.
import { afterAll, beforeAll } from 'vitest';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import puppeteer, { type Browser as PuppeteerBrowser, type Page as PuppeteerPage } from 'puppeteer-core';
import { mkdtempSync, rmSync, existsSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { serve } from '../../scripts/serve.mjs';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
/** The browsers the tests can run in. */
export type BrowserName = 'chromium' | 'firefox';
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

/**
 * After killBrowser: waits until the killed processes are gone (polling pgrep, up to 5 s), then
 * clears the profile's singleton lock. Killed processes can linger as zombies (nobody reaps them
 * here), and Chromium then takes the lock's pid for a live browser and refuses the profile.
 */
export async function waitForBrowserExit(profileDir: string): Promise<void> {
	for (let i = 0; i < 100; i++) {
		const r = spawnSync('pgrep', ['-f', '--', `--user-data-dir=${profileDir}`]);
		if (r.status !== 0) break;
		await new Promise((res) => setTimeout(res, 50));
	}
	for (const f of ['SingletonLock', 'SingletonSocket', 'SingletonCookie']) rmSync(path.join(profileDir, f), { force: true });
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

/** The same in Firefox: puppeteer's browser; downloads land in `downloads`. */
export interface ServedFirefox {
	readonly server: Served;
	readonly browser: PuppeteerBrowser;
	readonly profile: string;
	readonly downloads: string;
}

/**
 * Launches Firefox ESR over WebDriver BiDi on a profile directory. Downloads are saved without a
 * prompt into `downloads`; Firefox's own background traffic (updates, telemetry, safe browsing)
 * is switched off so that a test sees only the app's requests.
 */
export async function launchFirefox(profileDir: string, downloads: string): Promise<PuppeteerBrowser> {
	return puppeteer.launch({
		browser: 'firefox',
		executablePath: FIREFOX,
		headless: true,
		userDataDir: profileDir,
		protocol: 'webDriverBiDi',
		defaultViewport: { width: 1280, height: 900 },
		extraPrefsFirefox: {
			'intl.accept_languages': 'zh-CN',
			'browser.download.folderList': 2,
			'browser.download.dir': downloads,
			'browser.download.useDownloadDir': true,
			'browser.download.always_ask_before_handling_new_types': false,
			'browser.download.start_downloads_in_tmp_dir': false,
			'browser.helperApps.neverAsk.saveToDisk':
				'application/json,application/octet-stream,application/vnd.openxmlformats-officedocument.wordprocessingml.document,text/plain,text/markdown,text/html',
			'app.update.enabled': false,
			'browser.safebrowsing.malware.enabled': false,
			'browser.safebrowsing.phishing.enabled': false,
			'datareporting.policy.dataSubmissionEnabled': false,
			'network.captive-portal-service.enabled': false,
			'network.connectivity-service.enabled': false
		}
	});
}

/** Page errors in Firefox (puppeteer's events), for the same "none happened" assertion. */
export function watchFirefoxErrors(page: PuppeteerPage): string[] {
	const errors: string[] = [];
	page.on('pageerror', (e) => errors.push(String(e)));
	page.on('console', (msg) => {
		if (msg.type() === 'error') errors.push(msg.text());
	});
	return errors;
}

// ── Chromium-only protocol calls (CDP): tests name what they want, the protocol stays here. ──

/** Clears every kind of site data of an origin, as the browser's "清除浏览数据" would. */
export async function clearSiteData(context: BrowserContext, page: Page, origin: string): Promise<void> {
	const cdp = await context.newCDPSession(page);
	await cdp.send('Storage.clearDataForOrigin', { origin: origin.replace(/\/$/, ''), storageTypes: 'all' });
	await cdp.detach();
}

/** An input method on a page: composition steps, then committing the chosen characters. */
export interface InputMethod {
	compose(text: string, caret?: number): Promise<void>;
	commit(text: string): Promise<void>;
}

export async function inputMethod(context: BrowserContext, page: Page): Promise<InputMethod> {
	const cdp = await context.newCDPSession(page);
	return {
		compose: async (text, caret = text.length) => {
			await cdp.send('Input.imeSetComposition', { text, selectionStart: caret, selectionEnd: caret });
		},
		commit: async (text) => {
			await cdp.send('Input.insertText', { text });
		}
	};
}

// ── Accessibility ──

const AXE_PATH = path.join(ROOT, 'node_modules/axe-core/axe.min.js');

/** What axe reports for one violated rule (enough to fix it from the test's message). */
export interface AxeViolation {
	id: string;
	impact: string | null;
	help: string;
	nodes: { target: string; html: string; summary: string }[];
}

/** The page shapes both drivers share for running axe. */
interface ScriptablePage {
	evaluate<R, A>(fn: ((arg: A) => R | Promise<R>) | string, arg?: A): Promise<R>;
}
let axeSource: string | undefined;

/**
 * Runs axe-core (WCAG 2.0–2.2 A and AA rules plus best practices) on the page as it is now, in
 * either browser, and returns the violations, each with the first offending nodes.
 */
export async function axeViolations(page: Page | PuppeteerPage, include?: string): Promise<AxeViolation[]> {
	const p = page as unknown as ScriptablePage;
	const loaded = await p.evaluate(() => 'axe' in window, undefined);
	// Evaluated by the driver, not added as a <script>: the app's CSP rightly refuses inline scripts.
	if (!loaded) await p.evaluate((axeSource ??= readFileSync(AXE_PATH, 'utf8')) + '\n;void 0');
	return p.evaluate(async (context: string | null) => {
		type AxeResult = {
			violations: {
				id: string;
				impact: string | null;
				help: string;
				nodes: { target: unknown[]; html: string; failureSummary?: string }[];
			}[];
		};
		const axe = (window as unknown as { axe: { run(c: unknown, o: unknown): Promise<AxeResult> } }).axe;
		const result = await axe.run(context ?? document, {
			runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
			resultTypes: ['violations']
		});
		return result.violations.map((v) => ({
			id: v.id,
			impact: v.impact,
			help: v.help,
			nodes: v.nodes.slice(0, 5).map((n) => ({ target: n.target.join(' '), html: n.html.slice(0, 200), summary: (n.failureSummary ?? '').slice(0, 300) }))
		}));
	}, include ?? null);
}

/** A readable list of violations for an assertion message. */
export function describeViolations(violations: AxeViolation[]): string {
	return violations
		.map((v) => `${v.id} (${v.impact}): ${v.help}\n` + v.nodes.map((n) => `  ${n.target}\n    ${n.html}\n    ${n.summary.replace(/\n/g, ' ')}`).join('\n'))
		.join('\n');
}

/**
 * How far the page reaches past the right edge of the screen, in px (0 = nothing does): the
 * document's own sideways scroll, and any box drawn beyond the viewport inside a dialog or a
 * scrolling panel (which the document's scroll width does not show).
 */
export async function horizontalOverflow(page: Page | PuppeteerPage): Promise<number> {
	const p = page as unknown as ScriptablePage;
	return p.evaluate(() => {
		const root = document.scrollingElement ?? document.documentElement;
		let worst = root.scrollWidth - root.clientWidth;
		const width = document.documentElement.clientWidth;
		for (const el of document.body.querySelectorAll('*')) {
			const r = el.getBoundingClientRect();
			if (r.width === 0 || r.height === 0 || r.bottom < 0 || r.top > innerHeight) continue;
			// Clipped on purpose (screen-reader-only text) or not shown.
			if (r.width <= 1 || getComputedStyle(el).visibility === 'hidden') continue;
			worst = Math.max(worst, Math.ceil(r.right - width));
		}
		return Math.max(0, worst);
	}, undefined);
}

/** The boxes that reach past the right edge of the screen (to say which, when one does). */
export async function overflowingBoxes(page: Page | PuppeteerPage): Promise<string[]> {
	const p = page as unknown as ScriptablePage;
	return p.evaluate(() => {
		const width = document.documentElement.clientWidth;
		const out: string[] = [];
		for (const el of document.body.querySelectorAll('*')) {
			const r = el.getBoundingClientRect();
			if (r.width <= 1 || r.height === 0 || r.bottom < 0 || r.top > innerHeight) continue;
			if (r.right - width >= 1) out.push(`${el.tagName.toLowerCase()}.${String((el as HTMLElement).className).split(' ')[0]} → ${Math.round(r.right)}`);
		}
		return out.slice(0, 12);
	}, undefined);
}

/**
 * Registers the usual per-file setup — serve build/, launch Chromium on a fresh profile — and its
 * teardown. Read `app.server` / `app.context` inside tests (they exist once beforeAll has run).
 */
export function useServedApp(options?: { permissions?: string[]; browser?: 'chromium' }): ServedApp;
export function useServedApp(options: { browser: 'firefox' }): ServedFirefox;
export function useServedApp(options: { permissions?: string[]; browser?: BrowserName } = {}): ServedApp | ServedFirefox {
	if (options.browser === 'firefox') return useServedFirefox();
	return useServedChromium(options);
}

function useServedFirefox(): ServedFirefox {
	let server: Served | undefined;
	let browser: PuppeteerBrowser | undefined;
	const profile = newProfileDir();
	const downloads = mkdtempSync(path.join(tmpdir(), 'gaojiang-downloads-'));
	beforeAll(async () => {
		server = await serveBuild();
		browser = await launchFirefox(profile, downloads);
	});
	afterAll(async () => {
		await browser?.close();
		await server?.close();
		removeProfileDir(profile);
		removeProfileDir(downloads);
	});
	return {
		get server() {
			return ready(server, 'server');
		},
		get browser() {
			return ready(browser, 'browser');
		},
		profile,
		downloads
	};
}

function ready<T>(value: T | undefined, name: string): T {
	if (value === undefined) throw new Error(`${name} 尚未就绪：只能在测试中使用`);
	return value;
}

function useServedChromium(options: { permissions?: string[] }): ServedApp {
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

// ── Kill tests: one profile, launched, SIGKILLed and launched again ──

/** A served build and one Chromium profile that a test kills and relaunches (see useKillableApp). */
export interface KillableApp {
	readonly server: Served;
	readonly profile: string;
	/**
	 * Launches Chromium on the profile (after a kill, once the killed one is gone) and opens `url`
	 * (the app by default) in a new page with the given default timeout (15 s) and init script,
	 * its errors watched from the start (and its dialogs accepted when asked).
	 */
	open(options?: {
		url?: string;
		timeout?: number;
		init?: { script: (arg: string) => void; arg: string };
		acceptDialogs?: boolean;
	}): Promise<{ page: Page; errors: string[] }>;
	/** SIGKILLs the whole browser at once (the next `open` waits for it to be gone). */
	kill(): void;
}

/** The kill tests' set-up: served build and profile before the file, all cleaned up after it. */
export function useKillableApp(): KillableApp {
	let server: Served | undefined;
	let context: BrowserContext | null = null;
	let killed = false;
	const profile = newProfileDir();
	beforeAll(async () => {
		server = await serveBuild();
	});
	afterAll(async () => {
		await context?.close().catch(() => {});
		await server?.close();
		removeProfileDir(profile);
	});
	return {
		get server() {
			return ready(server, 'server');
		},
		profile,
		async open({ url, timeout = 15_000, init, acceptDialogs = false } = {}) {
			if (killed) await waitForBrowserExit(profile);
			killed = false;
			context = await launch(profile);
			if (init) await context.addInitScript(init.script, init.arg);
			const page = await context.newPage();
			page.setDefaultTimeout(timeout);
			if (acceptDialogs) page.on('dialog', (d) => void d.accept());
			const errors = watchErrors(page);
			await page.goto(url ?? ready(server, 'server').url);
			return { page, errors };
		},
		kill() {
			killBrowser(profile);
			context = null;
			killed = true;
		}
	};
}

// ── Start states ──

/**
 * Opens the drafts list at `url` and waits until it shows what is stored (not the empty list
 * it starts with while the database is read), so a test can count rows before acting.
 */
export async function gotoDraftsList(page: Page, url: string): Promise<void> {
	await page.goto(url);
	await page.locator('.drafts-page[aria-busy="false"]').waitFor();
}
