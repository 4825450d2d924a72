import type { Handle } from '@sveltejs/kit';

// `paths.relative` does not reach the prerendered index.html: kit writes absolute "/_app/" there.
// Rewriting to "./_app/" lets the built site run under any sub-path of any static host.
export const handle: Handle = ({ event, resolve }) =>
	resolve(event, {
		transformPageChunk: ({ html }) => html.replaceAll('"/_app/', '"./_app/')
	});
