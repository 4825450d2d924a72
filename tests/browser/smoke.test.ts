import { expect, test } from 'vitest';
import { useServedApp, watchErrors } from './harness';

const app = useServedApp();

test('the built app loads with a Chinese title and no errors', async () => {
	const page = await app.context.newPage();
	const errors = watchErrors(page);
	await page.goto(app.server.url);
	await expect(page.title()).resolves.toContain('稿匠');
	expect(errors).toEqual([]);
});
