import JSZip from 'jszip';

export async function openDocx(bytes: Uint8Array) {
	const zip = await JSZip.loadAsync(bytes);
	const read = async (name: string) => {
		const f = zip.file(name);
		if (!f) throw new Error(`${name} missing`);
		return f.async('string');
	};
	return { zip, read, names: Object.keys(zip.files) };
}

/** The <w:p> elements of a part, in order. */
export function paragraphs(xml: string): string[] {
	return xml.match(/<w:p>.*?<\/w:p>|<w:p [^>]*>.*?<\/w:p>/gs) ?? [];
}

/** The visible text of a paragraph. */
export function textOf(p: string): string {
	return [...p.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
}

/** The runs of a paragraph with their text, fonts, size, bold and highlight. */
export function runsOf(p: string) {
	return [...p.matchAll(/<w:r>(.*?)<\/w:r>/gs)].map((m) => {
		const r = m[1] as string;
		const attr = (re: RegExp) => re.exec(r)?.[1];
		return {
			text: textOf(r),
			ascii: attr(/<w:rFonts[^>]*w:ascii="([^"]*)"/),
			eastAsia: attr(/<w:rFonts[^>]*w:eastAsia="([^"]*)"/),
			size: attr(/<w:sz w:val="(\d+)"/),
			bold: /<w:b\/>|<w:b w:val="(true|1|on)"\/>/.test(r),
			highlight: attr(/<w:highlight w:val="([^"]*)"/)
		};
	});
}

/** The style block of a style id in styles.xml. */
export function styleBlock(styles: string, id: string): string {
	const m = new RegExp(`<w:style [^>]*w:styleId="${id}"[^>]*>.*?</w:style>`, 's').exec(styles);
	if (!m) throw new Error(`style ${id} missing`);
	return m[0];
}
