/**
 * The checker's public types: rules as data plus a factory (ESLint/textlint style), findings as
 * plain data with UTF-16 offsets. Pure TypeScript: no DOM, no Svelte, no console.
 */

export type Severity = 'error' | 'warning' | 'info';

/**
 * What a finding is about. `blank` is a placeholder left unfilled (masked year, masked name,
 * masked number, missing number); the others are their own categories: `style` is official
 * writing style (全角标点, 引号, 年份写法), `residue` is text still as the imported 范文 had it.
 */
export type Category = 'blank' | 'leftover' | 'numbering' | 'format' | 'content' | 'style' | 'residue';

/** The kind of blank, so a fill-in form can ask for the right thing. */
export type BlankKind = 'masked-year' | 'masked-name' | 'masked-number' | 'missing-number';

/** An edit a fix proposes: replace [from, to) with `insert`. Fixes only describe edits. */
export interface TextEdit {
	from: number;
	to: number;
	insert: string;
}

/** What a rule reports through its context. Offsets are relative to the checked text. */
export interface Report {
	from: number;
	to: number;
	messageId: string;
	data?: Record<string, string | number>;
	fix?: TextEdit | TextEdit[];
	/** For blanks: what is missing, so the fill-in form can ask for it. */
	blank?: BlankInfo;
}

/** What a blank asks for ("工业总产值", unit "亿元", kind number). */
export interface BlankInfo {
	kind: BlankKind;
	/** The measure or thing named by the context, e.g. 工业总产值; empty when unknown. */
	label: string;
	/** The unit the value is written in, e.g. 亿元, %, 家; empty when none. */
	unit: string;
	/** What kind of value to type: a number, a year, a name, a date or free text. */
	valueKind: 'number' | 'percent' | 'year' | 'name' | 'date' | 'text';
	/** What the writer had here before, shown beside the field, e.g. 上年：35.2 亿元 (slots of a
	 *  draft made from last year's report); absent when there is nothing to recall. */
	hint?: string;
}

/** A finding: plain data, safe to store, send and serialise. */
export interface Finding {
	rule: string;
	category: Category;
	severity: Severity;
	/** UTF-16 offsets into the checked text, end exclusive; from === to for a zero-width gap. */
	from: number;
	to: number;
	/** 1-based line and column (column counted in UTF-16 code units) of `from`. */
	line: number;
	column: number;
	messageId: string;
	/** The Chinese message with its data filled in. */
	message: string;
	fix?: TextEdit[];
	blank?: BlankInfo;
	/**
	 * A key that identifies this finding independently of where it sits in the text (rule +
	 * surrounding characters), so an ignore list survives edits elsewhere.
	 */
	key: string;
}

/** Static description of a rule. */
export interface RuleMeta {
	id: string;
	category: Category;
	defaultSeverity: Severity;
	/** Chinese message templates by id; `{name}` is replaced from the report's data. */
	messages: Record<string, string>;
	/** One Chinese sentence for settings screens. */
	description: string;
	/**
	 * A zero-width finding at the very end of a line is dropped when the next line opens with a
	 * figure (产值突破⏎520亿元): the text was wrapped by hand and the figure is there.
	 */
	wrapsToNextLine?: boolean;
	/**
	 * The options the rule takes (ESLint-style `meta.schema`); a pack's options for the rule are
	 * validated against it. Absent: the rule takes no options.
	 */
	schema?: OptionsSchema;
}

/**
 * A small JSON-Schema subset describing rule options. Every array and string states its size
 * limit, so a pack cannot hand a rule an unbounded value.
 */
export type OptionsSchema =
	| { type: 'object'; properties: Record<string, OptionsSchema>; required?: readonly string[]; additionalProperties?: false }
	| { type: 'array'; items: OptionsSchema; maxItems: number; minItems?: number }
	| { type: 'string'; maxLength: number; minLength?: number; enum?: readonly string[] }
	| { type: 'integer' | 'number'; minimum?: number; maximum?: number }
	| { type: 'boolean' };

/**
 * A document's lines. Between two checks of an edited text, the lines the edit did not touch
 * are the same strings, so a rule may cache what it reads from a line by the line's text.
 */
export interface DocumentLines {
	/** Start offset of every line in the text. */
	readonly starts: readonly number[];
	/** Every line of the folded text, split at \n (a \r before it kept). */
	readonly folded: readonly string[];
	/** The same lines of the text as written. */
	readonly text: readonly string[];
}

/** What a rule's `create` receives. */
export interface RuleContext {
	/** The whole text being checked (one paragraph or block when the engine checks incrementally). */
	readonly text: string;
	/**
	 * `text` folded for matching: traditional characters as simplified, full-width ASCII as
	 * half-width, the ideographic space as a space. Same length and offsets as `text`. Always set
	 * by the engine; optional so rules can be tested with a hand-made context.
	 */
	readonly folded?: string;
	/**
	 * For paragraph rules: the folded end of the previous non-blank line and the start of the
	 * next one (at most 16 characters each) when the sentence runs on across the line break, as
	 * in text extracted from PDF (营业收入⏎xx⏎万元) or wrapped by hand; '' when a sentence ends there.
	 */
	readonly before?: string;
	readonly after?: string;
	/**
	 * For paragraph rules: which rare characters the folded line holds (the LC_* bits of
	 * tagger/line-chars.ts), computed once per line for every rule; read with `charsOf`.
	 */
	readonly chars?: number;
	/**
	 * For document rules: the text's lines as the engine split them (read them with
	 * `documentLines(ctx)`, which splits the text itself when this is absent).
	 */
	readonly lines?: DocumentLines;
	/** The rule's options from the active configuration (template pack or writer settings). */
	readonly options: Readonly<Record<string, unknown>>;
	report(report: Report): void;
}

/** A rule: meta plus a factory. `create` runs the check for one text unit. */
export interface Rule {
	meta: RuleMeta;
	/**
	 * Scope: 'paragraph' rules see one paragraph at a time (their findings are reused for
	 * unchanged paragraphs); 'document' rules see the whole text (numbering, leftovers).
	 */
	scope: 'paragraph' | 'document';
	create(context: RuleContext): void;
}

/** Per-rule settings: 'off', a severity, or a severity with options. */
export type RuleSetting = 'off' | Severity | { severity: Severity | 'off'; options?: Record<string, unknown> };

/** The configuration a check runs with. */
export interface CheckConfig {
	rules?: Record<string, RuleSetting>;
	/** Extra rules contributed by section plugins or packs. */
	extraRules?: Rule[];
	/** Finding keys the writer marked as intended (忽略此处). */
	ignore?: ReadonlySet<string> | readonly string[];
}
