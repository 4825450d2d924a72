import { describe } from 'vitest';
import { ruleTable, isBlank } from './helpers';

/**
 * counts4 (session 13): a note in brackets between a measure's name and its unit (复合肥施用量（实物量）
 * 公斤, 资本充足率（CAR）%): nothing fills "）+ unit", so the figure is gone before the unit. Our own sentences.
 */
describe('a bracketed note after the measure, the figure gone before the unit', () => {
	ruleTable('a note of words or letters', isBlank, {
		valid: ['全年复合肥施用量（实物量）86公斤，同比下降4%。', '资本充足率（CAR）13.2%，拨备覆盖率（PCR）215%。', '粮食产量（含大豆）12.6万吨。'],
		invalid: ['计划投资⟦（    ）⟧万元，', '全年复合肥施用量（实物量）⟦⟧公斤，同比下降4%。', '资本充足率（CAR）⟦⟧%，拨备覆盖率（PCR）215%。', '粮食产量（含大豆）⟦⟧万吨。']
	});
	ruleTable('a bracket that holds the figure, a number or the unit note', isBlank, {
		valid: ['初二（3）班学生45人。', '收入情况（单位：万元）', '按照第（一）项执行，参照附件（二）。'],
		// A mask in the bracket is the class number, one blank (masked-number), not a figure gone after it.
		invalid: ['本人所带高一（⟦x⟧）班成绩优异。']
	});
});
