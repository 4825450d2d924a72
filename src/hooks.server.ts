import type { Handle } from '@sveltejs/kit';
import { createHash } from 'node:crypto';

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

// The web app manifest makes the hosted build installable; a file opened from disk has none.
const single = process.env.GAOJIANG_SINGLE === '1';
const manifestLink = '<link rel="manifest" href="./manifest.webmanifest" />';

export const handle: Handle = ({ event, resolve }) =>
	resolve(event, {
		transformPageChunk: ({ html }) => {
			const page = relativeAppPaths(html);
			return single ? page : page.replace('</head>', `\t${manifestLink}\n\t</head>`);
		}
	});
