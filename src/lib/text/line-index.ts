/**
 * Where each line of a text starts, found once, so that any number of offsets are placed by a
 * binary search (the CLI places every finding of a file; counting the breaks before each one was
 * quadratic in the file's size).
 */

/** The offset each line starts at (the first is 0); lines end at '\n'. */
export function lineStarts(text: string): number[] {
	const starts = [0];
	for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
	return starts;
}

/** The index (0-based) of the line holding `offset`, given the lines' starts. */
export function lineOf(starts: readonly number[], offset: number): number {
	let lo = 0;
	let hi = starts.length - 1;
	while (lo < hi) {
		const mid = (lo + hi + 1) >> 1;
		if (starts[mid]! <= offset) lo = mid;
		else hi = mid - 1;
	}
	return lo;
}

/** Line and column (both 1-based) of offsets into `text`. */
export function lineIndex(text: string): (offset: number) => { line: number; column: number } {
	const starts = lineStarts(text);
	return (offset) => {
		const l = lineOf(starts, offset);
		return { line: l + 1, column: offset - starts[l]! + 1 };
	};
}
