import { beforeEach, describe, expect, test } from 'vitest';
import { dumpTables, freshDb } from '../db/helpers';
import { getDraft, listDamaged, listDrafts, listSnapshots, saveDraft, getSetting, db, type GaojiangDb } from '../../src/lib/db';
import { parseBackupText, restoreBackup, SAFE_ID } from '../../src/lib/backup';
import { listPacks } from '../../src/lib/packs/repository';
import { builtinPacks } from '../../src/lib/packs';
import { badBackups, goodBackup } from './bad-backups';

let database: GaojiangDb;
beforeEach(() => {
	database = freshDb();
});

/** Opens everything a writer can open, as the views do; fails on anything a view would trip on. */
async function walkAll() {
	const live = await listDrafts();
	const trashed = await listDrafts({ trashed: true });
	const all = [...live, ...trashed];
	expect(new Set(all.map((d) => d.id)).size).toBe(all.length);
	for (const d of all) {
		expect(d.id).toMatch(SAFE_ID);
		const opened = await getDraft(d.id);
		expect(opened?.id).toBe(d.id);
		expect(new Set(opened!.sections.map((s) => s.id)).size).toBe(opened!.sections.length);
		expect(Number.isSafeInteger(opened!.revision)).toBe(true);
		const snaps = await listSnapshots(d.id);
		expect(new Set(snaps.map((s) => s.id)).size).toBe(snaps.length);
		await getSetting(`export:${d.id}`);
	}
	const packs = await listPacks(db().packs);
	expect(new Set(packs.map((p) => p.pack.id)).size).toBe(packs.length);
	for (const b of builtinPacks()) expect(packs.some((p) => p.pack.id === b.id)).toBe(true);
	await listDamaged();
	return { all, packs };
}

describe('backups valid as JSON but wrong in meaning', () => {
	test('there are at least 25 of them, and the good one restores as it is', async () => {
		expect(badBackups.length).toBeGreaterThanOrEqual(25);
		const r = parseBackupText(JSON.stringify(goodBackup()));
		expect(r.ok).toBe(true);
	});

	for (const bad of badBackups) {
		test(`${bad.name} → ${bad.outcome}`, async () => {
			const before = await dumpTables(database);
			const r = parseBackupText(JSON.stringify(bad.file));
			if (bad.outcome === 'restored') {
				expect(r.ok, r.ok ? '' : [r.error, ...r.details].join('\n')).toBe(true);
				if (!r.ok) return;
				await restoreBackup(r.backup);
			} else {
				expect(r.ok).toBe(false);
				if (r.ok) return;
				expect(r.error).toMatch(/数据库未做任何改动/);
				expect(r.details.length).toBeGreaterThan(0);
				expect(await dumpTables(database)).toBe(before);
				if (bad.outcome === 'refused') {
					expect(r.partial).toBeUndefined();
					return;
				}
				expect(r.partial).toBeDefined();
				const summary = await restoreBackup(r.partial!.backup, r.partial!.skipped.length);
				expect(summary.skipped).toBeGreaterThan(0);
			}
			const { all } = await walkAll();
			expect(all.length).toBeGreaterThan(0);
		});
	}
});

describe('what each repair keeps', () => {
	async function restoreCase(name: string) {
		const bad = badBackups.find((b) => b.name === name)!;
		const r = parseBackupText(JSON.stringify(bad.file));
		if (!r.ok) throw new Error(r.error);
		return restoreBackup(r.backup);
	}

	test('a draft keyed "%" is re-keyed and keeps its snapshots and settings', async () => {
		await restoreCase('draft id "%" (breaks the address)');
		const d = (await listDrafts()).find((x) => x.title === '2026年度工作总结')!;
		expect(d.id).toMatch(SAFE_ID);
		expect((await listSnapshots(d.id)).length).toBe(2);
		expect(await getSetting(`export:${d.id}`)).toEqual({ preset: 'plain' });
		// The last 逐项填空 (for 撤销填空 after a reload) follows its draft too.
		expect(await getSetting(`fill:${d.id}`)).toEqual({ version: 1, count: 0, sections: [] });
	});

	test('a huge revision is re-based and two saves in a row both land', async () => {
		await restoreCase('revision 2^53');
		const d = (await getDraft('d1'))!;
		const first = await saveDraft({ ...d, title: '改一' }, d.revision);
		expect(first.ok).toBe(true);
		if (!first.ok) return;
		expect(first.draft.revision).not.toBe(d.revision);
		const second = await saveDraft({ ...first.draft, title: '改二' }, first.draft.revision);
		expect(second.ok).toBe(true);
		expect((await getDraft('d1'))!.title).toBe('改二');
		// A stale writer (the other tab) is refused, not silently lost.
		const stale = await saveDraft({ ...d, title: '旧标签页' }, d.revision);
		expect(stale.ok).toBe(false);
	});

	test('duplicate section ids: both sections kept with their text', async () => {
		await restoreCase('two sections with one id in a draft');
		const d = (await getDraft('d1'))!;
		expect(d.sections.map((s) => s.title)).toEqual(['概述', '主要成绩']);
		expect(d.sections[0]!.id).not.toBe(d.sections[1]!.id);
	});

	test('a pack whose inner id is a built-in does not replace the built-in', async () => {
		await restoreCase('pack row whose inner id is a built-in pack id');
		const packs = await listPacks(db().packs);
		const park = packs.filter((p) => p.pack.id === 'park-annual-summary');
		expect(park).toHaveLength(1);
		expect(park[0]!.source).toBe('builtin');
	});

	test('damaged rows carried raw come back as damaged rows', async () => {
		const summary = await restoreCase('damaged rows carried raw');
		expect(summary.damagedKept).toBe(1);
		const damaged = await listDamaged();
		expect(damaged.map((x) => x.key)).toContain('broken-1');
	});
});
