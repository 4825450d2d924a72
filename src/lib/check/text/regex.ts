/**
 * Text made safe for a RegExp, in one place: a literal anywhere in a pattern (escapeRe) and the
 * body of a character class (escapeClass: a hyphen would make a range there, a caret negate it).
 * Both stay valid under the u flag (the editor's find compiles its queries with it).
 */

/** Escapes a literal for use in a RegExp: 1.5% → 1\.5%, (万元) → \(万元\). */
export const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Escapes characters for the inside of a character class: -—~ → \-—~, so [\-—~] holds three characters. */
export const escapeClass = (s: string): string => s.replace(/[\]\\^-]/g, '\\$&');
