/** The import's plain-data types: what a file became, what cleaning changed, what the split found. */
import type { SectionKind } from '$lib/model';

/** What a file is, from its bytes (and name). */
export type FileFormat = 'text' | 'html' | 'docx' | 'doc' | 'wps' | 'pdf' | 'image' | 'binary';

/** Text encodings the import reads. */
export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gbk' | 'gb18030';

/** One way to read a text file's bytes, with how plausible it looks (0…1). */
export interface Decoding {
	encoding: TextEncoding;
	text: string;
	score: number;
}

/** A file read into text: the chosen decoding and, when two are close, the alternatives. */
export interface ImportSource {
	fileName: string | null;
	format: 'text' | 'html' | 'docx' | 'paste';
	/** The encoding used ('utf-8' for .docx/.html read as UTF-8 or pasted text). */
	encoding: TextEncoding;
	text: string;
	/** Other decodings that look nearly as good, best first (empty when the choice is clear). */
	alternatives: Decoding[];
}

/** A file that cannot be imported, with the Chinese message saying what to do. */
export interface ImportError {
	error: 'unsupported' | 'corrupt' | 'empty' | 'too-large';
	format: FileFormat;
	message: string;
}

/** The kinds of change cleaning makes; each can be switched off. */
export type ChangeKind =
	| 'intro'
	| 'related-links'
	| 'title-suffix'
	| 'marker'
	| 'notice'
	| 'url'
	| 'watermark'
	| 'join'
	| 'heading-break'
	| 'punct'
	| 'space';

/** One change cleaning made, with source offsets and the text it replaced. */
export interface Change {
	kind: ChangeKind;
	from: number;
	to: number;
	/** The source text replaced (kept so nothing removed is lost). */
	text: string;
	insert: string;
}

/** A section proposed from a sample. */
export interface ImportedSection {
	title: string;
	kind: SectionKind;
	body: string;
}

/** One sample (范文) found in the text. */
export interface ImportedSample {
	title: string;
	/** The first line of its body, for the sample list. */
	firstLine: string;
	/** Characters of body text. */
	length: number;
	/** The report year proposed from the text, or null. */
	year: number | null;
	sections: ImportedSection[];
	/** Offsets into the cleaned text. */
	from: number;
	to: number;
}
