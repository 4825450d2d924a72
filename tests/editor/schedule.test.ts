import { expect, test, vi } from 'vitest';
import { CheckScheduler } from '../../src/lib/editor/schedule';

function setup(duration = 1) {
	let composing = false;
	const run = vi.fn(() => duration);
	const s = new CheckScheduler({ run, isComposing: () => composing, fastDelay: 10, slowDelay: 200, slowThreshold: 8 });
	return { s, run, setComposing: (v: boolean) => (composing = v) };
}

test('a burst of edits is checked once, after the debounce', () => {
	vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'queueMicrotask', 'Date', 'performance'] });
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
	vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'queueMicrotask', 'Date', 'performance'] });
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
	vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'queueMicrotask', 'Date', 'performance'] });
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

test('continuous typing on a slow document is still checked every maxWait', () => {
	vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'queueMicrotask', 'Date', 'performance'] });
	let composing = false;
	const run = vi.fn(() => 50);
	const s = new CheckScheduler({ run, isComposing: () => composing, fastDelay: 0, slowDelay: 150, slowThreshold: 8, maxWait: 400 });
	s.request();
	vi.advanceTimersByTime(1);
	expect(run).toHaveBeenCalledTimes(1);
	// A key every 30 ms for 1.2 s: the 150 ms debounce alone would never fire.
	for (let t = 0; t < 1200; t += 30) {
		s.request();
		vi.advanceTimersByTime(30);
	}
	expect(run.mock.calls.length).toBeGreaterThanOrEqual(3);
	// A composition still holds every check back, maxWait or not.
	composing = true;
	const before = run.mock.calls.length;
	for (let t = 0; t < 1200; t += 30) {
		s.request();
		vi.advanceTimersByTime(30);
	}
	expect(run.mock.calls.length).toBe(before);
	composing = false;
	vi.advanceTimersByTime(400);
	expect(run.mock.calls.length).toBe(before + 1);
	vi.useRealTimers();
});

test('tells its state: pending while a check waits, held while a composition keeps it back, idle once it ran', () => {
	vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'queueMicrotask', 'Date', 'performance'] });
	let composing = false;
	const states: string[] = [];
	const run = vi.fn(() => 1);
	const s = new CheckScheduler({ run, isComposing: () => composing, fastDelay: 10, slowDelay: 200, onState: (st) => states.push(st) });
	expect(s.state).toBe('idle');
	s.request();
	expect(s.state).toBe('pending');
	composing = true;
	vi.advanceTimersByTime(10);
	expect(s.state).toBe('held');
	// Looking again while still composing stays held, and says so only once.
	vi.advanceTimersByTime(1000);
	expect(s.state).toBe('held');
	expect(run).not.toHaveBeenCalled();
	composing = false;
	s.compositionEnded();
	vi.advanceTimersByTime(10);
	expect(run).toHaveBeenCalledTimes(1);
	expect(s.state).toBe('idle');
	expect(states).toEqual(['pending', 'held', 'pending', 'idle']);
	vi.useRealTimers();
});
