/**
 * The draft checker's public API: the one owner of "what is a blank" for the editor, 逐项填空,
 * the export gate and highlighting, preview, copy and the command line.
 *
 *   new DraftChecker({pack, year})      → .checkSection(s) incremental, .check(draft) whole draft
 *   openBlanks(report, ignore)          → blank findings left after the writer's ignores
 *   blankFinderFor(report, ignore, ctx) → export's spans per text
 *   draftRules                          → the draft-wide rules (required phrases, title numbering)
 *   context.disabled                    → checks the writer turned off (rule ids, categories)
 *   exportGate(draft, report, ignore)   → what export lists before it goes ahead: blanks, 模板残留, 范文残留
 *   checker.residueOf(body)             → how much of a section is still the draft's 范文 (null without one)
 */
export type * from './types';
export { DraftChecker, samePlace } from './draft-checker';
export { draftRules, type DraftRule, type DraftRuleContext, type DraftReportItem } from './draft-rules';
export { createSectionChecker, createTitleChecker, assignKeys, RULE_FAILED, type TextChecker } from './section-checker';
export { allFindings, openFindings, openBlanks, blankFinderFor, isBlank, type BlankSpan } from './open-blanks';
export { checkingMessages } from './messages';
export { isDisabled } from './disabled';
export { exportGate, gateCounts, gateGroupOf, excerpt, GATE_GROUPS, type ExportGate, type GateEntry, type GateGroup } from './export-gate';
export { sourceIndexOf } from './section-checker';
