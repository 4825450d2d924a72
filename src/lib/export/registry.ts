/**
 * One builder per block kind per output format. Each format (docx, html, text, markdown,
 * preview pages) keeps a table `{ heading, paragraph, …, table }` of functions instead of a
 * switch on the block kind; `extendBuilders` makes a format's table with some builders replaced
 * (a plugin printing its section its own way, a house style), and every build function takes
 * such a table as an option.
 */
import type { Block, BlockKind, BlockOf } from './document';

/** Where a block sits: its index and the whole list, for builders that look at neighbours. */
export interface BlockPlace {
	index: number;
	blocks: readonly Block[];
}

/** A format's builders: for each block kind, the block → that format's output pieces. */
export type Builders<Ctx, Out> = { [K in BlockKind]: (block: BlockOf<K>, ctx: Ctx, place: BlockPlace) => Out[] };

/** Runs the matching builder for every block, in order. */
export function buildBlocks<Ctx, Out>(builders: Builders<Ctx, Out>, blocks: readonly Block[], ctx: Ctx): Out[] {
	const out: Out[] = [];
	blocks.forEach((block, index) => {
		const build = builders[block.kind] as (b: Block, c: Ctx, p: BlockPlace) => Out[];
		for (const piece of build(block, ctx, { index, blocks })) out.push(piece);
	});
	return out;
}

/** A copy of a format's builders with some replaced. */
export function extendBuilders<Ctx, Out>(base: Builders<Ctx, Out>, more: Partial<Builders<Ctx, Out>>): Builders<Ctx, Out> {
	return { ...base, ...more } as Builders<Ctx, Out>;
}
