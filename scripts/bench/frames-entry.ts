// What the per-frame benchmark bundles: the checker, its frames and the pieces a line goes through.
export { checkText, builtinRules } from '../../src/lib/check';
export { FRAMES, runFrames } from '../../src/lib/check/frames';
export { fold } from '../../src/lib/check/text/normalize';
export { tag } from '../../src/lib/check/tagger';
export { IncrementalChecker } from '../../src/lib/check';
export { lineChars } from '../../src/lib/check/tagger/line-chars';
