/**
 * What to do when an imported pack's id is already installed. Nothing is replaced without the
 * writer choosing: a newer version is offered as an upgrade; the same or an older version asks
 * to replace, keep both, or cancel.
 */
import type { TemplatePack } from './types';

export type ImportSituation =
	| { kind: 'new' }
	| { kind: 'newer'; installed: string; incoming: string }
	| { kind: 'same'; installed: string }
	| { kind: 'older'; installed: string; incoming: string };

/** The writer's answer to a conflict. */
export type ImportDecision = 'upgrade' | 'replace' | 'keep-both' | 'cancel';

/** Compares semver strings `a.b.c`; negative when a < b. */
export function compareVersions(a: string, b: string): number {
	const pa = a.split('.').map(Number);
	const pb = b.split('.').map(Number);
	for (let i = 0; i < 3; i++) {
		const d = (pa[i] ?? 0) - (pb[i] ?? 0);
		if (d !== 0) return d;
	}
	return 0;
}

export function importSituation(installed: Pick<TemplatePack, 'version'> | undefined, incoming: Pick<TemplatePack, 'version'>): ImportSituation {
	if (!installed) return { kind: 'new' };
	const d = compareVersions(incoming.version, installed.version);
	if (d > 0) return { kind: 'newer', installed: installed.version, incoming: incoming.version };
	if (d === 0) return { kind: 'same', installed: installed.version };
	return { kind: 'older', installed: installed.version, incoming: incoming.version };
}

/** The decisions the writer is offered in a situation (cancel is always last). */
export function decisionsFor(s: ImportSituation): ImportDecision[] {
	switch (s.kind) {
		case 'new':
			return [];
		case 'newer':
			return ['upgrade', 'keep-both', 'cancel'];
		case 'same':
		case 'older':
			return ['replace', 'keep-both', 'cancel'];
	}
}

/** A copy under a fresh id (`id-2`, `id-3` …) and a name marked as a copy, for "keep both". */
export function asCopy(pack: TemplatePack, takenIds: ReadonlySet<string>, copySuffix: string): TemplatePack {
	// Strip an earlier copy number (-2 … -99), not a year or version in the id.
	const base = pack.id.replace(/-\d{1,2}$/, '').slice(0, 60);
	let n = 2;
	while (takenIds.has(`${base}-${n}`)) n++;
	return { ...pack, id: `${base}-${n}`, name: `${pack.name}${copySuffix}`.slice(0, 60) };
}
