import { describe } from 'vitest';
import { ruleTable, isBlank } from './helpers';

/**
 * counts4 (session 13): 在 + a status opening the thing counted (在职党员, 在产矿山, 在线平台): after a
 * counting verb or a frame, "classifier + 在职…" is a count whose figure is gone, as 个在建项目 is.
 * Our own sentences.
 */
describe('a status with 在 opens the counted noun', () => {
	ruleTable('after a counting verb or a frame', isBlank, {
		valid: [
			'组织36名在职党员到社区报到。',
			'对5座在产煤矿开展执法检查，年内上线3个在线服务平台。',
			'全县2860名在册党员参加集中学习，新增14个在营企业。'
		],
		invalid: [
			'组织⟦⟧名在职党员到社区报到。',
			'对⟦⟧座在产煤矿开展执法检查，年内上线⟦⟧个在线服务平台。',
			'全县⟦⟧名在册党员参加集中学习，新增⟦⟧个在营企业。'
		]
	});
	ruleTable('在 after a classifier that is no count', isBlank, {
		valid: [
			'我家在农村，父母在外务工。',
			'安排专人在岗值守，党员个个在岗在位。',
			'各个在建项目有序推进，每个在职党员都要亮身份。',
			'这家在线教育公司，那个在校生。'
		],
		invalid: []
	});
});
