// Stored data and addresses that used to cost a writer their work, met through the real app
// in Chromium: bad rows written straight into IndexedDB, an undecodable address, the
// two-machines-same-pack restore, and backups valid as JSON but wrong in meaning.
import { expect, test } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { launch, newProfileDir, removeProfileDir, useServedApp, watchErrors } from './harness';
import { badBackups, goodBackup } from '../backup/bad-backups';
import { validPack } from '../packs/hostile-cases';

const app = useServedApp();
const work = mkdtempSync(path.join(tmpdir(), 'gaojiang-harden-'));
const BUILTIN_NAMES = ['园区年度工作总结', '挂职锻炼工作总结', '个人述职述廉报告'];

/** Goes to a view: by the address bar the first time, then as a link click would (hash only). */
async function openApp(page: Page, hash = '#/', reload = false): Promise<void> {
	if (!reload && page.url().startsWith(app.server.url)) {
		await page.evaluate((h) => {
			location.hash = h;
		}, hash);
	} else {
		await page.goto(`${app.server.url}${hash}`);
	}
	await page.locator('main').waitFor();
	await expect.poll(() => page.locator('.loading').filter({ hasText: '正在打开本地存储' }).count()).toBe(0);
}

/** Writes rows into the app's IndexedDB as they are, bypassing every check of the app. */
async function putRaw(page: Page, store: string, rows: unknown[]): Promise<void> {
	await page.evaluate(
		async ({ store, rows }) => {
			await new Promise<void>((resolve, reject) => {
				const req = indexedDB.open('gaojiang-drafts');
				req.onerror = () => reject(req.error);
				req.onsuccess = () => {
					const db = req.result;
					const tx = db.transaction(store, 'readwrite');
					for (const row of rows) tx.objectStore(store).put(row);
					tx.oncomplete = () => {
						db.close();
						resolve();
					};
					tx.onerror = () => reject(tx.error);
				};
			});
		},
		{ store, rows }
	);
}

async function clearDb(page: Page): Promise<void> {
	await page.evaluate(async () => {
		await new Promise<void>((resolve, reject) => {
			const req = indexedDB.open('gaojiang-drafts');
			req.onerror = () => reject(req.error);
			req.onsuccess = () => {
				const db = req.result;
				const names = Array.from(db.objectStoreNames);
				const tx = db.transaction(names, 'readwrite');
				for (const n of names) tx.objectStore(n).clear();
				tx.oncomplete = () => {
					db.close();
					resolve();
				};
				tx.onerror = () => reject(tx.error);
			};
		});
		localStorage.clear();
	});
}

/** Opens the drafts list, every draft (live and trashed), packs, trash and settings. */
async function walkEveryView(page: Page): Promise<{ drafts: string[] }> {
	await openApp(page, '#/');
	await page.getByRole('heading', { name: '我的草稿', level: 1 }).waitFor();
	const live = await page.locator('li.draft-item').evaluateAll((els) => els.map((e) => e.getAttribute('data-draft-id') ?? ''));
	await openApp(page, '#/trash');
	await page.getByRole('heading', { name: '回收站', level: 1 }).waitFor();
	const trashed = await page.locator('[data-draft-id]').evaluateAll((els) => els.map((e) => e.getAttribute('data-draft-id') ?? ''));
	for (const id of [...live, ...trashed]) {
		await openApp(page, `#/drafts/${encodeURIComponent(id)}`);
		await page.locator(`.draft-page[data-draft-id="${id}"]`).waitFor();
		await page.locator('.section-card').first().waitFor();
	}
	await openApp(page, '#/packs');
	for (const name of BUILTIN_NAMES) await page.locator('.pack-list').getByText(name, { exact: true }).waitFor();
	await openApp(page, '#/settings');
	await page.getByRole('heading', { name: '备份与设置', level: 1 }).waitFor();
	return { drafts: [...live, ...trashed] };
}

async function restoreFile(page: Page, file: string): Promise<{ state: string; text: string }> {
	await openApp(page, '#/settings');
	await page.locator('input[type=file]').setInputFiles(file);
	const result = page.locator('[data-restore]');
	await result.waitFor();
	return { state: (await result.getAttribute('data-restore')) ?? '', text: (await result.textContent()) ?? '' };
}

const goodDraft = (id: string, title: string, body: string) => ({
	id,
	title,
	year: 2026,
	packId: null,
	sections: [{ id: `${id}-s`, kind: 'overview', title: '概述', body }],
	createdAt: 1_780_000_000_000,
	updatedAt: 1_780_000_001_000,
	revision: 2,
	deletedAt: null
});

test('bad rows written straight into IndexedDB: the others listed and openable, the bad ones quarantined, no page error', async () => {
	const page = await app.context.newPage();
	page.setDefaultTimeout(15_000);
	const errors = watchErrors(page);
	await openApp(page);
	await putRaw(page, 'drafts', [
		goodDraft('good1', '好的草稿一', '第一篇好好的文字。'),
		goodDraft('good2', '好的草稿二', '第二篇好好的文字。'),
		{ ...goodDraft('bad1', '坏稿一', ''), sections: '正文' },
		{ ...goodDraft('bad2', '坏稿二', ''), sections: [null] },
		{ ...goodDraft('bad3', '坏稿三', ''), sections: [{ id: 'x', kind: 'free', title: '正文' }] },
		{ ...goodDraft('dup', '重复编号', '甲'), sections: [{ id: 's', kind: 'free', title: '一', body: '甲段' }, { id: 's', kind: 'free', title: '二', body: '乙段' }] }
	]);
	await putRaw(page, 'snapshots', [
		{ id: 'snap-ok', draftId: 'good1', takenAt: 1_780_000_000_500, reason: 'manual', draft: goodDraft('good1', '好的草稿一', '早先的一版。') },
		{ id: 'snap-junk', draftId: 'good1', takenAt: 1_780_000_000_600, reason: 'manual', draft: { sections: 3 } }
	]);
	await putRaw(page, 'packs', [
		{ id: 'bad-pack', version: '1.0.0', name: '坏模板包', pack: 'x', installedAt: 1, updatedAt: 1 },
		{ id: 'my-pack', version: '1.2.0', name: '冒名的模板包', pack: { ...validPack(), id: 'park-annual-summary', name: '冒名的模板包' }, installedAt: 1, updatedAt: 1 }
	]);
	await openApp(page, '#/', true);
	for (const title of ['好的草稿一', '好的草稿二', '重复编号']) await page.locator('li.draft-item').getByText(title, { exact: true }).waitFor();
	expect(await page.locator('li.draft-item').count()).toBe(3);
	await expect.poll(() => page.locator('[data-damaged-count]').getAttribute('data-damaged-count')).toBe('5');
	// The raw content of a damaged row can be looked at and downloaded.
	const row = page.locator('[data-damaged-key="bad2"]');
	await row.getByRole('button', { name: '查看原始内容' }).click();
	await expect.poll(() => row.locator('pre').textContent()).toContain('坏稿二');
	const [download] = await Promise.all([page.waitForEvent('download'), row.getByRole('button', { name: '下载' }).click()]);
	const saved = path.join(work, 'damaged.json');
	await download.saveAs(saved);
	expect(JSON.parse(readFileSync(saved, 'utf8')).sections).toEqual([null]);

	await openApp(page, '#/drafts/good1');
	await page.locator('.section-card').first().waitFor();
	await page.locator('.history li[data-snapshot-id="snap-ok"]').waitFor();
	// The damaged snapshot is not listed, and the panel says it exists and where it is.
	await page.locator('.history').getByText('另有 1 个历史版本已损坏', { exact: false }).waitFor();
	expect(await page.locator('.history li[data-snapshot-id]').count()).toBe(1);
	await openApp(page, '#/drafts/dup');
	await expect.poll(() => page.locator('.section-card').count()).toBe(2);
	await openApp(page, '#/drafts/bad2');
	await page.getByRole('alert').filter({ hasText: '已损坏' }).waitFor();

	await openApp(page, '#/packs');
	for (const name of BUILTIN_NAMES) await page.locator('.pack-list').getByText(name, { exact: true }).waitFor();
	await page.locator('.pack-list [data-pack-id="my-pack"]').waitFor();
	expect(await page.locator('.pack-list [data-pack-id="park-annual-summary"]').count()).toBe(1);
	expect(errors).toEqual([]);
	await page.close();
});

test('an address the router cannot decode (#/drafts/%) shows a page, not a white screen', async () => {
	const page = await app.context.newPage();
	page.setDefaultTimeout(15_000);
	const errors = watchErrors(page);
	for (const hash of ['#/drafts/%', '#/drafts/%E0%A4', '#/drafts/%zz', '#/drafts/%25']) {
		await page.goto(`${app.server.url}${hash}`);
		await page.locator('header.top').waitFor();
		await expect.poll(() => page.locator('main').textContent()).toMatch(/找不到这篇草稿|页面不存在/);
	}
	// Served over http the file:// storage notice has no reason to show.
	expect(await page.locator('[data-file-notice]').count()).toBe(0);
	expect(errors).toEqual([]);
	await page.close();
});

async function importPackThroughUi(page: Page, text: string, decision?: string): Promise<void> {
	await openApp(page, '#/packs');
	const chooser = page.waitForEvent('filechooser');
	await page.getByRole('button', { name: '选择文件…' }).click();
	await (await chooser).setFiles({ name: 'pack.json', mimeType: 'application/json', buffer: Buffer.from(text) });
	if (decision) await page.getByRole('dialog').getByRole('button', { name: decision }).click();
	await page.getByText('已导入“测试用模板包”').waitFor();
}

test('two machines, one pack: import on A, back up; import on B, restore A’s backup on B — the 模板包 page keeps every pack, after reload too', async () => {
	const packText = JSON.stringify(validPack(), null, 2);
	const profileB = newProfileDir();
	let machineB: BrowserContext | undefined;
	try {
		const a = await app.context.newPage();
		a.setDefaultTimeout(15_000);
		await openApp(a);
		await clearDb(a);
		await importPackThroughUi(a, packText);
		await openApp(a, '#/settings');
		const [download] = await Promise.all([a.waitForEvent('download'), a.getByRole('button', { name: '下载备份文件' }).click()]);
		const fromA = path.join(work, 'machine-a.json');
		await download.saveAs(fromA);
		await a.close();

		machineB = await launch(profileB);
		const b = await machineB.newPage();
		b.setDefaultTimeout(15_000);
		const errors = watchErrors(b);
		await importPackThroughUi(b, packText);
		const restored = await restoreFile(b, fromA);
		expect(restored.state).toBe('ok');
		for (const reload of [false, true]) {
			if (reload) await b.reload();
			await openApp(b, '#/packs');
			for (const name of [...BUILTIN_NAMES, '测试用模板包']) await b.locator('.pack-list').getByText(name, { exact: true }).waitFor();
			expect(await b.locator('.pack-list [data-pack-id="test-pack"]').count()).toBe(1);
		}
		// Changed on B: A's version comes back as a copy with its own id, listed and deletable.
		await importPackThroughUi(b, JSON.stringify({ ...validPack(), version: '1.3.0', description: 'B 上改过。' }, null, 2), '升级到新版本');
		const again = await restoreFile(b, fromA);
		expect(again.state).toBe('ok');
		await openApp(b, '#/packs');
		await b.locator('.pack-list').getByText('测试用模板包（备份中的旧版本）', { exact: true }).waitFor();
		for (const name of BUILTIN_NAMES) await b.locator('.pack-list').getByText(name, { exact: true }).waitFor();
		const ids = await b.locator('.pack-list [data-pack-id]').evaluateAll((els) => els.map((e) => e.getAttribute('data-pack-id')));
		expect(new Set(ids).size).toBe(ids.length);
		expect(errors).toEqual([]);
	} finally {
		await machineB?.close();
		removeProfileDir(profileB);
	}
});

test(`${badBackups.length} backups valid as JSON but wrong in meaning: each refused with the database unchanged, or restored and then opened in every view`, async () => {
	const page = await app.context.newPage();
	page.setDefaultTimeout(15_000);
	const errors = watchErrors(page);
	await openApp(page);
	for (const bad of badBackups) {
		await clearDb(page);
		// Something already stored, which a refusal must leave exactly as it was.
		await putRaw(page, 'drafts', [goodDraft('already', '本机已有的草稿', '本机原有的文字。')]);
		const file = path.join(work, 'bad.json');
		writeFileSync(file, JSON.stringify(bad.file));
		const result = await restoreFile(page, file);
		if (bad.outcome === 'restored') {
			expect(result.state, `${bad.name}: ${result.text}`).toBe('ok');
		} else {
			expect(result.state, bad.name).toBe('error');
			expect(result.text, bad.name).toContain('数据库未做任何改动');
			await openApp(page, '#/');
			await page.locator('li.draft-item').first().waitFor();
			const drafts = await page.locator('li.draft-item').evaluateAll((els) => els.map((e) => e.getAttribute('data-draft-id')));
			expect(drafts, bad.name).toEqual(['already']);
			if (bad.outcome === 'partial') {
				await restoreFile(page, file);
				await page.getByRole('button', { name: /^跳过这 \d+ 条，恢复其余内容$/ }).click();
				await expect.poll(() => page.locator('[data-restore]').getAttribute('data-restore'), { message: bad.name }).toBe('ok');
				await expect.poll(() => page.locator('[data-restore]').textContent()).toMatch(/跳过了 \d+ 条损坏的记录/);
			} else continue;
		}
		const { drafts } = await walkEveryView(page);
		expect(drafts.length, bad.name).toBeGreaterThan(1);
		expect(errors, bad.name).toEqual([]);
	}
	// And the good backup restores and opens everywhere too.
	await clearDb(page);
	const good = path.join(work, 'good.json');
	writeFileSync(good, JSON.stringify(goodBackup()));
	expect((await restoreFile(page, good)).state).toBe('ok');
	expect((await walkEveryView(page)).drafts.sort()).toEqual(['d1', 'd2', 'd3']);
	expect(errors).toEqual([]);
	await page.close();
}, 600_000);

test('a database written by a newer gaojiang: a clear banner, drafts readable, nothing written', async () => {
	const page = await app.context.newPage();
	page.setDefaultTimeout(15_000);
	const errors = watchErrors(page);
	await openApp(page, '#/', true);
	await clearDb(page);
	await putRaw(page, 'drafts', [goodDraft('future1', '新版本写的草稿', '这篇由新版稿匠保存。')]);
	// What a newer app does: a higher schema version with a table this one does not know.
	await page.evaluate(async () => {
		await new Promise<void>((resolve, reject) => {
			const req = indexedDB.open('gaojiang-drafts', 30);
			req.onupgradeneeded = () => req.result.createObjectStore('future');
			req.onsuccess = () => {
				req.result.close();
				resolve();
			};
			req.onerror = () => reject(req.error);
		});
	});
	await page.reload();
	const banner = page.locator('[data-storage-banner="read-only"]');
	await banner.waitFor();
	expect(await banner.textContent()).toContain('只能查看');
	await page.locator('li.draft-item').getByText('新版本写的草稿').waitFor();
	await page.getByPlaceholder('新草稿标题').fill('不该写入');
	await page.getByRole('button', { name: '新建草稿' }).click();
	await page.getByRole('alert').filter({ hasText: '只能查看' }).first().waitFor();
	const stored = await page.evaluate(
		() =>
			new Promise<number>((resolve) => {
				const req = indexedDB.open('gaojiang-drafts');
				req.onsuccess = () => {
					const r = req.result.transaction('drafts').objectStore('drafts').count();
					r.onsuccess = () => resolve(r.result);
				};
			})
	);
	expect(stored).toBe(1);
	expect(errors).toEqual([]);
	await page.close();
});
