// What the scaling benchmark bundles: the public functions a writer's text goes through.
export { checkText } from '../../src/lib/check';
export { openFile, importText, isImportError } from '../../src/lib/import';
export { parseReport } from '../../src/lib/export/parse-report';
export { buildOutput } from '../../src/lib/export/formats';
export { defaultSettings } from '../../src/lib/export/settings';
