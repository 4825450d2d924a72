import { describe } from 'vitest';
import { ruleTable, isBlank } from './helpers';

/** Mask forms as template pages mix them (our own sentences): what a run of mask characters hides. */
describe('masks around the link of a route', () => {
	// **至** is no bold 至: bold never holds a lone link, the two ends of the route are masked.
	ruleTable('route ends', isBlank, {
		valid: ['全面完成**三季度**目标，推进湘潭至衡阳高速公路建设。'],
		invalid: [
			'城际铁路加快建设。⟦**⟧至⟦**⟧城际铁路⟦**⟧段完成征地拆迁。',
			'快速通道加快成形。⟦＊＊⟧至⟦＊＊⟧快速通道⟦＊＊⟧标段完成路基。',
			'完成⟦**⟧到⟦**⟧公路改建。'
		]
	});
});

describe('masks before a code in a name', () => {
	// A run of masks, then a capacity or an acronym that belongs to the name, then the name's words:
	// the run hides the name (the code stays).
	ruleTable('name then code', isBlank, {
		valid: ['推进华能200MW渔光互补项目并网，建成县城LNG应急储备站。', '新增装机容量120MW，其中LNG调峰电站1座。'],
		invalid: ['全年新增备案项目9个。⟦***⟧300MW农光互补项目完成并网。', '二是加快⟦**⟧100MW风电场建设；', '⟦XX⟧LNG储配站投入运行。']
	});
});

describe('a masked figure numbering a route', () => {
	// 2X60路 is route 2?60 with a digit hidden, not 2 × 60; 1X路 is no model name.
	ruleTable('route numbers', isBlank, {
		valid: ['开通3路、15路和102路公交线路，4×100米接力获第一名。'],
		invalid: ['新开通⟦2X60⟧路城乡公交，延伸⟦1X⟧路至工业园区。']
	});
});

describe('masked figures typed with spaces or one cell per line', () => {
	// A space typed inside a figure whose head is masked (xx 615 元); a figure with a digit masked
	// alone on its line under its row's unit (亩⏎X0), as a table one cell per line leaves it.
	ruleTable('spaced and one-cell masks', isBlank, {
		valid: ['户均增收 3 615 元，其中务工收入 2 108 元。', '新建泵站\n座\n9\n9\n100%'],
		invalid: ['农户人均可支配收入达到 ⟦xx 615⟧ 元，比上年增加 ⟦x08⟧ 元。', '新修机耕道\n公里\n⟦X2⟧\n⟦1X.5⟧\n100%\n新建蓄水池\n口\n⟦X0⟧\n36\n100%']
	});
});

describe('a name masked after a masked unit and an ideographic space', () => {
	// The heading of a personal summary: the school masked, then the writer's name.
	ruleTable('signature after a unit', isBlank, {
		valid: ['青石县第一中学　王建国\n\n本学年，本人担任初二数学教学。'],
		invalid: ['⟦××⟧县第⟦×⟧中学　⟦×××⟧\n\n本学年，本人担任初二数学教学。']
	});
});

describe('a document number with its serial masked', () => {
	ruleTable('masked serial', isBlank, {
		valid: ['按照县委办〔2026〕12号文件要求，在材料上打×号标出。'],
		invalid: ['按照⟦××⟧委办〔20⟦××⟧〕⟦×⟧号文件要求，开展专项整治。']
	});
});

describe('a masked digit before an area', () => {
	// 2X30 平方米 is one figure with a digit masked: a product of sizes ends in a length or a rating (60×40米, 2×350兆瓦).
	ruleTable('area after a masked digit', isBlank, {
		valid: ['宣传栏尺寸为3×2米，电厂装机2×350兆瓦。'],
		invalid: ['拆除违法建设 ⟦2X30⟧ 平方米，整治背街小巷 ⟦1X⟧ 条。']
	});
});
