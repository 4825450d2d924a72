/** Widths in body characters: CJK and full-width forms take one, ASCII and half-width half. */
export function widthChars(text: string): number {
	let w = 0;
	for (const ch of text) w += isHalfWidth(ch) ? 0.5 : 1;
	return w;
}

export function isHalfWidth(ch: string): boolean {
	const c = ch.codePointAt(0) ?? 0;
	return c < 0x1100 || (c >= 0xff61 && c <= 0xffdc);
}

/**
 * §7.3.5 (no seal): the signature is right-aligned two characters in; the date goes under it with
 * its first character two characters right of the signature's first; when the date is the longer,
 * the date keeps two characters in and the signature moves left. Returns right indents in chars.
 */
export function signatureIndents(signatureWidths: number[], dateWidth: number | null, sealed = false): { signature: number[]; date: number } {
	if (sealed) return sealedIndents(signatureWidths, dateWidth);
	const s = Math.max(0, ...signatureWidths);
	if (dateWidth === null) return { signature: signatureWidths.map(() => 2), date: 2 };
	const date = Math.max(2, s - dateWidth);
	// Longest signature line starts 2 chars left of the date; shorter lines align on the right.
	const sig = date + dateWidth + 2 - s;
	return { signature: signatureWidths.map(() => sig), date };
}

/**
 * §7.3.5.1 (with a seal): the date four characters in from the right, each signature line centred
 * over it (a line wider than the date keeps at least two characters in). Right indents in chars.
 */
function sealedIndents(signatureWidths: number[], dateWidth: number | null): { signature: number[]; date: number } {
	const date = 4;
	const centre = dateWidth ?? Math.max(0, ...signatureWidths);
	return { signature: signatureWidths.map((w) => Math.max(2, date + (centre - w) / 2)), date };
}

/**
 * §7.3.4 附件说明: "附件：" two characters in, items numbered "1." when there are several; a long
 * name wraps under its own first character. Returns, per item, the left indent of the wrapped
 * lines and the first line's offset from it (negative: hanging), in characters.
 */
export function attachmentIndents(count: number, indentChars = 2): { left: number; first: number }[] {
	const label = 3; // 附件：
	const out: { left: number; first: number }[] = [];
	for (let i = 0; i < count; i++) {
		const num = count > 1 ? widthChars(`${i + 1}.`) : 0;
		const left = indentChars + label + num;
		out.push({ left, first: i === 0 ? -(label + num) : -num });
	}
	return out;
}
