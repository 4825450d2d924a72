import type * as v from 'valibot';
import { issueText, valueKinds } from '../messages/app';

/** `drafts[3].sections[0].body` from a list of keys. */
export function formatPath(keys: ReadonlyArray<string | number>): string {
	let out = '';
	for (const k of keys) {
		if (typeof k === 'number') out += `[${k}]`;
		else out += /^[A-Za-z_$][\w$]*$/.test(k) ? (out ? `.${k}` : k) : `[${JSON.stringify(k)}]`;
	}
	return out || issueText.root;
}

function kindOf(value: unknown): string {
	if (value === null) return valueKinds.null!;
	if (Array.isArray(value)) return valueKinds.array!;
	return valueKinds[typeof value] ?? typeof value;
}

/** One valibot issue as `path：问题` in Chinese; `prefix` is the row's own place in a file. */
export function describeIssue(issue: v.BaseIssue<unknown>, prefix: ReadonlyArray<string | number> = []): string {
	const keys = [...prefix, ...(issue.path ?? []).map((p) => p.key as string | number)];
	const path = formatPath(keys);
	const received = issue.input;
	let what: string;
	if (issue.kind === 'schema' && issue.type === 'object' && received === undefined) what = issueText.missing;
	else if (issue.type === 'literal' || issue.type === 'picklist') what = issueText.oneOf(issue.expected ?? '');
	else if (issue.type === 'max_length') what = issueText.tooLong(String(issue.requirement ?? ''));
	else if (issue.type === 'min_length') what = issueText.tooShort;
	else if (issue.type === 'integer') what = issueText.notInteger;
	else if (issue.type === 'finite') what = issueText.notFinite;
	else if (issue.type === 'min_value' || issue.type === 'max_value') what = issueText.outOfRange(String(issue.requirement ?? ''));
	else if (issue.kind === 'schema') what = issueText.expected(valueKinds[issue.type] ?? issue.type, kindOf(received));
	else what = issueText.other(issue.message);
	return issueText.at(path, what);
}
