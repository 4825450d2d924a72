/**
 * Rule options checked against the schema the rule declares (`meta.schema`): types, ranges,
 * allowed words, and size limits on every array and string, each refusal with its JSON path.
 */
import type { OptionsSchema } from '$lib/check/types';
import { typeName, validationMessages as m } from '$lib/messages/packs';
import { formatPath } from './path';
import type { PackProblem } from './types';

const MAX_PROBLEMS = 20;

function kindOf(value: unknown): string {
	if (value === null) return 'null';
	if (Array.isArray(value)) return 'array';
	return typeof value;
}

/** Problems of `value` against `schema`; `path` is where `value` sits in the pack. */
export function optionProblems(schema: OptionsSchema, value: unknown, path: readonly (string | number)[]): PackProblem[] {
	const out: PackProblem[] = [];
	const at = (p: readonly (string | number)[]) => formatPath(p);
	const walk = (s: OptionsSchema, v: unknown, p: readonly (string | number)[]): void => {
		if (out.length >= MAX_PROBLEMS) return;
		const kind = kindOf(v);
		const expect = (name: string) => out.push({ path: at(p), message: m.expected(typeName(name), typeName(kind)) });
		switch (s.type) {
			case 'object': {
				if (kind !== 'object') return void expect('object');
				const obj = v as Record<string, unknown>;
				for (const key of s.required ?? []) if (!(key in obj)) out.push({ path: at([...p, key]), message: m.missing });
				for (const [key, item] of Object.entries(obj)) {
					const inner = s.properties[key];
					if (inner) walk(inner, item, [...p, key]);
					else if (s.additionalProperties === false) out.push({ path: at([...p, key]), message: m.unknownOption });
				}
				return;
			}
			case 'array': {
				if (kind !== 'array') return void expect('array');
				const arr = v as unknown[];
				// Refused before any item is looked at: a huge list costs nothing to refuse.
				if (arr.length > s.maxItems) return void out.push({ path: at(p), message: m.tooMany(s.maxItems) });
				if (s.minItems !== undefined && arr.length < s.minItems) return void out.push({ path: at(p), message: m.tooFew(s.minItems) });
				arr.forEach((item, i) => walk(s.items, item, [...p, i]));
				return;
			}
			case 'string': {
				if (kind !== 'string') return void expect('string');
				const str = v as string;
				if (str.length > s.maxLength) out.push({ path: at(p), message: m.tooLong(s.maxLength) });
				else if (s.minLength !== undefined && str.length < s.minLength) out.push({ path: at(p), message: m.empty });
				else if (s.enum && !s.enum.includes(str)) out.push({ path: at(p), message: m.oneOf(s.enum.join('、')) });
				return;
			}
			case 'integer':
			case 'number': {
				if (kind !== 'number' || !Number.isFinite(v as number)) return void expect('number');
				const n = v as number;
				if (s.type === 'integer' && !Number.isInteger(n)) out.push({ path: at(p), message: m.notInteger });
				else if ((s.minimum !== undefined && n < s.minimum) || (s.maximum !== undefined && n > s.maximum))
					out.push({ path: at(p), message: m.outOfRange(s.minimum ?? '', s.maximum ?? '') });
				return;
			}
			case 'boolean':
				if (kind !== 'boolean') expect('boolean');
		}
	};
	walk(schema, value, path);
	return out;
}
