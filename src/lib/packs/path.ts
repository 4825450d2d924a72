/** JSON paths as shown to pack authors: `$.sections[2].plugin`, `$["odd key"]`. */
export function formatPath(keys: readonly (string | number)[]): string {
	let out = '$';
	for (const k of keys) {
		if (typeof k === 'number') out += `[${k}]`;
		else if (/^[A-Za-z_$][\w$]*$/.test(k)) out += `.${k}`;
		else out += `[${JSON.stringify(k)}]`;
	}
	return out;
}
