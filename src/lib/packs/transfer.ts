/** Export: a pack as the JSON file colleagues share (the same text import reads back). */
import type { TemplatePack } from './types';

/** The file's text: two-space indented JSON with a final newline. */
export function exportPackJson(pack: TemplatePack): string {
	return JSON.stringify(pack, null, 2) + '\n';
}

/** A file name for the download, e.g. `park-annual-summary-1.2.0.json`. */
export function packFileName(pack: Pick<TemplatePack, 'id' | 'version'>): string {
	return `${pack.id}-${pack.version}.json`;
}
