// What the draft-checker benchmark bundles: the draft checker and the built-in packs.
export { DraftChecker, openBlanks } from '../../src/lib/checking';
export { builtinPacks } from '../../src/lib/packs/builtins';
