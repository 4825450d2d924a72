import { describe, expect, test } from 'vitest';
import { assignKeys, createSectionChecker } from '../../src/lib/checking';
import { builtinPacks } from '../../src/lib/packs/builtins';
import { documentLines } from '../../src/lib/check/text/lines';
import { fold } from '../../src/lib/check/text/normalize';
import { countQuantified, countQuantifiedIn, wording } from '../../plugins/shared/text';
import { hasOpenSlots, hasOpenSlotsIn } from '../../plugins/shared/wait-for-slots';
import type { Finding } from '../../src/lib/check/types';

// Our own sentences, filled and with blanks, as a writer's section reads while being written.
let seed = 3;
const rand = () => (seed = (seed * 1103515245 + 12345) >>> 0) / 2 ** 32;
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
const sentences = [
	() => `全年新签约项目${Math.floor(rand() * 30)}个，协议总投资${(rand() * 90).toFixed(1)}亿元，同比增长${(rand() * 9).toFixed(1)}%。`,
	() => `园区完成规模以上工业总产值１２３亿元，比上年提高。`,
	() => `组织开展企业走访${Math.floor(rand() * 300)}家次，协调解决问题${Math.floor(rand() * 90)}个。`,
	() => '我们坚持问题导向，把服务企业作为第一要务，營商環境持续改善。',
	() => '20__年，aa现代产业园新引进项目____个，总投资＿＿亿元。',
	() => '新增就业岗位个，完成年度目标的【请填写比例】。',
	() => '下一步，力争6月底前建成3个充电站点。',
	() => '全年实现营业收入亿元，同比增长，占全区比重。'
];
const edits = ['5', '0', '个', '亿元', '_', '__', '\n', '【', '】', '，', '万', '％', ''];

function section(): string {
	const paras: string[] = [];
	for (let i = 0; i < 3 + rand() * 8; i++) {
		let p = '';
		for (let j = 0; j < 1 + rand() * 4; j++) p += pick(sentences)();
		paras.push(p);
	}
	return paras.join('\n');
}

function edit(text: string): string {
	const at = Math.floor(rand() * (text.length + 1));
	const cut = rand() < 0.3 ? Math.floor(rand() * 4) : 0;
	return text.slice(0, at) + pick(edits) + text.slice(at + cut);
}

const plain = (fs: Finding[]) => fs.map((f) => ({ ...f }));

describe('per-line reading of the section rules (achievements/quantified, plan, waits-for-slots)', () => {
	test('counting and slot-waiting line by line answer as the whole-text reading does', () => {
		for (let i = 0; i < 400; i++) {
			const text = rand() < 0.2 ? edit(section()) : section();
			const folded = fold(text);
			const withLines = { text, folded, lines: documentLines({ text, folded }) };
			for (const ctx of [withLines, { text, folded }, { text }]) {
				expect(countQuantifiedIn(ctx)).toBe(countQuantified(wording(ctx)));
			}
			expect(hasOpenSlotsIn({ text, lines: withLines.lines } as never)).toBe(hasOpenSlots(text));
			expect(hasOpenSlotsIn({ text } as never)).toBe(hasOpenSlots(text));
		}
	});

	test('an incremental section checker finds after many random edits what a new checker finds, keys included', () => {
		const pack = builtinPacks().find((p) => p.id === 'park-annual-summary')!;
		for (const s of pack.sections) {
			const kind = s.plugin ?? 'free';
			const checker = createSectionChecker({ kind, title: s.title }, { pack, year: 2026 });
			let text = (s.skeleton ? s.skeleton + '\n' : '') + section();
			for (let i = 0; i < 60; i++) {
				// Filling the skeleton's slots now and then, so the rules that wait for slots speak.
				text = rand() < 0.15 ? text.replace(/_{2,}|＿{2,}|【[^【】\n]{0,20}】/, String(Math.floor(rand() * 99))) : edit(text);
				const fresh = createSectionChecker({ kind, title: s.title }, { pack, year: 2026 }).check(text);
				const found = checker.check(text);
				expect(plain(found)).toEqual(plain(fresh));
				// The keys reused from the engine are the keys read afresh from the text.
				expect(assignKeys(text, plain(found)).map((f) => f.key)).toEqual(found.map((f) => f.key));
			}
		}
	}, 60_000);
});
