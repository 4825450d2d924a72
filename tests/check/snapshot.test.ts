import { describe, expect, test } from 'vitest';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createHash } from 'node:crypto';
import path from 'node:path';
import { checkText } from '$lib/check';
import type { Finding } from '$lib/check';

/**
 * Every finding over every fixture, pinned, so a refactor of the checker provably changes
 * nothing (and a deliberate change shows up as a reviewable diff: `npx vitest run -u`).
 * The seed corpus is third-party text: its findings are pinned by position and a hash of the
 * message only, never by any of its words.
 */
const fixtures = path.join(import.meta.dirname, 'fixtures');
const seed = path.resolve(import.meta.dirname, '../../../shared/corpus/000_1c5ba86c4ef7793b.txt');

/** A folder's README describes its fixtures; it is not one (editing it must not move the snapshot). */
const isFixture = (name: string) => /\.(txt|md)$/.test(name) && !/^readme\./i.test(name);

function walk(dir: string): string[] {
	return readdirSync(dir)
		.sort()
		.flatMap((f) => {
			const p = path.join(dir, f);
			return statSync(p).isDirectory() ? walk(p) : isFixture(f) ? [p] : [];
		});
}

const read = (file: string) => readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
const line = (f: Finding) => `${f.rule} ${f.from}-${f.to} ${f.messageId} ${f.message}${f.blank ? ` [${f.blank.kind}|${f.blank.label}|${f.blank.unit}|${f.blank.valueKind}]` : ''}`;
const hashed = (f: Finding) =>
	`${f.rule} ${f.from}-${f.to} ${f.messageId} ${f.blank?.unit ?? ''} ${createHash('sha1').update(line(f)).digest('hex').slice(0, 10)}`;

describe('findings snapshot', () => {
	test('every fixture', async () => {
		const all: Record<string, string[]> = {};
		for (const file of walk(fixtures)) all[path.relative(fixtures, file)] = checkText(read(file)).map(line);
		await expect(JSON.stringify(all, null, 1) + '\n').toMatchFileSnapshot('./__snapshots__/fixtures-findings.json');
	}, 60_000); // over a hundred fixtures on a shared, loaded machine
	test.skipIf(!existsSync(seed))('the seed corpus', async () => {
		const lines = checkText(read(seed)).map(hashed);
		await expect(lines.join('\n') + '\n').toMatchFileSnapshot('./__snapshots__/seed-findings.txt');
	});
});
