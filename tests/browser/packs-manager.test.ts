import { beforeAll, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { watchErrors, useServedApp } from './harness';

const app = useServedApp();
let page: Page;
let errors: string[];

// A pack written for this test, in canonical export form (2-space JSON + newline), so the
// exported file must be byte-for-byte what was imported.
const pack = {
	type: 'gaojiang-template-pack',
	schemaVersion: 2,
	id: 'browser-test-pack',
	name: '浏览器测试模板包',
	version: '1.0.0',
	author: '测试组',
	description: '导入、新建稿件、导出的往返测试。',
	sections: [
		{ plugin: 'overview', title: '一、开篇', guidance: '### 开篇要点\n\n- 先写清楚这是哪一年的总结。' },
		{ plugin: 'achievements', title: '二、成效', skeleton: '全年接待来访____人次，同比增长____%。', slots: [
			{ name: 'visits', label: '接待来访人次', kind: 'number', unit: '人次' },
			{ name: 'growth', label: '来访增幅', kind: 'percent', unit: '%' }
		] },
		{ plugin: 'signature', title: '落款' }
	],
	checks: { forbiddenWords: ['小编'] }
};
const packJson = JSON.stringify(pack, null, 2) + '\n';

beforeAll(async () => {
	page = await app.context.newPage();
	errors = watchErrors(page);
	await page.goto(`${app.server.url}#/packs`);
	await page.getByRole('heading', { name: '模板包', level: 1 }).waitFor();
});


/** A section's text as the writer sees it, whichever editor the page uses. */
async function sectionText(index: number): Promise<string> {
	const card = page.locator('section[data-section-id]').nth(index);
	return card.evaluate((el) => {
		const area = el.querySelector('textarea');
		if (area) return area.value;
		return [...el.querySelectorAll('.cm-line')].map((l) => (l as HTMLElement).innerText.replace(/\u200b/g, '')).join('\n');
	});
}

async function focusSection(index: number): Promise<void> {
	await page.locator('section[data-section-id]').nth(index).locator('textarea, .cm-content').first().click();
}

async function chooseFile(name: string, text: string) {
	const chooser = page.waitForEvent('filechooser');
	await page.getByRole('button', { name: '选择文件…' }).click();
	await (await chooser).setFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
}

test('built-in packs are listed with a preview', async () => {
	for (const name of ['园区年度工作总结', '挂职锻炼工作总结', '个人述职述廉报告']) {
		await expect(page.locator('.pack-list').getByText(name, { exact: true }).count()).resolves.toBe(1);
	}
	await expect(page.getByRole('button', { name: '用此模板新建稿件' }).isVisible()).resolves.toBe(true);
});

test('a hostile pack is refused with the JSON path named and nothing added', async () => {
	const before = await page.locator('.pack-list li').count();
	const bad = { ...pack, id: 'evil', sections: [{ plugin: 'overview', title: 'x', guidance: '[点我](javascript:alert(1))' }] };
	await chooseFile('evil.json', JSON.stringify(bad));
	const alert = page.getByRole('alert');
	await alert.waitFor();
	await expect(alert.textContent()).resolves.toContain('$.sections[0].guidance');
	await expect(alert.textContent()).resolves.toContain('数据库未作任何改动');
	expect(await page.locator('.pack-list li').count()).toBe(before);
});

test('import through the file chooser; re-import asks before replacing', async () => {
	await chooseFile('browser-test-pack.json', packJson);
	await page.getByText('已导入“浏览器测试模板包”').waitFor();
	await expect(page.locator('[data-preview-id="browser-test-pack"] h2').textContent()).resolves.toBe('浏览器测试模板包');

	await chooseFile('browser-test-pack.json', packJson);
	const dialog = page.getByRole('dialog');
	await dialog.waitFor();
	await expect(dialog.textContent()).resolves.toContain('已安装同一版本 1.0.0');
	const choices = await dialog.getByRole('button').allTextContents();
	expect(choices).toEqual(['替换已有的', '两个都保留', '取消']);
	await dialog.getByRole('button', { name: '取消' }).click();
	await page.getByText('已取消，未作任何改动。').waitFor();
	expect(await page.locator('[data-pack-id="browser-test-pack"]').count()).toBe(1);
});

test('a pack dropped on the import zone is imported', async () => {
	const dropped = { ...pack, id: 'dropped-pack', name: '拖入的模板包' };
	await page.getByRole('region', { name: '导入模板包' }).evaluate((zone, text) => {
		const data = new DataTransfer();
		data.items.add(new File([text], 'dropped.json', { type: 'application/json' }));
		zone.dispatchEvent(new DragEvent('dragover', { dataTransfer: data, bubbles: true, cancelable: true }));
		zone.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
	}, JSON.stringify(dropped));
	await page.getByText('已导入“拖入的模板包”').waitFor();
	expect(await page.locator('[data-pack-id="dropped-pack"]').count()).toBe(1);
});

test('export gives back the same JSON', async () => {
	await page.locator('[data-pack-id="browser-test-pack"]').click();
	const download = page.waitForEvent('download');
	await page.getByRole('button', { name: '导出 .json' }).click();
	const file = await (await download).path();
	expect((await download).suggestedFilename()).toBe('browser-test-pack-1.0.0.json');
	expect(readFileSync(file, 'utf8')).toBe(packJson);
});

test('start a draft from the pack: its sections and guidance appear', async () => {
	await page.locator('[data-pack-id="browser-test-pack"]').click();
	await page.getByRole('button', { name: '用此模板新建稿件' }).click();
	await page.waitForURL(/#\/drafts\//);
	const titles = page.locator('.section-title');
	await titles.first().waitFor();
	expect(await titles.evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value))).toEqual(['一、开篇', '二、成效', '落款']);
	// The pack's skeleton is the second section's starting text.
	await page.locator('section[data-section-id] :is(textarea, .cm-content)').nth(2).waitFor();
	expect(await sectionText(1)).toBe('全年接待来访____人次，同比增长____%。');
	// Each slot of the skeleton is a blank the checker flags, once.
	const badge = page.locator('.blank-badge [role="status"]');
	await expect.poll(() => badge.textContent()).toBe('还有 2 处未填写');
	const guide = page.locator('[data-guide-kind]');
	await guide.waitFor();
	await expect(guide.textContent()).resolves.toContain('先写清楚这是哪一年的总结');
	// Focusing another section switches the guidance to that section's plugin.
	await focusSection(2);
	await expect(page.locator('[data-guide-kind="signature"]').textContent()).resolves.toContain('成文日期');
	// Inserting a skeleton from the guide puts its slots into that section.
	await page.getByRole('button', { name: '插入骨架：单位落款' }).click();
	await expect.poll(() => sectionText(2)).toBe('____\n____年____月____日');
	await expect.poll(() => badge.textContent()).toBe('还有 6 处未填写');
	// The first section guides with the pack's own guidance, not the plugin's.
	await focusSection(0);
	await expect(page.locator('[data-guide-kind="overview"]').textContent()).resolves.toContain('先写清楚这是哪一年的总结');
	await page.getByRole('button', { name: '插入：过去一年，面对任务重、节点紧的局面，' }).click();
	await expect.poll(() => sectionText(0)).toBe('过去一年，面对任务重、节点紧的局面，');
	expect(errors).toEqual([]);
});
