import { expect, test } from 'vitest';
import { safeRoutePath } from '../../src/lib/state/safe-path';

/** What SvelteKit's hash router does with a path: the three decodings, in its order. */
function routerParam(path: string): string {
	const once = decodeURIComponent(path);
	const decoded = once.split('%25').map(decodeURI).join('%25');
	return decodeURIComponent(decoded.split('/').pop()!);
}

test('paths the router decodes are left alone; the others reach the page as typed', () => {
	expect(safeRoutePath('/drafts/abc')).toBeNull();
	expect(safeRoutePath('/drafts/%E7%A8%BF')).toBeNull();
	for (const bad of ['/drafts/%', '/drafts/%E0%A4', '/%zz', '/drafts/50%off', '/drafts/%25']) {
		const fixed = safeRoutePath(bad);
		expect(fixed, bad).not.toBeNull();
		expect(() => routerParam(fixed!)).not.toThrow();
		expect(routerParam(fixed!)).toBe(bad.split('/').pop());
	}
});
