/**
 * Validates a template pack file: the one code path the app's import and the command line's
 * `pack validate` share. Every refusal names the JSON path at fault, in Chinese.
 *
 * Order: size → JSON → a raw walk (forbidden keys, depth, value count, string length) →
 * envelope → migration of older schema versions → valibot schema → semantic checks.
 */
import * as v from 'valibot';
import { typeName, validationMessages as m } from '$lib/messages/packs';
import { LIMITS } from './limits';
import { migrateV1, packV1Schema } from './migrate';
import { formatPath } from './path';
import { packSchema } from './schema';
import { semanticProblems } from './semantic';
import { CURRENT_SCHEMA_VERSION, PACK_TYPE, type PackProblem, type PackValidation, type TemplatePack } from './types';

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** Walks parsed JSON once, refusing what no pack needs and what could hurt whoever reads it. */
function rawProblems(root: unknown): PackProblem[] {
	const problems: PackProblem[] = [];
	let values = 0;
	const stack: { value: unknown; path: (string | number)[] }[] = [{ value: root, path: [] }];
	while (stack.length > 0 && problems.length < 20) {
		const { value, path } = stack.pop()!;
		if (++values > LIMITS.values) {
			problems.push({ path: '$', message: m.tooManyValues(LIMITS.values) });
			break;
		}
		if (typeof value === 'string') {
			if (value.length > LIMITS.anyString) problems.push({ path: formatPath(path), message: m.stringTooLong(value.length, LIMITS.anyString) });
			continue;
		}
		if (typeof value !== 'object' || value === null) continue;
		if (path.length >= LIMITS.depth) {
			problems.push({ path: formatPath(path), message: m.tooDeep(LIMITS.depth) });
			continue;
		}
		if (Array.isArray(value)) {
			for (let i = value.length - 1; i >= 0; i--) stack.push({ value: value[i], path: [...path, i] });
			continue;
		}
		// JSON.parse stores "__proto__" as an own data property; Object.keys sees it.
		const keys = Object.keys(value);
		for (let i = keys.length - 1; i >= 0; i--) {
			const key = keys[i]!;
			if (FORBIDDEN_KEYS.has(key)) problems.push({ path: formatPath([...path, key]), message: m.forbiddenKey(key) });
			else stack.push({ value: (value as Record<string, unknown>)[key], path: [...path, key] });
		}
	}
	return problems;
}

function receivedName(input: unknown): string {
	if (input === null) return typeName('null');
	if (Array.isArray(input)) return typeName('array');
	return typeName(typeof input);
}

/** Turns valibot issues into path + Chinese message, using our messages where the schema set one. */
function issueProblems(issues: readonly v.BaseIssue<unknown>[]): PackProblem[] {
	const out: PackProblem[] = [];
	for (const issue of issues) {
		const keys = (issue.path ?? []).map((p) => p.key as string | number);
		const path = formatPath(keys);
		let message: string;
		if (issue.type === 'strict_object' && issue.kind === 'schema' && issue.expected === 'never') message = m.unknownKey;
		else if (issue.kind === 'schema' && issue.input === undefined) message = m.missing;
		else if (issue.type === 'union') {
			// The only union is a rule setting: a severity word, or {severity, options}.
			// Sub-issues carry paths relative to the union, so prefix ours.
			const inner = (issue.issues ?? []).filter((i) => i.path && typeof issue.input === 'object' && issue.input !== null);
			if (inner.length === 0) message = m.severity;
			else {
				for (const p of issueProblems(inner)) out.push({ path: path + p.path.slice(1), message: p.message });
				continue;
			}
		} else if (!issue.message.startsWith('Invalid ')) message = issue.message; // ours, set in the schema
		else if (issue.type === 'literal' && keys.at(-1) === 'schemaVersion') message = m.badVersion;
		else if (issue.kind === 'schema') {
			const expected = issue.type === 'strict_object' || issue.type === 'object' || issue.type === 'record' ? 'object' : issue.type;
			message = m.expected(typeName(expected), receivedName(issue.input));
		} else message = m.generic;
		out.push({ path, message });
	}
	return out;
}

const decoder = new TextDecoder('utf-8', { fatal: true });

/** Validates a pack file's bytes (UTF-8, BOM allowed). */
export function validatePackBytes(bytes: Uint8Array): PackValidation {
	let text: string;
	try {
		text = decoder.decode(bytes);
	} catch {
		return { ok: false, problems: [{ path: '$', message: m.notText }] };
	}
	return validatePackText(text);
}

/** The parser's complaint in Chinese, with line and column when the engine gives a position. */
function jsonErrorMessage(text: string, e: unknown): string {
	if (text.trim() === '') return m.emptyFile;
	const detail = e instanceof Error ? e.message : '';
	const pos = /position (\d+)/.exec(detail)?.[1];
	if (pos === undefined) return m.notJson(/end of JSON input/.test(detail) ? m.jsonEnded : m.jsonSyntax);
	const before = text.slice(0, Number(pos));
	const line = before.split('\n').length;
	const column = Number(pos) - before.lastIndexOf('\n');
	return m.notJson(m.jsonAt(line, column));
}

/** Validates a pack file's text. */
export function validatePackText(text: string): PackValidation {
	if (text.length > LIMITS.fileChars) {
		return { ok: false, problems: [{ path: '$', message: m.tooLarge((text.length / 1e6).toFixed(1)) }] };
	}
	let parsed: unknown;
	try {
		parsed = JSON.parse(text.replace(/^\uFEFF/, ''));
	} catch (e) {
		return { ok: false, problems: [{ path: '$', message: jsonErrorMessage(text, e) }] };
	}
	return validatePackValue(parsed);
}

/** Validates an already-parsed value (e.g. a built-in pack imported as JSON). */
export function validatePackValue(value: unknown): PackValidation {
	const fail = (problems: PackProblem[]): PackValidation => ({ ok: false, problems });
	const raw = rawProblems(value);
	if (raw.length > 0) return fail(raw);
	if (typeof value !== 'object' || value === null || Array.isArray(value)) return fail([{ path: '$', message: m.notObject }]);
	const obj = value as Record<string, unknown>;
	if (obj.type !== PACK_TYPE) return fail([{ path: '$.type', message: obj.type === undefined ? m.missingType : m.wrongType }]);
	const version = obj.schemaVersion;
	if (version === undefined) return fail([{ path: '$.schemaVersion', message: m.missingVersion }]);
	if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) return fail([{ path: '$.schemaVersion', message: m.badVersion }]);
	if (version > CURRENT_SCHEMA_VERSION) return fail([{ path: '$.schemaVersion', message: m.futureVersion(version, CURRENT_SCHEMA_VERSION) }]);

	let current: unknown = value;
	if (version === 1) {
		const old = v.safeParse(packV1Schema, value);
		if (!old.success) return fail(issueProblems(old.issues));
		current = migrateV1(old.output);
	}
	const result = v.safeParse(packSchema, current);
	if (!result.success) return fail(issueProblems(result.issues));
	const pack = result.output as TemplatePack;
	const semantic = semanticProblems(pack);
	if (semantic.length > 0) return fail(semantic);
	return version < CURRENT_SCHEMA_VERSION ? { ok: true, pack, migratedFrom: version } : { ok: true, pack };
}

/**
 * Every problem of a pack-shaped value at once, for a form checking as the writer types: the
 * schema's issues and the meaning checks together (an import stops at the first stage that
 * fails). The value must have the pack's shape — a form builds it typed — so the meaning checks
 * can read it even where the schema refuses a field.
 */
export function packFormProblems(pack: TemplatePack): PackProblem[] {
	const out: PackProblem[] = [];
	const seen = new Set<string>();
	const add = (p: PackProblem) => {
		const key = `${p.path}\u0000${p.message}`;
		if (!seen.has(key)) {
			seen.add(key);
			out.push(p);
		}
	};
	const result = v.safeParse(packSchema, pack);
	if (!result.success) issueProblems(result.issues).forEach(add);
	semanticProblems(pack).forEach(add);
	return out;
}

/** `path: message` lines, as the command line prints them. */
export function formatProblems(problems: readonly PackProblem[]): string[] {
	return problems.map((p) => `${p.path}: ${p.message}`);
}
