// A long sample report in our own words (no third-party text), for the export benchmark and the
// LibreOffice rendering check. Deterministic: the same size gives the same text.

const CN = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];
const SUBJECTS = ['农田水利建设', '村级集体经济', '基层党组织建设', '营商环境优化', '安全生产监管', '公共服务供给', '生态环境治理', '产业项目招引'];
const VERBS = ['扎实推进', '持续加强', '统筹抓好', '全面落实', '稳步提升', '不断完善'];
const TAILS = [
	'各村按照时间节点倒排工期，逐项明确责任人和完成时限，确保任务按期落地见效',
	'全年累计投入资金{n}万元，惠及群众{m}户，群众满意度明显提高',
	'通过召开现场推进会、开展专项督查等方式，及时发现并整改问题{k}个',
	'建立健全月调度、季通报、年考核的工作机制，形成了上下联动、齐抓共管的良好局面',
	'坚持问题导向和目标导向相结合，把工作重心放在补短板、强弱项上'
];

/** @param {number} i */
function sentence(i) {
	const s = SUBJECTS[i % SUBJECTS.length];
	const v = VERBS[(i * 7) % VERBS.length];
	const t = String(TAILS[(i * 3) % TAILS.length])
		.replace('{n}', String(120 + ((i * 37) % 900)))
		.replace('{m}', String(300 + ((i * 53) % 4000)))
		.replace('{k}', String(5 + (i % 40)));
	return `${v}${s}，${t}。`;
}

/**
 * Builds a Markdown/text report of about `chars` characters.
 * @param {number} [chars]
 * @returns {string}
 */
export function sampleReport(chars = 60000) {
	const lines = ['2026年度青禾镇工作总结', '', '今年以来，在县委、县政府的坚强领导下，我镇坚持稳中求进工作总基调，各项工作取得了新的进展。', ''];
	let size = lines.join('\n').length;
	let i = 0;
	let h1 = 0;
	while (size < chars - 40) {
		const heading = `${CN[h1 % 10]}、${SUBJECTS[h1 % SUBJECTS.length]}工作情况`;
		lines.push(heading, '');
		for (let h2 = 0; h2 < 3 && size < chars - 40; h2++) {
			lines.push(`（${CN[h2]}）${VERBS[(h1 + h2) % VERBS.length]}${SUBJECTS[(h1 + h2 + 1) % SUBJECTS.length]}`);
			lines.push(`1.${sentence(i++)}${sentence(i++)}`);
			lines.push(`一是${sentence(i++)}二是${sentence(i++)}`);
			for (let p = 0; p < 3; p++) lines.push(sentence(i++) + sentence(i++) + sentence(i++), '');
			size = lines.join('\n').length;
		}
		h1++;
	}
	lines.push('', '青禾镇人民政府', '2026年12月28日');
	return lines.join('\n') + '\n';
}
