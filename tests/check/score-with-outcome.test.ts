import { describe } from 'vitest';
import { ruleTable, isBlank } from './helpers';

/** counts4 (session 13): a score stated with 以 and what it achieved (以88分的成绩获评优秀). Our own sentences. */
describe('a score stated with 以, then what it achieved', () => {
	ruleTable('以 + 分 + 的成绩, 排名, 位居', isBlank, {
		valid: ['李同学以712分的成绩考入北京大学，本社区以98分排名全区第一。'],
		invalid: ['李同学以⟦⟧分的成绩考入北京大学，本社区以⟦⟧分排名全区第一。', '全队以⟦⟧分的总成绩位列全省第三。']
	});
	ruleTable('以 and 分 in words', isBlank, {
		valid: ['按性质可以分为三类，予以分类处置，以分钟计费，难以分辨真假。', '所以分数不高，不能以分数论英雄。'],
		invalid: []
	});
});

/** counts4 (session 13): a shortfall stated by its size (还差, 相差, 尚差, 仍差 + figure). */
describe('a shortfall, its size gone', () => {
	ruleTable('还差, 相差 before a unit', isBlank, {
		valid: ['按省定标准配备还差3人，两校平均分相差12分，距目标尚差5家。'],
		invalid: ['按省定标准配备还差⟦⟧人，两校平均分相差⟦⟧分，距目标尚差⟦⟧家。']
	});
	ruleTable('还差, 相差 as words of degree', isBlank, {
		valid: ['离要求还差一点，两者相差不大，与先进相比还差得远。'],
		invalid: []
	});
});
