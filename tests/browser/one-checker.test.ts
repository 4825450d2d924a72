// Issue 10's proof: one draft from a built-in pack, with a skeleton inserted, a masked name, one
// ignored finding and a missing required phrase, has the same open blanks in the editor's badge,
// the export dialog, `gaojiang check --draft` on the backup the app wrote, and the .docx
// highlighting (from the dialog and from `gaojiang export --draft`).
import { expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import JSZip from 'jszip';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { useServedApp, watchErrors } from './harness';
import { sectionEditor, sectionText } from './app-helpers';
import { BLANK_MARKER } from '$lib/export/document';
import { builtinPacks, packSkeletons } from '$lib/packs';

const app = useServedApp();
const duty = builtinPacks().find((p) => p.id === 'personal-duty-integrity')!;
/** Slots of the 落款 a new draft from the pack starts with. */
const signatureSlots = packSkeletons(duty.sections.at(-1))[0]!.slots.length;
const ROOT = path.resolve(import.meta.dirname, '../..');

function cli(...args: string[]) {
	return spawnSync(process.execPath, [path.join(ROOT, 'bin/gaojiang.js'), ...args], { cwd: ROOT, encoding: 'utf8' });
}

/** The export dialog's way of showing a blank: a few characters either side, 【inside】. */
function context(text: string, from: number, to: number): string {
	const before = text.slice(Math.max(0, from - 8), from);
	const inside = to > from ? text.slice(from, to) : '＿';
	return `${before}【${inside}】${text.slice(to, to + 8)}`.replace(/\s+/g, ' ');
}

/** The highlighted pieces of a .docx, in document order. */
async function highlighted(bytes: Uint8Array | Buffer): Promise<string[]> {
	const xml = await (await JSZip.loadAsync(bytes)).file('word/document.xml')!.async('string');
	const runs = [...xml.matchAll(/<w:r>(?:(?!<\/w:r>).)*<\/w:r>/gs)].map((m) => m[0]);
	const out: string[] = [];
	let joined = false;
	for (const run of runs) {
		const text = [...run.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
		if (!run.includes('<w:highlight w:val="yellow"/>')) {
			joined = false;
			continue;
		}
		// One blank may be written as several runs (a font change inside it): join neighbours.
		if (joined) out[out.length - 1] += text;
		else out.push(text);
		joined = true;
	}
	return out;
}

async function focusSection(page: Page, index: number) {
	await sectionEditor(page, index).click();
}

async function replaceSection(page: Page, index: number, text: string) {
	await focusSection(page, index);
	await page.keyboard.press('Control+a');
	await page.keyboard.insertText(text);
}

test('badge, export dialog, check --draft on the backup and the .docx agree on the open blanks', async () => {
	const work = mkdtempSync(path.join(tmpdir(), 'gaojiang-one-checker-'));
	try {
		const page = await app.context.newPage();
		page.setDefaultTimeout(15_000);
		const errors = watchErrors(page);
		// A draft from the built-in 述职述廉 pack (it requires the phrase 廉洁).
		await page.goto(`${app.server.url}#/packs`);
		await page.locator('[data-pack-id="personal-duty-integrity"]').click();
		await page.getByRole('button', { name: '用此模板新建稿件' }).click();
		await page.waitForURL(/#\/drafts\//);
		await sectionEditor(page, 5).waitFor();
		const draftId = (await page.locator('[data-draft-id]').getAttribute('data-draft-id'))!;

		// The overview rewritten without 廉洁, with a masked name; 履行职责情况 rewritten, then a
		// plugin skeleton inserted at its end.
		await replaceSection(page, 0, '我担任aa现代产业园管委会副主任，分管招商和项目建设工作。');
		// The sections between start with their own skeletons: written over, so the export dialog's
		// list (its first eight) shows every open blank.
		await replaceSection(page, 2, '一是学习不够系统；二是调研不够深入。');
		await replaceSection(page, 3, '严格执行八项规定，不收受礼品礼金。');
		await replaceSection(page, 4, '明年6月底前完成分管领域问题整改。');
		await replaceSection(page, 1, '全年牵头推进招商工作。');
		await page.keyboard.press('Control+End');
		await page.getByRole('button', { name: '插入骨架：主要举措' }).click();
		await expect.poll(() => sectionText(page, 1)).toContain('工作举措落地见效');
		const badge = page.locator('.blank-badge [role="status"]');
		// 1 masked name + 4 skeleton slots + the pack's 落款 skeleton.
		const total = 1 + 4 + signatureSlots;
		await expect.poll(() => badge.getAttribute('data-count')).toBe(String(total));

		// The missing required phrase is listed, and is not a blank.
		const panel = page.getByRole('region', { name: '检查结果' });
		await expect.poll(() => panel.textContent()).toContain('缺少本模板包要求的表述“廉洁”');

		// One finding ignored from the panel: the 落款's first slot (本人姓名).
		const signatureRow = panel.locator('li.finding', { hasText: '本人姓名' }).first();
		await signatureRow.getByRole('button', { name: '忽略此处' }).click();
		await expect.poll(() => badge.getAttribute('data-count')).toBe(String(total - 1));
		const marks = page.locator('.cm-content .gj-blank');
		await expect.poll(() => marks.count()).toBe(total - 1);

		// The export dialog lists exactly these.
		await page.getByRole('button', { name: '导出…' }).click();
		const list = page.locator('[data-open-blanks]');
		await expect.poll(() => list.getAttribute('data-open-blanks')).toBe(String(total - 1));
		const dialogContexts = await list.locator('li').evaluateAll((els) =>
			els.map((li) => (li.lastChild?.textContent ?? '').trim())
		);
		expect(dialogContexts).toHaveLength(total - 1);
		expect(dialogContexts).toContain('我担任【aa】现代产业园管委会');
		await page.getByLabel('仍然导出，并在文档中用黄色标出这些空白').check();
		const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Word 公文（.docx）' }).click()]);
		const dialogDocx = await highlighted(readFileSync(await download.path()));
		await page.keyboard.press('Escape');
		await expect.poll(() => page.locator('.save-status').getAttribute('data-status')).toBe('saved');

		// The backup the app writes.
		await page.goto(`${app.server.url}#/settings`);
		const [backupDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '下载备份文件' }).click()]);
		const backupFile = path.join(work, 'backup.json');
		await backupDownload.saveAs(backupFile);
		const backup = JSON.parse(readFileSync(backupFile, 'utf8'));
		const draft = backup.drafts.find((d: { id: string }) => d.id === draftId);

		const checked = cli('check', '--json', '--draft', draftId, backupFile);
		expect(checked.status).toBe(1);
		const diagnostics: { category: string; rule: string; start: number; end: number; section: { id: string | null } }[] = JSON.parse(checked.stdout)[0].diagnostics;
		const blanks = diagnostics.filter((d) => d.category === 'blank');
		const bodyOf = (id: string | null) => draft.sections.find((s: { id: string }) => s.id === id)?.body ?? '';
		expect(blanks.map((d) => context(bodyOf(d.section.id), d.start, d.end))).toEqual(dialogContexts);
		expect(diagnostics.some((d) => d.rule === 'pack/required-phrase')).toBe(true);

		// The .docx highlights the same blanks, whichever side wrote it.
		const inside = blanks.map((d) => (d.end > d.start ? bodyOf(d.section.id).slice(d.start, d.end) : BLANK_MARKER));
		expect(dialogDocx).toHaveLength(total - 1);
		expect(dialogDocx).toEqual(inside);
		const out = path.join(work, 'cli.docx');
		expect(cli('export', '--format', 'docx', '--allow-blanks', '--draft', draftId, backupFile, '-o', out).status).toBe(0);
		expect(await highlighted(readFileSync(out))).toEqual(inside);
		expect(errors).toEqual([]);
	} finally {
		rmSync(work, { recursive: true, force: true });
	}
});
