import { expect, test, vi } from 'vitest';
import { CheckScheduler } from '../../src/lib/editor/schedule';

function setup(duration = 1) {
	let composing = false;
	const run = vi.fn(() => duration);
	const s = new CheckScheduler({ run, isComposing: () => composing, fastDelay: 10, slowDelay: 200, slowThreshold: 8 });
	return { s, run, setComposing: (v: boolean) => (composing = v) };
}

test('a burst of edits is checked once, after the debounce', () => {
	vi.useFakeTimers();
	const { s, run } = setup();
	s.request();
	s.request();
	vi.advanceTimersByTime(5);
	s.request();
	expect(run).not.toHaveBeenCalled();
	vi.advanceTimersByTime(10);
	expect(run).toHaveBeenCalledTimes(1);
	expect(s.pending).toBe(false);
	vi.useRealTimers();
});

test('never checks during an IME composition; checks when it ends', () => {
	vi.useFakeTimers();
	const { s, run, setComposing } = setup();
	setComposing(true);
	s.request();
	vi.advanceTimersByTime(1000);
	expect(run).not.toHaveBeenCalled();
	s.flush();
	expect(run).not.toHaveBeenCalled();
	setComposing(false);
	s.compositionEnded();
	vi.advanceTimersByTime(10);
	expect(run).toHaveBeenCalledTimes(1);
	vi.useRealTimers();
});

test('slow checks get a longer debounce; flush runs a pending check at once', () => {
	vi.useFakeTimers();
	const { s, run } = setup(50);
	s.request();
	vi.advanceTimersByTime(10);
	expect(run).toHaveBeenCalledTimes(1);
	s.request();
	vi.advanceTimersByTime(100);
	expect(run).toHaveBeenCalledTimes(1);
	s.flush();
	expect(run).toHaveBeenCalledTimes(2);
	s.compositionEnded();
	vi.advanceTimersByTime(1000);
	expect(run).toHaveBeenCalledTimes(2);
	vi.useRealTimers();
});
