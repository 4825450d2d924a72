import { describe } from 'vitest';
import { ruleTable, isBlank } from './helpers';

/**
 * counts4 (session 13): an act done without a break (连续, 持续, 坚持) is measured by its span, and
 * the time a task took follows 仅用 or 用了: a span's unit standing alone there has lost its figure.
 * Our own sentences.
 */
describe('the span of an unbroken act, the time a task took', () => {
	ruleTable('连续/持续/坚持 + an act + a span', isBlank, {
		valid: ['锅炉机组连续稳定运行210天，抢修队连续奋战36小时。', '坚持驻点办公150天，仅用18天完成搬迁。', '污水处理站持续达标排放8个月。'],
		invalid: ['锅炉机组连续稳定运行⟦⟧天，抢修队连续奋战⟦⟧小时。', '坚持驻点办公⟦⟧天，仅用⟦⟧天完成搬迁。', '污水处理站持续达标排放⟦⟧个月。']
	});
	ruleTable('a span written in words or vague, a weather word, a word of time', isBlank, {
		valid: ['连续五年获评先进单位，连续多日降温，持续高温天气。', '连续阴雨天气影响收割，坚持每天巡查，坚持天天锻炼。', '持续开展年度考核，连续被评为年度先进。', '连续作战，天亮才收工，仅用天然气供暖。', '本厂连续第八年保持先进，连续安全生产天数突破3000天，连续奋战二十余天。'],
		invalid: []
	});
});
