import { describe } from 'vitest';
import { ruleTable, isBlank } from './helpers';

/**
 * quiet6 (session 15): kinds of false alarm found on filled reports of our own
 * (fixtures/filled-quiet6-*): a model's code whose letter follows digits, the seats of a table.
 */
describe('model codes and seats', () => {
	ruleTable('codes and seats', isBlank, {
		valid: [
			// a letter inside a model's code (L48T4X), not a road's code opening with its letter (G3**)
			'机房新增汇聚交换机S6730-H48T4X两台。',
			'采购网关型号AR6140-16G4XG四套。',
			// 人位: the seats of a table, a classifier and a unit that make one unit after a figure (COMPOUND_COUNT_UNITS)
			'宴会厅配10人位圆桌40张，包厢为（12人位，含服务费）。'
		],
		invalid: ['途经G⟦3**⟧线的路段实行交通管制。', '所内有合伙人⟦⟧位，专职律师⟦⟧名。']
	});
});
