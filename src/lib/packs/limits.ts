/** Size limits a pack must respect; generous for real packs, tight enough to refuse junk. */
export const LIMITS = {
	fileChars: 8_000_000,
	anyString: 50_000,
	depth: 10,
	values: 50_000,
	name: 60,
	author: 60,
	description: 1000,
	sections: 30,
	title: 40,
	guidance: 20_000,
	// A whole section of a real report, made into a skeleton by 存为模板包, fits.
	skeleton: 20_000,
	skeletons: 12,
	skeletonName: 40,
	slots: 200,
	slotName: 40,
	slotLabel: 40,
	slotUnit: 10,
	slotHint: 60,
	phraseGroups: 20,
	phrasesPerGroup: 60,
	phrase: 300,
	rules: 200,
	checkItems: 300,
	checkItem: 60
} as const;
