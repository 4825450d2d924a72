import { describe } from 'vitest';
import { ruleTable, isBlank } from './helpers';

// Shapes a masked figure or name takes that say what it hides (session 11).
describe('mask shapes', () => {
	// A thousands separator is a figure's mark: a token grouped by it is a number, masked whole or
	// in part, and its span starts at its first digit.
	ruleTable('a masked figure with a thousands separator', isBlank, {
		valid: ['全乡存栏生猪3,600头，出栏2,150头。', '分别为1,2,3号楼。'],
		invalid: [
			'全乡存栏生猪⟦x,xxx⟧头，出栏羊只⟦2,xx0⟧只。',
			'合作社养殖山羊⟦1,xxx⟧只，带动农户⟦xx,x50⟧户。',
			'年末存栏奶牛⟦1,X00⟧头。'
		]
	}, undefined, 'masked-number');
	// A classifier that counts the thing named right before a mask makes the mask its count (奶牛xx头,
	// 锦旗××面), though the same classifier opens names elsewhere (xx支队, xx门诊).
	ruleTable('a mask counted by the classifier of the noun before it', isBlank, {
		valid: [],
		invalid: ['全乡存栏奶牛⟦xxxx⟧头，能繁母猪⟦xx⟧头。', '收到群众赠送的锦旗⟦××⟧面。', '更换老旧电杆⟦xx⟧根。']
	}, undefined, 'masked-number');
	ruleTable('a classifier that opens a name after a mask that counts nothing', isBlank, {
		valid: [],
		invalid: ['组建⟦xx⟧支队开展巡查。', '联合⟦××⟧门诊部开展义诊。']
	}, undefined, 'masked-name');
	// A figure alone on its line, the unit opening the next (总户数⏎8X36⏎户): read with that unit,
	// as on one line, so a mask between digits is no product.
	ruleTable('a masked figure alone on its line before its unit', isBlank, {
		valid: ['展板尺寸为\n3x4\n米。'],
		invalid: ['全村登记户数\n⟦5X27⟧\n户，常住人口2380人。', '累计接待来访群众\n⟦1X6⟧\n人次，化解矛盾纠纷。']
	}, undefined, 'masked-number');
	// A decimal point between masks (x.x, ××.×) is a figure's, wherever it stands.
	ruleTable('a masked decimal', (f) => f.rule === 'masked-number', {
		valid: ['详见附件 x.docx。'],
		invalid: ['退耕还林 万亩 ⟦x.x⟧ 2.4', '造林绿化 公顷 ⟦××.×⟧ 58.2 12.5', '全年道路交通万车死亡率为\n⟦0.0x⟧\n，较上年有所下降。']
	}, undefined, 'masked-number');
	// A lone * or × between two characters, inside a word that a unit's suffix closes, hides part
	// of the name (委托*勘察设计院, 第×届国际*交易会, 老×调解室): a footnote mark or a sign of
	// multiplication never stands inside a word.
	ruleTable('a lone mask inside a name', isBlank, {
		valid: ['注：带*号的为预计数。', '规格为3×4米，共12块。', '完成投资3.2亿元*'],
		invalid: ['委托⟦*⟧勘察设计院编制方案。', '组团参加国际⟦*⟧交易会。', '在社区设立“老⟦×⟧调解室”。', '引进⟦×⟧生物研究院落户园区。']
	}, undefined, 'masked-name');
	// A telephone number masked: area code and number are one blank.
	ruleTable('a masked telephone number', isBlank, {
		valid: ['服务热线：0571-88886666。'],
		invalid: ['监督电话：⟦0xxx-xxxxxxx⟧。', '咨询电话：⟦02x-8xxxxxxx⟧，欢迎来电。']
	}, undefined, 'masked-number');
	// A product before a unit of power is a count of units times their rating (2×350兆瓦), not a digit masked.
	ruleTable('a product before a rating', isBlank, {
		valid: ['电厂装机容量为2×350兆瓦，年发电量稳定。', '新建4×25万千瓦风电机组。', '更换2×800千伏安变压器。'],
		invalid: ['全年新增光伏装机⟦3x6⟧户。']
	}, undefined, 'masked-number');
	// A bold pair whose span is a unit's suffix alone, glued to another unit's name: two masks.
	ruleTable('a masked group name before a masked company name', isBlank, {
		valid: ['**集团公司**召开年度工作会议。'],
		invalid: ['⟦**⟧集团⟦**⟧置业有限公司\n2026年工作计划']
	}, undefined, 'masked-name');
});
