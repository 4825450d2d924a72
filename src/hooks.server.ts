import type { Handle } from '@sveltejs/kit';
import { createHash } from 'node:crypto';
import { safeRoutePath } from '$lib/state/safe-path';

const sha256 = (text: string) => `sha256-${createHash('sha256').update(text).digest('base64')}`;

/**
 * `paths.relative` does not reach the prerendered index.html: kit writes absolute "/_app/" there.
 * Rewriting to "./_app/" lets the built site run under any sub-path of any static host. The boot
 * script is one of the rewritten parts, so its hash in the Content-Security-Policy (computed by
 * kit before this hook) is replaced by the hash of the script as shipped.
 */
export function relativeAppPaths(html: string): string {
	let out = html.replaceAll('"/_app/', '"./_app/');
	for (const [, body] of html.matchAll(/<script>([\s\S]*?)<\/script>/g)) {
		const shipped = body!.replaceAll('"/_app/', '"./_app/');
		if (shipped !== body) out = out.replaceAll(`'${sha256(body!)}'`, `'${sha256(shipped)}'`);
	}
	return out;
}

/**
 * Runs in the page before the router starts, and again on every hashchange before the router's
 * own listener: an address the router cannot decode (`#/drafts/%`) white-screened the whole app
 * (URIError), so it is made safe first. The function is safe-path.ts's own, written in as text.
 */
const hashGuardBody =
	`(function(){var safe=${safeRoutePath.toString()};` +
	`function fix(){var s=safe(location.hash.slice(1));if(s!==null)history.replaceState(history.state,'','#'+s);}` +
	`fix();addEventListener('hashchange',fix);})();`;

/** Puts the guard first in <head> and allows it by hash in the policy's script-src. */
export function withHashGuard(html: string): string {
	const allowed = html.replace(/(<meta http-equiv="content-security-policy" content="[^"]*?script-src [^;"]*)/i, `$1 '${sha256(hashGuardBody)}'`);
	return allowed.replace('<head>', `<head><script>${hashGuardBody}</script>`);
}

// The web app manifest makes the hosted build installable; a file opened from disk has none.
const single = process.env.GAOJIANG_SINGLE === '1';
const manifestLink = '<link rel="manifest" href="./manifest.webmanifest" />';

export const handle: Handle = ({ event, resolve }) =>
	resolve(event, {
		transformPageChunk: ({ html }) => {
			const page = withHashGuard(relativeAppPaths(html));
			return single ? page : page.replace('</head>', `\t${manifestLink}\n\t</head>`);
		}
	});
