import { describe, expect, test } from 'vitest';
import { FRAMES } from '$lib/check/frames';
import { ruleTable, isBlank } from './helpers';

/** Each frame's own examples are its tests: valid sentences give no blank, invalid ones exactly the marked ones. */
describe('frames', () => {
	test('ids are unique and every frame has examples both ways', () => {
		expect(new Set(FRAMES.map((f) => f.id)).size).toBe(FRAMES.length);
		for (const f of FRAMES) {
			expect(f.examples.valid.length, f.id).toBeGreaterThan(0);
			expect(f.examples.invalid.length, f.id).toBeGreaterThan(0);
			for (const e of f.examples.invalid) expect(e, f.id).toContain('⟦');
		}
	});
	for (const frame of FRAMES) {
		describe(frame.id, () => ruleTable(frame.id, isBlank, { valid: [...frame.examples.valid], invalid: [...frame.examples.invalid] }));
	}
});
