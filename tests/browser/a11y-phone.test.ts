// A phone, 390 × 844: every page and dialog fits the width (no sideways scroll), every control is
// at least 44 px, axe still finds nothing, and the side panel and preview open as drawers.
// `GAOJIANG_SCREENSHOTS=1` also writes the screenshots in docs/ (docs/phone-*.png), after a build:
// `npm run build && GAOJIANG_SCREENSHOTS=1 npx vitest run --project browser tests/browser/a11y-phone.test.ts`.
import { expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import path from 'node:path';
import { axeViolations, describeViolations, horizontalOverflow, overflowingBoxes, ROOT, useServedApp, watchErrors } from './harness';
import { sectionEditor } from './app-helpers';
import { longSample, shortSampleFile } from './sample-report';

const app = useServedApp();
const PHONE = { width: 390, height: 844 };
const TOUCH = 44;

/** Visible controls smaller than a fingertip, with their size (checkboxes count by their label). */
function smallTargets(page: Page, min: number): Promise<string[]> {
	return page.evaluate((min) => {
		const out: string[] = [];
		const controls = document.querySelectorAll<HTMLElement>('button, a[href], input, select, summary, textarea, [tabindex="0"]');
		for (const el of controls) {
			// CodeMirror's own search panel and links inside guidance prose are text, not controls.
			if (el.closest('.cm-editor') || el.closest('.guidance')) continue;
			const target = el instanceof HTMLInputElement && (el.type === 'checkbox' || el.type === 'radio') ? (el.closest('label') ?? el) : el;
			const r = target.getBoundingClientRect();
			const style = getComputedStyle(el);
			if (r.width === 0 || r.height === 0 || style.visibility === 'hidden') continue;
			if (el instanceof HTMLInputElement && el.type === 'file') continue;
			if (r.height < min - 0.5 || r.width < min - 0.5) {
				out.push(`${el.tagName.toLowerCase()}${el.className ? "." + String(el.className).split(" ")[0] : ""}${el.getAttribute("type") ? "[" + el.getAttribute("type") + "]" : ""}「${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 20)}」${Math.round(r.width)}×${Math.round(r.height)}`);
			}
		}
		return [...new Set(out)];
	}, min);
}

async function check(page: Page, where: string, screenshot?: string): Promise<void> {
	expect.soft(await horizontalOverflow(page), `${where}：横向溢出\n${(await overflowingBoxes(page)).join('\n')}`).toBe(0);
	{ const small = (await smallTargets(page, TOUCH)).join("\n"); expect.soft(small, `${where}：小于 ${TOUCH} px 的控件\n${small}`).toBe(""); }
	const violations = await axeViolations(page);
	expect.soft(violations.map((v) => v.id), `${where}\n${describeViolations(violations)}`).toEqual([]);
	if (screenshot && process.env.GAOJIANG_SCREENSHOTS === '1') {
		await page.screenshot({ path: path.join(ROOT, 'docs', `phone-${screenshot}.png`) });
	}
}

test('at 390 px every page fits the screen, controls are 44 px, side panel and preview are drawers', async () => {
	const page = await app.context.newPage();
	await page.setViewportSize(PHONE);
	const errors = watchErrors(page);
	await page.goto(app.server.url);
	await page.getByRole('heading', { level: 1 }).waitFor();
	await page.getByPlaceholder('新草稿标题', { exact: false }).fill('年度工作总结');
	await page.getByRole('button', { name: '新建草稿' }).click();
	await sectionEditor(page, 0).waitFor();
	await sectionEditor(page, 0).fill(longSample);
	await expect.poll(() => page.locator('.blank-badge [data-count]').getAttribute('data-count')).not.toBe('0');
	await page.evaluate(() => window.scrollTo(0, 0));
	await check(page, '草稿', 'draft');

	// Guidance, findings and history: a drawer opened from the toolbar, closed by its own button.
	const toggle = page.getByRole('button', { name: '写作要点与检查结果' });
	await expect.poll(() => page.locator('#draft-side-panel').isVisible()).toBe(false);
	await toggle.click();
	await expect.poll(() => toggle.getAttribute('aria-expanded')).toBe('true');
	await page.locator('#draft-side-panel .findings-panel').waitFor();
	await check(page, '辅助面板', 'side-panel');
	await page.getByRole('button', { name: '收起辅助面板' }).click();
	await expect.poll(() => page.locator('#draft-side-panel').isVisible()).toBe(false);

	await page.getByRole('button', { name: '逐项填空' }).click();
	await page.locator('dialog.fill-in-dialog[open]').waitFor();
	await check(page, '逐项填空', 'fill-in');
	await page.keyboard.press('Escape');

	await page.getByRole('button', { name: '导出…' }).click();
	await page.locator('dialog.export-dialog[open] .export-panel').waitFor();
	await check(page, '导出');
	await page.keyboard.press('Escape');

	await page.getByRole('button', { name: '公文预览' }).click();
	await page.locator('.preview-drawer .page').first().waitFor();
	// The page of the preview fits the drawer, which fits the screen.
	const box = await page.locator('.preview-drawer .page').first().boundingBox();
	expect(box && box.x >= 0 && box.x + box.width <= PHONE.width).toBe(true);
	await check(page, '公文预览', 'preview');
	await page.locator('.preview-drawer').getByRole('button', { name: '关闭' }).click();

	await page.getByRole('link', { name: '草稿', exact: true }).click();
	await page.locator('.draft-item').first().waitFor();
	await check(page, '草稿列表', 'drafts');
	await page.locator('.import-launcher input[type="file"]').setInputFiles({
		name: '社区工作总结.txt',
		mimeType: 'text/plain',
		buffer: Buffer.from(shortSampleFile, 'utf8')
	});
	await page.getByRole('dialog', { name: '导入范文' }).waitFor();
	await check(page, '导入范文', 'import');
	await page.keyboard.press('Escape');
	await page.getByRole('dialog', { name: '导入范文' }).waitFor({ state: 'detached' });
	await page.locator('.draft-item').first().getByRole('button', { name: '删除' }).click();
	await page.getByRole('link', { name: '回收站' }).click();
	await page.locator('.trash-page li').first().waitFor();
	await check(page, '回收站');

	await page.getByRole('link', { name: '模板包' }).click();
	await page.locator('[data-pack-id]').first().click();
	await page.locator('[data-preview-id]').waitFor();
	await check(page, '模板包');

	await page.getByRole('link', { name: '备份与设置' }).click();
	await page.getByRole('heading', { level: 1, name: '备份与设置' }).waitFor();
	await check(page, '备份与设置');

	// The narrowest phone the layout is made for.
	await page.setViewportSize({ width: 360, height: 740 });
	await page.getByRole('link', { name: '草稿', exact: true }).click();
	await page.getByPlaceholder('新草稿标题', { exact: false }).fill('最窄的屏幕上写的述职报告');
	await page.getByRole('button', { name: '新建草稿' }).click();
	await sectionEditor(page, 0).fill(longSample.slice(0, 600));
	await expect.poll(() => page.locator('.save-status').getAttribute('data-status')).toBe('saved');
	expect(await horizontalOverflow(page), '360 px 草稿').toBe(0);
	await page.getByRole('link', { name: '草稿', exact: true }).click();
	await page.locator('.draft-item').first().waitFor();
	expect(await horizontalOverflow(page), '360 px 草稿列表').toBe(0);

	expect(errors).toEqual([]);
	await page.close();
});
