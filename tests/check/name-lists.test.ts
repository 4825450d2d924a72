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
			'对外购紧固件、轴承、电机等关键部件开展比价。',
			'从比赛场次、出勤情况、队员表现等维度考核教练。',
			'梳理采购批次、到货时间、验收结论等信息。',
			// single characters listed in a slogan
			'落实"车、路、人、企"联动监管。',
			'推行"户、厂、站"分类收集，实行"人、\n物、技、防"四位一体管理。',
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
