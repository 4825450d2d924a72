// A long report as a writer pastes it from a template site: our own sentences, with the figures
// and names masked the way such sites mask them (20__年, xx镇, 亿元 with no number, 同比增长，).
const paragraphs = [
	'20__年，在区委、区政府的坚强领导下，xx镇党委团结带领全镇干部群众，紧扣年初目标任务，稳中求进抓落实。',
	'全年完成地区生产总值亿元，同比增长，其中规模以上工业增加值亿元，占比提高个百分点。',
	'固定资产投资完成万元，新开工项目个，竣工投产项目个，招商引资到位资金亿元。',
	'新建高标准农田亩，粮食播种面积稳定在万亩以上，农村居民人均可支配收入元，增长%。',
	'城乡环境整治持续推进，拆除违章建筑处，清理河道公里，新增绿化面积平方米。',
	'民生实事全部兑现：新增城镇就业人，发放各类补助资金万元，改造老旧小区个，惠及居民户。',
	'教育、卫生、文化事业协调发展，新建幼儿园所，组织送戏下乡场次，举办技能培训期，培训人次。',
	'安全生产形势总体平稳，开展隐患排查次，整改问题项，全年未发生较大以上安全事故。',
	'党建引领作用更加突出，发展党员名，整顿软弱涣散村党组织个，选派第一书记名驻村帮扶。',
	'作风建设常抓不懈，开展谈心谈话人次，查处违反中央八项规定精神问题起，处理人。'
];

/** About 3,000 characters in 60 paragraphs, every one with blanks left to fill. */
export const longSample = Array.from({ length: 6 }, (_, round) =>
	paragraphs.map((p) => (round === 0 ? p : p.replace('全年', `第${'一二三四五'[round - 1]}季度`))).join('\n')
).join('\n');

/** A short sample as saved from a template site, headings and masked figures included. */
export const shortSampleFile = [
	'2025年度xx社区工作总结',
	'一、基本情况',
	'本社区共有居民楼栋，常住人口户人，今年新建党群服务站个。',
	'二、主要工作及成效',
	'全年开展志愿服务次，参与群众人次，调解邻里纠纷起。',
	'三、存在的问题',
	'服务覆盖面还不够广，老旧小区改造进度偏慢。',
	'四、下一步工作计划',
	'20__年将继续推进加装电梯工作，力争完成台。'
].join('\n');
