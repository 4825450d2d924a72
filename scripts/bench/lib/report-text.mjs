// The checker benchmarks' report text: a small deterministic generator of our own sentences
// (checker.mjs, checker-frames.mjs). `rand` goes on from where the text left it.
// About one sentence in eight has blanks (the seed template has about one blank per hundred characters).
let seed = 42;
// Math.imul keeps the LCG in 32 bits: `seed * 1103515245` as a double passes 2^53, loses its low
// bits, and fell into a short cycle (the old 1M text held about 76,000 characters of distinct lines,
// 19 lines some 400 times each), so every figure before session 10 is on a ~13× repetitive text.
export const rand = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32);
const pick = (xs) => xs[Math.floor(rand() * xs.length)];
const num = () => (rand() * 900 + 10).toFixed(rand() < 0.5 ? 1 : 0);
const filled = [
	() => `全年实现地区生产总值${num()}亿元，同比增长${(rand() * 10).toFixed(1)}%。`,
	() => `完成固定资产投资${num()}亿元，其中工业投资${num()}亿元，占比${num() % 100}%。`,
	() => `新增规模以上企业${Math.floor(rand() * 20)}家，新建高标准农田${num()}亩。`,
	() => `组织开展安全检查${Math.floor(rand() * 200)}次，排查整改隐患${Math.floor(rand() * 500)}处。`,
	() => `学校坚持立德树人，教育教学质量稳步提升，家校共育深入开展。`,
	() => `我们始终把群众满意作为工作的出发点和落脚点，国家级专家多次来院指导。`,
	() => `新签约亿元以上项目${Math.floor(rand() * 30)}个，培育超亿元企业${Math.floor(rand() * 9)}家。`,
	() => `实现了经济增长，规模扩大，增长较快的行业集中在先进制造业。`
];
const blank = [
	() => `全区规模以上企业完成工业总产值亿元，比上年增长，在全市占比。`,
	() => `20xx年，xx镇完成一般公共预算收入万元，完成计划数的。`,
	() => `新增就业岗位个，城镇登记失业率控制在%以内。`,
	() => `aa现代产业园于月日通过省级验收，投资20xx万元。`
];
export function generate(size) {
	const parts = [];
	let n = 0;
	let para = '';
	while (n < size) {
		const s = rand() < 0.125 ? pick(blank)() : pick(filled)();
		para += s;
		if (para.length > 120 + rand() * 200) {
			parts.push(para);
			n += para.length + 1;
			para = '';
			if (rand() < 0.05) {
				parts.push(`${pick(['一', '二', '三', '四'])}、${pick(['主要成绩', '存在问题', '工作计划'])}`);
			}
		}
	}
	return parts.join('\n').slice(0, size);
}

