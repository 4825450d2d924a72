/** Template packs: schema, validation, migration, rules, import/export decisions. */
export * from './types';
export { validatePackBytes, validatePackText, validatePackValue, formatProblems } from './validate';
export { builtinPacks, builtinSources, isBuiltinId } from './builtins';
export { exportPackJson, packFileName } from './transfer';
export { importSituation, decisionsFor, compareVersions, asCopy, type ImportDecision, type ImportSituation } from './conflict';
export { packRules, packSectionRules, packDocumentRules, sectionCheckConfig, packSectionFor, FORBIDDEN_RULE_ID, REQUIRED_RULE_ID } from './rules';
export { ALLOWED_PLUGINS } from './semantic';
export { packSkeletons, startingText } from './skeletons';
