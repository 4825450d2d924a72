import type { Handle } from '@sveltejs/kit';
import { safeRoutePath } from '$lib/state/safe-path';

/**
 * Runs in the page before the router starts, and again on every hashchange before the router's
 * own listener: an address the router cannot decode (`#/drafts/%`) white-screened the whole app
 * (URIError), so it is made safe first. The function is safe-path.ts's own, written in as text.
 */
const hashGuard =
	`<script>(function(){var safe=${safeRoutePath.toString()};` +
	`function fix(){var s=safe(location.hash.slice(1));if(s!==null)history.replaceState(history.state,'','#'+s);}` +
	`fix();addEventListener('hashchange',fix);})();</script>`;

// `paths.relative` does not reach the prerendered index.html: kit writes absolute "/_app/" there.
// Rewriting to "./_app/" lets the built site run under any sub-path of any static host.
export const handle: Handle = ({ event, resolve }) =>
	resolve(event, {
		transformPageChunk: ({ html }) => html.replaceAll('"/_app/', '"./_app/').replace('<head>', `<head>${hashGuard}`)
	});
