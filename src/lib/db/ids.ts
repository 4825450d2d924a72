/**
 * Random ids. `crypto.randomUUID` needs a secure context, which a plain-http static host on a
 * LAN is not; `getRandomValues` works everywhere.
 */
export function newId(): string {
	const bytes = new Uint8Array(16);
	crypto.getRandomValues(bytes);
	let out = '';
	for (const b of bytes) out += b.toString(16).padStart(2, '0');
	return out;
}
