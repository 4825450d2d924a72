import { describe } from 'vitest';
import { ruleTable, isBlank } from './helpers';

/**
 * quiet6 (session 15): items of a list of names, where a classifier or a count unit ends a word
 * and no figure ever stood (text/lists.ts, read by missing-number). Our own sentences.
 */
describe('lists of names, not of counts', () => {
	ruleTable('name lists', isBlank, {
		valid: [
			// a list of kinds closed by 等, no count in any item
			'对外购冲压件、轴承、电机等关键部件开展比价。',
			'从比赛场次、出勤情况、队员表现等维度考核教练。',
			'梳理采购批次、到货时间、验收结论等信息。',
			// a list closed by the count of its kinds
			'台账分为采购批次、入库批次、出库批次三类。',
			'主要产品有弯头件、三通件、法兰件三大类。',
			// single characters listed in a slogan
			'严格落实"人、车、路"三同步。',
			'雨季落实"人、\n车、路、桥"联防管理。',
			// a chain of a slogan: each item opens with the last character of the one before
			'实现"网连户、户连格、格连片"全覆盖。'
		],
		invalid: [
			// a list of counts keeps its gaps, 等 or not
			'全年培训⟦⟧人次、发放资料⟦⟧份。',
			'检查企业⟦⟧家、整改隐患⟦⟧处，',
			'新建站点⟦⟧个、改造管网⟦⟧公里等，',
			// 等 after an ordinal is part of a prize: 一等奖 holds no 等 closing a list
			'评出一等奖⟦⟧名、二等奖⟦⟧名。'
		]
	});
});

describe('places named by 在…处', () => {
	ruleTable('places', isBlank, {
		valid: ['不得在服务对象处报销个人开支。', '驻场人员在承包商处核对工程量。'],
		invalid: ['在沿线设置⟦⟧处警示标志，', '在全县排查⟦⟧处隐患点，']
	});
});

describe('a manner of counting', () => {
	ruleTable('manner', isBlank, {
		valid: ['实行按件计酬，巡演按场次结算，社区网格员逐户走访。', '各片区推介会按\n场次、频次统计。'],
		invalid: ['护林补助按⟦⟧元/亩发放到户。']
	});
});

describe('a classifier in the name of a system', () => {
	ruleTable('system names', isBlank, {
		valid: ['全面推行干部联系户制度，实行一村一策。'],
		invalid: ['全年建立⟦⟧项制度，配套出台实施细则。']
	});
});
