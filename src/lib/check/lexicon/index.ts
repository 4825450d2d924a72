/**
 * What the checker knows about how reports state figures, as typed tables with examples:
 * units with their kind, classifiers with what they count, verbs with their roles, and the
 * exceptions frames read. Derived tables are computed in derived.ts. The unit table is the one
 * every consumer uses (checker, plugin rules, skeleton slots, fill-in).
 */
export type * from './types';
export { UNITS, UNIT_BY_TEXT, CAPACITY_KINDS, unitKind } from './units';
export { CLASSIFIERS_TABLE, CLASSIFIER_BY_CHAR, COUNT_COLLOCATIONS, COUNT_KINDS, DE_COUNT_CLASSIFIERS, CLASSIFIERS_IN_WORDS, COUNTED_KINDS } from './classifiers';
export { VERBS, COMPARISONS } from './verbs';
export * from './words';
export * from './names';
export * from './derived';
export * from './exceptions';
export * from './ordinals';
export { findFigures, countFigures, type FigureMatch } from './figures';
export { LIFE_EVENTS, LIFE_YEAR_OPENERS, SERVICE_AGES, CAREER_SPAN_VERBS, SPAN_ADVERBS, EXPERIENCE_NOUNS, NOTES_WRITTEN, PEOPLE_SERVED, MARKED_WORK, PLEDGE_BOUNDS, PLEDGE_COUNTS, PLEDGE_ACTS, STINTS, YEARS_AHEAD, STUDY_ACTS, TERMS } from './career';
export { DOC_YEAR_OPENS, DOC_YEAR_CLOSES, DOC_ISSUER_MAX } from './documents';
