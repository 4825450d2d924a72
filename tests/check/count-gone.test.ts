import { describe, expect, test } from 'vitest';
import { ruleTable, isBlank } from './helpers';

/**
 * Counts whose figure is gone between a noun and the classifier that counts it (档案共计盒。,
 * 创作歌曲首，, 淘汰柴油货车辆；): when is "noun + classifier" a count, and when a word
 * (企业家, 银行家, 覆盖面)? Our own sentences, filled (valid) and with the figure gone (invalid).
 */
describe('a noun and the classifier that counts it (the collocation table)', () => {
	ruleTable('collocated nouns after an opening verb', isBlank, {
		valid: [
			'更换老化电缆36根，新装路灯120盏。',
			'全年创作原创歌曲8首，出版诗文集2册，扶持本土影视作品3部。',
			'为老旧小区加装电梯14部，惠及住户860户。',
			'整理历史档案共计2400盒。',
			'建立问题整改台账6本，逐项销号。',
			'拆除破损广告牌45块，淘汰老旧柴油货车120辆；',
			'馆藏电子期刊3.2万种，纸质图书86万册。',
			'这首歌曲，唱出了群众的心声。',
			'规范停放各类车辆，查扣违规车辆，加强运输车辆管理。',
			'综合排名位居全省榜首，全部作品均为原创。'
		],
		invalid: [
			'更换老化电缆⟦⟧根，新装路灯⟦⟧盏。',
			'全年创作原创歌曲⟦⟧首，出版诗文集⟦⟧册，扶持本土影视作品⟦⟧部。',
			'为老旧小区加装电梯⟦⟧部，惠及住户860户。',
			'整理历史档案共计⟦⟧盒。',
			'建立问题整改台账⟦⟧本，逐项销号。',
			'拆除破损广告牌⟦⟧块，淘汰老旧柴油货车⟦⟧辆；',
			'馆藏电子期刊⟦⟧万种，纸质图书86万册。'
		]
	});
	ruleTable('a magnitude or 余 before the classifier, its own figure gone', isBlank, {
		valid: ['开展燃气入户安检12.6万户次，排查隐患。', '全月清理违规占道经营300余起，其余路段正常。'],
		invalid: ['开展燃气入户安检⟦⟧万户次，排查隐患。', '全月清理违规占道经营⟦⟧余起，安置流动摊贩⟦⟧户。']
	});
});

describe('words that end in a classifier, and when they count', () => {
	ruleTable('企业家 after a verb or 其中 counts firms; after 的 or a word for people it is the entrepreneur', isBlank, {
		valid: [
			'本季度走访辖区企业32家，收集问题诉求56条。',
			'表彰优秀企业家，弘扬企业家精神。',
			'全镇现有市场主体1200户，其中企业260家、个体工商户940户。'
		],
		invalid: [
			'本季度走访辖区企业⟦⟧家，收集问题诉求⟦⟧条。',
			'全镇现有市场主体1200户，其中企业⟦⟧家、个体工商户⟦⟧户。',
			'辖区监管企业共⟦⟧户，资产总额持续增长。'
		]
	});
	ruleTable('glued words that only look like counts', isBlank, {
		valid: ['扩大社会保险覆盖面。', '全年发放贷款3.2亿元，个贷率保持在80%以上。', '在全县通报典型案例，起到了警示作用。'],
		invalid: []
	});
});

describe('a count beside another count of the same classifier', () => {
	ruleTable('the neighbouring item or clause holds a figure and the same classifier', isBlank, {
		valid: ['毕业生中升入本科院校120人、直接就业52人。', '交通事故死亡3人，受伤5人。', '开发校本教材6本，其中3本获评优秀。'],
		invalid: ['毕业生中升入本科院校⟦⟧人、直接就业52人。', '交通事故死亡3人，受伤⟦⟧人。', '开发校本教材⟦⟧本，其中3本获评优秀。', '新增校企合作企业⟦⟧家，累计达到64家。']
	});
});

describe('the collocation table (lexicon/classifiers.ts COUNT_COLLOCATIONS)', async () => {
	const { COUNT_COLLOCATIONS } = await import('$lib/check/lexicon');
	const { checkText } = await import('$lib/check');
	test('every row counts its nouns in its example, figure written', () => {
		for (const c of COUNT_COLLOCATIONS) {
			expect(c.nouns.length, c.classifier).toBeGreaterThan(0);
			expect(c.example, c.classifier).toMatch(new RegExp(`[0-9.]+(?:万)?${c.classifier}$`));
			expect(checkText(c.example + '。').filter((f) => f.blank).map((f) => f.message), c.example).toEqual([]);
		}
	});
	test('every example with its figure deleted is a blank there', () => {
		for (const c of COUNT_COLLOCATIONS) {
			const gone = c.example.replace(/[0-9.]+/, '') + '。';
			const at = c.example.search(/[0-9]/);
			expect(checkText(gone).filter((f) => f.blank).map((f) => f.from), gone).toEqual([at]);
		}
	});
});
