import { expect, test } from 'vitest';
import { renderGuidance } from '$lib/packs/guidance-html';

// In Node there is no DOM, so DOMPurify cannot run: the renderer must then fall back to escaped
// text rather than hand out unsanitised HTML. (The browser path is covered by browser tests.)
test('without a DOM, guidance is escaped, never raw HTML', () => {
	const html = renderGuidance('### 要点\n\n<img src=x onerror=alert(1)>');
	expect(html).not.toContain('<img');
	expect(html).toContain('&#60;img');
});
