/**
 * The frame engine: runs frames over one folded line and passes their findings on. Generic —
 * it knows no frame by name; which frames exist and what they read is data (index.ts).
 */
import type { Frame, FrameOutput, Line } from './types';
import { lineSites } from './sites';
import { tag, type Token } from '../tagger';

/** Runs `frames` over the folded line `s`, in order, into `out`. */
export function runFrames(frames: readonly Frame[], s: string, out: FrameOutput, before = '', after = ''): void {
	let tokens: Token[] | undefined;
	const line: Line = { s, sites: lineSites(s), before, after, tags: () => (tokens ??= tag(s)) };
	for (const frame of frames) {
		if (frame.applies && !frame.applies(line)) continue;
		frame.find(line, out);
	}
}
